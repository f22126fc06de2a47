import { useSafetyReport } from './useSafetyReport';

/** Always at the top of the plan: the refer banner, and how many findings still need a decision. */
export function SafetySummary() {
  const report = useSafetyReport();
  const open = report.findings.filter((f) => !f.acknowledged);
  const count = (sev: string): number => open.filter((f) => f.severity === sev).length;
  const contra = count('contraindicated');
  const undecided = count('refer');
  const caution = count('caution');
  return (
    <div className="safety-summary">
      {report.referBeforeTreating &&
        (undecided > 0 ? (
          <p className="refer-banner" role="alert">
            <strong>Refer before treating</strong>:{' '}
            {report.redFlags.unrecognised.length > 0 && report.redFlags.yes.length === 0
              ? 'the plan holds a red-flag answer this app cannot read.'
              : 'a red flag was answered “yes”.'}{' '}
            Record a referral or the clinician&apos;s decision in the safety check below.
          </p>
        ) : (
          <p className="refer-banner is-decided">
            <strong>Red flag answered “yes”</strong>: decision recorded in the safety check below.
          </p>
        ))}
      {report.redFlags.unanswered.length > 0 && (
        <p className="screening-open" data-unanswered={report.redFlags.unanswered.length}>
          Red-flag screening: {report.redFlags.unanswered.length} of {report.redFlags.relevant.length} questions not
          asked yet.
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
