import { useEffect, useRef } from 'react';
import { AddToPlanButton } from '../detail/AddToPlanButton';
import { ConditionDetail } from '../detail/ConditionDetail';
import { PairingDetail } from '../detail/PairingDetail';
import { planKb } from '../plan/plan-kb';
import { PointDetail } from '../detail/PointDetail';
import { PointSafetyBanner } from '../detail/PointSafetyBanner';
import '../detail/detail.css';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';

/** The selected point's details (location, how to locate, cautions, needling, pairings, sources), or the
 *  condition view when a condition was chosen; a point opened from a condition leads back to it. */
export function DetailPanel() {
  const code = useSelection((s) => s.pointCode);
  const context = useSelection((s) => s.context);
  const showCondition = useSelection((s) => s.showCondition);
  const showPairing = useSelection((s) => s.showPairing);
  const point = code ? pointByCode(code) : undefined;
  const condition = context?.type === 'condition' ? planKb().conditions.find((c) => c.id === context.id) : undefined;
  const pairing = context?.type === 'pairing' ? planKb().pairings.find((p) => p.id === context.id) : undefined;
  const panel = useRef<HTMLElement>(null);
  // A newly opened point or condition starts at its top: name, banner and "Add to plan" first.
  useEffect(() => {
    if (panel.current) panel.current.scrollTop = 0;
  }, [code, condition, pairing]);
  return (
    <aside className="detail panel" aria-labelledby="detail-title" ref={panel}>
      {point && condition && (
        <button
          type="button"
          className="link back-to-condition"
          onClick={() => showCondition(condition.id, context?.points ?? [])}
        >
          ← Back to {condition.name}
        </button>
      )}
      {point && pairing && (
        <button
          type="button"
          className="link back-to-condition"
          onClick={() => showPairing(pairing.id, pairing.points)}
        >
          ← Back to {pairing.name}
        </button>
      )}
      {point ? (
        <PointDetail
          point={point}
          banner={<PointSafetyBanner code={point.code} />}
          actions={<AddToPlanButton code={point.code} />}
        />
      ) : condition ? (
        <ConditionDetail key={condition.id} condition={condition} />
      ) : pairing ? (
        <PairingDetail key={pairing.id} pairing={pairing} />
      ) : (
        <>
          <h2 id="detail-title">Point</h2>
          <p className="muted">
            Search for a point or pick one on the body to see how to locate and needle it, and what to watch for.
          </p>
        </>
      )}
    </aside>
  );
}
