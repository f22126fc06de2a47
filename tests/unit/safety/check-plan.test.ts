import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan, type SafetyInput } from '../../../points/safety/check-plan';
import type { CautionRule, PointSet } from '../../../points/schema/caution-rule';
import type { RedFlag } from '../../../points/schema/red-flag';
import { toSafetyInput } from '../../../renderer/plan/plan-model';
import { fixturePlan } from '../plans/plan-test-kit';

const src = [{ id: 'seed-003' }];
const rule = (id: string, severity: CautionRule['severity'], when: CautionRule['when']): CautionRule => ({ id, severity, message: `msg ${id}`, when, sources: src });
const lowerAbdomen: PointSet = { id: 'lower-abdomen', label: 'Lower abdomen', description: 'd', ranges: [{ channel: 'CV', from: 2, to: 7 }], codes: ['ST28'], sources: src };
const redFlag: RedFlag = { id: 'foot-drop', label: 'Foot drop', ask: 'a', concern: 'nerve root compression', urgency: 'urgent', action: 'refer-before-treating', sources: src };

const kb = {
  pointSets: [lowerAbdomen],
  redFlags: [redFlag],
  cautionRules: [
    rule('preg-codes', 'contraindicated', { patientFlags: ['pregnancy'], points: { codes: ['LI4', 'SP6'] } }),
    rule('preg-set', 'contraindicated', { patientFlags: ['pregnancy'], points: { sets: ['lower-abdomen'] } }),
    rule('anticoag-cupping', 'caution', { patientFlags: ['anticoagulants', 'bleeding-disorder'], techniques: ['cupping'] }),
    rule('infection', 'contraindicated', { patientFlags: ['local-infection'] }),
    rule('gb30-nerve', 'note', { techniques: ['needling'], points: { codes: ['GB30'] } }),
  ],
};
const input = (over: Partial<SafetyInput>): SafetyInput => ({ patientFlags: [], redFlags: {}, points: [], acknowledgements: [], ...over });

describe('checkPlan rule kinds (synthetic rules)', () => {
  it('point rules fire per matching point, by code and by point set range', () => {
    const report = checkPlan(kb, input({ patientFlags: ['pregnancy'], points: [
      { code: 'LI4', techniques: ['needling'] }, { code: 'CV4', techniques: ['moxibustion'] }, { code: 'CV12', techniques: ['needling'] }, { code: 'ST28', techniques: ['needling'] },
    ] }));
    expect(report.findings.map((f) => f.id).sort()).toEqual(['preg-codes@LI4', 'preg-set@CV4', 'preg-set@ST28']);
  });

  it('patient flags gate the rule; without the flag nothing fires', () => {
    expect(checkPlan(kb, input({ points: [{ code: 'SP6', techniques: ['needling'] }] })).findings).toEqual([]);
  });

  it('technique rules give one finding per technique, listing its points', () => {
    const report = checkPlan(kb, input({ patientFlags: ['anticoagulants'], points: [
      { code: 'BL23', techniques: ['cupping', 'needling'] }, { code: 'BL25', techniques: ['cupping'] }, { code: 'GB34', techniques: ['needling'] },
    ] }));
    expect(report.findings).toEqual([expect.objectContaining({ id: 'anticoag-cupping@cupping', severity: 'caution', codes: ['BL23', 'BL25'], techniques: ['cupping'] })]);
  });

  it('flag-only rules give one whole-plan finding; rules without flags apply to every patient', () => {
    const report = checkPlan(kb, input({ patientFlags: ['local-infection'], points: [{ code: 'GB30', techniques: ['needling'] }, { code: 'GB30', techniques: ['moxibustion'] }] }));
    expect(report.findings.map((f) => f.id)).toEqual(['infection', 'gb30-nerve@GB30']);
  });

  it('a red flag answered yes gives a refer-before-treating finding, ranked first', () => {
    const report = checkPlan(kb, input({ patientFlags: ['pregnancy'], redFlags: { 'foot-drop': 'yes' }, points: [{ code: 'SP6', techniques: ['needling'] }] }));
    expect(report.referBeforeTreating).toBe(true);
    expect(report.findings[0]).toMatchObject({ id: 'red-flag@foot-drop', severity: 'refer' });
    expect(report.findings[0]?.message).toContain('Refer before treating');
    expect(checkPlan(kb, input({ redFlags: { 'foot-drop': 'unknown' } })).referBeforeTreating).toBe(false);
  });

  it('acknowledgements attach to their finding; stale ones are returned, never dropped', () => {
    const acks = [
      { findingId: 'preg-codes@SP6', reason: 'Point will not be needled', at: '2026-11-20T09:00:00Z' },
      { findingId: 'preg-codes@LI4', reason: 'Removed since', at: '2026-11-20T09:01:00Z' },
    ];
    const report = checkPlan(kb, input({ patientFlags: ['pregnancy'], points: [{ code: 'SP6', techniques: ['needling'] }], acknowledgements: acks }));
    expect(report.findings[0]?.acknowledged).toEqual({ reason: 'Point will not be needled', at: '2026-11-20T09:00:00Z' });
    expect(report.staleAcknowledgements).toEqual([acks[1]]);
  });
});

describe('checkPlan with the real knowledge base', () => {
  const real = loadKnowledgeBase();
  const severityOf = (report: ReturnType<typeof checkPlan>, code: string) =>
    report.findings.filter((f) => f.codes.includes(code)).map((f) => f.severity);

  it('pregnancy with LI4 or SP6 is contraindicated (seed 003)', () => {
    const report = checkPlan(real, input({ patientFlags: ['pregnancy'], points: [{ code: 'LI4', techniques: ['needling'] }, { code: 'SP6', techniques: ['needling'] }, { code: 'GB34', techniques: ['needling'] }] }));
    expect(severityOf(report, 'LI4')).toContain('contraindicated');
    expect(severityOf(report, 'SP6')).toContain('contraindicated');
    expect(severityOf(report, 'GB34')).not.toContain('contraindicated');
  });

  it('anticoagulants with cupping is a caution; a pacemaker with electro-acupuncture is contraindicated', () => {
    const cupping = checkPlan(real, input({ patientFlags: ['anticoagulants'], points: [{ code: 'BL23', techniques: ['cupping'] }] }));
    expect(cupping.findings.some((f) => f.techniques.includes('cupping') && f.severity === 'caution')).toBe(true);
    const electro = checkPlan(real, input({ patientFlags: ['implanted-device'], points: [{ code: 'GB30', techniques: ['electro-acupuncture'] }] }));
    expect(electro.findings.some((f) => f.techniques.includes('electro-acupuncture') && f.severity === 'contraindicated')).toBe(true);
  });

  it('reduced sensation with moxibustion is a caution; every seed red flag refers', () => {
    const moxa = checkPlan(real, input({ patientFlags: ['reduced-sensation'], points: [{ code: 'ST36', techniques: ['moxibustion'] }] }));
    expect(moxa.findings.some((f) => f.techniques.includes('moxibustion') && f.severity === 'caution')).toBe(true);
    const all = Object.fromEntries(real.redFlags.map((f) => [f.id, 'yes']));
    const report = checkPlan(real, input({ redFlags: all }));
    expect(report.findings.filter((f) => f.severity === 'refer')).toHaveLength(real.redFlags.length);
    expect(real.redFlags.map((f) => f.id)).toEqual(expect.arrayContaining(['bladder-bowel-dysfunction', 'saddle-numbness']));
  });
});

describe('the documented example plan', () => {
  it('acknowledges a finding the engine really produces (no stale acknowledgement)', () => {
    const report = checkPlan(loadKnowledgeBase(), toSafetyInput(fixturePlan()));
    expect(report.staleAcknowledgements).toEqual([]);
    expect(report.findings.find((f) => f.id === 'pregnancy-forbidden-points@SP6')?.acknowledged?.reason).toMatch(/not be needled/);
  });
});
