// Opening and autosaving the plan through the host: on start a plan file the app was launched with, else
// the most recently updated plan, is opened (or a new one begun); every edit is saved after a short pause,
// and the status shows what happened. Switching plans saves the current one first.
import { Plan } from '../../electron/contract/plan';
import { callHost } from '../host/host-client';
import { loadSettings, useSettings } from '../settings/settings-store';
import { fileMessage, patientOf } from './plan-messages';
import { freshPlan, usePlanStore } from './plan-store';

/** Long enough to batch a burst of typing, short enough that little is at risk. */
export const AUTOSAVE_DELAY_MS = 800;

let started: Promise<void> | undefined;

async function openMostRecent(): Promise<void> {
  const { load } = usePlanStore.getState();
  // A plan file the app was launched with wins over the most recent plan.
  if (await openHandedFiles()) return;
  const listed = await callHost('plans:list', {});
  const latest = listed.ok ? listed.value.plans[0] : undefined;
  if (latest) {
    const opened = await callHost('plans:open', { id: latest.id });
    if (opened.ok) return load(opened.value, 'saved');
  }
  load(newPlan(), 'new');
  if (!listed.ok) usePlanStore.getState().setStatus('error', listed.message);
}

/** A blank plan with the clinician from settings filled in. */
function newPlan(): Plan {
  return { ...freshPlan(), clinician: useSettings.getState().settings.clinicHeader.clinician };
}

export async function saveNow(): Promise<void> {
  const { plan, revision, setStatus } = usePlanStore.getState();
  const valid = Plan.safeParse(plan);
  if (!valid.success) {
    const field = valid.error.issues[0]?.path.join(' › ') ?? 'plan';
    return setStatus('error', `Not saved: check ${field}.`);
  }
  setStatus('saving');
  const saved = await callHost('plans:save', { plan: valid.data });
  // An edit made while saving has its own save scheduled; keep showing it as pending.
  if (usePlanStore.getState().revision !== revision) return;
  if (saved.ok) setStatus('saved');
  else setStatus('error', saved.message);
}

/** Starts loading and autosave; returns a stop function (React effect cleanup). */
export function startPersistence(): () => void {
  // Settings first: a new plan takes its clinician from them.
  started ??= loadSettings().then(openMostRecent);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void saveNow();
  };
  const unsubscribe = usePlanStore.subscribe((state, prev) => {
    if (state.revision === prev.revision) return;
    state.setStatus('pending');
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void saveNow();
    }, AUTOSAVE_DELAY_MS);
  });
  // Best effort when the window goes away with an edit still waiting for its pause.
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    clearTimeout(timer);
  };
}

/** Starts a new, empty plan and saves it at once so it is the one reopened next time. */
export function startNewPlan(): void {
  usePlanStore.getState().load(newPlan(), 'new');
  void saveNow();
}

/** Opens a stored plan; the current one is saved first so switching never loses an edit. */
export async function openStoredPlan(id: string): Promise<boolean> {
  const { plan, status, ready } = usePlanStore.getState();
  if (ready && plan.id === id) return true;
  // Only a loaded plan with an edit waiting is flushed (never the blank placeholder before start-up).
  if (ready && status === 'pending') await saveNow();
  const opened = await callHost('plans:open', { id });
  if (!opened.ok) {
    fileMessage(opened.message);
    return false;
  }
  usePlanStore.getState().load(opened.value, 'saved');
  fileMessage('');
  return true;
}

/** Plan files from a double-click or the command line: the last one opened is shown, problems are listed. */
export async function openHandedFiles(): Promise<boolean> {
  const taken = await callHost('plans:take-opened', {});
  if (!taken.ok) {
    fileMessage(taken.message);
    return false;
  }
  const { plans, problems } = taken.value;
  const last = plans.at(-1);
  const opened = last ? await openStoredPlan(last.id) : false;
  const notes = problems.map((p) => p.message);
  if (opened && last) notes.unshift(`Opened the plan for ${patientOf(last.patient)}.`);
  if (notes.length > 0) fileMessage(notes.join(' '));
  return opened;
}
