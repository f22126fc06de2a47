/** The selected point's details: location, needling, cautions, pairings, sources. */
export function DetailPanel() {
  return (
    <aside className="detail panel" aria-labelledby="detail-title">
      <h2 id="detail-title">Point</h2>
      <p className="muted">Search for a point or pick one on the body to see how to locate and needle it, and what to watch for.</p>
    </aside>
  );
}
