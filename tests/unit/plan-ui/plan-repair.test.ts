import { describe, expect, it } from 'vitest';
import { fieldWords, repairPlan } from '../../../renderer/plan/plan-repair';
import { checkNumber } from '../../../renderer/plan/number-rules';
import { fixturePlan } from '../plans/plan-test-kit';

describe('repairPlan: one invalid field never blocks saving the rest', () => {
  it('puts an invalid value back to the last valid one and keeps every other edit', () => {
    const last = fixturePlan();
    const edited = { ...last, notes: 'new notes', sessionMinutes: 3030, course: { sessions: 8, perWeek: 11 } };
    const r = repairPlan(edited, last);
    expect(r.plan).toBeDefined();
    expect(r.plan?.notes).toBe('new notes');
    expect(r.plan?.sessionMinutes).toBe(last.sessionMinutes);
    expect(r.plan?.course).toEqual(last.course);
    expect(r.fields).toEqual(['session length', 'course › per week']);
  });

  it('removes an invalid optional value when the last valid plan had none', () => {
    const last = { ...fixturePlan(), sessionMinutes: undefined };
    const r = repairPlan({ ...last, sessionMinutes: 1, notes: 'kept' }, last);
    expect(r.plan?.sessionMinutes).toBeUndefined();
    expect(r.plan?.notes).toBe('kept');
  });

  it('a valid plan passes through untouched', () => {
    const plan = fixturePlan();
    expect(repairPlan(plan, plan)).toEqual({ plan, fields: [] });
  });

  it('names fields in words', () => {
    expect(fieldWords(['points', 2, 'technique', 'needling', 'depthCun'])).toBe(
      'points › #3 › technique › needling › depth cun',
    );
  });
});

describe('checkNumber: the problem in plain words', () => {
  const session = { what: 'Session length', min: 5, max: 240, integer: true, unit: 'minutes' };
  it.each([
    ['30', { ok: true, value: 30 }],
    ['', { ok: true, value: undefined }],
    [' 45 ', { ok: true, value: 45 }],
  ])('%j is accepted', (text, expected) => expect(checkNumber(text, session)).toEqual(expected));
  it.each([
    ['3030', /Session length must be a whole number from 5 to 240 minutes; 3030 is too large/],
    ['2', /2 is too small/],
    ['12.5', /must be a whole number/],
    ['abc', /"abc" is not a number/],
    ['1e3', /not a number/],
  ])('%j is refused', (text, problem) => {
    const r = checkNumber(text, session);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
  it('a required number refuses empty', () => {
    expect(checkNumber('', { what: 'Frequency', min: 0.5, max: 200, optional: false })).toMatchObject({ ok: false });
  });
  it('a decimal comma is read as a point', () => {
    expect(checkNumber('1,5', { what: 'Depth', min: 0, max: 10 })).toEqual({ ok: true, value: 1.5 });
  });
});
