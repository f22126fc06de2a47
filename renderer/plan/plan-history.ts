// Undo/redo over whole plan snapshots (plans are small; snapshots keep undo exact). Pure.
import type { Plan } from '../../electron/contract/plan';
import { applyCommand, coalesceKey, type PlanCommand } from './plan-commands';

export const HISTORY_LIMIT = 200;

export interface PlanHistory {
  past: Plan[];
  present: Plan;
  future: Plan[];
  /** coalesce key of the last step, so typing in one field merges into one step */
  lastKey?: string;
}

export const startHistory = (plan: Plan): PlanHistory => ({ past: [], present: plan, future: [] });

export function execute(h: PlanHistory, cmd: PlanCommand): PlanHistory {
  const next = applyCommand(h.present, cmd);
  if (next === h.present) return h;
  const key = coalesceKey(cmd);
  if (key !== undefined && key === h.lastKey) return { ...h, present: next, future: [] };
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [], lastKey: key };
}

export function undo(h: PlanHistory): PlanHistory {
  const previous = h.past[h.past.length - 1];
  if (!previous) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo(h: PlanHistory): PlanHistory {
  const [next, ...rest] = h.future;
  if (!next) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}
