import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan, findingsForPoint, type SafetyInput } from '../../../points/safety/check-plan';
import type { SafetyKb } from '../../../points/safety/safety-rules';
import type { CautionRule, PointSet } from '../../../points/schema/caution-rule';
import type { RedFlag } from '../../../points/schema/red-flag';

// Synthetic rules over the real point records (their own cautions removed), so each test shows one
// mechanism of the engine; the real knowledge base is exercised in real-cases.test.ts and derivation.test.ts.
const real = loadKnowledgeBase();
const src = [{ id: 'cheng-1987' }];
const rule = (
  id: string,
  severity: CautionRule['severity'],
  when: CautionRule['when'],
  extra: Partial<CautionRule> = {},
): CautionRule => ({ id, severity, message: `msg ${id}`, when, sources: src, ...extra });
const lowerAbdomen: PointSet = {
  id: 'lower-abdomen',
  kind: 'risk-region',
  label: 'Lower abdomen',
  description: 'd',
  ranges: [{ channel: 'CV', from: 2, to: 7 }],
  codes: ['ST28'],
  sources: src,
};
const redFlag = (id: string): RedFlag => ({
  id,
  label: `label ${id}`,
  ask: 'a',
  concern: 'nerve root compression',
  urgency: 'urgent',
  action: 'refer-before-treating',
  refer: 'Refer within days.',
  general: true,
  sources: src,
});

const kbWith = (rules: CautionRule[], over: Partial<SafetyKb> = {}): SafetyKb => ({
  points: real.points.map((p) => ({ ...p, cautions: [] })),
  pointSets: [lowerAbdomen],
  redFlags: [redFlag('foot-drop'), redFlag('night-pain')],
  conditions: [],
  cautionRules: rules,
  ...over,
});
const input = (over: Partial<SafetyInput>): SafetyInput => ({
  patientFlags: [],
  redFlags: {},
  points: [],
  acknowledgements: [],
  ...over,
});
const needled = (code: string, extra: Partial<SafetyInput['points'][number]> = {}) => ({
  code,
  techniques: ['needling' as const],
  ...extra,
});

describe('checkPlan rule kinds (synthetic rules)', () => {
  const kb = kbWith([
    rule('preg-codes', 'contraindicated', { patientFlags: ['pregnancy'], points: { codes: ['LI4', 'SP6'] } }),
    rule('preg-set', 'contraindicated', { patientFlags: ['pregnancy'], points: { sets: ['lower-abdomen'] } }),
    rule('anticoag-cupping', 'caution', { patientFlags: ['anticoagulants'], techniques: ['cupping'] }),
    rule('infection', 'contraindicated', { patientFlags: ['local-infection'] }),
    rule('gb30-nerve', 'note', { techniques: ['needling'], points: { codes: ['GB30'] } }),
  ]);

  it('point rules fire per matching point, by code and by point set range', () => {
    const report = checkPlan(
      kb,
      input({
        patientFlags: ['pregnancy'],
        points: [needled('LI4'), { code: 'CV4', techniques: ['moxibustion'] }, needled('CV12'), needled('ST28')],
      }),
    );
    expect(report.findings.map((f) => f.id).sort()).toEqual(['preg-codes@LI4', 'preg-set@CV4', 'preg-set@ST28']);
  });

  it('patient flags gate the rule; without the flag nothing fires', () => {
    expect(checkPlan(kb, input({ points: [needled('SP6')] })).findings).toEqual([]);
  });

  it('a technique rule gives ONE finding naming its points and techniques', () => {
    const report = checkPlan(
      kb,
      input({
        patientFlags: ['anticoagulants'],
        points: [
          { code: 'BL23', techniques: ['cupping', 'needling'] },
          { code: 'BL25', techniques: ['cupping'] },
          needled('GB34'),
        ],
      }),
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        id: 'anticoag-cupping',
        severity: 'caution',
        codes: ['BL23', 'BL25'],
        techniques: ['cupping'],
      }),
    ]);
  });

  it('flag-only rules give one whole-plan finding; a point listed twice gives one finding', () => {
    const report = checkPlan(
      kb,
      input({
        patientFlags: ['local-infection'],
        points: [needled('GB30'), { code: 'GB30', techniques: ['moxibustion'] }],
      }),
    );
    expect(report.findings.map((f) => f.id)).toEqual(['infection', 'gb30-nerve@GB30']);
  });

  it('acknowledgements attach to their finding; stale ones are returned, never dropped', () => {
    const acks = [
      { findingId: 'preg-codes@SP6', reason: 'Point will not be needled', at: '2026-11-20T09:00:00Z' },
      { findingId: 'preg-codes@LI4', reason: 'Removed since', at: '2026-11-20T09:01:00Z' },
    ];
    const report = checkPlan(
      kb,
      input({ patientFlags: ['pregnancy'], points: [needled('SP6')], acknowledgements: acks }),
    );
    expect(report.findings[0]?.acknowledged).toEqual({
      reason: 'Point will not be needled',
      at: '2026-11-20T09:00:00Z',
    });
    expect(report.staleAcknowledgements).toEqual([acks[1]]);
  });
});

describe('pregnancy stage, depth and angle clauses', () => {
  const kb = kbWith([
    rule('from-13', 'contraindicated', {
      patientFlags: ['pregnancy'],
      pregnancyFromWeek: 13,
      points: { codes: ['ST25'] },
    }),
    rule('before-13', 'caution', { patientFlags: ['pregnancy'], pregnancyBeforeWeek: 13, points: { codes: ['ST25'] } }),
    rule('deep', 'caution', { techniques: ['needling'], depth: 'beyond-record' }),
    rule(
      'deep-lung',
      'contraindicated',
      { techniques: ['needling'], depth: 'beyond-record', points: { codes: ['LU1'] } },
      { supersedes: ['deep'] },
    ),
    rule('angle', 'caution', { techniques: ['needling'], angle: 'not-in-record' }),
    rule('women', 'caution', { sex: 'female', points: { codes: ['CV5'] } }),
  ]);
  const preg = (week?: number) =>
    input({ patientFlags: ['pregnancy'], ...(week ? { gestationalWeek: week } : {}), points: [needled('ST25')] });

  it('a "from week 13" rule does not fire at week 8, fires at week 20, and with the week unknown fires saying so', () => {
    expect(checkPlan(kb, preg(8)).findings.map((f) => f.id)).toEqual(['before-13@ST25']);
    expect(checkPlan(kb, preg(20)).findings.map((f) => f.id)).toEqual(['from-13@ST25']);
    const unknown = checkPlan(kb, preg()).findings;
    expect(unknown.map((f) => f.id)).toEqual(['from-13@ST25']);
    expect(unknown[0]?.message).toMatch(/week not recorded.*strictest/i);
  });

  it('depth beyond the record fires only past the deepest listed depth, names both, and the organ rule replaces the general one', () => {
    const lu1Max = Math.max(...(real.points.find((p) => p.code === 'LU1')?.needling.map((n) => n.depthCun[1]) ?? []));
    expect(checkPlan(kb, input({ points: [needled('LU1', { depthCun: lu1Max })] })).findings).toEqual([]);
    const deep = checkPlan(
      kb,
      input({ points: [needled('LU1', { depthCun: lu1Max + 1 }), needled('ST36', { depthCun: 5 })] }),
    ).findings;
    expect(deep.map((f) => `${f.severity}:${f.id}`).sort()).toEqual([
      'caution:deep@ST36',
      'contraindicated:deep-lung@LU1',
    ]);
    expect(deep.find((f) => f.id === 'deep-lung@LU1')?.message).toMatch(
      new RegExp(`planned ${lu1Max + 1} cun.*up to ${lu1Max} cun`, 'i'),
    );
  });

  it('an angle the record does not list is a caution; one it lists is not', () => {
    expect(
      checkPlan(kb, input({ points: [needled('LU1', { angle: 'perpendicular' })] })).findings.map((f) => f.id),
    ).toEqual(['angle@LU1']);
    expect(checkPlan(kb, input({ points: [needled('LU1', { angle: 'oblique' })] })).findings).toEqual([]);
  });

  it('a sex clause matches the recorded sex only', () => {
    expect(checkPlan(kb, input({ sex: 'female', points: [needled('CV5')] })).findings.map((f) => f.id)).toEqual([
      'women@CV5',
    ]);
    expect(checkPlan(kb, input({ sex: 'male', points: [needled('CV5')] })).findings).toEqual([]);
  });

  it('the same message twice at one point is reported once, at the higher severity', () => {
    const twice = kbWith([
      rule('a', 'note', { points: { codes: ['GB30'] } }, { message: 'same words' }),
      rule('b', 'caution', { points: { codes: ['GB30'] } }, { message: 'same words' }),
    ]);
    expect(checkPlan(twice, input({ points: [needled('GB30')] })).findings.map((f) => `${f.severity}:${f.id}`)).toEqual(
      ['caution:b@GB30'],
    );
  });
});

describe('red flags', () => {
  const kb = kbWith([]);

  it('a red flag answered yes refers, ranked first; "unknown" does not refer', () => {
    const report = checkPlan(kb, input({ redFlags: { 'foot-drop': 'yes' }, points: [needled('SP6')] }));
    expect(report.referBeforeTreating).toBe(true);
    expect(report.findings[0]).toMatchObject({ id: 'red-flag@foot-drop', severity: 'refer' });
    expect(checkPlan(kb, input({ redFlags: { 'foot-drop': 'unknown' } })).referBeforeTreating).toBe(false);
  });

  it('an answer under a key the knowledge base does not know is never read as "no"', () => {
    const report = checkPlan(kb, input({ redFlags: { 'foot-drop': 'no', 'night-pain': 'no', 'bladder-bowel': 'no' } }));
    expect(report.referBeforeTreating).toBe(true);
    expect(report.findings[0]).toMatchObject({ id: 'unknown-red-flag@bladder-bowel', severity: 'refer' });
    expect(report.redFlags.unrecognised).toEqual(['bladder-bowel']);
  });

  it("screening lists unanswered questions: the condition's own, or every red flag without a condition", () => {
    expect(checkPlan(kb, input({ redFlags: { 'foot-drop': 'no' } })).redFlags.unanswered).toEqual(['night-pain']);
    const withCondition = kbWith([], {
      conditions: [{ ...real.conditions[0], id: 'c', redFlags: ['foot-drop'] } as SafetyKb['conditions'][number]],
    });
    const report = checkPlan(withCondition, input({ conditionId: 'c', redFlags: { 'foot-drop': 'no' } }));
    expect(report.redFlags).toMatchObject({ relevant: ['foot-drop'], unanswered: [] });
  });

  it('a referral is not answered by a plain acknowledgement, only by a decision', () => {
    const at = '2026-11-20T09:00:00Z';
    const plain = checkPlan(
      kb,
      input({
        redFlags: { 'foot-drop': 'yes' },
        acknowledgements: [{ findingId: 'red-flag@foot-drop', reason: 'fine', at }],
      }),
    );
    expect(plain.findings[0]?.acknowledged).toBeUndefined();
    expect(plain.staleAcknowledgements).toHaveLength(1);
    const decided = checkPlan(
      kb,
      input({
        redFlags: { 'foot-drop': 'yes' },
        acknowledgements: [{ findingId: 'red-flag@foot-drop', reason: 'GP letter sent', at, decision: 'referred' }],
      }),
    );
    expect(decided.findings[0]?.acknowledged).toEqual({ reason: 'GP letter sent', at, decision: 'referred' });
    expect(decided.referBeforeTreating).toBe(true);
  });
});

describe('findingsForPoint (detail panel and Add to plan)', () => {
  const kb = kbWith([
    rule('preg-codes', 'contraindicated', { patientFlags: ['pregnancy'], points: { codes: ['LI4'] } }),
  ]);
  it('reports what the point would get if added, without changing the plan', () => {
    const plan = input({ patientFlags: ['pregnancy'], points: [needled('ST36')] });
    expect(findingsForPoint(kb, plan, 'LI4').map((f) => f.id)).toEqual(['preg-codes@LI4']);
    expect(findingsForPoint(kb, plan, 'ST36')).toEqual([]);
    expect(plan.points).toHaveLength(1);
  });
});
