import { describe, expect, it, vi } from 'vitest';
import type { PlanSummary } from '../../../electron/contract/plan';
import type { RecentPlan } from '../../../electron/main/menu-template';
import { createRecentMenu } from '../../../electron/main/recent-menu';

const summary = (id: string, patient: string, updatedAt: string): PlanSummary => ({
  id,
  patient,
  date: '2026-11-23',
  condition: '',
  pointCount: 0,
  updatedAt,
});

describe('Open Recent refresh', () => {
  it('rebuilds the menu only when the recent entries change', async () => {
    let plans = [summary('plan-0001', 'Ann', '2026-11-23T09:00:00Z')];
    const applied: RecentPlan[][] = [];
    const menu = createRecentMenu({ list: async () => plans, apply: (r) => applied.push(r) });
    await menu.refreshNow();
    await menu.refreshNow();
    expect(applied).toEqual([[{ id: 'plan-0001', label: 'Ann, 2026-11-23' }]]);
    plans = [summary('plan-0002', 'Bo', '2026-11-23T10:00:00Z'), ...plans];
    await menu.refreshNow();
    expect(applied.at(-1)?.map((r) => r.id)).toEqual(['plan-0002', 'plan-0001']);
  });

  it('can show a menu at once and fill Open Recent in later without a redundant rebuild', async () => {
    let plans: PlanSummary[] = [];
    const applied: RecentPlan[][] = [];
    const menu = createRecentMenu({ list: async () => plans, apply: (r) => applied.push(r) });
    menu.show([]);
    await menu.refreshNow();
    expect(applied).toEqual([[]]);
    plans = [summary('plan-0001', 'Ann', '2026-11-23T09:00:00Z')];
    await menu.refreshNow();
    expect(applied).toHaveLength(2);
  });

  it('batches a burst of saves into one re-read', async () => {
    vi.useFakeTimers();
    try {
      const list = vi.fn(async () => [summary('plan-0001', 'Ann', '2026-11-23T09:00:00Z')]);
      const menu = createRecentMenu({ list, apply: () => undefined, delayMs: 500 });
      for (let i = 0; i < 10; i++) menu.refreshSoon();
      await vi.advanceTimersByTimeAsync(499);
      expect(list).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(list).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the menu as it is when the plans folder cannot be read', async () => {
    const apply = vi.fn();
    await createRecentMenu({ list: () => Promise.reject(new Error('EACCES')), apply }).refreshNow();
    expect(apply).not.toHaveBeenCalled();
  });
});
