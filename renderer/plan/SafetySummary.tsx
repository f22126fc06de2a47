import { useSafetyReport } from './useSafetyReport';

/** Always at the top of the plan: the refer banner, and how many findings still need a decision. */
export function SafetySummary() {
  const report = useSafetyReport();
  const open = report.findings.filter((f) => !f.acknowledged);
  const count = (sev: string): number => open.filter((f) => f.severity === sev).length;
  const contra = count('contraindicated');
  const caution = count('caution');
  return (
    <div className="safety-summary">
      {report.referBeforeTreating && (
        <p className="refer-banner" role="alert">
          <strong>Refer before treating</strong>: a red flag was answered “yes”. See the safety check below.
        </p>
      )}
      {(contra > 0 || caution > 0) && (
        <a className="safety-counts" href="#plan-safety-section">
          {contra > 0 && <span className="badge sev-contraindicated">{contra} contraindicated</span>}
          {caution > 0 && <span className="badge sev-caution">{caution} caution</span>}
          <span className="muted"> to review</span>
        </a>
      )}
    </div>
  );
}
