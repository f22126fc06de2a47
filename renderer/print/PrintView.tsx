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
import { pointByCode } from '../data/knowledge';
import { bodyViewsQueued, loadBodyStage } from './body-stage';
import { HandoutDocument } from './HandoutDocument';
import { documentTitle } from './print-format';
import { type PrintCun, printCun } from './print-cun';
import { RecordDocument } from './RecordDocument';
import { parsePrintRoute, type PrintRoute } from './print-route';
import './print.css';

const APP_TITLE = 'Acupoint Reference';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; plan: Plan; report: SafetyReport; settings: Settings; cun: PrintCun };

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
      setRoute(parsePrintRoute(window.location.hash) ?? { paper: 'A4', document: 'record' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!route.planId) return <IdlePrint job={route.job} />;
  // Keyed by plan and job: every export starts from fresh state, nothing carries over from the last plan.
  return (
    <PrintJob
      key={`${route.planId}/${route.job ?? ''}/${route.paper}/${route.document}`}
      route={{ ...route, planId: route.planId }}
    />
  );
}

/** No plan: warms what every export needs (knowledge base, body, renderer) and then reports 'idle'. */
function IdlePrint({ job }: { job: string | undefined }) {
  useEffect(() => {
    let live = true;
    planKb();
    pointByCode('');
    document.title = APP_TITLE; // no patient's name stays in a kept page
    void loadBodyStage()
      .catch(() => undefined)
      .then(() => {
        if (live) signalReady(job, 'idle');
      });
    return () => {
      live = false;
    };
  }, [job]);
  return <main className="print" data-idle="true" />;
}

function PrintJob({ route }: { route: PrintRoute & { planId: string } }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    performance.mark('print:plan-requested');
    void Promise.all([
      callHost('plans:open', { id: route.planId }),
      callHost('settings:get', {}),
      route.document === 'handout' ? undefined : bodyViewsQueued(),
    ]).then(([r, s]) => {
      performance.mark('print:plan-opened-body-queued');
      // Without readable settings the plan still prints, just without the clinic header.
      const settings = s.ok ? s.value.settings : DEFAULT_SETTINGS;
      if (!r.ok) return setState({ status: 'error', message: r.message });
      // The PDF's title and the footer line of every page.
      document.title = documentTitle(r.value, route.document);
      const plan = r.value;
      void printCun(plan).then((cun) => {
        setState({ status: 'ready', plan, report: checkPlan(planKb(), toSafetyInput(plan)), settings, cun });
      });
    });
  }, [route.planId, route.document]);
  // A loaded plan is ready only once its body diagrams are drawn (or have reported why they cannot be);
  // the handout has none.
  const [diagramsDone, setDiagramsDone] = useState(route.document === 'handout');
  const onDiagramsDone = useCallback(() => setDiagramsDone(true), []);
  useEffect(() => {
    if (state.status === 'loading' || (state.status === 'ready' && !diagramsDone)) return;
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) signalReady(route.job, state.status);
    });
    return () => {
      live = false;
    };
  }, [state.status, diagramsDone, route.job]);

  if (state.status === 'loading') return <p>Preparing the plan…</p>;
  if (state.status === 'error') return <p role="alert">The plan could not be printed: {state.message}</p>;
  const { plan, report, settings, cun } = state;
  return route.document === 'handout' ? (
    <HandoutDocument plan={plan} report={report} settings={settings} chosen={route.homeCare} />
  ) : (
    <RecordDocument
      plan={plan}
      report={report}
      settings={settings}
      paper={route.paper}
      cun={cun}
      onDiagramsDone={onDiagramsDone}
    />
  );
}
