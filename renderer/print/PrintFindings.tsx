import type { SafetyReport } from '../../points/safety/check-plan';

const LABEL = { refer: 'Refer before treating', contraindicated: 'Contraindicated', caution: 'Caution', note: 'Note' } as const;

/** Red-flag status and every safety finding, by severity, with acknowledgements and their reasons. */
export function PrintFindings({ report }: { report: SafetyReport }) {
  return (
    <section className="print-section">
      <h2>Safety check</h2>
      <p className={report.referBeforeTreating ? 'print-refer' : 'print-ok'}>
        {report.referBeforeTreating ? 'RED FLAG: refer before treating.' : 'Red-flag screening: no red flag answered yes.'}
      </p>
      {report.findings.length === 0 ? <p>No findings.</p> : (
        <ul className="print-findings">
          {report.findings.map((f) => (
            <li key={f.id} className={`print-finding print-${f.severity}`}>
              <strong>{LABEL[f.severity]}</strong>{f.codes.length > 0 ? ` (${f.codes.join(', ')})` : ''}: {f.message}
              {f.acknowledged && <div className="print-ack">Acknowledged: {f.acknowledged.reason}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
