import { usePlanStore } from './plan-store';

/** Advice for the patient to follow at home (from the condition template). */
export function HomeCareSection() {
  const items = usePlanStore((s) => s.plan.homeCare);
  const dispatch = usePlanStore((s) => s.dispatch);
  if (items.length === 0) return null;
  return (
    <details className="plan-section">
      <summary><h3>Home care</h3> <span className="muted">{items.length} items</span></summary>
      <ul className="home-care">
        {items.map((text, i) => (
          <li key={`${i}-${text.slice(0, 24)}`}>
            <span>{text}</span>
            <button type="button" className="link" onClick={() => dispatch({ type: 'remove-home-care', index: i })} aria-label={`Remove home care item ${i + 1}`}>Remove</button>
          </li>
        ))}
      </ul>
    </details>
  );
}
