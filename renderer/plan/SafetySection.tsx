import { SEVERITY_ORDER, type FindingSeverity } from '../../points/safety/finding';
import { FindingItem } from './FindingItem';
import { usePlanStore } from './plan-store';
import { useSafetyReport } from './useSafetyReport';

const HEADING: Record<FindingSeverity, string> = {
  refer: 'Refer before treating',
  contraindicated: 'Contraindicated',
  caution: 'Caution',
  note: 'For information',
};

/** The live safety check, grouped by severity; acknowledged findings stay listed with their reason. */
export function SafetySection() {
  const report = useSafetyReport();
  const dispatch = usePlanStore((s) => s.dispatch);
  return (
    <section className="plan-section safety" aria-labelledby="plan-safety" id="plan-safety-section">
      <h3 id="plan-safety">Safety check</h3>
      {report.findings.length === 0 && <p className="muted">No findings for this patient and these points.</p>}
      {SEVERITY_ORDER.map((severity) => {
        const group = report.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`finding-group sev-${severity}`}>
            <h4>
              {HEADING[severity]} <span className="count">{group.length}</span>
            </h4>
            <ul>
              {group.map((f) => (
                <FindingItem key={f.id} finding={f} />
              ))}
            </ul>
          </div>
        );
      })}
      {report.staleAcknowledgements.length > 0 && (
        <div className="finding-group stale">
          <h4>Acknowledgements no longer matching a finding</h4>
          <ul>
            {report.staleAcknowledgements.map((a) => (
              <li key={a.findingId} className="finding" data-stale={a.findingId}>
                <p>
                  <code>{a.findingId}</code>: <span className="ack-reason">{a.reason}</span>
                </p>
                <button
                  type="button"
                  className="link"
                  onClick={() => dispatch({ type: 'withdraw-acknowledgement', findingId: a.findingId })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
