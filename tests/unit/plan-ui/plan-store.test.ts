import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { describe, expect, it } from 'vitest';
import { planPointCodes, usePlanStore } from '../../../renderer/plan/plan-store';

describe('plan store (the API the detail panel and 3D viewer use)', () => {
  it('addPoint adds a bilateral point needled as its record gives; undo removes it; planPointCodes is stable per plan', () => {
    // The record's first needling entry: its angle and the shallow end of its depth range.
    const fromRecord = (code: string) => {
      const first = loadKnowledgeBase().points.find((p) => p.code === code)?.needling[0];
      if (!first) throw new Error(`${code} has no needling`);
      return { needling: { angle: first.angle, depthCun: first.depthCun[0] } };
    };
    const store = usePlanStore.getState();
    const before = usePlanStore.getState().revision;
    store.addPoint('LI4');
    store.addPoint('GB30', 'right');
    store.addPoint('LI4');
    const state = usePlanStore.getState();
    expect(state.revision).toBe(before + 3);
    expect(state.plan.points.map((p) => [p.code, p.side, p.technique])).toEqual([
      ['LI4', 'bilateral', fromRecord('LI4')],
      ['GB30', 'right', fromRecord('GB30')],
      ['LI4', 'bilateral', fromRecord('LI4')],
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
