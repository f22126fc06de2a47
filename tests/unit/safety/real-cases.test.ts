// The cases a clinician relies on, against the real knowledge base: what must be contraindicated, what a
// caution, and what must stay quiet.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan, type SafetyInput } from '../../../points/safety/check-plan';
import type { Technique } from '../../../points/schema/common';

const kb = loadKnowledgeBase();
type Item = SafetyInput['points'][number];
const plan = (points: Item[], over: Partial<SafetyInput> = {}): SafetyInput => ({
  patientFlags: [],
  redFlags: {},
  acknowledgements: [],
  points,
  ...over,
});
const at = (code: string, techniques: Technique[] = ['needling'], extra: Partial<Item> = {}): Item => ({
  code,
  techniques,
  ...extra,
});
const pregnant = (week?: number): Partial<SafetyInput> => ({
  patientFlags: ['pregnancy'],
  ...(week ? { gestationalWeek: week } : {}),
});
const severities = (input: SafetyInput, code: string): string[] =>
  checkPlan(kb, input)
    .findings.filter((f) => f.codes.includes(code))
    .map((f) => f.severity);
const deepestOf = (code: string): number =>
  Math.max(...(kb.points.find((p) => p.code === code)?.needling.map((n) => n.depthCun[1]) ?? [0]));

describe('pregnancy', () => {
  it.each(['LI4', 'SP6', 'BL60', 'BL67', 'GB21'])('%s needled in pregnancy is contraindicated at any stage', (code) => {
    expect(severities(plan([at(code)], pregnant(6)), code)).toContain('contraindicated');
  });

  it.each([
    ['lower abdomen', 'CV4'],
    ['lower abdomen', 'KI12'],
    ['lower abdomen', 'ST28'],
    ['perineum', 'CV1'],
  ])('%s (%s) is contraindicated at any stage', (_row, code) => {
    expect(severities(plan([at(code)], pregnant(8)), code)).toContain('contraindicated');
  });

  it.each([
    ['umbilical row', 'ST25'],
    ['umbilical row', 'SP15'],
    ['umbilical row', 'KI16'],
    ['umbilical row', 'GB26'],
    ['upper abdomen', 'CV12'],
    ['upper abdomen', 'CV14'],
    ['upper abdomen', 'LR13'],
    ['lumbosacral', 'BL23'],
    ['lumbosacral', 'GV4'],
  ])('%s (%s): contraindicated from week 13 and with the week unknown, not at week 8', (_row, code) => {
    expect(severities(plan([at(code)], pregnant(20)), code)).toContain('contraindicated');
    expect(severities(plan([at(code)], pregnant()), code)).toContain('contraindicated');
    expect(severities(plan([at(code)], pregnant(8)), code)).not.toContain('contraindicated');
  });

  it('with the week unknown the finding says the strictest stage was assumed', () => {
    const f = checkPlan(kb, plan([at('BL23')], pregnant())).findings.find((x) => x.id === 'pregnancy-lumbosacral@BL23');
    expect(f?.message).toMatch(/week not recorded/i);
  });

  it('moxa at BL67 for breech is a caution naming the specialist exception, not contraindicated', () => {
    const findings = checkPlan(kb, plan([at('BL67', ['moxibustion'])], pregnant(35))).findings.filter((f) =>
      f.codes.includes('BL67'),
    );
    expect(findings.map((f) => f.severity)).not.toContain('contraindicated');
    expect(findings.some((f) => f.severity === 'caution' && /breech/i.test(f.message))).toBe(true);
  });

  it('electro-acupuncture on the abdomen in pregnancy is contraindicated', () => {
    expect(severities(plan([at('ST36', ['needling', 'electro-acupuncture'])], pregnant(10)), 'ST36')).not.toContain(
      'contraindicated',
    );
    expect(severities(plan([at('CV12', ['electro-acupuncture'])], pregnant(10)), 'CV12')).toContain('contraindicated');
  });
});

describe('technique, depth and angle', () => {
  it.each(['ST17', 'CV8'])('needling %s, a point that is never needled, is contraindicated', (code) => {
    expect(severities(plan([at(code)]), code)).toContain('contraindicated');
  });

  it.each(['LU1', 'GB21', 'BL1'])('%s needled deeper than its record is contraindicated (organ beneath)', (code) => {
    expect(severities(plan([at(code, ['needling'], { depthCun: deepestOf(code) + 0.5 })]), code)).toContain(
      'contraindicated',
    );
    expect(severities(plan([at(code, ['needling'], { depthCun: deepestOf(code) })]), code)).not.toContain(
      'contraindicated',
    );
  });

  it('ST36 deeper than its record is a caution, not contraindicated', () => {
    const s = severities(plan([at('ST36', ['needling'], { depthCun: deepestOf('ST36') + 1 })]), 'ST36');
    expect(s).toContain('caution');
    expect(s).not.toContain('contraindicated');
  });

  it('LI16 needled perpendicular is a caution; its record lists no perpendicular needling', () => {
    expect(kb.points.find((p) => p.code === 'LI16')?.needling.map((n) => n.angle)).not.toContain('perpendicular');
    const findings = checkPlan(kb, plan([at('LI16', ['needling'], { angle: 'perpendicular' })])).findings;
    expect(findings.some((f) => f.id === 'angle-not-in-record@LI16' && f.severity === 'caution')).toBe(true);
  });

  it('moxa at BL40 is contraindicated; moxa on the face is a caution', () => {
    expect(severities(plan([at('BL40', ['moxibustion'])]), 'BL40')).toContain('contraindicated');
    expect(severities(plan([at('ST4', ['moxibustion'])]), 'ST4')).toContain('caution');
  });

  it('a pacemaker with electro-acupuncture is contraindicated; electro across the chest is a caution', () => {
    expect(
      severities(
        plan([at('GB30', ['needling', 'electro-acupuncture'])], { patientFlags: ['implanted-device'] }),
        'GB30',
      ),
    ).toContain('contraindicated');
    expect(severities(plan([at('ST15', ['electro-acupuncture'])]), 'ST15')).toContain('caution');
  });

  it('cupping over varicose veins on the leg is contraindicated', () => {
    expect(severities(plan([at('BL57', ['cupping'])], { patientFlags: ['varicose-veins'] }), 'BL57')).toContain(
      'contraindicated',
    );
  });

  it('chest points over the lung are cautioned, including LI16, SI9, SI12, EX-B1, EX-B2 and CV22', () => {
    for (const code of ['LI16', 'SI9', 'SI12', 'EX-B1', 'EX-B2', 'CV22', 'LU1', 'BL13']) {
      expect(
        checkPlan(kb, plan([at(code)])).findings.some((f) => f.id === `thorax-needling@${code}`),
        code,
      ).toBe(true);
    }
  });
});

describe('fewer, truer warnings', () => {
  it('plain ST36 and GB34 with no patient flags: nothing contraindicated', () => {
    const report = checkPlan(kb, plan([at('ST36'), at('GB34')]));
    expect(report.findings.filter((f) => f.severity === 'contraindicated' || f.severity === 'refer')).toEqual([]);
  });

  it('the after-treatment note appears once for a plan using needling and electro-acupuncture', () => {
    const report = checkPlan(kb, plan([at('GB30', ['needling', 'electro-acupuncture']), at('GB34')]));
    expect(report.findings.filter((f) => /expect possible mild soreness/.test(f.message))).toHaveLength(1);
  });

  it('every finding names its reason and at least one source; point findings name their point', () => {
    const report = checkPlan(
      kb,
      plan([at('LI4'), at('CV4'), at('BL23', ['cupping']), at('GB21', ['needling'], { depthCun: 3 })], {
        ...pregnant(),
        patientFlags: ['pregnancy', 'anticoagulants'],
      }),
    );
    for (const f of report.findings) {
      expect(f.message.length, f.id).toBeGreaterThan(10);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      if (f.id.includes('@')) expect(f.codes.length, f.id).toBeGreaterThan(0);
    }
  });

  it('no red flag treats long-standing pain alone as a reason to refer', () => {
    for (const f of kb.redFlags) expect(`${f.label} ${f.ask}`, f.id).not.toMatch(/lasted more than a few weeks/i);
  });

  it('a red flag answered yes refers and cannot be acknowledged away', () => {
    const input = plan([at('GB30')], {
      redFlags: { 'history-of-cancer': 'yes' },
      acknowledgements: [{ findingId: 'red-flag@history-of-cancer', reason: 'ok', at: '2026-11-20T09:00:00Z' }],
    });
    const report = checkPlan(kb, input);
    expect(report.referBeforeTreating).toBe(true);
    expect(report.findings[0]).toMatchObject({ id: 'red-flag@history-of-cancer', severity: 'refer' });
    expect(report.findings[0]?.acknowledged).toBeUndefined();
  });
});

describe('describeWhen (the detail panel says when the check applies a caution)', () => {
  it('puts the machine-readable condition in words', async () => {
    const { describeWhen } = await import('../../../points/safety/describe-when');
    expect(describeWhen({ patientFlags: ['pregnancy'], pregnancyFromWeek: 13, region: 'upper-abdomen' }, kb)).toBe(
      'pregnant; from week 13; point on the upper abdomen',
    );
    expect(describeWhen({ techniques: ['moxibustion'] }, kb)).toBe('moxibustion');
    expect(describeWhen({ techniques: ['needling'], depth: 'beyond-record' }, kb)).toBe(
      'needling; deeper than the listed depth',
    );
    expect(describeWhen({}, kb)).toBe('whenever the point is used');
  });
});
