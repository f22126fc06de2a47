import { describe, expect, it } from 'vitest';
import { execute, HISTORY_LIMIT, redo, startHistory, undo } from '../../../renderer/plan/plan-history';
import { createPlan } from '../../../renderer/plan/plan-model';

const plan = createPlan('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc', new Date(2026, 10, 20));

describe('undo/redo history', () => {
  it('undoes and redoes each command, and a new command clears redo', () => {
    let h = startHistory(plan);
    h = execute(h, { type: 'add-point', code: 'LI4', uid: 'a' });
    h = execute(h, { type: 'add-point', code: 'SP6', uid: 'b' });
    h = undo(h);
    expect(h.present.points.map((p) => p.code)).toEqual(['LI4']);
    h = redo(h);
    expect(h.present.points.map((p) => p.code)).toEqual(['LI4', 'SP6']);
    h = undo(undo(h));
    expect(h.present).toBe(plan);
    expect(undo(h)).toBe(h);
    h = execute(redo(h), { type: 'set-flag', flag: 'pregnancy', on: true });
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('typing in one field is one undo step; another field or command starts a new step', () => {
    let h = startHistory(plan);
    for (const notes of ['a', 'ab', 'abc']) h = execute(h, { type: 'set-fields', patch: { notes } });
    h = execute(h, { type: 'set-patient', patch: { name: 'P' } });
    h = execute(h, { type: 'set-patient', patch: { name: 'Pa' } });
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present.patient.name).toBe('');
    expect(h.present.notes).toBe('abc');
    h = undo(h);
    expect(h.present.notes).toBe('');
    // after an undo, typing again in the same field is a fresh step
    h = execute(redo(h), { type: 'set-fields', patch: { notes: 'abcd' } });
    expect(undo(h).present.notes).toBe('abc');
  });

  it('a command that changes nothing adds no step, and history is bounded', () => {
    const h = startHistory(plan);
    expect(execute(h, { type: 'remove-point', uid: 'missing' })).toBe(h);
    expect(execute(h, { type: 'set-side', uid: 'missing', side: 'left' })).toBe(h);
    expect(execute(h, { type: 'move-point', uid: 'missing', delta: 1 })).toBe(h);
    let long = h;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      long = execute(long, { type: 'set-flag', flag: 'pregnancy', on: i % 2 === 0 });
    expect(long.past).toHaveLength(HISTORY_LIMIT);
  });
});
