// The seven featured points evaluated on every shipped body (female and male, slim, average and broad) and
// checked numerically against the WHO 2008 wording, with the rules written inline as the standard states them.
import { describe, expect, it } from 'vitest';
import { cunScale } from '../../../points/anatomy/cun-scales';
import { Locator, type PointRule } from '../../../models/locator/locator';
import { type Vec3, dist, lerp } from '../../../models/body/vec';
import { BODY_VARIANTS, variantParams } from '../../../models/body/variants';
import { body } from './fixtures';

const RULES: PointRule[] = [
  {
    code: 'GB30',
    side: 'bilateral',
    rule: { expr: { along: ['greater-trochanter', 'sacral-hiatus'], fraction: 1 / 3 }, face: 'posterior' },
  },
  { code: 'ST35', side: 'bilateral', rule: { expr: 'patella-lateral-depression', face: 'anterior' } },
  { code: 'ST41', side: 'bilateral', rule: { expr: 'ankle-crease-mid', face: 'anterior' } },
  { code: 'ST36', side: 'bilateral', rule: { expr: { along: ['ST35', 'ST41'], cun: 3, of: 16 }, face: 'anterior' } },
  {
    code: 'SP6',
    side: 'bilateral',
    rule: {
      expr: {
        from: 'medial-malleolus',
        move: [
          { dir: 'proximal', cun: 3 },
          { dir: 'posterior', cun: 0.5 },
        ],
      },
      scale: 'leg-medial',
      face: 'medial',
    },
  },
  {
    code: 'BL23',
    side: 'bilateral',
    rule: {
      expr: { from: 'l2-spinous', move: [{ dir: 'lateral', cun: 1.5 }] },
      scale: 'back-transverse',
      face: 'posterior',
    },
  },
  { code: 'BL40', side: 'bilateral', rule: { expr: 'popliteal-crease-mid', face: 'posterior' } },
  {
    code: 'GB34',
    side: 'bilateral',
    rule: {
      expr: {
        from: 'fibula-head',
        move: [
          { dir: 'anterior', cun: 0.5 },
          { dir: 'distal', cun: 1 },
        ],
      },
      scale: 'leg-lateral',
      face: 'lateral',
    },
  },
  { code: 'LI4', side: 'bilateral', rule: { expr: 'metacarpal-2-mid', face: 'posterior' } },
];

describe.each(BODY_VARIANTS.map((v) => [v.id, v] as const))('featured points on the %s body', (_id, v) => {
  const g = body(1.75, v.sex, variantParams(v).build);
  const L = g.surface.landmarks;
  const loc = new Locator(g.surface, RULES);
  const at = (code: string): { p: Vec3; n: Vec3 } => {
    const pl = loc.place(code, 'left');
    expect(pl.status, `${code}: ${pl.reason}`).toBe('exact');
    return { p: pl.position!, n: pl.normal! };
  };
  const unit = (id: string): number => {
    const s = cunScale(id)!;
    return dist(L.get(s.from)!, L.get(s.to)!) / s.cun;
  };

  it('GB30: one third from the trochanter to the sacral hiatus, projected onto the buttock from behind', () => {
    const line = lerp(L.get('greater-trochanter')!, L.get('sacral-hiatus')!, 1 / 3);
    const { p, n } = at('GB30');
    // projection from behind moves only along z
    expect(Math.abs(p[0] - line[0])).toBeLessThan(1e-3);
    expect(Math.abs(p[1] - line[1])).toBeLessThan(1e-3);
    expect(n[2]).toBeLessThan(-0.5); // on the buttock, facing backwards, not the side of the hip
    expect(p[2]).toBeLessThan(L.get('greater-trochanter')![2] - 0.05);
  });

  it('ST36: 3/16 of the leg below ST35 and about a finger-breadth lateral to the tibial crest', () => {
    const st35 = at('ST35').p,
      { p } = at('ST36');
    const drop = st35[1] - p[1];
    expect(drop / (3 * unit('leg-lateral'))).toBeGreaterThan(0.85);
    expect(drop / (3 * unit('leg-lateral'))).toBeLessThan(1.15);
    const crest = lerp(
      L.get('tibial-tuberosity')!,
      L.get('tibial-crest-mid')!,
      (L.get('tibial-tuberosity')![1] - p[1]) / (L.get('tibial-tuberosity')![1] - L.get('tibial-crest-mid')![1]),
    );
    const lateral = p[0] - crest[0];
    expect(lateral).toBeGreaterThan(0.01); // one finger-breadth (middle finger) ≈ 1.5–2 cm
    expect(lateral).toBeLessThan(0.03);
  });

  it('SP6: 3/13 of medial condyle → medial malleolus above the malleolus, behind the tibia', () => {
    const mm = L.get('medial-malleolus')!,
      { p, n } = at('SP6');
    const rise = p[1] - mm[1];
    const expected =
      (3 * unit('leg-medial') * Math.abs(L.get('tibia-medial-condyle')![1] - mm[1])) /
      dist(L.get('tibia-medial-condyle')!, mm);
    expect(rise / expected).toBeGreaterThan(0.9);
    expect(rise / expected).toBeLessThan(1.1);
    expect(n[0]).toBeLessThan(-0.5); // medial face of the leg
    expect(p[2]).toBeLessThan(L.get('tibial-crest-mid')![2] - 0.03); // behind the tibia's anterior crest
  });

  it('BL23: level with the L2 spinous process, 1.5 B-cun from the posterior midline', () => {
    const { p, n } = at('BL23');
    expect(Math.abs(p[1] - L.get('l2-spinous')![1])).toBeLessThan(1e-3);
    expect(p[0]).toBeCloseTo(1.5 * unit('back-transverse'), 3);
    expect(n[2]).toBeLessThan(-0.5);
  });

  it('BL40: the midpoint of the popliteal crease', () => {
    expect(dist(at('BL40').p, L.get('popliteal-crease-mid')!)).toBeLessThan(1e-3);
  });

  it('GB34: antero-inferior to the head of the fibula, on the lateral leg', () => {
    const fh = L.get('fibula-head')!,
      { p, n } = at('GB34');
    expect(p[1]).toBeLessThan(fh[1] - 0.01);
    expect(p[2]).toBeGreaterThan(fh[2] + 0.005);
    expect(n[0]).toBeGreaterThan(0.5);
  });

  it('LI4: on the dorsum of the hand between the first and second metacarpals', () => {
    const { p, n } = at('LI4');
    const f = g.body.skeleton.fingers;
    const thumbMid = lerp(f.thumb![0]!, f.thumb![1]!, 0.5);
    const indexMid = lerp(g.body.skeleton.p.wrist!, f.index![0]!, 0.6);
    expect(n[2]).toBeLessThan(-0.5); // dorsum faces posterior in the anatomical position
    // between the two bones across the hand: radial of the index metacarpal, ulnar of the thumb's
    const across = g.body.skeleton.hand.radial;
    const c = (q: Vec3): number => q[0] * across[0] + q[1] * across[1] + q[2] * across[2];
    expect(c(p)).toBeGreaterThan(c(indexMid) - 0.002);
    expect(c(p)).toBeLessThan(c(thumbMid) + 0.005);
  });

  it('right side is the mirror image of the left', () => {
    for (const r of RULES) {
      const a = loc.place(r.code, 'left').position!,
        b = loc.place(r.code, 'right').position!;
      expect(b[0]).toBeCloseTo(-a[0], 6);
      expect(b[1]).toBeCloseTo(a[1], 6);
      expect(b[2]).toBeCloseTo(a[2], 6);
    }
  });

  it('follows a change of height', () => {
    const small = body(1.6, v.sex, variantParams(v).build);
    const l2 = new Locator(small.surface, RULES);
    for (const code of ['GB30', 'ST36', 'BL23', 'SP6']) {
      const tall = loc.place(code, 'left').position!,
        short = l2.place(code, 'left').position!;
      expect(short[1] / tall[1], code).toBeCloseTo(1.6 / 1.75, 2);
    }
  });
});
