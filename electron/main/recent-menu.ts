// Keeps File → Open Recent in step with the plans folder: after plan changes settle, re-read the list and
// rebuild the menu only when the entries actually changed (autosave fires often; the menu rarely changes).
import type { PlanSummary } from '../contract/plan';
import { recentPlans, type RecentPlan } from './menu-template';

export interface RecentMenuDeps {
  list: () => Promise<readonly PlanSummary[]>;
  apply: (recent: RecentPlan[]) => void;
  /** batches a burst of saves into one re-read */
  delayMs?: number;
}

export function createRecentMenu(deps: RecentMenuDeps) {
  let shown: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function refreshNow(): Promise<void> {
    let recent: RecentPlan[];
    try {
      recent = recentPlans(await deps.list());
    } catch {
      return; // the plans folder is unreadable right now; keep the menu as it is
    }
    const key = JSON.stringify(recent);
    if (key === shown) return;
    shown = key;
    deps.apply(recent);
  }

  return {
    refreshNow,
    /** show these entries now (e.g. an empty list before the folder has been read) */
    show(recent: RecentPlan[]): void {
      shown = JSON.stringify(recent);
      deps.apply(recent);
    },
    /** schedule a refresh after the current burst of changes */
    refreshSoon(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshNow(), deps.delayMs ?? 1000);
    },
  };
}
