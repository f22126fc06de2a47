import { useEffect, useRef } from 'react';
import { AddToPlanButton } from '../detail/AddToPlanButton';
import { PointDetail } from '../detail/PointDetail';
import { PointSafetyBanner } from '../detail/PointSafetyBanner';
import '../detail/detail.css';
import { pointByCode } from '../search/knowledge';
import { useSelection } from '../state/selection';

/** The selected point's details: location, how to locate, cautions, needling, pairings, sources. */
export function DetailPanel() {
  const code = useSelection((s) => s.pointCode);
  const point = code ? pointByCode(code) : undefined;
  const panel = useRef<HTMLElement>(null);
  // A newly opened point starts at its top: name, banner and "Add to plan" first.
  useEffect(() => { if (panel.current) panel.current.scrollTop = 0; }, [code]);
  return (
    <aside className="detail panel" aria-labelledby="detail-title" ref={panel}>
      {point ? <PointDetail point={point} banner={<PointSafetyBanner code={point.code} />} actions={<AddToPlanButton code={point.code} />} /> : (
        <>
          <h2 id="detail-title">Point</h2>
          <p className="muted">Search for a point or pick one on the body to see how to locate and needle it, and what to watch for.</p>
        </>
      )}
    </aside>
  );
}
