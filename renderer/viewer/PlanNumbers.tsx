// The plan's numbers over its markers on the body (as in the printed points table and diagrams): one
// badge per marker drawn as a plan point and left visible by the filter. React renders the badges when
// the plan or the filter changes; PlanNumberPlacer moves and hides them after each frame.
import { useMemo, type Ref } from 'react';
import type { MarkerInstance } from './scene-math';
import { useMarkerVisibility } from './useMarkerVisibility';
import type { PlanNumbering } from './usePlanNumbers';

export interface PlanNumbersProps {
  markers: readonly MarkerInstance[];
  numbering: PlanNumbering;
  /** the badges' container; each badge carries data-index (its marker) for the placer */
  ref: Ref<HTMLDivElement>;
  /** the numbers are a pairing's being looked at, not the plan's */
  group?: boolean;
}

export function PlanNumbers({ markers, numbering, ref, group = false }: PlanNumbersProps) {
  const isVisible = useMarkerVisibility(numbering.codes);
  // Memoised elements: the parent re-renders on every hover change, the badges need not.
  const badges = useMemo(
    () =>
      [...numbering.byMarker].flatMap(([index, numbers]) => {
        const m = markers[index];
        if (!m || !isVisible(m.code)) return [];
        const text = numbers.join(',');
        return [
          <div
            key={index}
            className="viewer-plan-number"
            data-index={index}
            data-code={m.code}
            data-side={m.side}
            data-plan-number={text}
            hidden
          >
            {text}
          </div>,
        ];
      }),
    [numbering, markers, isVisible],
  );
  // aria-hidden: the plan panel lists the same points in the same order for assistive technology.
  return (
    <div
      ref={ref}
      className={`viewer-plan-numbers${group ? ' group' : ''}`}
      data-numbers-of={group ? 'pairing' : 'plan'}
      aria-hidden="true"
    >
      {badges}
    </div>
  );
}
