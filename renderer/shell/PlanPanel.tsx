/** Today's session plan: points, techniques and the live safety check. */
export function PlanPanel() {
  return (
    <aside className="plan panel" aria-labelledby="plan-title">
      <h2 id="plan-title">Session plan</h2>
      <p className="muted">No points in today's plan yet.</p>
    </aside>
  );
}
