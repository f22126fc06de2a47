import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../electron/contract/plan';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan } from '../../../points/safety/check-plan';
import { applyCommand, type PlanCommand } from '../../../renderer/plan/plan-commands';
import { conditionTemplate } from '../../../renderer/plan/plan-kb';
import { kbTechniques, toSafetyInput } from '../../../electron/contract/plan-safety-input';
import { createPlan } from '../../../renderer/plan/plan-model';

const kb = loadKnowledgeBase();
const plan = (cmds: PlanCommand[]): Plan =>
  cmds.reduce(applyCommand, createPlan('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc', new Date()));
const check = (p: Plan) => checkPlan(kb, toSafetyInput(p));
const ids = (p: Plan) => check(p).findings.map((f) => `${f.severity}:${f.id}`);

describe('plan → safety input', () => {
  it('maps plan techniques to knowledge-base techniques; no technique counts as needling', () => {
    expect(kbTechniques({})).toEqual(['needling']);
    expect(kbTechniques({ cupping: { kind: 'flash' }, electro: { frequencyHz: 2, minutes: 20 } })).toEqual([
      'cupping',
      'electro-acupuncture',
    ]);
    expect(kbTechniques({ moxibustion: { kind: 'stick' } })).toEqual(['moxibustion']);
  });

  it('pregnant patient on the sciatica template (+SP6): LI4 and SP6 are contraindicated', () => {
    const sciatica = kb.conditions.find((c) => c.id === 'sciatica-piriformis');
    if (!sciatica) throw new Error('sciatica-piriformis is missing from the knowledge base');
    const template = conditionTemplate(sciatica);
    const p = plan([
      { type: 'set-flag', flag: 'pregnancy', on: true },
      { type: 'apply-condition', template, uids: template.points.map((c) => c.toLowerCase()) },
      { type: 'add-point', code: 'SP6', uid: 'sp6' },
    ]);
    const contraindicated = check(p)
      .findings.filter((f) => f.severity === 'contraindicated')
      .flatMap((f) => f.codes);
    expect(contraindicated.sort()).toEqual(['LI4', 'SP6']);
    expect(template.homeCare.length).toBeGreaterThan(0);
    expect(p.homeCare).toEqual(template.homeCare);
  });

  it('cupping for a patient on anticoagulants is a caution; electro with a pacemaker is contraindicated', () => {
    const cupped = plan([
      { type: 'set-flag', flag: 'anticoagulants', on: true },
      { type: 'add-point', code: 'BL23', uid: 'a' },
      { type: 'set-technique', uid: 'a', technique: { cupping: { kind: 'stationary' } } },
    ]);
    expect(ids(cupped)).toContain('caution:anticoagulant-cupping');
    expect(ids(cupped)).not.toContain('caution:anticoagulant-needling');
    const electro = plan([
      { type: 'set-flag', flag: 'implanted-device', on: true },
      { type: 'add-point', code: 'ST36', uid: 'a' },
      { type: 'set-technique', uid: 'a', technique: { needling: {}, electro: { frequencyHz: 2, minutes: 20 } } },
    ]);
    expect(ids(electro)).toContain('contraindicated:implanted-device-electro');
  });

  it('a "yes" red flag refers; acknowledgements follow their finding and stale ones are kept', () => {
    const at = '2026-11-20T10:00:00.000Z';
    const p = plan([
      { type: 'answer-red-flag', id: 'saddle-numbness', answer: 'yes' },
      { type: 'answer-red-flag', id: 'trauma-unknown-id', answer: 'unknown' },
      { type: 'set-flag', flag: 'pregnancy', on: true },
      { type: 'add-point', code: 'LI4', uid: 'a' },
      { type: 'acknowledge', findingId: 'pregnancy-forbidden-points@LI4', reason: 'Not needled today', at },
      { type: 'acknowledge', findingId: 'pregnancy:SP6', reason: 'old id', at },
    ]);
    const report = check(p);
    expect(report.referBeforeTreating).toBe(true);
    expect(report.findings[0]?.id).toBe('red-flag@saddle-numbness');
    expect(report.findings.find((f) => f.id === 'pregnancy-forbidden-points@LI4')?.acknowledged).toEqual({
      reason: 'Not needled today',
      at,
    });
    expect(report.staleAcknowledgements.map((a) => a.findingId)).toEqual(['pregnancy:SP6']);
  });
});
