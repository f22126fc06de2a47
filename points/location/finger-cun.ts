// Finger-cun (F-cun): the patient's own finger widths, the traditional cross-check on proportional bone
// cun. Clinical content in our own words, with its sources and evidence label; shown beside the
// how-to-locate steps, never used to place a point.
import type { SourceRef } from '../schema/common';

export interface FingerMeasure {
  name: string;
  cun: number;
  how: string;
}

export const FINGER_CUN: {
  measures: readonly FingerMeasure[];
  caution: string;
  evidence: string;
  sources: readonly SourceRef[];
} = {
  measures: [
    { name: 'Thumb', cun: 1, how: "the width of the patient's thumb across its interphalangeal joint" },
    {
      name: 'Middle finger',
      cun: 1,
      how: "with the patient's middle finger bent, the distance between the ends of the creases of its middle segment, on the radial side",
    },
    {
      name: 'Four fingers',
      cun: 3,
      how: "the width of the patient's index to little fingers held together, level with the crease of the middle finger's first finger joint (PIP)",
    },
  ],
  caution:
    'A check, not the method: studies that measured finger cun against proportional bone cun found the two disagree, in Australian adults and in Korean women, so where the fingers and the landmarks disagree the landmarks win.',
  evidence: 'Observational studies',
  sources: [
    { id: 'who-2008', detail: 'finger-cun (F-cun) measurement' },
    { id: 'coyle-2000-cun' },
    { id: 'park-2006-cun' },
  ],
};
