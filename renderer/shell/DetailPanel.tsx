import { pointByCode } from '../search/knowledge';
import { useSelection } from '../state/selection';

/** The selected point's details: location, needling, cautions, pairings, sources. */
export function DetailPanel() {
  const code = useSelection((s) => s.pointCode);
  const point = code ? pointByCode(code) : undefined;
  if (!point) {
    return (
      <aside className="detail panel" aria-labelledby="detail-title">
        <h2 id="detail-title">Point</h2>
        <p className="muted">Search for a point or pick one on the body to see how to locate and needle it, and what to watch for.</p>
      </aside>
    );
  }
  const { hanzi } = point;
  return (
    <aside className="detail panel" aria-labelledby="detail-title" data-point={point.code}>
      <h2 id="detail-title">{point.code} · {point.pinyin.toned}</h2>
      <p className="detail-names">
        <span lang="zh-Hans">{hanzi.simplified}</span>
        {hanzi.traditional !== hanzi.simplified && <> · <span lang="zh-Hant">{hanzi.traditional}</span></>}
        {' · '}{point.english.join(' · ')}
      </p>
      <h3>Location</h3>
      <p>{point.location.text}</p>
    </aside>
  );
}
