/** The 3D body viewport region. The body viewer (issue: reference view) renders here. */
export function Viewport() {
  return (
    <section className="viewport panel" aria-labelledby="viewport-title" tabIndex={0}>
      <h2 id="viewport-title" className="visually-hidden">Body</h2>
      <div className="viewport-empty">
        <p className="muted">The 3D body and its computed point positions appear here.</p>
      </div>
    </section>
  );
}
