// The body checked against adult surface anatomy rather than against what the generator produced: the
// 6-cun chest line is on the front of the chest, the eye and infraorbital points sit at adult face
// distances, and the fossa/crease landmarks stay in their hollows over the whole parameter range.
import { describe, expect, it } from 'vitest';
import { Locator } from '../../../models/locator/locator';
import { loadPointRules } from '../../../models/points-source';
import { dist } from '../../../models/body/vec';
import { body } from './fixtures';

const rules = loadPointRules().rules;
const EXTREMES: [number, 'male' | 'female', number][] = [
  [1.3, 'male', 0],
  [1.3, 'female', 1],
  [2.2, 'male', 1],
  [2.2, 'female', 0],
  [1.75, 'male', 0.5],
  [1.6, 'female', 0.15],
];

describe('chest: points 6 B-cun from the midline lie on the anterolateral chest', () => {
  it('gives SP17–SP19 and LU1 a skin normal with a clear anterior component (≥ 0.45; the side wall is ≈ 0), well in front of the mid-axillary line', () => {
    for (const [h, sex, build] of EXTREMES) {
      const loc = new Locator(body(h, sex, build).surface, rules);
      for (const code of ['SP17', 'SP18', 'SP19', 'LU1']) {
        const pl = loc.place(code, 'left');
        expect(pl.normal![2], `${code} ${h} ${sex} ${build}`).toBeGreaterThan(0.45);
        expect(pl.position![2], `${code} ${h} ${sex} ${build}`).toBeGreaterThan(0.02 * (h / 1.75));
      }
    }
  });
});

describe('face: adult eye and infraorbital distances', () => {
  it('puts the outer canthus 4.3–5.2 cm and the inner canthus 1.4–2 cm from the midline (1.75 m)', () => {
    const L = body().surface.landmarks;
    expect(L.get('outer-canthus')![0]).toBeGreaterThan(0.043);
    expect(L.get('outer-canthus')![0]).toBeLessThan(0.052);
    expect(L.get('inner-canthus')![0]).toBeGreaterThan(0.014);
    expect(L.get('inner-canthus')![0]).toBeLessThan(0.02);
  });

  it('puts ST2 (infraorbital foramen) 1–2 cm below ST1, both under the pupil, ST1 below the eye', () => {
    const g = body(),
      loc = new Locator(g.surface, rules),
      pupil = g.surface.landmarks.get('pupil')!;
    const st1 = loc.place('ST1', 'left').position!,
      st2 = loc.place('ST2', 'left').position!;
    expect(dist(st1, st2)).toBeGreaterThan(0.01);
    expect(dist(st1, st2)).toBeLessThan(0.02);
    expect(st1[1]).toBeLessThan(pupil[1] - 0.006);
    for (const p of [st1, st2]) expect(Math.abs(p[0] - pupil[0])).toBeLessThan(0.004);
  });

  it('puts GB1 lateral to the outer canthus, on the lateral orbital rim', () => {
    const g = body(),
      c = g.surface.landmarks.get('outer-canthus')!;
    const p = new Locator(g.surface, rules).place('GB1', 'left').position!;
    expect(p[0] - c[0]).toBeGreaterThan(0.004);
    expect(Math.abs(p[1] - c[1])).toBeLessThan(0.006);
  });
});

describe('fossae and creases at extreme proportions', () => {
  it('keeps popliteal and cubital creases facing back / front and the supraclavicular fossa behind and below the clavicle top', () => {
    for (const [h, sex, build] of EXTREMES) {
      const g = body(h, sex, build),
        L = g.surface.landmarks,
        n = g.body.field.normal,
        s = h / 1.75,
        tag = `${h} ${sex} ${build}`;
      expect(n(L.get('popliteal-crease-mid')!)[2], tag).toBeLessThan(-0.9);
      expect(n(L.get('cubital-crease-mid')!)[2], tag).toBeGreaterThan(0.9);
      const fossa = L.get('supraclavicular-fossa')!,
        clav = L.get('clavicle-mid')!;
      expect(fossa[1], tag).toBeLessThan(clav[1]);
      expect(fossa[2], tag).toBeLessThan(clav[2]);
      expect(Math.abs(fossa[0] - clav[0]), tag).toBeLessThan(0.015 * s);
    }
  });

  it('places every landmark and every point at the extremes of the parameter range', () => {
    for (const [h, sex, build] of EXTREMES) {
      const g = body(h, sex, build),
        tag = `${h} ${sex} ${build}`;
      expect([...g.placement.unplaced.keys()], tag).toEqual([]);
      const un = new Locator(g.surface, rules)
        .placeAll()
        .filter((p) => p.status === 'unplaced')
        .map((p) => p.code);
      expect(un, tag).toEqual([]);
    }
  });
});
