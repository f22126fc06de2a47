import { describe, expect, it } from 'vitest';
import { planPointCodes, usePlanStore } from '../../../renderer/plan/plan-store';

describe('plan store (the API the detail panel and 3D viewer use)', () => {
  it('addPoint adds a bilateral needled point; undo removes it; planPointCodes is stable per plan', () => {
    const store = usePlanStore.getState();
    const before = usePlanStore.getState().revision;
    store.addPoint('LI4');
    store.addPoint('GB30', 'right');
    store.addPoint('LI4');
    const state = usePlanStore.getState();
    expect(state.revision).toBe(before + 3);
    expect(state.plan.points.map((p) => [p.code, p.side, p.technique])).toEqual([
      ['LI4', 'bilateral', { needling: {} }],
      ['GB30', 'right', { needling: {} }],
      ['LI4', 'bilateral', { needling: {} }],
    ]);
    expect(new Set(state.plan.points.map((p) => p.uid)).size).toBe(3);
    expect(planPointCodes(state)).toEqual(['LI4', 'GB30']);
    expect(planPointCodes(usePlanStore.getState())).toBe(planPointCodes(state));
    state.undo();
    state.undo();
    expect(planPointCodes(usePlanStore.getState())).toEqual(['LI4']);
    state.redo();
    expect(planPointCodes(usePlanStore.getState())).toEqual(['LI4', 'GB30']);
  });
});
