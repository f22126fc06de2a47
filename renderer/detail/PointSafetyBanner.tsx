import { pointSeverity, stopFindings } from '../plan/stop-findings';
import { usePointFindings } from '../plan/useSafetyReport';

const HEADLINE = {
  contraindicated: 'Contraindicated for this patient',
  caution: 'Caution for this patient',
} as const;

/** Top of the detail panel: what the open plan's safety check says (or would say) about this point. */
export function PointSafetyBanner({ code }: { code: string }) {
  const findings = stopFindings(usePointFindings(code));
  const severity = pointSeverity(findings);
  if (!severity) return null;
  return (
    <div className={`point-safety-banner sev-${severity}`} role="status" data-point-safety={severity}>
      <strong>{HEADLINE[severity]}</strong>
      <ul>
        {findings.map((f) => (
          <li key={f.id}>
            <span className="severity-badge">{f.severity}</span>
            {f.message}
            {f.acknowledged ? ' (acknowledged in the plan)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
