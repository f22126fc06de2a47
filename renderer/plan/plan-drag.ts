// Drag-and-drop reordering of the plan's points: the drag payload type and the pure drop arithmetic.

/** Drag data type carrying a plan point's uid (a private type, so other drags are not accepted). */
export const PLAN_POINT_DRAG_TYPE = 'application/x-acupoint-plan-point';

/**
 * The index a point dragged from `from` ends at when dropped on the row at `target`: before that row
 * when dropped on its upper half, after it on the lower half. The point leaves its old slot first, so
 * slots past it shift up by one.
 */
export function dropIndex(from: number, target: number, lowerHalf: boolean): number {
  const slot = target + (lowerHalf ? 1 : 0);
  return slot > from ? slot - 1 : slot;
}
