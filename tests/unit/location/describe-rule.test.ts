import { describe, expect, it } from 'vitest';
import { describeRule, fractionWords } from '../../../points/location/describe-rule';
import { loadKnowledgeBase } from '../../../points/knowledge-base';

const label = (code: string) => ({ ST35: 'ST35 (Dubi)' } as Record<string, string>)[code];

describe('describeRule', () => {
  it('GB30: one third of the way from the trochanter to the sacral hiatus, on the back', () => {
    expect(describeRule({ expr: { along: ['greater-trochanter', 'sacral-hiatus'], fraction: 1 / 3 }, face: 'posterior' }, label)).toEqual([
      'Find the lateral prominence of the greater trochanter.',
      'Find the sacral hiatus.',
      'On the line from the lateral prominence of the greater trochanter to the sacral hiatus, go one third of the way from the lateral prominence of the greater trochanter.',
      'The point lies on the posterior surface there.',
    ]);
  });

  it('cun along a line, moves with their scale, point references and approximate notes', () => {
    const steps = describeRule({
      expr: { from: { along: ['ST35', 'ankle-crease-mid'], cun: 3, of: 16 }, move: [{ dir: 'lateral', cun: 0.5 }] },
      scale: 'leg-lateral', approximate: true, note: 'one finger-breadth taken as 0.5 B-cun',
    }, label);
    expect(steps[0]).toBe('Find ST35 (Dubi).');
    expect(steps[2]).toContain('counts 16 B-cun; measure 3 B-cun from ST35 (Dubi)');
    expect(steps[3]).toBe('From there, move 0.5 B-cun lateral.');
    expect(steps[4]).toBe('Measure B-cun on the scale the midpoint of the popliteal crease to the prominence of the lateral malleolus = 16 B-cun.');
    expect(steps[5]).toBe('Approximate: one finger-breadth taken as 0.5 B-cun');
  });

  it('names fractions in words where they are common', () => {
    expect(fractionWords(0.5)).toBe('half');
    expect(fractionWords(2 / 3)).toBe('two thirds');
    expect(fractionWords(0.37)).toBe('37%');
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
});
