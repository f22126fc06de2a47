// Hand-checked standard facts of the TE, GB, LR, GV and CV channel files and the extra points, written
// independently of the data (WHO 2008, Deadman 2007, Cheng 1987, WHO nomenclature 1993). The structural
// checks of these files run in channel-structure.test.ts.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../points/schema/point';
import { ALL_POINTS, fiveShu, hasCategory as has, lookup, pointsOf } from './channel-kit';
import { MM, type Vec3, along, bCun, dist, dot, expectNear, landmark, placed, sub } from './placed-points';

const mine = pointsOf('TE', 'GB', 'LR', 'GV', 'CV', 'extra');
const point = lookup(mine);
const shu = (code: string, s: string, phase: string): void => {
  expect(has(point(code), fiveShu(s, phase)), `${code} ${s}/${phase}`).toBe(true);
};

describe('extra points file', () => {
  it('files Yintang as EX-HN3 with GV29 as its other code, keeping GV at 28 points', () => {
    expect(point('EX-HN3').altCodes).toEqual(['GV29']);
    // On the forehead midway between the medial ends of the eyebrows: on the midline, level with them (within
    // 3 mm: the glabella's depression sits 2 mm below the line joining them on the default body).
    const yintang = placed('EX-HN3').position;
    expect(Math.abs(yintang[0]), 'EX-HN3 on the midline').toBeLessThan(1 * MM);
    expectNear(
      yintang[1],
      landmark('eyebrow-medial-end')[1],
      3 * MM,
      'EX-HN3 level with the medial ends of the eyebrows',
    );
    expect(ALL_POINTS.map((p) => p.code)).not.toContain('GV29');
  });

  it('places Xiyan at the medial eye of the knee (the lateral eye is ST35) and Jiaji at L1', () => {
    // The eyes of the knee lie either side of the patellar ligament (below the patella's apex), at one height.
    const xiyan = placed('EX-LE5'),
      st35 = placed('ST35').position,
      apex = landmark('patella-apex');
    expectNear(xiyan.position[1], st35[1], 2 * MM, 'EX-LE5 level with ST35');
    expect(xiyan.position[0] < apex[0] && st35[0] > apex[0], 'EX-LE5 medial and ST35 lateral of the ligament').toBe(
      true,
    );
    expect(xiyan.normal[2], 'EX-LE5 on the front of the knee').toBeGreaterThan(0);
    expect(point('EX-LE5').location.text).toContain('ST35');
    // Jiaji's representative point: level with the depression below L1, 0.5 B-cun (back: 6 between the
    // scapulae) lateral of the posterior midline; projected straight backwards, 2 mm for rounding.
    const jiaji = placed('EX-B2').position;
    expectNear(jiaji[1], landmark('l1-spinous')[1], 2 * MM, 'EX-B2 level with below L1');
    expectNear(jiaji[0], 0.5 * bCun('back-transverse'), 2 * MM, 'EX-B2 0.5 B-cun lateral');
    expect(point('EX-B2').location.rule.note).toMatch(/representative/);
  });
});

describe('hand-checked standard facts', () => {
  it('five-shu points of TE, GB and LR (Deadman 2007)', () => {
    shu('TE1', 'jing-well', 'metal');
    shu('TE2', 'ying-spring', 'water');
    shu('TE3', 'shu-stream', 'wood');
    shu('TE6', 'jing-river', 'fire');
    shu('TE10', 'he-sea', 'earth');
    shu('GB44', 'jing-well', 'metal');
    shu('GB43', 'ying-spring', 'water');
    shu('GB41', 'shu-stream', 'wood');
    shu('GB38', 'jing-river', 'fire');
    shu('LR1', 'jing-well', 'wood');
    shu('LR2', 'ying-spring', 'fire');
    shu('LR3', 'shu-stream', 'earth');
    shu('LR4', 'jing-river', 'metal');
    shu('LR8', 'he-sea', 'water');
  });

  it('yuan-source, luo-connecting, xi-cleft and confluent points', () => {
    for (const c of ['TE4', 'GB40', 'LR3']) expect(has(point(c), { kind: 'yuan-source' }), c).toBe(true);
    for (const c of ['TE5', 'GB37', 'LR5', 'GV1', 'CV15'])
      expect(has(point(c), { kind: 'luo-connecting' }), c).toBe(true);
    for (const c of ['TE7', 'GB36', 'LR6']) expect(has(point(c), { kind: 'xi-cleft' }), c).toBe(true);
    expect(has(point('TE5'), { kind: 'confluent', vessel: 'yang-wei' })).toBe(true);
    expect(has(point('GB41'), { kind: 'confluent', vessel: 'dai' })).toBe(true);
  });

  it('front-mu and influential points', () => {
    const mu: [string, string][] = [
      ['GB24', 'gallbladder'],
      ['GB25', 'kidney'],
      ['LR13', 'spleen'],
      ['LR14', 'liver'],
      ['CV3', 'bladder'],
      ['CV4', 'small-intestine'],
      ['CV5', 'triple-energizer'],
      ['CV12', 'stomach'],
      ['CV14', 'heart'],
      ['CV17', 'pericardium'],
    ];
    for (const [c, organ] of mu) expect(has(point(c), { kind: 'front-mu', organ }), c).toBe(true);
    const inf: [string, string][] = [
      ['GB39', 'marrow'],
      ['LR13', 'zang'],
      ['CV12', 'fu'],
      ['CV17', 'qi'],
    ];
    for (const [c, tissue] of inf) expect(has(point(c), { kind: 'influential', tissue } as Category), c).toBe(true);
  });

  it('GV14 is the meeting point of the Governing vessel with the six yang channels', () => {
    const crossing = point('GV14').categories.find((c) => c.kind === 'crossing');
    expect(crossing?.kind === 'crossing' ? [...crossing.channels].sort() : []).toEqual([
      'BL',
      'GB',
      'GV',
      'LI',
      'SI',
      'ST',
      'TE',
    ]);
  });

  it('places the midline and trunk points where the WHO measurements put them', () => {
    // Checked where each point lands on the default body. Midline points must be on the midline (|x| < 1 mm,
    // the asset's rounding). Trunk points are projected straight forwards or backwards onto the skin, which keeps
    // their height and their distance from the midline (2 mm for rounding); a fraction along a line, ± 0.03.
    const midline = (code: string): Vec3 => {
      const p = placed(code).position;
      expect(Math.abs(p[0]), `${code} on the midline`).toBeLessThan(1 * MM);
      return p;
    };
    const heightFraction = (p: Vec3, from: string, to: string): number =>
      (p[1] - landmark(from)[1]) / (landmark(to)[1] - landmark(from)[1]);

    // GV20: 5 B-cun behind the anterior hairline on the 12 B-cun hairline-to-hairline line. The point is projected
    // straight up onto the scalp, so the fraction is measured front to back (z) only.
    const gv20 = midline('GV20');
    expectNear(
      along(gv20, landmark('anterior-hairline-mid'), landmark('posterior-hairline-mid'), 'y').t,
      5 / 12,
      0.03,
      'GV20 5/12 back from the anterior hairline',
    );
    expect(placed('GV20').normal[1], 'GV20 on the top of the head').toBeGreaterThan(0.9);
    // CV4: 3 B-cun below the umbilicus (umbilicus–pubic symphysis 5); CV12: 4 above it (umbilicus–xiphisternal junction 8).
    expectNear(
      heightFraction(midline('CV4'), 'umbilicus', 'pubic-symphysis-superior'),
      3 / 5,
      0.03,
      'CV4 3/5 down to the pubic symphysis',
    );
    expectNear(
      heightFraction(midline('CV12'), 'umbilicus', 'xiphisternal-junction'),
      4 / 8,
      0.03,
      'CV12 4/8 up to the xiphisternal junction',
    );
    // GV4, GV3, GV14: in the depression just below the spinous process of L2, L4, C7 (the landmarks), on the back.
    for (const [code, v] of [
      ['GV4', 'l2'],
      ['GV3', 'l4'],
      ['GV14', 'c7'],
    ] as const) {
      const p = midline(code);
      expect(dist(p, landmark(`${v}-spinous`)), `${code} below the ${v.toUpperCase()} spinous process`).toBeLessThan(
        2 * MM,
      );
      expect(placed(code).normal[2], `${code} on the back`).toBeLessThan(0);
    }
    // LR14, GB24: in the 6th / 7th intercostal space, 4 B-cun (nipple to nipple 8) lateral of the anterior midline.
    for (const [code, space] of [
      ['LR14', 6],
      ['GB24', 7],
    ] as const) {
      const p = placed(code).position;
      expect(
        dist(p, landmark(`intercostal-${space}-midclavicular`)),
        `${code} in intercostal space ${space}`,
      ).toBeLessThan(2 * MM);
      expectNear(p[0], 4 * bCun('chest-transverse'), 2 * MM, `${code} 4 B-cun lateral`);
    }
    // GB21: on the top of the shoulder, midway along the line from C7 to the lateral end of the acromion. It is
    // projected straight up onto the shoulder, so it is midway in the horizontal plane (its height is the skin's).
    const gb21 = placed('GB21');
    const c7ToAcromion = along(gb21.position, landmark('c7-spinous'), landmark('acromion-lateral'), 'y');
    expectNear(c7ToAcromion.t, 0.5, 0.03, 'GB21 midway from C7 to the acromion');
    expect(c7ToAcromion.off, 'GB21 on the C7–acromion line (seen from above)').toBeLessThan(2 * MM);
    expect(gb21.normal[1], 'GB21 on the top of the shoulder').toBeGreaterThan(0.5);
    // GB20: below the occiput, in the depression between sternocleidomastoid and trapezius: behind, off the
    // midline but inside the mastoid process, and level with GV16 (WHO note) within 3 mm.
    const gb20 = placed('GB20');
    expectNear(gb20.position[1], placed('GV16').position[1], 3 * MM, 'GB20 level with GV16');
    expect(gb20.position[1], 'GB20 below the external occipital protuberance').toBeLessThan(
      landmark('external-occipital-protuberance')[1],
    );
    expect(
      gb20.position[0] > 5 * MM && gb20.position[0] < landmark('mastoid-process')[0],
      'GB20 between the midline and the mastoid',
    ).toBe(true);
    expect(gb20.normal[2], 'GB20 on the back of the neck').toBeLessThan(0);
  });

  it('places the limb points where the WHO measurements put them', () => {
    // Checked where each point lands on the default body. On a limb line the skin bows a few mm away from the
    // straight chord between its ends and the point is projected onto it: fraction ± 0.03, within 1 cm of the line.
    const onLine = (code: string, from: string, to: string, t: number): void => {
      const at = along(placed(code).position, landmark(from), landmark(to));
      expectNear(at.t, t, 0.03, `${code} ${t.toFixed(3)} of the way ${from}→${to}`);
      expect(at.off, `${code} on the ${from}–${to} line`).toBeLessThan(10 * MM);
    };
    // TE5, TE6: 2 and 3 B-cun above the dorsal wrist crease on the 12 B-cun line to the olecranon.
    onLine('TE5', 'dorsal-wrist-crease-mid', 'olecranon', 2 / 12);
    onLine('TE6', 'dorsal-wrist-crease-mid', 'olecranon', 3 / 12);
    // GB39: 3 B-cun (popliteal crease–lateral malleolus 16) above the prominence of the lateral malleolus, measured
    // up the leg (± 3 mm: the point is projected sideways onto the skin across the slightly sloping leg), in
    // front of the fibula (the line from the lateral malleolus to the fibular head), on the side of the leg.
    const gb39 = placed('GB39'),
      malleolus = landmark('lateral-malleolus'),
      fibulaHead = landmark('fibula-head');
    const up = sub(landmark('popliteal-crease-mid'), malleolus);
    expectNear(
      dot(sub(gb39.position, malleolus), up) / Math.hypot(...up),
      3 * bCun('leg-lateral'),
      3 * MM,
      'GB39 3 B-cun above the lateral malleolus',
    );
    const fibula =
      malleolus[2] +
      ((fibulaHead[2] - malleolus[2]) * (gb39.position[1] - malleolus[1])) / (fibulaHead[1] - malleolus[1]);
    expect(gb39.position[2], 'GB39 in front of the fibula').toBeGreaterThan(fibula);
    expect(gb39.normal[0], 'GB39 on the lateral leg').toBeGreaterThan(0.7);
    // GB29: midway from the ASIS to the greater trochanter; projected sideways onto the hip, so midway in the
    // sagittal plane (its depth into the hip is the skin's).
    const gb29 = along(placed('GB29').position, landmark('asis'), landmark('greater-trochanter'), 'x');
    expectNear(gb29.t, 0.5, 0.03, 'GB29 midway from the ASIS to the greater trochanter');
    expect(gb29.off, 'GB29 on the ASIS–trochanter line (seen from the side)').toBeLessThan(2 * MM);
    // LR2: between the 1st and 2nd toes at the web margin (2 mm), proximal to the nails.
    const lr2 = placed('LR2').position;
    expect(dist(lr2, landmark('web-1-2-toes')), 'LR2 at the web of the 1st and 2nd toes').toBeLessThan(2 * MM);
    expect(
      lr2[0] > landmark('big-toe-nail-lateral-corner')[0] && lr2[0] < landmark('second-toe-nail-medial-corner')[0],
      'LR2 between the 1st and 2nd toes',
    ).toBe(true);
    expect(lr2[2], 'LR2 proximal to the toe nails').toBeLessThan(landmark('big-toe-nail-lateral-corner')[2]);
    // TE2: on the dorsum of the hand (the back, in the anatomical position): behind the palm, the skin facing back.
    const te2 = placed('TE2');
    expect(te2.position[2], 'TE2 behind the palm').toBeLessThan(landmark('palm-4-5')[2]);
    expect(te2.normal[2], 'TE2 on the back of the hand').toBeLessThan(0);
  });

  it('carries the classical cautions', () => {
    const sev = (c: string, s: string): boolean => point(c).cautions.some((x) => x.severity === s);
    for (const c of ['GV15', 'GV16', 'CV8', 'GB21']) expect(sev(c, 'contraindicated'), c).toBe(true);
    for (const c of ['GB21', 'GB22', 'LR14', 'TE15'])
      expect(
        point(c).cautions.some((x) => /pneumothorax/i.test(x.text)),
        c,
      ).toBe(true);
    expect(point('GB21').cautions.some((x) => /pregnan/i.test(x.text))).toBe(true);
    expect(point('CV8').techniques?.some((t) => t.technique === 'moxibustion')).toBe(true);
    for (const c of ['GV20', 'GV21', 'GV22'])
      expect(
        point(c).cautions.some((x) => /fontanelle/i.test(x.text)),
        c,
      ).toBe(true);
  });
});
