// Drag-and-drop reordering for one plan row: the grip starts the drag, the row is the drop target.
// A drop dispatches the ordinary move-point command (one undo step), like the buttons and Alt+arrows.
import { useState, type DragEvent } from 'react';
import { dropIndex, PLAN_POINT_DRAG_TYPE } from './plan-drag';
import { usePlanStore } from './plan-store';

export type DropHalf = 'upper' | 'lower' | null;

const lowerHalf = (e: DragEvent<HTMLElement>): boolean => {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
};
const carriesPoint = (e: DragEvent<HTMLElement>): boolean => e.dataTransfer.types.includes(PLAN_POINT_DRAG_TYPE);

export function usePointDrag(uid: string, index: number) {
  const [dropHalf, setDropHalf] = useState<DropHalf>(null);

  const handleProps = {
    draggable: true,
    onDragStart: (e: DragEvent<HTMLElement>): void => {
      e.dataTransfer.setData(PLAN_POINT_DRAG_TYPE, uid);
      e.dataTransfer.effectAllowed = 'move';
      // Show the whole row under the pointer, not just the grip.
      const row = e.currentTarget.closest('li');
      if (row) e.dataTransfer.setDragImage(row, 16, 16);
    },
  };

  const rowProps = {
    onDragOver: (e: DragEvent<HTMLElement>): void => {
      if (!carriesPoint(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const half = lowerHalf(e) ? 'lower' : 'upper';
      if (half !== dropHalf) setDropHalf(half);
    },
    onDragLeave: (e: DragEvent<HTMLElement>): void => {
      // Leaving for a child of the row is not leaving the row.
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setDropHalf(null);
    },
    onDrop: (e: DragEvent<HTMLElement>): void => {
      setDropHalf(null);
      const dragged = e.dataTransfer.getData(PLAN_POINT_DRAG_TYPE);
      if (!dragged) return;
      e.preventDefault();
      const { plan, dispatch } = usePlanStore.getState();
      const from = plan.points.findIndex((p) => p.uid === dragged);
      if (from < 0) return;
      const delta = dropIndex(from, index, lowerHalf(e)) - from;
      if (delta !== 0) dispatch({ type: 'move-point', uid: dragged, delta });
    },
  };

  return { handleProps, rowProps, dropHalf };
}
