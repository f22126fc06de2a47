// Landmarks checked against adult surface anatomy (not against what the generator produced): the
// temple hairline corners set the face cun, the axilla is a hollow below the shoulder that leaves the
// lateral chest wall reachable, and the metatarsal base junctions sit well in front of the ankle.
import { describe, expect, it } from 'vitest';
import { cunScale } from '../../../points/anatomy/cun-scales';
import { Locator, type PointRule } from '../../../models/locator/locator';
import { type Vec3, dist, dot, sub } from '../../../models/body/vec';
import { body } from './fixtures';

const VARIANTS: [number, 'male' | 'female', number][] = [
  [1.75, 'male', 0.5],
  [1.6, 'female', 0.15],
  [1.9, 'male', 0.9],
];
const unit = (L: ReadonlyMap<string, Vec3>, id: string): number => {
  const s = cunScale(id)!;
  return dist(L.get(s.from)!, L.get(s.to)!) / s.cun;
};

describe('head: forehead hairline corners and the transverse head scales', () => {
  const L = body().surface.landmarks;

  it('puts the corner above the lateral eyebrow / outer canthus, 5–6.5 cm from the midline', () => {
    const corner = L.get('forehead-hairline-corner')!;
    expect(corner[0]).toBeGreaterThan(0.05);
    expect(corner[0]).toBeLessThan(0.065);
    expect(corner[0]).toBeGreaterThan(L.get('outer-canthus')![0] - 0.003);
    expect(corner[1]).toBeGreaterThan(L.get('eyebrow-lateral-end')![1] + 0.02);
  });

  it('gives the two 9-cun transverse head scales about the same cun (within 15 %)', () => {
    for (const [h, sex, build] of VARIANTS) {
      const M = body(h, sex, build).surface.landmarks;
      const r = unit(M, 'head-forehead-transverse') / unit(M, 'head-mastoid-transverse');
      expect(r, `${h} ${sex} ${build}`).toBeGreaterThan(0.85);
      expect(r, `${h} ${sex} ${build}`).toBeLessThan(1.15);
    }
  });

  it('places a point 0.5 cun lateral to the philtrum beside it, not on the midline', () => {
    const rules: PointRule[] = [
      {
        code: 'LI19',
        side: 'bilateral',
        rule: {
          expr: { from: 'philtrum-mid', move: [{ dir: 'lateral', cun: 0.5 }] },
          scale: 'head-forehead-transverse',
          face: 'anterior',
        },
      },
    ];
    const p = new Locator(body().surface, rules).place('LI19', 'left').position!;
    expect(p[0]).toBeGreaterThan(0.005);
    expect(p[0]).toBeLessThan(L.get('nasal-ala')![0]);
  });
});

/** Width (m) of the widest run of air on a horizontal line through the armpit region at height y. */
function airGap(f: (x: number, y: number, z: number) => number, y: number, z: number, x0: number, x1: number): number {
  let best = 0,
    run = 0;
  for (let x = x0; x <= x1; x += 0.001) {
    run = f(x, y, z) >= 0 ? run + 0.001 : 0;
    best = Math.max(best, run);
  }
  return best;
}

describe('axilla: apex in the armpit, an open gap below it, chest-wall points on the trunk', () => {
  it('puts the apex of the axilla well below the acromion, just above the folds and between them', () => {
    for (const [h, sex, build] of VARIANTS) {
      const L = body(h, sex, build).surface.landmarks,
        s = h / 1.75,
        tag = `${h} ${sex} ${build}`;
      const apex = L.get('axilla-apex')!,
        front = L.get('anterior-axillary-fold')!,
        back = L.get('posterior-axillary-fold')!;
      expect(apex[1], tag).toBeLessThan(L.get('acromion-lateral')![1] - 0.07 * s);
      expect(apex[1], tag).toBeGreaterThan(front[1]);
      expect(apex[1], tag).toBeLessThan(front[1] + 0.07 * s);
      expect(apex[2], tag).toBeLessThan(front[2]);
      expect(apex[2], tag).toBeGreaterThan(back[2]);
      expect(apex[0], tag).toBeLessThan(L.get('acromion-lateral')![0] - 0.03 * s);
    }
  });

  it('leaves at least 1 cm of air between arm and trunk from the folds down to 8 cm below them', () => {
    for (const [h, sex, build] of VARIANTS) {
      const g = body(h, sex, build),
        L = g.surface.landmarks,
        s = h / 1.75;
      const apex = L.get('axilla-apex')!,
        fold = L.get('anterior-axillary-fold')![1];
      for (let dy = 0.005; dy <= 0.08; dy += 0.015) {
        const gap = airGap(g.body.field.at, fold - dy * s, apex[2], 0.08 * s, L.get('acromion-lateral')![0] + 0.05 * s);
        expect(gap, `${h} ${sex} ${build} at ${dy} m below the fold`).toBeGreaterThan(0.01 * s);
      }
    }
  });

  it('projects mid-axillary chest points (SP21, GB22 renderings) onto the lateral chest wall, not the arm', () => {
    const g = body(),
      L = g.surface.landmarks,
      f = g.body.field.at;
    const rules: PointRule[] = [
      { code: 'SP21', side: 'bilateral', rule: { expr: { mid: ['axilla-apex', 'rib-11-free-end'] }, face: 'lateral' } },
      {
        code: 'GB22',
        side: 'bilateral',
        rule: {
          expr: { from: 'axilla-apex', move: [{ dir: 'inferior', cun: 3 }] },
          scale: 'chest-longitudinal',
          face: 'lateral',
        },
      },
    ];
    const loc = new Locator(g.surface, rules);
    for (const code of ['SP21', 'GB22']) {
      const pl = loc.place(code, 'left'),
        p = pl.position!;
      expect(pl.normal![0], code).toBeGreaterThan(0.7); // facing outwards
      expect(f(p[0] + 0.006, p[1], p[2]), code).toBeGreaterThan(0); // air lateral to it, not arm
      expect(p[0], code).toBeLessThan(L.get('deltoid-insertion')![0] - 0.06);
    }
  });
});

describe('foot: metatarsal base junctions on the dorsum', () => {
  const g = body(),
    L = g.surface.landmarks,
    fwd = g.body.skeleton.foot.fwd;
  const along = (a: Vec3): number => dot(a, fwd);
  const share = (id: string, web: string): number => {
    const c = along(L.get('ankle-crease-mid')!);
    return (along(L.get(id)!) - c) / (along(L.get(web)!) - c);
  };

  it('puts the 1st–2nd base junction 5–7 cm in front of the ankle crease, a third to a half of the way to the web', () => {
    const d = dist(L.get('dorsum-1-2-junction')!, L.get('ankle-crease-mid')!);
    expect(d).toBeGreaterThan(0.05);
    expect(d).toBeLessThan(0.07);
    expect(share('dorsum-1-2-junction', 'web-1-2-toes')).toBeGreaterThan(0.3);
    expect(share('dorsum-1-2-junction', 'web-1-2-toes')).toBeLessThan(0.6);
  });

  it('puts the 4th–5th base junction likewise forward of the ankle, short of the 4th–5th web', () => {
    const j = L.get('dorsum-4-5-junction')!;
    expect(along(sub(j, L.get('ankle-crease-mid')!))).toBeGreaterThan(0.035);
    expect(share('dorsum-4-5-junction', 'web-4-5-toes')).toBeGreaterThan(0.3);
    expect(share('dorsum-4-5-junction', 'web-4-5-toes')).toBeLessThan(0.65);
  });
});
