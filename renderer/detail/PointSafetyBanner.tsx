import type { Finding } from '../../points/safety/finding';
import { usePointFindings } from '../plan/useSafetyReport';

const HEADLINE = {
  contraindicated: 'Contraindicated for this patient',
  caution: 'Caution for this patient',
} as const;

/** The findings worth stopping for before adding a point: every contraindication, and the cautions that
 *  come from this patient (a general caution of the point is in its Cautions section already). */
export const stopFindings = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity === 'contraindicated' || (f.severity === 'caution' && f.forPatient));

/** The strongest severity among those findings. */
export function pointSeverity(findings: readonly Finding[]): 'contraindicated' | 'caution' | undefined {
  const stop = stopFindings(findings);
  if (stop.some((f) => f.severity === 'contraindicated')) return 'contraindicated';
  return stop.length > 0 ? 'caution' : undefined;
}

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
          <li key={f.id}><span className="severity-badge">{f.severity}</span>{f.message}{f.acknowledged ? ' (acknowledged in the plan)' : ''}</li>
        ))}
      </ul>
    </div>
  );
}
