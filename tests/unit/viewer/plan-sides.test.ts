// A plan row's "left" is the patient's left: on the model that is the body's own left (+X), which a
// clinician facing the body in the front view sees on their right. Checked on the real placements, not
// on how the rule is written. Also: the viewer's plan selector keeps its value across unrelated edits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { usePlanStore } from '../../../renderer/plan/plan-store';
import { planMarkerHits } from '../../../renderer/viewer/plan-markers';
import { markerInstances, presetPose, type RawPlacement } from '../../../renderer/viewer/scene-math';
import { selectPlanSides } from '../../../renderer/viewer/usePlanNumbers';

const json = JSON.parse(
  readFileSync(path.join(__dirname, '../../../models/assets/bodies/male-average.placements.json'), 'utf8'),
) as { params: { height: number }; points: RawPlacement[] };
const markers = markerInstances(json.points);
const at = (code: string, side: string) => {
  const m = markers.find((x) => x.code === code && x.side === side);
  if (!m) throw new Error(`${code} ${side} is not placed`);
  return m;
};

describe('plan sides on the body model', () => {
  it('the model faces +Z with +Y up, so the patient\'s left (up × forward) is +X — where every "left" marker lies', () => {
    // Conception vessel points face forward, governing vessel points backward: +Z is anterior.
    expect(at('CV12', 'midline').normal[2]).toBeGreaterThan(0.5);
    expect(at('GV4', 'midline').normal[2]).toBeLessThan(-0.5);
    const left = markers.filter((m) => m.side === 'left');
    const right = markers.filter((m) => m.side === 'right');
    expect(left.length).toBeGreaterThan(100);
    expect(left.every((m) => m.position[0] > 0)).toBe(true);
    expect(right.every((m) => m.position[0] < 0)).toBe(true);
  });

  it("a left-only ST36 draws the marker on the patient's left, seen on the viewer's right from the front", () => {
    const { hits } = planMarkerHits([{ code: 'ST36', side: 'left' }], markers);
    expect(hits).toHaveLength(1);
    const drawn = markers[hits[0]?.index ?? -1];
    expect(drawn?.side).toBe('left');

    const pose = presetPose('front', json.params.height, 3.4);
    const camera = new PerspectiveCamera(35, 16 / 9, 0.05, 20);
    camera.position.set(...pose.position);
    camera.lookAt(new Vector3(...pose.target));
    camera.updateMatrixWorld();
    const ndc = (p: readonly [number, number, number]) => new Vector3(...p).project(camera).x;
    expect(ndc(at('ST36', 'left').position)).toBeGreaterThan(0.05);
    expect(ndc(at('ST36', 'right').position)).toBeLessThan(-0.05);
  });
});

describe('selectPlanSides', () => {
  it('returns the same array until a code, a side or the order changes', () => {
    const store = usePlanStore.getState();
    store.addPoint('GB30');
    store.addPoint('ST36');
    const first = selectPlanSides(usePlanStore.getState());
    expect(first).toEqual([
      { code: 'GB30', side: 'bilateral' },
      { code: 'ST36', side: 'bilateral' },
    ]);

    const [gb30, st36] = usePlanStore.getState().plan.points;
    if (!gb30 || !st36) throw new Error('points not added');
    store.dispatch({ type: 'set-point-note', uid: gb30.uid, note: 'deep' });
    store.dispatch({ type: 'set-patient', patch: { name: 'A. Patient' } });
    expect(selectPlanSides(usePlanStore.getState())).toBe(first);

    store.dispatch({ type: 'set-side', uid: st36.uid, side: 'left' });
    const sided = selectPlanSides(usePlanStore.getState());
    expect(sided).not.toBe(first);
    expect(sided).toEqual([
      { code: 'GB30', side: 'bilateral' },
      { code: 'ST36', side: 'left' },
    ]);

    store.dispatch({ type: 'move-point', uid: st36.uid, delta: -1 });
    expect(selectPlanSides(usePlanStore.getState()).map((p) => p.code)).toEqual(['ST36', 'GB30']);
  });
});
