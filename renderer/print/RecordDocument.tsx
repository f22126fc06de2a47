// The clinical record: what the clinician files. Patient, conditions and every red-flag answer; the safety
// check with each finding's acknowledgement or referral decision; body diagrams; the points table with
// contraindicated and cautioned rows marked; session, notes, home care given, sources and the disclaimer.
import type { Plan } from '../../electron/contract/plan';
import type { Paper, Settings } from '../../electron/contract/settings';
import type { SafetyReport } from '../../points/safety/check-plan';
import { planKb } from '../plan/plan-kb';
import { DISCLAIMER } from '../shell/StatusBar';
import { BodyDiagrams } from './BodyDiagrams';
import { PrintFindings } from './PrintFindings';
import { PrintPatient } from './PrintPatient';
import { PrintPoints } from './PrintPoints';
import type { PrintCun } from './print-cun';

interface RecordProps {
  plan: Plan;
  report: SafetyReport;
  settings: Settings;
  paper: Paper;
  cun: PrintCun;
  onDiagramsDone: () => void;
}

export function RecordDocument({ plan, report, settings, paper, cun, onDiagramsDone }: RecordProps) {
  const { clinic, contact, phone } = settings.clinicHeader;
  const reach = [contact, phone && `Phone: ${phone}`].filter(Boolean).join(' · ');
  const sources = [...new Set(report.findings.flatMap((f) => f.sources.map((s) => s.id)))];
  const kbSources = planKb().sources;
  return (
    <main className="print" data-paper={paper} data-document="record">
      <header className="print-header">
        {(clinic || reach) && (
          <p className="print-clinic" data-testid="print-clinic">
            {clinic && <strong>{clinic}</strong>}
            {clinic && reach ? ' · ' : ''}
            {reach}
          </p>
        )}
        <h1>Session plan</h1>
        <p className="print-meta">
          {plan.date}
          {plan.clinician ? ` · ${plan.clinician}` : ''}
        </p>
        {plan.condition.text && <p>Presenting condition: {plan.condition.text}</p>}
      </header>
      <PrintPatient plan={plan} report={report} cun={cun} />
      <PrintFindings report={report} />
      <BodyDiagrams plan={plan} onDone={onDiagramsDone} />
      <PrintPoints plan={plan} report={report} units={settings.units} cun={cun.table} />
      <section className="print-section">
        <h2>Session and course</h2>
        <p>
          {plan.sessionMinutes ? `Session about ${plan.sessionMinutes} minutes. ` : ''}
          {plan.course
            ? `Course: ${plan.course.sessions} sessions, ${plan.course.perWeek} per week.`
            : 'Course not set.'}
          {plan.nextAppointment ? ` Next appointment: ${plan.nextAppointment.replace('T', ' ')}.` : ''}
        </p>
      </section>
      {plan.notes && (
        <section className="print-section">
          <h2>Notes</h2>
          <p className="print-notes">{plan.notes}</p>
        </section>
      )}
      {plan.homeCare.length > 0 && (
        <section className="print-section">
          <h2>Home care advised</h2>
          <ol>
            {plan.homeCare.map((h, i) => (
              <li key={i} className="print-notes">
                {h}
              </li>
            ))}
          </ol>
          <p className="muted">The patient's own copy is the home-care handout (Export → Patient handout).</p>
        </section>
      )}
      <footer className="print-section print-sources">
        <h2>Sources</h2>
        <ul>
          {sources.map((id) => (
            <li key={id}>{kbSources.find((s) => s.id === id)?.title ?? id}</li>
          ))}
        </ul>
        <p className="print-disclaimer">{DISCLAIMER}</p>
      </footer>
    </main>
  );
}
