// Marker emphasis: which colour and size a marker gets from selection, hover, the plan and placement.
import { describe, expect, it } from 'vitest';
import {
  HOVER_SCALE,
  MARKER_COLORS,
  markerLook,
  PLAN_SCALE,
  SELECTED_SCALE,
} from '../../../renderer/viewer/marker-style';

const none = { selected: false, hovered: false, inPlan: false, approximate: false };

describe('markerLook', () => {
  it('gives plan points the plan colour and a size between plain and hovered', () => {
    expect(markerLook({ ...none, inPlan: true })).toEqual({ color: 'plan', scale: PLAN_SCALE });
    expect(markerLook({ ...none, inPlan: true, approximate: true }).color).toBe('plan');
    expect(PLAN_SCALE).toBeGreaterThan(1);
    expect(PLAN_SCALE).toBeLessThan(HOVER_SCALE);
  });

  it('lets selection and hover win over plan membership', () => {
    expect(markerLook({ ...none, inPlan: true, selected: true })).toEqual({ color: 'selected', scale: SELECTED_SCALE });
    expect(markerLook({ ...none, inPlan: true, hovered: true })).toEqual({ color: 'hovered', scale: HOVER_SCALE });
    expect(markerLook({ ...none, selected: true, hovered: true }).color).toBe('selected');
  });

  it('falls back to placement quality for points outside the plan', () => {
    expect(markerLook(none)).toEqual({ color: 'exact', scale: 1 });
    expect(markerLook({ ...none, approximate: true })).toEqual({ color: 'approximate', scale: 1 });
  });

  it('uses a plan colour distinct from every other marker colour', () => {
    const others = Object.entries(MARKER_COLORS)
      .filter(([k]) => k !== 'plan')
      .map(([, v]) => v.toLowerCase());
    expect(others).not.toContain(MARKER_COLORS.plan.toLowerCase());
  });
});
