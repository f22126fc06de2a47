// Opening and autosaving the plan through the host: on start the most recently updated plan is opened
// (or a new one begun); every edit is saved after a short pause, and the status shows what happened.
import { Plan } from '../../electron/contract/plan';
import { callHost } from '../host/host-client';
import { freshPlan, usePlanStore } from './plan-store';

/** Long enough to batch a burst of typing, short enough that little is at risk. */
export const AUTOSAVE_DELAY_MS = 800;

let started: Promise<void> | undefined;

async function openMostRecent(): Promise<void> {
  const { load } = usePlanStore.getState();
  const listed = await callHost('plans:list', {});
  const latest = listed.ok ? listed.value.plans[0] : undefined;
  if (latest) {
    const opened = await callHost('plans:open', { id: latest.id });
    if (opened.ok) return load(opened.value, 'saved');
  }
  load(freshPlan(), 'new');
  if (!listed.ok) usePlanStore.getState().setStatus('error', listed.message);
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
  started ??= openMostRecent();
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
  usePlanStore.getState().load(freshPlan(), 'new');
  void saveNow();
}
