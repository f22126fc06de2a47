// The loader and the cross-reference checker on deliberately broken data: errors must name the file
// and the record, and each check must actually catch what it claims to.
import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeBase,
  KNOWLEDGE_BASE_INPUT,
  KnowledgeBaseError,
  type KnowledgeBase,
  type KnowledgeBaseInput,
} from '../../../points/knowledge-base';
import { knowledgeBaseProblems } from '../../../points/kb-checks';
import type { PointRecord } from '../../../points/schema/point';
import seedJson from '../../../points/data/points/featured.json';

const clone = <T>(x: T): T => structuredClone(x);
const seedFile = 'points/data/points/featured.json';
const seed = (): { schemaVersion: number; points: Record<string, unknown>[] } => clone(seedJson) as never;
const input = (over: Partial<KnowledgeBaseInput>): KnowledgeBaseInput => ({
  ...KNOWLEDGE_BASE_INPUT,
  pointFiles: [{ file: seedFile, data: seedJson }],
  ...over,
});

function thrown(fn: () => unknown): KnowledgeBaseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KnowledgeBaseError) return e;
    throw e;
  }
  throw new Error('expected a KnowledgeBaseError');
}

describe('loader errors name the file and the record', () => {
  it('an invalid point record', () => {
    const data = seed();
    const gb34 = data.points.find((p) => p.code === 'GB34') as { location: { rule: { expr: unknown } } };
    gb34.location.rule.expr = { along: ['fibula-head'], fraction: 2 };
    const err = thrown(() => buildKnowledgeBase(input({ pointFiles: [{ file: seedFile, data }] })));
    expect(err.file).toBe(seedFile);
    expect(err.record).toMatch(/points\[2\] \(GB34\)/);
    expect(err.message).toContain('location.rule.expr');
  });

  it('a pairing with a single point', () => {
    const pairings = clone(KNOWLEDGE_BASE_INPUT.pairings) as { pairings: { id: string; points: string[] }[] };
    pairings.pairings[1]!.points = ['GB30'];
    const err = thrown(() => buildKnowledgeBase(input({ pairings })));
    expect(err.file).toBe('points/data/pairings.json');
    expect(err.record).toContain(pairings.pairings[1]!.id);
  });

  it('a caution rule with an unknown severity', () => {
    const rules = clone(KNOWLEDGE_BASE_INPUT.cautionRules) as { rules: { id: string; severity: string }[] };
    rules.rules[0]!.severity = 'forbidden';
    const err = thrown(() => buildKnowledgeBase(input({ cautionRules: rules })));
    expect(err.file).toBe('points/data/caution-rules.json');
    expect(err.record).toContain(rules.rules[0]!.id);
  });

  it('the same code in two points files', () => {
    const other = { schemaVersion: 1, points: [seed().points[0]] };
    const err = thrown(() =>
      buildKnowledgeBase(
        input({
          pointFiles: [
            { file: seedFile, data: seedJson },
            { file: 'points/data/points/gb.json', data: other },
          ],
        }),
      ),
    );
    expect(err.message).toContain('GB30');
    expect(err.message).toContain('points/data/points/gb.json');
    expect(err.message).toContain(seedFile);
  });

  it('a duplicate id within a collection', () => {
    const flags = clone(KNOWLEDGE_BASE_INPUT.redFlags) as { redFlags: { id: string }[] };
    flags.redFlags[1]!.id = flags.redFlags[0]!.id;
    const err = thrown(() => buildKnowledgeBase(input({ redFlags: flags })));
    expect(err.file).toBe('points/data/red-flags.json');
    expect(err.record).toContain(flags.redFlags[0]!.id);
  });
});

describe('the cross-reference checker catches broken references', () => {
  const base = buildKnowledgeBase(input({}));
  const withPoints = (edit: (points: PointRecord[]) => void): KnowledgeBase => {
    const kb = clone(base);
    edit(kb.points);
    return kb;
  };
  const messages = (kb: KnowledgeBase, kind: string): string[] =>
    knowledgeBaseProblems(kb)
      .filter((p) => p.kind === kind)
      .map((p) => p.message);

  it('a cycle between location rules', () => {
    const kb = withPoints((pts) => {
      pts.find((p) => p.code === 'GB30')!.location.rule.expr = {
        from: 'GB34',
        move: [{ dir: 'superior', cun: 1, scale: 'thigh-lateral' }],
      };
      pts.find((p) => p.code === 'GB34')!.location.rule.expr = { mid: ['GB30', 'fibula-head'] };
    });
    expect(messages(kb, 'cycles').join('\n')).toMatch(/GB30 → GB34 → GB30|GB34 → GB30 → GB34/);
  });

  it('an unknown landmark, scale or point in a rule', () => {
    const kb = withPoints((pts) => {
      pts.find((p) => p.code === 'LI4')!.location.rule = {
        expr: { from: 'no-such-landmark', move: [{ dir: 'distal', cun: 1, scale: 'no-such-scale' }] },
      };
      pts.find((p) => p.code === 'SP6')!.location.rule.expr = 'KI99';
    });
    const text = messages(kb, 'location').join('\n');
    expect(text).toContain('no-such-landmark');
    expect(text).toContain('no-such-scale');
    expect(text).toContain('KI99');
  });

  it('an unknown source id', () => {
    const kb = withPoints((pts) => {
      pts[0]!.cautions.push({ severity: 'note', text: 'x', when: {}, sources: [{ id: 'nobody-1999' }] });
    });
    expect(messages(kb, 'sources').join('\n')).toContain('nobody-1999');
  });

  it('a pairing, condition or rule naming a missing point', () => {
    const kb = clone(base);
    kb.pairings[0]!.points = ['GB30', 'GB99'];
    kb.conditions[0]!.redFlags = ['no-such-flag'];
    kb.cautionRules[0]!.when.patientFlags = ['no-such-patient-flag'];
    expect(messages(kb, 'pairings').join('\n')).toContain('GB99');
    expect(messages(kb, 'conditions').join('\n')).toContain('no-such-flag');
    expect(messages(kb, 'rules').join('\n')).toContain('no-such-patient-flag');
  });
});
