// The record's patient block: who, the conditions ticked (with the gestational week), and every red-flag
// question this plan asks with its answer — yes, no, unknown, or not asked. Nothing is left to inference.
import type { Plan } from '../../electron/contract/plan';
import type { SafetyReport } from '../../points/safety/check-plan';
import { patientFlagLabels } from '../plan/patient-flags';
import { planKb } from '../plan/plan-kb';
import { measuresLine, patientLine } from './print-format';
import type { PrintCun } from './print-cun';

const ANSWER = { yes: 'Yes', no: 'No', unknown: 'Unknown' } as const;

export function PrintPatient({ plan, report, cun }: { plan: Plan; report: SafetyReport; cun?: PrintCun }) {
  const flags = patientFlagLabels(plan.patient);
  const questions = [...report.redFlags.relevant, ...report.redFlags.unrecognised];
  const label = (id: string): string =>
    planKb().redFlags.find((f) => f.id === id)?.label ?? `${id} (a question this app does not know)`;
  return (
    <section className="print-section" data-testid="print-patient">
      <h2>Patient</h2>
      <p className="print-patient">{patientLine(plan)}</p>
      <p data-print-flags>Relevant conditions: {flags.length > 0 ? flags.join('; ') : 'none ticked'}</p>
      <p data-print-measures>{measuresLine(plan.patient)}</p>
      {cun?.table && (
        <p data-print-cun>
          Centimetres in this record are for this patient: {cun.table.summary}. The B-cun of each scale differs; each
          row gives its own.
        </p>
      )}
      {cun?.problem && (
        <p data-print-cun="problem" className="print-diagram-note">
          Centimetres could not be worked out for this patient ({cun.problem}); distances are in B-cun only.
        </p>
      )}
      <table className="print-answers">
        <thead>
          <tr>
            <th>Red-flag question</th>
            <th>Answer</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((id) => {
            const answer = plan.redFlags[id];
            return (
              <tr
                key={id}
                data-red-flag={id}
                className={
                  answer === 'yes' || answer === undefined || answer === 'unknown' ? 'print-answer-open' : undefined
                }
              >
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
