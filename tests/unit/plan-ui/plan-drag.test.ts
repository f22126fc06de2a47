// Where a dropped point lands: before/after the target row, accounting for the slot it leaves.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../../renderer/plan/plan-commands';
import { dropIndex } from '../../../renderer/plan/plan-drag';
import { createPlan } from '../../../renderer/plan/plan-model';

describe('dropIndex', () => {
  it('moving down: lower half of the next row swaps the two, upper half leaves it in place', () => {
    expect(dropIndex(0, 1, true)).toBe(1);
    expect(dropIndex(0, 1, false)).toBe(0);
    expect(dropIndex(0, 3, true)).toBe(3);
    expect(dropIndex(0, 3, false)).toBe(2);
  });

  it('moving up: upper half of a row takes its place, lower half goes just after it', () => {
    expect(dropIndex(3, 0, false)).toBe(0);
    expect(dropIndex(3, 0, true)).toBe(1);
    expect(dropIndex(2, 1, true)).toBe(2);
  });

  it('dropping on itself does not move', () => {
    expect(dropIndex(2, 2, false)).toBe(2);
    expect(dropIndex(2, 2, true)).toBe(2);
  });
});

describe('move-point by more than one place (a drop)', () => {
  const base = ['LI4', 'SP6', 'ST36', 'GB30'].reduce(
    (plan, code) => applyCommand(plan, { type: 'add-point', code, uid: code.toLowerCase() }),
    createPlan('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc', new Date(2026, 10, 20)),
  );
  const move = (uid: string, delta: number): PlanCommand => ({ type: 'move-point', uid, delta });
  const codes = (cmd: PlanCommand) => applyCommand(base, cmd).points.map((p) => p.code);

  it('moves a point to the dropped index in one command', () => {
    expect(codes(move('li4', dropIndex(0, 3, true)))).toEqual(['SP6', 'ST36', 'GB30', 'LI4']);
    expect(codes(move('gb30', dropIndex(3, 1, false) - 3))).toEqual(['LI4', 'GB30', 'SP6', 'ST36']);
  });

  it('ignores zero, fractional and out-of-range moves (no new document, so no undo step)', () => {
    expect(applyCommand(base, move('sp6', 0))).toBe(base);
    expect(applyCommand(base, move('sp6', 0.5))).toBe(base);
    expect(applyCommand(base, move('sp6', 3))).toBe(base);
    expect(applyCommand(base, move('sp6', -2))).toBe(base);
  });
});
