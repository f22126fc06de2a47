// After each rendered frame: pins every plan-number badge over its marker by direct DOM writes, hidden
// while the marker faces away or is out of view (as the point labels), and records the numbers now on
// screen in the viewport's data-plan-numbers-shown for tests — written only when that list changes.
import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import { place, project } from './label-placement';
import type { MarkerInstance } from './scene-math';

export interface PlanNumberPlacerProps {
  markers: readonly MarkerInstance[];
  /** PlanNumbers' container */
  badges: RefObject<HTMLElement | null>;
  host: RefObject<HTMLElement | null>;
}

export function PlanNumberPlacer({ markers, badges, host }: PlanNumberPlacerProps) {
  const get = useThree((s) => s.get);
  useEffect(() => {
    let written: string | undefined;
    return addAfterEffect(() => {
      const box = badges.current;
      if (!box) return;
      const { camera, size } = get();
      const shown = new Set<number>();
      for (const el of box.children) {
        if (!(el instanceof HTMLElement)) continue;
        const m = markers[Number(el.dataset.index)];
        const p = m ? project(m, camera, size.width, size.height) : null;
        place(el, p);
        if (p?.visible) for (const n of (el.dataset.planNumber ?? '').split(',')) shown.add(Number(n));
      }
      const text = [...shown].sort((a, b) => a - b).join(',');
      if (text !== written && host.current) {
        host.current.dataset.planNumbersShown = text;
        written = text;
      }
    });
  }, [get, markers, badges, host]);
  return null;
}
