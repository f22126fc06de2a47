import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { needlingProblem, type PointRecord } from '../../../points/schema/point';

describe('needling data', () => {
  const kb = loadKnowledgeBase();
  it('only the classically un-needled points (ST17 nipple, CV8 umbilicus) have no needling entry', () => {
    expect(
      kb.points
        .filter((p) => p.notNeedled)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['CV8', 'EX-UE1', 'EX-UE4', 'EX-UE5', 'EX-UE6', 'ST17']);
    expect(kb.points.map(needlingProblem).filter(Boolean)).toEqual([]);
  });
  it('flags a point with neither needling nor the not-needled mark, and a contradiction', () => {
    const st36 = kb.points.find((p) => p.code === 'ST36') as PointRecord;
    expect(needlingProblem({ ...st36, needling: [] })).toBe('ST36: no needling entry');
    expect(needlingProblem({ ...st36, notNeedled: true })).toBe('ST36: marked notNeedled but has needling entries');
  });
});
