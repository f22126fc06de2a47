// plans:export-pdf — Electron-free: the host injects how the print route becomes PDF bytes (Electron:
// printToPDF of a hidden window; browser host: page.pdf) and how the target file is chosen (a save
// dialog owned by main; a fixed folder in tests). The plan must open cleanly before anything is shown.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Plan } from '../contract/plan';
import type { Paper } from '../contract/settings';
import { writeFileAtomic } from './atomic-file';
import type { PlanStore } from './plan-store';
import { printHash, type PrintChoice } from './print-options';

export type { Paper };

export interface PdfDeps {
  render: (planId: string, paper: Paper, choice?: PrintChoice) => Promise<Uint8Array>;
  /** absolute path to write, or undefined when the clinician cancels */
  chooseTarget: (suggestedName: string) => Promise<string | undefined>;
}

/** "2026-11-20 Example Patient plan.pdf" ("… home care.pdf" for the handout) — safe on every platform's file system. */
export function suggestedFileName(plan: Plan, extension: string, what = 'plan'): string {
  const who = plan.patient.name
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${plan.date}${who ? ` ${who}` : ''} ${what}${extension}`;
}

export function createPdfService(store: PlanStore, deps: PdfDeps) {
  return async (id: string, paper: Paper, choice: PrintChoice = {}): Promise<{ saved: boolean; path?: string }> => {
    const plan = await store.open(id);
    // Rendered while the save dialog is open (the clinician's seconds there cost the export nothing);
    // on cancel the bytes are dropped unwritten.
    const rendering = deps.render(plan.id, paper, choice);
    rendering.catch(() => undefined);
    const target = await deps.chooseTarget(
      suggestedFileName(plan, '.pdf', choice.document === 'handout' ? 'home care' : 'plan'),
    );
    if (!target) return { saved: false };
    const bytes = await rendering;
    await writeFileAtomic(path.resolve(target), bytes);
    return { saved: true, path: path.resolve(target) };
  };
}

/** What a host provides for a reusable print page (a hidden window or a browser page). */
export interface PrintSurfaceOps<S> {
  /** a new, hidden page or window (not loaded yet) */
  open(): Promise<S>;
  /** loads or switches to the print route `hash` and resolves with the page's ready state for `job` */
  show(surface: S, hash: string, job: string, timeoutMs: number): Promise<string>;
  print(surface: S, paper: Paper): Promise<Uint8Array>;
  close(surface: S): void | Promise<void>;
  /** false once the page or window is gone or its renderer crashed */
  alive(surface: S): boolean;
}

export interface WarmPrinterOptions {
  readyTimeoutMs?: number;
  /** the kept page is closed after this long without an export (frees its memory); never when unset */
  idleCloseMs?: number;
  newJob?: () => string;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export interface WarmPrinter {
  render(planId: string, paper: Paper, choice?: PrintChoice): Promise<Uint8Array>;
  /** opens the page on the idle route so the first export finds it warm; failures are left to render */
  prewarm(): Promise<void>;
  /** closes the page now (after the running export); the next export opens a new one */
  release(): Promise<void>;
  /** closes the page at once; later renders fail */
  dispose(): Promise<void>;
}

/** Time to go back to the idle route: a page that cannot is broken and is replaced. */
const CLEAR_TIMEOUT_MS = 5_000;

type Step<T> = () => Promise<{ value: T; after?: () => Promise<void> }>;

/**
 * Jobs one at a time. A job's `after` step (clearing the page) delays the next job, not the job's caller.
 * Once the queue has been empty for idleCloseMs, onIdle runs (in the queue).
 */
function createJobQueue(options: WarmPrinterOptions, onIdle: () => Promise<void>) {
  const timers = options.timers ?? {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: unknown;
  let pending = 0;
  let closed = false;
  const stopTimer = (): void => {
    if (idleTimer !== undefined) timers.clear(idleTimer);
    idleTimer = undefined;
  };
  const armTimer = (): void => {
    if (options.idleCloseMs === undefined || closed || pending > 0) return;
    idleTimer = timers.set(() => {
      idleTimer = undefined;
      queue = queue.then(onIdle);
    }, options.idleCloseMs);
  };
  return {
    run<T>(step: Step<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('The PDF printer has been closed.'));
      stopTimer();
      pending++;
      const result = queue.then(step);
      queue = result
        .then(
          (r) => r.after?.(),
          () => undefined,
        )
        .catch(() => undefined)
        .then(() => {
          pending--;
          armTimer();
        });
      return result.then((r) => r.value);
    },
    close(): void {
      closed = true;
      stopTimer();
    },
  };
}

const plain = (step: () => Promise<void>) => async (): Promise<{ value: void }> => ({ value: await step() });

/**
 * One print page kept between exports: jobs run one at a time; after each (success or failure) the page
 * goes back to the idle route, so no plan stays in it; a page that fails that, dies or crashes is closed
 * and the next export opens a new one.
 */
export function createWarmPrinter<S>(ops: PrintSurfaceOps<S>, options: WarmPrinterOptions = {}): WarmPrinter {
  const newJob = options.newJob ?? randomUUID;
  let surface: S | undefined;
  const discard = async (): Promise<void> => {
    const s = surface;
    surface = undefined;
    if (s !== undefined) await Promise.resolve(ops.close(s)).catch(() => undefined);
  };
  const acquire = async (): Promise<S> => {
    if (surface !== undefined && !ops.alive(surface)) await discard();
    surface ??= await ops.open();
    return surface;
  };
  const clear = async (s: S): Promise<void> => {
    const job = newJob();
    const state = await ops.show(s, printHash(undefined, 'A4', job), job, CLEAR_TIMEOUT_MS).catch(() => 'failed');
    if (state !== 'idle') await discard();
  };
  const jobs = createJobQueue(options, discard);

  return {
    render: (planId, paper, choice) =>
      jobs.run(async () => {
        const s = await acquire();
        const job = newJob();
        try {
          const state = await ops.show(s, printHash(planId, paper, job, choice), job, options.readyTimeoutMs ?? 30_000);
          if (state !== 'ready') throw new Error('The print view could not render the plan.');
          return { value: await ops.print(s, paper), after: () => clear(s) };
        } catch (e) {
          await clear(s);
          throw e;
        }
      }),
    prewarm: () => jobs.run(plain(async () => clear(await acquire()))).catch(() => undefined),
    release: () => jobs.run(plain(discard)),
    dispose: async () => {
      jobs.close();
      await discard();
    },
  };
}
