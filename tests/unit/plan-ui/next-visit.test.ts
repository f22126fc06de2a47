import { describe, expect, it } from 'vitest';
import { Plan } from '../../../electron/contract/plan';
import { nextVisit } from '../../../renderer/plan/next-visit';
import { fixturePlan } from '../plans/plan-test-kit';

describe('nextVisit', () => {
  const plan = fixturePlan();
  const next = nextVisit(plan, 'b6a0c2d4-1111-4222-8333-444455556666', new Date(2026, 11, 9, 10, 0));

  it('keeps the patient, condition, points with techniques, session, course and home care', () => {
    expect(next.patient).toEqual(plan.patient);
    expect(next.condition).toEqual(plan.condition);
    expect(next.points).toEqual(plan.points);
    expect([next.sessionMinutes, next.course, next.homeCare]).toEqual([
      plan.sessionMinutes,
      plan.course,
      plan.homeCare,
    ]);
  });

  it('is a new plan dated today; red flags, acknowledgements and notes start empty', () => {
    expect(next.id).not.toBe(plan.id);
    expect(next.date).toBe('2026-12-09');
    expect(next.redFlags).toEqual({});
    expect(next.acknowledgements).toEqual([]);
    expect(next.notes).toBe('');
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('does not share objects with the previous visit', () => {
    expect(next.points[0]).not.toBe(plan.points[0]);
  });
});
