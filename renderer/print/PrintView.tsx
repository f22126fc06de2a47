// The printable plan: what the PDF export renders (Chromium's printToPDF / page.pdf). Everything the
// clinician typed is rendered as text. Sets data-print-ready (and data-print-job, the route's job id) on
// <body> once content and fonts are in. The page can be kept warm and reused: a new #/print/... hash shows
// the next plan on fresh state, and `#/print` (idle) removes the plan from the page.
import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '../../electron/contract/plan';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/contract/settings';
import { checkPlan, type SafetyReport } from '../../points/safety/check-plan';
import { callHost } from '../host/host-client';
import { planKb } from '../plan/plan-kb';
import { toSafetyInput } from '../../electron/contract/plan-safety-input';
import { pointByCode } from '../search/knowledge';
import { DISCLAIMER } from '../shell/StatusBar';
import { BodyDiagrams } from './BodyDiagrams';
import { bodyViewsQueued, loadBodyStage } from './body-stage';
import { PrintFindings } from './PrintFindings';
import { PrintPoints } from './PrintPoints';
import { patientLine } from './print-format';
import { parsePrintRoute, type PrintRoute } from './print-route';
import './print.css';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; plan: Plan; report: SafetyReport; settings: Settings };

function signalReady(job: string | undefined, status: string): void {
  performance.mark(`print:${status}`);
  document.body.dataset.printJob = job ?? '';
  document.body.dataset.printReady = status;
}

export function PrintView({ route: initial }: { route: PrintRoute }) {
  const [route, setRoute] = useState(initial);
  useEffect(() => {
    document.documentElement.dataset.view = 'print';
    // Started at once, in parallel with the plan and the knowledge base: the body is the slowest part.
    void loadBodyStage().catch(() => undefined);
    const onHash = (): void => {
      delete document.body.dataset.printReady;
      delete document.body.dataset.printJob;
      setRoute(parsePrintRoute(window.location.hash) ?? { paper: 'A4' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!route.planId) return <IdlePrint job={route.job} />;
  // Keyed by plan and job: every export starts from fresh state, nothing carries over from the last plan.
  return <PrintJob key={`${route.planId}/${route.job ?? ''}/${route.paper}`} route={{ ...route, planId: route.planId }} />;
}

/** No plan: warms what every export needs (knowledge base, body, renderer) and then reports 'idle'. */
function IdlePrint({ job }: { job: string | undefined }) {
  useEffect(() => {
    let live = true;
    planKb();
    pointByCode('');
    void loadBodyStage().catch(() => undefined).then(() => { if (live) signalReady(job, 'idle'); });
    return () => { live = false; };
  }, [job]);
  return <main className="print" data-idle="true" />;
}

function PrintJob({ route }: { route: PrintRoute & { planId: string } }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    performance.mark('print:plan-requested');
    void Promise.all([callHost('plans:open', { id: route.planId }), callHost('settings:get', {}), bodyViewsQueued()]).then(([r, s]) => {
      performance.mark('print:plan-opened-body-queued');
      // Without readable settings the plan still prints, just without the clinic header.
      const settings = s.ok ? s.value.settings : DEFAULT_SETTINGS;
      if (!r.ok) setState({ status: 'error', message: r.message });
      else setState({ status: 'ready', plan: r.value, report: checkPlan(planKb(), toSafetyInput(r.value)), settings });
    });
  }, [route.planId]);
  // A loaded plan is ready only once its body diagrams are drawn (or have reported why they cannot be).
  const [diagramsDone, setDiagramsDone] = useState(false);
  const onDiagramsDone = useCallback(() => setDiagramsDone(true), []);
  useEffect(() => {
    if (state.status === 'loading' || (state.status === 'ready' && !diagramsDone)) return;
    let live = true;
    void document.fonts.ready.then(() => { if (live) signalReady(route.job, state.status); });
    return () => { live = false; };
  }, [state.status, diagramsDone, route.job]);

  if (state.status === 'loading') return <p>Preparing the plan…</p>;
  if (state.status === 'error') return <p role="alert">The plan could not be printed: {state.message}</p>;
  const { plan, report, settings } = state;
  const { clinic, contact } = settings.clinicHeader;
  const sources = [...new Set(report.findings.flatMap((f) => f.sources.map((s) => s.id)))];
  const kbSources = planKb().sources;
  return (
    <main className="print" data-paper={route.paper}>
      <header className="print-header">
        {(clinic || contact) && (
          <p className="print-clinic" data-testid="print-clinic">
            {clinic && <strong>{clinic}</strong>}{clinic && contact ? ' · ' : ''}{contact}
          </p>
        )}
        <h1>Session plan</h1>
        <p className="print-meta">{plan.date}{plan.clinician ? ` · ${plan.clinician}` : ''}</p>
        <p className="print-patient">{patientLine(plan)}</p>
        {plan.condition.text && <p>Presenting condition: {plan.condition.text}</p>}
      </header>
      <PrintFindings report={report} />
      <BodyDiagrams plan={plan} onDone={onDiagramsDone} />
      <PrintPoints plan={plan} units={settings.units} />
      <section className="print-section">
        <h2>Session and course</h2>
        <p>
          {plan.sessionMinutes ? `Session about ${plan.sessionMinutes} minutes. ` : ''}
          {plan.course ? `Course: ${plan.course.sessions} sessions, ${plan.course.perWeek} per week.` : 'Course not set.'}
        </p>
      </section>
      {plan.notes && <section className="print-section"><h2>Notes</h2><p className="print-notes">{plan.notes}</p></section>}
      {plan.homeCare.length > 0 && (
        <section className="print-section print-homecare">
          <h2>Home care — for the patient</h2>
          <p className="print-patient">{patientLine(plan)} · {plan.date}</p>
          <ol>{plan.homeCare.map((h, i) => <li key={i}>{h}</li>)}</ol>
          <p className="muted">Stop any exercise that sharply increases pain, numbness or weakness, and contact your practitioner.</p>
        </section>
      )}
      <footer className="print-section print-sources">
        <h2>Sources</h2>
        <ul>{sources.map((id) => <li key={id}>{kbSources.find((s) => s.id === id)?.title ?? id}</li>)}</ul>
        <p className="print-disclaimer">{DISCLAIMER}</p>
      </footer>
    </main>
  );
}
