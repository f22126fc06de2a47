import type { SafetyReport } from '../../points/safety/check-plan';
import type { Finding } from '../../points/safety/finding';
import { planKb } from '../plan/plan-kb';

const LABEL = {
  refer: 'Refer before treating',
  contraindicated: 'Contraindicated',
  caution: 'Caution',
  note: 'Note',
} as const;
const ANSWERED = { referred: 'Referred', 'treat-anyway': "Treated on the clinician's decision" } as const;

const redFlagLabel = (id: string): string => planKb().redFlags.find((f) => f.id === id)?.label ?? id;

/** The red-flag screening in plain words — "no red flag answered yes" only when every question was answered. */
function screeningLines(report: SafetyReport): { text: string; className: string }[] {
  const s = report.redFlags;
  const lines: { text: string; className: string }[] = [];
  if (report.referBeforeTreating) lines.push({ text: 'RED FLAG: refer before treating.', className: 'print-refer' });
  if (s.unanswered.length > 0) {
    lines.push({
      text: `Red-flag screening incomplete: ${s.unanswered.length} of ${s.relevant.length} questions not asked (${s.unanswered.map(redFlagLabel).join('; ')}).`,
      className: 'print-refer',
    });
  } else if (!report.referBeforeTreating) {
    lines.push({
      text: `Red-flag screening: all ${s.relevant.length} questions asked; no red flag answered yes.`,
      className: 'print-ok',
    });
  }
  if (s.unknown.length > 0)
    lines.push({ text: `Answered "unknown": ${s.unknown.map(redFlagLabel).join('; ')}.`, className: 'print-refer' });
  return lines;
}

function answerLine(f: Finding) {
  const a = f.acknowledged;
  if (!a) return f.severity === 'refer' ? <div className="print-ack">No referral decision recorded.</div> : null;
  return (
    <div className="print-ack">
      {a.decision ? ANSWERED[a.decision] : 'Acknowledged'}: {a.reason}
    </div>
  );
}

/** Red-flag status and every safety finding, by severity, with acknowledgements, decisions and reasons. */
export function PrintFindings({ report }: { report: SafetyReport }) {
  const lines = screeningLines(report);
  return (
    <section className="print-section">
      <h2>Safety check</h2>
      {lines.map((l) => (
        <p key={l.text} className={l.className} data-screening>
          {l.text}
        </p>
      ))}
      {report.findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <ul className="print-findings">
          {report.findings.map((f) => (
            <li key={f.id} className={`print-finding print-${f.severity}`}>
              <strong>{LABEL[f.severity]}</strong>
              {f.codes.length > 0 ? ` (${f.codes.join(', ')})` : ''}: {f.message}
              {answerLine(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
