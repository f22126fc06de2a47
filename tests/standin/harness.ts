// What the stand-in start-up checks (tests/standin/startup.ts) share: the check runner with its watch on
// failures main does not throw at us, the temp folder, the fixtures' plan ids, and small helpers for host
// answers, menus and the process environment.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { ElectronStandIn, StandInApp, StandInWindow } from './electron-standin';

export class CheckFailed extends Error {
  constructor(
    readonly check: string,
    readonly reason: unknown,
    readonly context: string[] = [],
  ) {
    super(
      `${check}: ${reason instanceof Error ? reason.message : String(reason)}${context.length ? `\n${context.map((c) => `    ${c}`).join('\n')}` : ''}`,
    );
    this.name = 'CheckFailed';
  }
}

export interface Host {
  invoke(channel: string, request: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
}
export type Item = MenuItemConstructorOptions;
type HostAnswer = { ok: true; value: unknown } | { ok: false; code: string; message: string };

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SEEDED_ID = '3f2c9a1e-8b7d-4c21-9e55-0a1b2c3d4e5f';
export const LEGACY_ID = 'legacy-v1-example-plan';
export const SECOND_ID = 'standin-second-instance-plan';
export const APP_NAME = 'Acupoint Reference';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function answerOf(value: unknown): HostAnswer {
  assert.ok(
    value !== null && typeof value === 'object' && 'ok' in value,
    `not a host answer: ${JSON.stringify(value)}`,
  );
  return value as HostAnswer;
}
export function ok<T = Record<string, unknown>>(value: unknown): T {
  const answer = answerOf(value);
  assert.ok(answer.ok, `expected ok, got ${JSON.stringify(answer)}`);
  return answer.value as T;
}
export function refused(value: unknown, code: string): void {
  const answer = answerOf(value);
  assert.ok(!answer.ok, `expected ${code}, got ok: ${JSON.stringify(answer)}`);
  assert.equal(answer.code, code, `expected ${code}, got ${answer.code}: ${answer.message}`);
}

/** Records the options createSecureWindow gives a window (to compare with what main created). */
export class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

export function submenu(items: readonly Item[] | undefined, label: string): Item[] {
  const item = items?.find((i) => i.label === label || i.role === label);
  assert.ok(item, `menu item ${label} missing`);
  assert.ok(Array.isArray(item.submenu), `${label} has no submenu`);
  return item.submenu;
}
export function click(item: Item | undefined): void {
  assert.ok(item?.click, `menu item ${item?.label} has no click handler`);
  (item.click as () => void)();
}

/** File → Open Recent of a menu template, and the menu main set last. */
export const recentOf = (items: readonly Item[] | undefined): Item[] =>
  submenu(submenu(items, '&File'), 'Open &Recent');
export const latestMenu = (standIn: ElectronStandIn): Item[] | undefined => standIn.applicationMenus.at(-1)?.items;

/** Runs a function with process.argv and environment variables set as Electron would have them. */
export function withProcess<T>(argv: string[], env: Record<string, string>, fn: () => T): T {
  const savedArgv = process.argv;
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  process.argv = argv;
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    process.argv = savedArgv;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const activeTimers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** The app folder under test. */
export interface Target {
  /** app.getAppPath(): the repo root, or the folder app.asar was extracted to */
  appDir: string;
  mainFile: string;
  expectedPreload: string;
  rendererDir: string;
  /** app.isPackaged (the packaged app has no DevTools menu item) */
  packaged: boolean;
  /** the version in the app's package.json */
  version: string;
  /** the CSP header the renderer protocol must send */
  csp: string;
}

/** Scenario A: the app started on a seeded data folder, with a plan file on its command line. */
export interface Scenario {
  standIn: ElectronStandIn;
  app: StandInApp;
  argv: string[];
  userData: string;
  plansDir: string;
  inbox: string;
  argvPlan: string;
}

/** Scenario A once started: the main window, its page's host bridge, and the menu commands the page got. */
export interface Started {
  main: StandInWindow;
  host: Host;
  receivedByRenderer: unknown[];
}

/**
 * Runs the checks: each passes, or fails with a CheckFailed naming it and what else went wrong meanwhile.
 * Failures main does not throw at us: rejected promises (its start() runs in `then`), errors in timers,
 * and the "[host] channel failed" lines of the gate (an internal error in a service).
 */
export class Harness {
  readonly background: string[] = [];
  /** what main wrote with console.error during the run */
  readonly hostErrors: string[] = [];
  /** every stand-in app started, quit on failure so main stops writing into the temp folder */
  readonly started: ElectronStandIn[] = [];
  count = 0;
  failed = false;
  /** the Timeout resources active before main was loaded */
  timersBefore = 0;
  private work = '';
  private readonly consoleError = console.error;

  private constructor(private readonly report: (line: string) => void) {}

  /** Starts watching for background failures and console.error, and makes the temp folder. */
  static async start(report: (line: string) => void): Promise<Harness> {
    const h = new Harness(report);
    process.on('unhandledRejection', h.onRejection);
    process.on('uncaughtException', h.onException);
    console.error = (...args: unknown[]) => {
      h.hostErrors.push(args.map(String).join(' '));
    };
    h.work = await mkdtemp(path.join(os.tmpdir(), 'acupoint-standin-'));
    h.timersBefore = activeTimers();
    return h;
  }

  private readonly onRejection = (reason: unknown): void => {
    this.background.push(
      `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
  };
  private readonly onException = (error: Error): void => {
    this.background.push(`uncaught exception: ${error.stack ?? error.message}`);
  };

  readonly check = async (name: string, fn: () => unknown): Promise<void> => {
    try {
      await fn();
      if (this.background.length > 0) throw new Error(this.background.join('\n'));
    } catch (error) {
      this.failed = true;
      const message = error instanceof Error ? error.message : String(error);
      throw new CheckFailed(name, error, [
        ...this.background.filter((b) => !message.includes(b)),
        ...this.hostErrors.map((l) => `console.error: ${l}`),
      ]);
    }
    this.count++;
    this.report(`  ok  ${name}`);
  };

  readonly waitFor = async (what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (this.background.length > 0) throw new Error(`${what}: ${this.background.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
      await sleep(10);
    }
  };

  /** a folder (or file) inside the temp folder */
  readonly dir = (name: string): string => path.join(this.work, name);
  /** app.getPath's folders for a stand-in: all in the temp folder */
  readonly paths = (userData: string) => ({
    userData,
    documents: this.dir('documents'),
    temp: this.dir('temp'),
    home: this.dir('home'),
    appData: this.dir('appData'),
  });

  /** Quits every app started if a check failed, restores console.error and the listeners, removes the temp folder. */
  async finish(): Promise<void> {
    if (this.failed) {
      for (const s of this.started) {
        try {
          s.app.quit();
        } catch {
          // already broken: the failure is reported as it is
        }
      }
      await sleep(200);
    }
    console.error = this.consoleError;
    process.off('unhandledRejection', this.onRejection);
    process.off('uncaughtException', this.onException);
    // A cleanup problem never hides the check that failed.
    await rm(this.work, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }).catch((error: unknown) => {
      if (!this.failed) throw error;
    });
  }
}
