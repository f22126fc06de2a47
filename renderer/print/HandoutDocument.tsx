// The patient handout: a plain-language sheet the patient takes home — the clinic's name and phone, the
// next appointment and the course, the home-care items the clinician chose (with steps and hold times),
// when to stop an exercise, and the symptoms that mean "get urgent help". Nothing clinician-only: no point
// codes, no needling, no contraindication wording.
import type { Plan } from '../../electron/contract/plan';
import type { Settings } from '../../electron/contract/settings';
import type { SafetyReport } from '../../points/safety/check-plan';
import type { HomeCare } from '../../points/schema/condition';
import { homeCareRecord, planKb } from '../plan/plan-kb';
import { homeCareWarnings } from '../plan/home-care-safety';
import { appointmentText, holdText } from './print-format';

export const STOP_EXERCISE =
  'Stop an exercise straight away if it brings on sharp pain, or new or worse numbness, tingling or weakness, and tell your practitioner before you try it again. Mild stretching discomfort that fades within a few minutes is normal.';
export const URGENT_HELP =
  'Get urgent medical help — call your doctor now, or your local emergency number — if you notice any of these:';

/** The items the clinician chose (all by default), each with its knowledge-base record when it has one. */
export function handoutItems(plan: Plan, chosen: readonly number[] | undefined): { text: string; record?: HomeCare }[] {
  const wanted = chosen ? new Set(chosen) : undefined;
  return plan.homeCare.flatMap((text, i) => (wanted && !wanted.has(i) ? [] : [{ text, record: homeCareRecord(text) }]));
}

function HandoutItem({ text, record }: { text: string; record?: HomeCare }) {
  if (!record)
    return (
      <li className="handout-item">
        <p>{text}</p>
      </li>
    );
  // Medicines are the doctor's or pharmacist's to advise: the sheet names the item and says so.
  if (record.kind === 'medication') {
    return (
      <li className="handout-item">
        <h3>{record.title}</h3>
        <p>Ask your doctor or pharmacist whether this is right for you before taking it.</p>
      </li>
    );
  }
  const facts = [
    record.holdSeconds ? `Hold for ${holdText(record.holdSeconds)}.` : undefined,
    record.repeat ? `${record.repeat.charAt(0).toUpperCase()}${record.repeat.slice(1)}.` : undefined,
    record.bothSides ? 'Do both sides.' : undefined,
    record.timing ? `When: ${record.timing}.` : undefined,
  ].filter(Boolean);
  return (
    <li className="handout-item">
      <h3>{record.title}</h3>
      <p>{record.summary}</p>
      {record.steps && (
        <ol className="handout-steps">
          {record.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      )}
      {facts.length > 0 && <p className="handout-facts">{facts.join(' ')}</p>}
      {record.cautions?.map((c, i) => (
        <p key={i} className="handout-take-care">
          Take care: {c}
        </p>
      ))}
    </li>
  );
}

export function HandoutDocument({
  plan,
  report,
  settings,
  chosen,
}: {
  plan: Plan;
  report: SafetyReport;
  settings: Settings;
  chosen?: readonly number[];
}) {
  const { clinic, contact, phone, clinician } = settings.clinicHeader;
  const items = handoutItems(plan, chosen).filter(
    (item) => homeCareWarnings(item.text, plan.patient).length === 0 || chosen !== undefined,
  );
  const urgent = planKb().redFlags.filter(
    (f) => report.redFlags.relevant.includes(f.id) && f.patient && f.urgency !== 'soon',
  );
  const soon = planKb().redFlags.filter(
    (f) => report.redFlags.relevant.includes(f.id) && f.patient && f.urgency === 'soon',
  );
  const who = plan.clinician || clinician;
  return (
    <main className="print handout" data-document="handout">
      <header className="print-header handout-header">
        <p className="handout-clinic">
          <strong>{clinic || 'Your practitioner'}</strong>
          {contact && (
            <>
              <br />
              {contact}
            </>
          )}
          {phone && (
            <>
              <br />
              Phone: {phone}
            </>
          )}
        </p>
        <h1>Your home care</h1>
        <p className="print-patient">
          For {plan.patient.name || 'you'} · {plan.date}
          {who ? ` · from ${who}` : ''}
        </p>
      </header>
      <section className="print-section">
        <h2>Your appointments</h2>
        <p>
          {plan.nextAppointment
            ? `Next appointment: ${appointmentText(plan.nextAppointment)}.`
            : 'Your practitioner will arrange your next appointment with you.'}
        </p>
        {plan.course && (
          <p>
            Your course: {plan.course.sessions} sessions,{' '}
            {plan.course.perWeek === 1 ? 'once a week' : `${plan.course.perWeek} a week`}.
          </p>
        )}
      </section>
      <section className="print-section">
        <h2>What to do at home</h2>
        {items.length > 0 ? (
          <ol className="handout-items">
            {items.map((item, i) => (
              <HandoutItem key={i} {...item} />
            ))}
          </ol>
        ) : (
          <p>Your practitioner has not added home care for now.</p>
        )}
      </section>
      <section className="print-section handout-stop">
        <h2>When to stop</h2>
        <p>{STOP_EXERCISE}</p>
      </section>
      <section className="print-section handout-urgent">
        <h2>Get help urgently</h2>
        <p>{URGENT_HELP}</p>
        <ul>
          {urgent.map((f) => (
            <li key={f.id}>{f.patient}</li>
          ))}
          <li>Any other new symptom that worries you.</li>
        </ul>
        {soon.length > 0 && (
          <>
            <p>Tell your practitioner or doctor soon (within a few days) if you notice:</p>
            <ul>
              {soon.map((f) => (
                <li key={f.id}>{f.patient}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <footer className="print-section handout-footer">
        <p>
          {clinic ? `${clinic}${phone ? ` · ${phone}` : ''}` : 'Keep this sheet and bring it to your next appointment.'}
        </p>
      </footer>
    </main>
  );
}
