// The kept print page (createWarmPrinter) against a fake page: reuse, one job at a time, back to the idle
// route after every export, broken pages replaced, idle close, dispose.
import { describe, expect, it } from 'vitest';
import { createWarmPrinter, type PrintSurfaceOps } from '../../../electron/services/pdf-service';
import { parsePrintRoute } from '../../../renderer/print/print-route';

interface FakePage {
  id: number;
  closed: boolean;
  hash: string;
  log: string[];
}

/** A fake print page that follows the route protocol: the plan's state for a plan route, 'idle' without. */
function fakeOps(behaviour: { planState?: string; failIdle?: boolean; slowMs?: number } = {}) {
  const pages: FakePage[] = [];
  const events: string[] = [];
  let running = 0;
  const ops: PrintSurfaceOps<FakePage> = {
    open: async () => {
      const page = { id: pages.length + 1, closed: false, hash: '', log: [] };
      pages.push(page);
      events.push(`open ${page.id}`);
      return page;
    },
    show: async (page, hash, job) => {
      if (page.closed) throw new Error('page closed');
      const route = parsePrintRoute(hash);
      expect(route?.job).toBe(job);
      page.hash = hash;
      page.log.push(route?.planId ?? 'idle');
      if (!route?.planId) {
        if (behaviour.failIdle) throw new Error('renderer hung');
        return 'idle';
      }
      running++;
      expect(running, 'jobs never overlap').toBe(1);
      await new Promise((r) => setTimeout(r, behaviour.slowMs ?? 1));
      running--;
      return behaviour.planState ?? 'ready';
    },
    print: async (page, paper) => new TextEncoder().encode(`pdf of ${page.hash} ${paper}`),
    close: (page) => {
      page.closed = true;
      events.push(`close ${page.id}`);
    },
    alive: (page) => !page.closed,
  };
  return { ops, pages, events };
}

let jobs = 0;
const newJob = (): string => `job-${++jobs}`;
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
/** Lets the queued after-export step (back to idle) run: it delays the next export, not the caller. */
const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe('warm printer', () => {
  it('reuses one page and shows the idle route (no plan) after every export', async () => {
    const { ops, pages } = fakeOps();
    const printer = createWarmPrinter(ops, { newJob });
    expect(text(await printer.render('plan-aaaa-0001', 'A4'))).toMatch(
      /^pdf of #\/print\/plan-aaaa-0001\?paper=a4&job=job-\d+ A4$/,
    );
    expect(text(await printer.render('plan-bbbb-0002', 'Letter'))).toContain('#/print/plan-bbbb-0002?paper=letter');
    await settled();
    expect(pages).toHaveLength(1);
    expect(pages[0]?.log).toEqual(['plan-aaaa-0001', 'idle', 'plan-bbbb-0002', 'idle']);
    expect(pages[0]?.hash).toMatch(/^#\/print\?paper=a4&job=/);
  });

  it('runs concurrent exports one at a time, each on its own route', async () => {
    const { ops, pages } = fakeOps({ slowMs: 15 });
    const printer = createWarmPrinter(ops, { newJob });
    const out = await Promise.all(
      ['plan-0000-000a', 'plan-0000-000b', 'plan-0000-000c'].map((id) => printer.render(id, 'A4')),
    );
    await settled();
    expect(out.map(text).map((t) => /print\/([^?]+)/.exec(t)?.[1])).toEqual([
      'plan-0000-000a',
      'plan-0000-000b',
      'plan-0000-000c',
    ]);
    expect(pages[0]?.log).toEqual(['plan-0000-000a', 'idle', 'plan-0000-000b', 'idle', 'plan-0000-000c', 'idle']);
  });

  it('reports a plan the page could not render, clears the page and keeps it', async () => {
    const { ops, pages } = fakeOps({ planState: 'error' });
    const printer = createWarmPrinter(ops, { newJob });
    await expect(printer.render('plan-aaaa-0001', 'A4')).rejects.toThrow('could not render');
    expect(pages[0]?.log).toEqual(['plan-aaaa-0001', 'idle']);
    expect(pages[0]?.closed).toBe(false);
  });

  it('replaces a page that cannot go back to idle, or has died', async () => {
    const failing = fakeOps({ failIdle: true });
    const printer = createWarmPrinter(failing.ops, { newJob });
    await printer.render('plan-aaaa-0001', 'A4');
    await settled();
    expect(failing.events).toEqual(['open 1', 'close 1']);
    await printer.render('plan-aaaa-0001', 'A4');
    await settled();
    expect(failing.events).toEqual(['open 1', 'close 1', 'open 2', 'close 2']);

    const crashing = fakeOps();
    const p2 = createWarmPrinter(crashing.ops, { newJob });
    await p2.render('plan-aaaa-0001', 'A4');
    await settled();
    (crashing.pages[0] as FakePage).closed = true;
    await p2.render('plan-aaaa-0001', 'A4');
    expect(crashing.pages).toHaveLength(2);
  });

  it('prewarm opens the page on the idle route; release and dispose close it', async () => {
    const { ops, pages, events } = fakeOps();
    const printer = createWarmPrinter(ops, { newJob });
    await printer.prewarm();
    expect(pages[0]?.log).toEqual(['idle']);
    await printer.render('plan-aaaa-0001', 'A4');
    expect(pages).toHaveLength(1);
    await printer.release();
    expect(events).toEqual(['open 1', 'close 1']);
    await printer.render('plan-aaaa-0001', 'A4');
    await printer.dispose();
    expect(events).toEqual(['open 1', 'close 1', 'open 2', 'close 2']);
    await expect(printer.render('plan-aaaa-0001', 'A4')).rejects.toThrow('closed');
  });

  it('closes the page after the idle time, and not while exports keep coming', async () => {
    const { ops, events } = fakeOps();
    const armed: { fn: () => void; ms: number; live: boolean }[] = [];
    const timers = {
      set: (fn: () => void, ms: number) => {
        const t = { fn, ms, live: true };
        armed.push(t);
        return t;
      },
      clear: (t: unknown) => {
        (t as { live: boolean }).live = false;
      },
    };
    const printer = createWarmPrinter(ops, { newJob, idleCloseMs: 600_000, timers });
    await printer.render('plan-aaaa-0001', 'A4');
    await settled();
    await printer.render('plan-aaaa-0001', 'A4');
    await settled();
    expect(armed.filter((t) => t.live)).toHaveLength(1);
    expect(armed[0]?.live).toBe(false);
    const last = armed.find((t) => t.live);
    expect(last?.ms).toBe(600_000);
    last?.fn();
    await printer.prewarm();
    expect(events).toEqual(['open 1', 'close 1', 'open 2']);
  });
});
