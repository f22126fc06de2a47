// Today's plan in the renderer: the document with its undo history and save status. The detail panel
// calls addPoint(code); the 3D viewer reads planPointCodes. Saving lives in plan-persistence.ts.
import { create } from 'zustand';
import type { Plan } from '../../electron/contract/plan';
import type { PlanCommand } from './plan-commands';
import { execute, redo, startHistory, undo, type PlanHistory } from './plan-history';
import { recordTechnique } from './plan-kb';
import { createPlan, uniqueCodes, type Side } from './plan-model';

/** partial: saved, but one field kept its last valid value (its new value could not be saved) */
export type SaveStatus = 'new' | 'pending' | 'saving' | 'saved' | 'partial' | 'error';

export interface PlanState {
  history: PlanHistory;
  /** the current document (history.present) */
  plan: Plan;
  /** bumped by every edit, undo and redo (not by loading): what autosave watches */
  revision: number;
  /** false until the most recent plan has been opened (or a new one started) */
  ready: boolean;
  status: SaveStatus;
  statusMessage: string;
  dispatch: (cmd: PlanCommand) => void;
  /** adds a point at the end of the plan: both sides, needled as its record gives (edit both in the plan panel) */
  addPoint: (code: string, side?: Side) => void;
  undo: () => void;
  redo: () => void;
  /** replaces the document without an undo step (opening a plan, starting a new one) */
  load: (plan: Plan, status: SaveStatus) => void;
  setStatus: (status: SaveStatus, message?: string) => void;
}

export const newUid = (): string => crypto.randomUUID();
export const freshPlan = (): Plan => createPlan(crypto.randomUUID(), new Date());

export const usePlanStore = create<PlanState>()((set, get) => {
  const apply = (history: PlanHistory): void => {
    if (history === get().history) return;
    set((s) => ({ history, plan: history.present, revision: s.revision + 1 }));
  };
  const initial = freshPlan();
  return {
    history: startHistory(initial),
    plan: initial,
    revision: 0,
    ready: false,
    status: 'new',
    statusMessage: '',
    dispatch: (cmd) => apply(execute(get().history, cmd)),
    addPoint: (code, side = 'bilateral') =>
      apply(execute(get().history, { type: 'add-point', code, uid: newUid(), side, technique: recordTechnique(code) })),
    undo: () => apply(undo(get().history)),
    redo: () => apply(redo(get().history)),
    load: (plan, status) => set({ history: startHistory(plan), plan, ready: true, status, statusMessage: '' }),
    setStatus: (status, message = '') => set({ status, statusMessage: message }),
  };
});

// Cached per document so a React selector gets the same array until the plan changes.
const codesCache = new WeakMap<Plan, string[]>();

/** WHO codes of the points in the plan, without repeats, in plan order. */
export function planPointCodes(state: Pick<PlanState, 'plan'>): string[] {
  let codes = codesCache.get(state.plan);
  if (!codes) {
    codes = uniqueCodes(state.plan);
    codesCache.set(state.plan, codes);
  }
  return codes;
}

export const canUndo = (s: PlanState): boolean => s.history.past.length > 0;
export const canRedo = (s: PlanState): boolean => s.history.future.length > 0;
