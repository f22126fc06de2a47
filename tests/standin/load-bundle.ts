// Loading the built bundles with `electron` resolved to the stand-in.
// - main: the real CommonJS loader (createRequire), with Module._load answering the request 'electron'
//   while the bundle loads (esbuild puts every require("electron") at the bundle's top level).
// - preload: Electron runs a sandboxed preload as a function with a `require` that knows only 'electron'
//   and a few built-ins (events, timers, url); it is run that way here, in its own vm context, so a preload
//   that needs anything else (or leaks a global) fails here as it would in the sandbox.
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

type LoadFn = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: LoadFn };

/** require()s `file` (a fresh instance every time) with require('electron') answered by `electron`. */
export function loadMainBundle(file: string, electron: object): void {
  const absolute = path.resolve(file);
  const requireHere = createRequire(absolute);
  const original = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    delete requireHere.cache[absolute];
    requireHere(absolute);
  } finally {
    moduleInternals._load = original;
    delete requireHere.cache[absolute];
  }
}

/** Modules a sandboxed preload may require (Electron docs, "Process Sandboxing" → preload scripts). */
export const SANDBOX_PRELOAD_MODULES = [
  'electron',
  'events',
  'timers',
  'url',
  'node:events',
  'node:timers',
  'node:url',
];

export interface PreloadRun {
  /** every require() the preload made */
  required: string[];
  /** names the preload added to its global object (a wrapped preload should add none) */
  globalsAdded: string[];
}

export function runPreloadSandboxed(file: string, electron: object): PreloadRun {
  const source = readFileSync(file, 'utf8');
  const requireHere = createRequire(path.resolve(file));
  const required: string[] = [];
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (!SANDBOX_PRELOAD_MODULES.includes(name))
      throw new Error(
        `module not found: ${name} (a sandboxed preload can only require ${SANDBOX_PRELOAD_MODULES.join(', ')})`,
      );
    return name === 'electron' ? electron : requireHere(name);
  };
  // The sandboxed renderer's globals that matter to a preload bundle; `process` is a small polyfill there.
  const context = vm.createContext({ console, setTimeout, clearTimeout, queueMicrotask });
  const before = new Set(Object.keys(context));
  const wrapper = vm.runInContext(
    `(function (exports, require, module, __filename, __dirname, process, Buffer, global) {${source}\n})`,
    context,
    { filename: file },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  const sandboxProcess = {
    platform: process.platform,
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    env: {},
  };
  wrapper.call(
    module.exports,
    module.exports,
    sandboxRequire,
    module,
    file,
    path.dirname(file),
    sandboxProcess,
    Buffer,
    context,
  );
  return { required, globalsAdded: Object.keys(context).filter((k) => !before.has(k)) };
}
