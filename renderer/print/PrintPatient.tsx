// The record's patient block: who, the conditions ticked (with the gestational week), and every red-flag
// question this plan asks with its answer — yes, no, unknown, or not asked. Nothing is left to inference.
import type { Plan } from '../../electron/contract/plan';
import type { SafetyReport } from '../../points/safety/check-plan';
import { patientFlagLabels } from '../plan/patient-flags';
import { planKb } from '../plan/plan-kb';
import { patientLine } from './print-format';

const ANSWER = { yes: 'Yes', no: 'No', unknown: 'Unknown' } as const;

export function PrintPatient({ plan, report }: { plan: Plan; report: SafetyReport }) {
  const flags = patientFlagLabels(plan.patient);
  const questions = [...report.redFlags.relevant, ...report.redFlags.unrecognised];
  const label = (id: string): string => planKb().redFlags.find((f) => f.id === id)?.label ?? `${id} (a question this app does not know)`;
  return (
    <section className="print-section" data-testid="print-patient">
      <h2>Patient</h2>
      <p className="print-patient">{patientLine(plan)}</p>
      <p data-print-flags>Relevant conditions: {flags.length > 0 ? flags.join('; ') : 'none ticked'}</p>
      <table className="print-answers">
        <thead><tr><th>Red-flag question</th><th>Answer</th></tr></thead>
        <tbody>
          {questions.map((id) => {
            const answer = plan.redFlags[id];
            return (
              <tr key={id} data-red-flag={id} className={answer === 'yes' || answer === undefined || answer === 'unknown' ? 'print-answer-open' : undefined}>
                <td>{label(id)}</td>
                <td>{answer ? ANSWER[answer] : 'Not asked'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
