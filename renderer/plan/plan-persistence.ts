// Opening and autosaving the plan through the host: on start a plan file the app was launched with, else
// the most recently updated plan, is opened (or a new one begun); every edit is saved after a short pause,
// and the status shows what happened. Switching plans saves the current one first.
import { Plan } from '../../electron/contract/plan';
import { callHost } from '../host/host-client';
import { loadSettings, useSettings } from '../settings/settings-store';
import { fileMessage, patientOf, usePlanMessages } from './plan-messages';
import { repairPlan } from './plan-repair';
import { freshPlan, usePlanStore } from './plan-store';

/** Long enough to batch a burst of typing, short enough that little is at risk. */
export const AUTOSAVE_DELAY_MS = 800;

let started: Promise<void> | undefined;
/** The last plan that validated, per plan id: what an invalid field falls back to when saving. */
let lastValid: Plan | undefined;

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
export function newPlan(): Plan {
  return { ...freshPlan(), clinician: useSettings.getState().settings.clinicHeader.clinician };
}

export async function saveNow(): Promise<void> {
  const { plan, revision, setStatus } = usePlanStore.getState();
  const repaired = repairPlan(plan, lastValid?.id === plan.id ? lastValid : undefined);
  if (!repaired.plan)
    return setStatus(
      'error',
      `Not saved: ${repaired.fields.join(', ')} could not be checked. Correct the field to save.`,
    );
  if (repaired.fields.length === 0) lastValid = repaired.plan;
  setStatus('saving');
  const saved = await callHost('plans:save', { plan: repaired.plan });
  // An edit made while saving has its own save scheduled; keep showing it as pending.
  if (usePlanStore.getState().revision !== revision) return;
  if (!saved.ok) setStatus('error', saved.message);
  else if (repaired.fields.length > 0)
    setStatus(
      'partial',
      `Saved, except ${repaired.fields.join(', ')}: the last valid value was kept. Correct the field to save it.`,
    );
  else setStatus('saved');
}

/** Starts loading and autosave; returns a stop function (React effect cleanup). */
/** the autosave waiting for the pause after an edit */
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Drops the autosave waiting for its pause, for an action that replaces the stored plan itself (delete).
 * Without this, the waiting save — overdue after a confirm dialog — reached the store just after the
 * delete and put the plan back beside its copy in the trash. Returns whether an edit was waiting.
 */
export function cancelPendingSave(): boolean {
  const waiting = timer !== undefined;
  clearTimeout(timer);
  timer = undefined;
  return waiting;
}

export function startPersistence(): () => void {
  // Settings first: a new plan takes its clinician from them.
  started ??= loadSettings().then(openMostRecent);
  const flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void saveNow();
  };
  const unsubscribe = usePlanStore.subscribe((state, prev) => {
    // A plan just opened (or begun) is valid as loaded: it is what an invalid field falls back to.
    if (state.plan !== prev.plan && state.revision === prev.revision) {
      const loaded = Plan.safeParse(state.plan);
      if (loaded.success) lastValid = loaded.data;
    }
    // Messages about the previous plan ("PDF saved … patient A") must not linger under another one.
    if (state.plan.id !== prev.plan.id) usePlanMessages.setState({ exportMessage: '', fileMessage: '' });
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
  // Closing with an edit not yet saved (or failing to save) asks first (Electron: main shows the dialog).
  const holdUnsaved = (e: BeforeUnloadEvent): void => {
    const { ready, status } = usePlanStore.getState();
    if (!ready || !['pending', 'saving', 'error', 'partial'].includes(status)) return;
    flush();
    e.preventDefault();
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', holdUnsaved);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', holdUnsaved);
    clearTimeout(timer);
  };
}

/** Before the plan in the panel is replaced: an edit still waiting is saved first; if saving fails (or
 *  failed), the clinician is asked — with the reason — before those changes are dropped. */
export async function readyToLeave(action: string): Promise<boolean> {
  const { ready, status } = usePlanStore.getState();
  if (!ready) return true;
  if (status === 'pending' || status === 'saving') await saveNow();
  const after = usePlanStore.getState();
  if (after.status !== 'error' && after.status !== 'partial') return true;
  return window.confirm(
    `The current plan is not fully saved: ${after.statusMessage}\n\n${action} anyway? Changes that were not saved will be lost.`,
  );
}

/** Starts a new, empty plan and saves it at once so it is the one reopened next time. */
export async function startNewPlan(): Promise<void> {
  if (!(await readyToLeave('Start a new plan'))) return;
  usePlanStore.getState().load(newPlan(), 'new');
  void saveNow();
}

/** Opens a stored plan; the current one is saved first so switching never loses an edit. */
export async function openStoredPlan(id: string): Promise<boolean> {
  const { plan, ready } = usePlanStore.getState();
  if (ready && plan.id === id) return true;
  // Only a loaded plan is saved or asked about (never the blank placeholder before start-up).
  if (!(await readyToLeave('Open another plan'))) return false;
  const opened = await callHost('plans:open', { id });
  if (!opened.ok) {
    fileMessage(opened.message);
    return false;
  }
  usePlanStore.getState().load(opened.value, 'saved');
  fileMessage('');
  return true;
}

/**
 * Settles a plan held by several files (plans:resolve). The open plan's edits are saved first; if the
 * clinician kept another version, the editor then shows what was kept — never the discarded version, which
 * autosave would otherwise write back over it.
 */
export async function resolvePlanVersions(
  id: string,
  keep: string,
  mode: 'keep-one' | 'keep-all',
): Promise<{ ok: true; copies: number } | { ok: false; message: string }> {
  const isOpen = (): boolean => usePlanStore.getState().ready && usePlanStore.getState().plan.id === id;
  if (isOpen()) await saveNow();
  const resolved = await callHost('plans:resolve', { id, keep, mode });
  if (!resolved.ok) return resolved;
  if (isOpen()) {
    const reopened = await callHost('plans:open', { id });
    if (reopened.ok) usePlanStore.getState().load(reopened.value, 'saved');
  }
  return { ok: true, copies: resolved.value.copies.length };
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
