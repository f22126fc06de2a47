import { describe, expect, it } from 'vitest';
import { Plan } from '../../../electron/contract/plan';
import { applyCommand, MAX_POINTS, type PlanCommand } from '../../../renderer/plan/plan-commands';
import { createPlan } from '../../../renderer/plan/plan-model';

const base = createPlan('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc', new Date(2026, 10, 20, 9, 30));
const run = (cmds: PlanCommand[], plan = base) => cmds.reduce(applyCommand, plan);
const add = (code: string, uid = code.toLowerCase()): PlanCommand => ({ type: 'add-point', code, uid });

describe('plan commands', () => {
  it('a new plan is valid, dated today (local) and empty', () => {
    expect(Plan.safeParse(base).success).toBe(true);
    expect(base.date).toBe('2026-11-20');
    expect(base.patient).toEqual({ name: '', sex: 'unspecified', flags: [] });
    expect(base.points).toEqual([]);
  });

  it('adds points bilateral and needled by default, without touching the original plan', () => {
    const plan = run([add('LI4'), { type: 'add-point', code: 'GB30', uid: 'g', side: 'right' }]);
    expect(plan.points).toEqual([
      { uid: 'li4', code: 'LI4', side: 'bilateral', technique: { needling: {} }, note: '' },
      { uid: 'g', code: 'GB30', side: 'right', technique: { needling: {} }, note: '' },
    ]);
    expect(base.points).toEqual([]);
  });

  it('moves, duplicates and removes points by uid', () => {
    let plan = run([add('LI4'), add('SP6'), add('ST36')]);
    plan = applyCommand(plan, { type: 'move-point', uid: 'st36', delta: -1 });
    expect(plan.points.map((p) => p.code)).toEqual(['LI4', 'ST36', 'SP6']);
    expect(applyCommand(plan, { type: 'move-point', uid: 'li4', delta: -1 })).toBe(plan);
    expect(applyCommand(plan, { type: 'move-point', uid: 'sp6', delta: 1 })).toBe(plan);
    plan = applyCommand(plan, { type: 'set-point-note', uid: 'li4', note: 'left only' });
    plan = applyCommand(plan, { type: 'duplicate-point', uid: 'li4', newUid: 'li4-b' });
    expect(plan.points.map((p) => p.uid)).toEqual(['li4', 'li4-b', 'st36', 'sp6']);
    expect(plan.points[1]).toMatchObject({ code: 'LI4', note: 'left only' });
    plan = applyCommand(plan, { type: 'set-technique', uid: 'li4-b', technique: { cupping: { kind: 'flash' } } });
    expect(plan.points[0]?.technique).toEqual({ needling: {} });
    plan = applyCommand(plan, { type: 'remove-point', uid: 'li4' });
    expect(plan.points.map((p) => p.uid)).toEqual(['li4-b', 'st36', 'sp6']);
  });

  it('refuses points beyond the plan limit', () => {
    const full = run(Array.from({ length: MAX_POINTS }, (_, i) => add('ST36', `u${i}`)));
    expect(applyCommand(full, add('LI4'))).toBe(full);
    expect(applyCommand(full, { type: 'duplicate-point', uid: 'u0', newUid: 'x' })).toBe(full);
  });

  it('toggles patient flags and answers red flags', () => {
    let plan = run([
      { type: 'set-flag', flag: 'pregnancy', on: true },
      { type: 'set-flag', flag: 'pregnancy', on: true },
    ]);
    expect(plan.patient.flags).toEqual(['pregnancy']);
    plan = run(
      [
        { type: 'set-flag', flag: 'pregnancy', on: false },
        { type: 'answer-red-flag', id: 'saddle-numbness', answer: 'yes' },
      ],
      plan,
    );
    expect(plan.patient.flags).toEqual([]);
    expect(plan.redFlags).toEqual({ 'saddle-numbness': 'yes' });
  });

  it('an acknowledgement needs a reason and replaces an earlier one for the same finding', () => {
    const at = '2026-11-20T10:00:00.000Z';
    expect(applyCommand(base, { type: 'acknowledge', findingId: 'f@LI4', reason: '   ', at })).toBe(base);
    const plan = run([
      { type: 'acknowledge', findingId: 'f@LI4', reason: 'first', at },
      { type: 'acknowledge', findingId: 'f@LI4', reason: ' second ', at },
      { type: 'acknowledge', findingId: 'f@SP6', reason: 'other', at },
    ]);
    expect(plan.acknowledgements).toEqual([
      { findingId: 'f@LI4', reason: 'second', at },
      { findingId: 'f@SP6', reason: 'other', at },
    ]);
    expect(
      applyCommand(plan, { type: 'withdraw-acknowledgement', findingId: 'f@LI4' }).acknowledgements.map(
        (a) => a.findingId,
      ),
    ).toEqual(['f@SP6']);
  });

  it('a condition template adds only missing points, its home care once, keeps typed condition text and records the condition (its red flags are asked)', () => {
    const template = {
      id: 'sciatica',
      name: 'Sciatica',
      points: ['GB30', 'LI4', 'BL40'],
      homeCare: ['Walk daily.'],
      sessionMinutes: 30,
    };
    const typed = run([add('LI4'), { type: 'set-fields', patch: { condition: { text: 'Left buttock pain' } } }]);
    const plan = run(
      [
        { type: 'apply-condition', template, uids: ['a', 'b', 'c'] },
        { type: 'apply-condition', template, uids: ['d', 'e', 'f'] },
      ],
      typed,
    );
    expect(plan.points.map((p) => `${p.uid}:${p.code}`)).toEqual(['li4:LI4', 'a:GB30', 'b:BL40']);
    expect(plan.homeCare).toEqual(['Walk daily.']);
    expect(plan.condition).toEqual({ id: 'sciatica', text: 'Left buttock pain' });
    expect(plan.sessionMinutes).toBe(30);
    expect(run([{ type: 'apply-condition', template, uids: [] }]).condition).toEqual({
      id: 'sciatica',
      text: 'Sciatica',
    });
  });
});

describe('home-care commands', () => {
  const base = {
    ...createPlan('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc', new Date(2026, 0, 1)),
    homeCare: ['a', 'b', 'c'],
  };
  it('add, edit, move and remove lines; out-of-range moves and empty lines change nothing', () => {
    expect(applyCommand(base, { type: 'add-home-care', text: '  walk daily ' }).homeCare).toEqual([
      'a',
      'b',
      'c',
      'walk daily',
    ]);
    expect(applyCommand(base, { type: 'add-home-care', text: '   ' })).toBe(base);
    expect(applyCommand(base, { type: 'set-home-care', index: 1, text: 'B' }).homeCare).toEqual(['a', 'B', 'c']);
    expect(applyCommand(base, { type: 'move-home-care', index: 2, delta: -1 }).homeCare).toEqual(['a', 'c', 'b']);
    expect(applyCommand(base, { type: 'move-home-care', index: 0, delta: -1 })).toBe(base);
    expect(applyCommand(base, { type: 'remove-home-care', index: 0 }).homeCare).toEqual(['b', 'c']);
  });
});
