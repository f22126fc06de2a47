// The print-route protocol shared by the hosts and the print page: routes with a job id, the idle route,
// and the page-side ready script (run here against a fake <body> and MutationObserver).
import { describe, expect, it } from 'vitest';
import { printHash, printPath, printReadyScript, showRouteScript } from '../../../electron/services/print-options';
import { viewFrames } from '../../../renderer/print/view-frames';
import { parsePrintRoute } from '../../../renderer/print/print-route';

describe('print routes', () => {
  it('round-trips plan, paper and job; the idle route has no plan', () => {
    expect(printPath('3f2c9a1e-8b7d', 'Letter', 'job-1')).toBe(
      '/index.html#/print/3f2c9a1e-8b7d?paper=letter&job=job-1',
    );
    expect(parsePrintRoute(printHash('3f2c9a1e-8b7d', 'Letter', 'job-1'))).toEqual({
      planId: '3f2c9a1e-8b7d',
      paper: 'Letter',
      job: 'job-1',
      document: 'record',
      homeCare: undefined,
    });
    expect(printHash(undefined, 'A4', 'j2')).toBe('#/print?paper=a4&job=j2');
    const idle = parsePrintRoute('#/print?paper=a4&job=j2');
    expect(idle).toEqual({ planId: undefined, paper: 'A4', job: 'j2', document: 'record', homeCare: undefined });
    expect(idle?.planId).toBeUndefined();
    expect(parsePrintRoute('#/print')).toEqual({
      paper: 'A4',
      document: 'record',
      job: undefined,
      planId: undefined,
      homeCare: undefined,
    });
  });

  it('round-trips the handout and its chosen home-care items; an empty choice stays empty, not "all"', () => {
    const hash = printHash('3f2c9a1e-8b7d', 'A4', 'job-2', { document: 'handout', homeCare: [0, 2, 11] });
    expect(hash).toBe('#/print/3f2c9a1e-8b7d?paper=a4&doc=handout&items=0,2,11&job=job-2');
    expect(parsePrintRoute(hash)).toMatchObject({ document: 'handout', homeCare: [0, 2, 11], job: 'job-2' });
    expect(
      parsePrintRoute(printHash('3f2c9a1e-8b7d', 'A4', 'j', { document: 'handout', homeCare: [] }))?.homeCare,
    ).toEqual([]);
    expect(parsePrintRoute(printHash('3f2c9a1e-8b7d', 'A4', 'j', { document: 'handout' }))?.homeCare).toBeUndefined();
    expect(parsePrintRoute('#/print/3f2c9a1e-8b7d?doc=other&items=1,x,%3C,999')).toMatchObject({
      document: 'record',
      homeCare: [1],
    });
  });

  it('drops a job id that is not plain letters, digits and dashes', () => {
    expect(parsePrintRoute('#/print/abcdefgh?job=%22%3E%3Cscript%3E')?.job).toBeUndefined();
    expect(parsePrintRoute(`#/print/abcdefgh?job=${'a'.repeat(65)}`)?.job).toBeUndefined();
    expect(parsePrintRoute('#/printer/abcdefgh')).toBeUndefined();
  });
});

/** Runs a page script with a fake document body whose data attributes the test sets. */
function fakePage() {
  const dataset: Record<string, string | undefined> = {};
  const observers: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const env = {
    document: { body: { dataset } },
    MutationObserver: class {
      constructor(private readonly cb: () => void) {}
      observe(): void {
        observers.push(this.cb);
      }
      disconnect(): void {
        observers.splice(observers.indexOf(this.cb), 1);
      }
    },
    setTimeout: (fn: () => void) => {
      timers.push(fn);
      return timers.length;
    },
    clearTimeout: () => undefined,
    window: { location: { hash: '' } },
  };
  const run = (script: string): Promise<unknown> =>
    new Function(...Object.keys(env), `return ${script};`)(...Object.values(env)) as Promise<unknown>;
  const set = (attrs: Record<string, string>): void => {
    Object.assign(dataset, attrs);
    for (const o of [...observers]) o();
  };
  return { run, set, timers, env };
}

describe('page-side ready script', () => {
  it('resolves with the state only once the ready signal carries its own job', async () => {
    const page = fakePage();
    page.set({ printReady: 'ready', printJob: 'old-job' });
    let state: unknown;
    const waiting = page.run(printReadyScript('new-job', 30_000)).then((s) => {
      state = s;
    });
    page.set({ printReady: 'ready', printJob: 'other' });
    await Promise.resolve();
    expect(state).toBeUndefined();
    page.set({ printReady: 'error', printJob: 'new-job' });
    await waiting;
    expect(state).toBe('error');
  });

  it('resolves at once when the signal is already there, and rejects when it never comes', async () => {
    const page = fakePage();
    page.set({ printReady: 'idle', printJob: 'j1' });
    await expect(page.run(printReadyScript('j1', 1000))).resolves.toBe('idle');
    const late = page.run(printReadyScript('j2', 1000));
    page.timers.at(-1)?.();
    await expect(late).rejects.toThrow('did not finish rendering');
  });

  it('showRouteScript sets the hash (a JSON string literal, not code) before waiting', async () => {
    const page = fakePage();
    const hash = '#/print/abcdefgh?paper=a4&job=j3\'"';
    const done = page.run(showRouteScript(hash, 'j3', 1000));
    expect(page.env.window.location.hash).toBe(hash);
    page.set({ printReady: 'ready', printJob: 'j3' });
    await expect(done).resolves.toBe('ready');
  });
});

describe('diagram view frames', () => {
  it('sizes each view from the body box at 420 px/m plus a 4 cm margin, side by side', () => {
    // A 0.6 m wide, 1.75 m tall, 0.3 m deep body: height (1.75 + 0.08) m = 768.6 px → 769.
    const { frames, width, height } = viewFrames([0.6, 1.75, 0.3]);
    expect(height).toBe(769);
    expect([frames.front.width, frames.back.width, frames.left.width, frames.right.width]).toEqual([
      286, 286, 160, 160,
    ]);
    expect([frames.front.x, frames.back.x, frames.left.x, frames.right.x]).toEqual([0, 286, 572, 732]);
    expect(width).toBe(892);
    expect(frames.left.halfW).toBeCloseTo(0.19);
    expect(frames.front.halfH).toBeCloseTo(0.915);
  });
});
