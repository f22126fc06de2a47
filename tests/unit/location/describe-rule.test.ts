import { describe, expect, it } from 'vitest';
import { cmText, describeRule, fractionWords, refName, type PatientCun } from '../../../points/location/describe-rule';
import { lowerFirst } from '../../../points/location/landmark-names';
import { LANDMARKS } from '../../../points/anatomy/landmarks';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import type { LocationRule } from '../../../points/schema/location-rule';

const label = (code: string) => (({ ST35: 'ST35 (Dubi)' }) as Record<string, string>)[code];

const BL23: LocationRule = {
  expr: { from: 'l2-spinous', move: [{ dir: 'lateral', cun: 1.5 }] },
  scale: 'back-transverse',
  face: 'posterior',
};
const ST36: LocationRule = {
  expr: { along: ['patella-lateral-depression', 'ankle-crease-mid'], cun: 3, of: 16 },
  scale: 'leg-lateral',
  face: 'anterior',
};
const mouthMid = { mid: ['mouth-corner', 'mouth-corner@right'] as [string, string] };

/** A patient whose B-cun is known (in cm) on the listed scales only. */
const patient = (cm: Record<string, number>, basis = 'measured', lineCm?: PatientCun['lineCm']): PatientCun => ({
  cunCm: (id) => (id in cm ? { cm: cm[id]!, basis } : undefined),
  ...(lineCm ? { lineCm } : {}),
});

describe('describeRule', () => {
  it('GB30: one third of the way from the trochanter to the sacral hiatus, on the back', () => {
    expect(
      describeRule(
        { expr: { along: ['greater-trochanter', 'sacral-hiatus'], fraction: 1 / 3 }, face: 'posterior' },
        label,
      ),
    ).toEqual([
      'Find the lateral prominence of the greater trochanter.',
      'Find the sacral hiatus.',
      'On the line from the greater trochanter to the sacral hiatus, go one third of the way from the greater trochanter.',
      'The point lies on the posterior surface there.',
    ]);
  });

  it('cun along a line, moves with their scale, point references and approximate notes', () => {
    const steps = describeRule(
      {
        expr: { from: { along: ['ST35', 'ankle-crease-mid'], cun: 3, of: 16 }, move: [{ dir: 'lateral', cun: 0.5 }] },
        scale: 'leg-lateral',
        approximate: true,
        note: 'one finger-breadth taken as 0.5 B-cun',
      },
      label,
    );
    expect(steps[0]).toBe('Find ST35 (Dubi).');
    expect(steps[2]).toContain('counts 16 B-cun; measure 3 B-cun from ST35 (Dubi)');
    expect(steps[3]).toBe('From there, move 0.5 B-cun lateral.');
    expect(steps[4]).toBe(
      'Measure B-cun from the midpoint of the popliteal crease to the prominence of the lateral malleolus = 16 B-cun.',
    );
    expect(steps[5]).toBe('Approximate: one finger-breadth taken as 0.5 B-cun');
  });

  it('names fractions in words where they are common', () => {
    expect(fractionWords(0.5)).toBe('half');
    expect(fractionWords(2 / 3)).toBe('two thirds');
    expect(fractionWords(0.37)).toBe('37%');
  });

  it('BL23: a bilateral transverse scale reads as one span between the two sides', () => {
    expect(describeRule(BL23, label)).toEqual([
      'Find the depression just inferior to the spinous process of L2, on the posterior midline.',
      'From there, move 1.5 B-cun lateral.',
      'Measure B-cun between the medial borders of the two scapulae = 6 B-cun.',
      'The point lies on the posterior surface there.',
    ]);
    const st25 = describeRule(
      { expr: { from: 'umbilicus', move: [{ dir: 'lateral', cun: 2 }] }, scale: 'chest-transverse' },
      label,
    );
    expect(st25[2]).toBe('Measure B-cun between the two nipples = 8 B-cun.');
    const gb = describeRule(
      { expr: { from: 'GB20', move: [{ dir: 'lateral', cun: 1 }] }, scale: 'head-mastoid-transverse' },
      label,
    );
    expect(gb[2]).toBe('Measure B-cun between the tips of the two mastoid processes = 9 B-cun.');
  });

  it("a midpoint between both sides' copies names them together; a lone copy says which side", () => {
    expect(describeRule({ expr: mouthMid, face: 'anterior' }, label)).toEqual([
      'Take the midpoint between the two corners of the mouth.',
      'The point lies on the anterior surface there.',
    ]);
    expect(
      describeRule({ expr: { mid: ['intercostal-4-midclavicular@right', 'intercostal-4-midclavicular'] } }, label),
    ).toEqual(['Take the midpoint between the 4th intercostal spaces on the two mid-clavicular lines.']);
    // EX-HN13: towards the other side's corner, after the midpoint of both.
    const right = describeRule(
      {
        expr: {
          along: [{ along: [mouthMid, 'mentolabial-groove'], fraction: 0.4 }, 'mouth-corner@right'],
          fraction: 0.15,
        },
      },
      label,
    );
    expect(right).toContain('Find the corner of the mouth on the other side.');
    expect(right).toContain(
      'On the line from that spot to the corner of the mouth on the other side, go 15% of the way from that spot.',
    );
    const left = describeRule(
      { expr: { along: [{ along: [mouthMid, 'mentolabial-groove'], fraction: 0.4 }, 'mouth-corner'], fraction: 0.15 } },
      label,
    );
    expect(left).toContain('Find the corner of the mouth on this side.');
    // On its own, the other side's copy of a long landmark uses its short name, with no dangling clause.
    expect(refName('mouth-corner@right', label)).toBe('the corner of the mouth on the other side');
    expect(refName('infraclavicular-fossa@right', label)).toBe('the infraclavicular fossa on the other side');
  });

  it('names a long landmark in full the first time and by its short name after that', () => {
    expect(describeRule({ expr: { mid: ['c7-spinous', 'acromion-lateral'] } }, label)).toEqual([
      'Find the depression just inferior to the spinous process of C7, on the posterior midline.',
      'Find the lateral end of the acromion.',
      'Take the midpoint between the depression below the C7 spinous process and the lateral end of the acromion.',
    ]);
    // in the move and again as an end of the scale
    expect(
      describeRule(
        { expr: { from: 'suprasternal-notch', move: [{ dir: 'inferior', cun: 1 }] }, scale: 'chest-longitudinal' },
        label,
      ),
    ).toEqual([
      'Find the centre of the suprasternal (jugular) notch.',
      'From there, move 1 B-cun inferior.',
      'Measure B-cun from the suprasternal notch to the midpoint of the xiphisternal junction = 9 B-cun.',
    ]);
    // the same landmark twice in one rule
    const twice = describeRule(
      {
        expr: { along: ['l2-spinous', { from: 'l2-spinous', move: [{ dir: 'lateral', cun: 3 }] }], fraction: 0.5 },
        scale: 'back-transverse',
      },
      label,
    );
    expect(twice.slice(0, 4)).toEqual([
      'Find the depression just inferior to the spinous process of L2, on the posterior midline.',
      'Find the depression below the L2 spinous process.',
      'From there, move 3 B-cun lateral.',
      'On the line from the depression below the L2 spinous process to that spot, go half of the way from the depression below the L2 spinous process.',
    ]);
  });

  it('gives every long landmark a shorter name, and a pair wording only to bilateral ones', () => {
    for (const l of LANDMARKS) {
      if (l.description.length > 40) expect(l.short, l.id).toBeTruthy();
      if (l.short) expect(l.short.length, l.id).toBeLessThan(l.description.length);
      if (l.pair) expect(l.bilateral, l.id).toBe(true);
    }
  });

  it('describes every rule in the knowledge base without an unknown name', () => {
    const kb = loadKnowledgeBase();
    const byCode = new Map(kb.points.map((p) => [p.code, p]));
    for (const p of kb.points) {
      const steps = describeRule(p.location.rule, (c) => (byCode.has(c) ? c : undefined));
      expect(steps.length, p.code).toBeGreaterThan(0);
      for (const s of steps) expect(s, p.code).not.toMatch(/\bFind (the )?[a-z0-9]+(-[a-z0-9]+)+\./);
    }
  });

  it('reads naturally for every rule in the knowledge base: no "(opposite side)", no long name in full twice', () => {
    const long = LANDMARKS.filter((l) => l.short).map((l) => [l.id, lowerFirst(l.description)] as const);
    for (const p of loadKnowledgeBase().points) {
      const steps = describeRule(p.location.rule, (c) => c);
      const text = steps.join('\n');
      expect(text, p.code).not.toContain('(opposite side)');
      expect(text, p.code).not.toMatch(/\bthe (the|where)\b/);
      expect(text, p.code).not.toContain('≈');
      for (const [id, full] of long) expect(text.split(full).length - 1, `${p.code}: ${id}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('describeRule with a patient: B-cun in centimetres', () => {
  it('formats centimetres to one decimal', () => {
    expect(cmText(3, 2.5)).toBe('7.5 cm');
    expect(cmText(0.5, 2.2)).toBe('1.1 cm');
    expect(cmText(2, 3.5)).toBe('7.0 cm');
    expect(cmText(1.5, 2.47)).toBe('3.7 cm');
  });

  it('BL23: each move and the scale step in cm on this patient', () => {
    expect(describeRule(BL23, label, patient({ 'back-transverse': 2.47 }, "from the patient's height"))).toEqual([
      'Find the depression just inferior to the spinous process of L2, on the posterior midline.',
      'From there, move 1.5 B-cun ≈ 3.7 cm lateral.',
      "Measure B-cun between the medial borders of the two scapulae = 6 B-cun; on this patient 1 B-cun ≈ 2.5 cm (from the patient's height).",
      'The point lies on the posterior surface there.',
    ]);
  });

  it("uses each move's own scale: leg-lateral at 2.5 cm, forearm at 2.2 cm", () => {
    const leg = describeRule(
      { expr: { from: 'lateral-malleolus', move: [{ dir: 'proximal', cun: 3 }] }, scale: 'leg-lateral' },
      label,
      patient({ 'leg-lateral': 2.5 }),
    );
    expect(leg[1]).toBe('From there, move 3 B-cun ≈ 7.5 cm proximal.');
    expect(leg[2]).toBe(
      'Measure B-cun from the midpoint of the popliteal crease to the prominence of the lateral malleolus = 16 B-cun; on this patient 1 B-cun ≈ 2.5 cm (measured).',
    );
    const li3 = describeRule(
      { expr: { from: 'metacarpal-2-head', move: [{ dir: 'proximal', cun: 0.5 }] }, scale: 'forearm' },
      label,
      patient({ forearm: 2.2 }),
    );
    expect(li3[1]).toBe('From there, move 0.5 B-cun ≈ 1.1 cm proximal.');
    expect(li3[2]).toMatch(/; on this patient 1 B-cun ≈ 2\.2 cm \(measured\)\.$/);
  });

  it('gives no centimetres for a scale the patient has no figure for (never a made-up number)', () => {
    const st26: LocationRule = {
      expr: {
        from: 'umbilicus',
        move: [
          { dir: 'inferior', cun: 1, scale: 'lower-abdomen' },
          { dir: 'lateral', cun: 2, scale: 'chest-transverse' },
        ],
      },
    };
    const steps = describeRule(st26, label, patient({ 'lower-abdomen': 3.4 }));
    expect(steps[1]).toBe('From there, move 1 B-cun ≈ 3.4 cm inferior, then 2 B-cun lateral.');
    expect(steps[2]).toContain('= 5 B-cun; on this patient 1 B-cun ≈ 3.4 cm (measured).');
    expect(steps[3]).toBe('Measure B-cun between the two nipples = 8 B-cun.');
    expect(steps[3]).not.toContain('cm');
    // nor for a figure that is not a length
    const bad = describeRule(BL23, label, patient({ 'back-transverse': Number.NaN }));
    expect(bad.join(' ')).not.toContain('cm');
    expect(describeRule(BL23, label, { cunCm: () => ({ cm: -2, basis: 'measured' }) }).join(' ')).not.toContain('cm');
  });

  it("a line counted in B-cun gives cm only when the patient's line length is known", () => {
    const seen: unknown[] = [];
    const withLine = describeRule(
      ST36,
      label,
      patient({ 'leg-lateral': 2.5 }, 'measured', (a, b) => {
        seen.push(a, b);
        return 40;
      }),
    );
    expect(seen).toEqual(['patella-lateral-depression', 'ankle-crease-mid']);
    // 3 of 16 B-cun of a 40 cm line: 7.5 cm
    expect(withLine[2]).toBe(
      'The line from the lateral eye of the knee to the front of the ankle joint counts 16 B-cun; ' +
        'measure 3 B-cun from the lateral eye of the knee along it (≈ 7.5 cm on this patient).',
    );
    const noLine = describeRule(
      ST36,
      label,
      patient({ 'leg-lateral': 2.5 }, 'measured', () => undefined),
    );
    expect(noLine[2]).not.toContain('cm');
    expect(describeRule(ST36, label, patient({ 'leg-lateral': 2.5 }))[2]).not.toContain('cm');
  });

  it('the two-argument call is unchanged by the patient hook', () => {
    expect(describeRule(BL23, label, undefined)).toEqual(describeRule(BL23, label));
  });
});
