// Every points data file, imported statically so the knowledge-base loader works in Node (tsx,
// vitest), Vite and the renderer bundle alike — no fs. Adding a file here is the only registration.
import featured from './featured.json';
import lu from './lu.json';
import li from './li.json';
import st from './st.json';
import sp from './sp.json';
import ht from './ht.json';
import si from './si.json';
import bl from './bl.json';
import ki from './ki.json';
import pc from './pc.json';
import te from './te.json';
import gb from './gb.json';
import lr from './lr.json';
import gv from './gv.json';
import cv from './cv.json';
import extra from './extra.json';

export interface PointsFileEntry {
  /** path from the repository root, used in error messages */
  readonly file: string;
  readonly data: unknown;
}

/** The seven featured points first, then one file per channel in WHO order, then the extra points. */
export const POINT_FILES: readonly PointsFileEntry[] = [
  { file: 'points/data/points/featured.json', data: featured },
  { file: 'points/data/points/lu.json', data: lu },
  { file: 'points/data/points/li.json', data: li },
  { file: 'points/data/points/st.json', data: st },
  { file: 'points/data/points/sp.json', data: sp },
  { file: 'points/data/points/ht.json', data: ht },
  { file: 'points/data/points/si.json', data: si },
  { file: 'points/data/points/bl.json', data: bl },
  { file: 'points/data/points/ki.json', data: ki },
  { file: 'points/data/points/pc.json', data: pc },
  { file: 'points/data/points/te.json', data: te },
  { file: 'points/data/points/gb.json', data: gb },
  { file: 'points/data/points/lr.json', data: lr },
  { file: 'points/data/points/gv.json', data: gv },
  { file: 'points/data/points/cv.json', data: cv },
  { file: 'points/data/points/extra.json', data: extra },
];
