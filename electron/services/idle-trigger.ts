// Runs an action once, after the app has been left alone for a while: the first PDF export is made warm
// by opening the print page a few seconds after start-up, when nothing else is going on (issue 16).
// Every host call "pokes" the trigger and pushes the action back. Electron-free; timers injectable.
export interface IdleTriggerTimers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface IdleTrigger {
  /** activity: start (or restart) the quiet period */
  poke(): void;
  /** never run (quit) */
  cancel(): void;
}

export function createIdleTrigger(quietMs: number, action: () => void, timers?: IdleTriggerTimers): IdleTrigger {
  const t = timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) };
  let handle: unknown;
  let done = false;
  const stop = (): void => {
    if (handle !== undefined) t.clear(handle);
    handle = undefined;
  };
  return {
    poke() {
      if (done) return;
      stop();
      handle = t.set(() => {
        handle = undefined;
        done = true;
        action();
      }, quietMs);
    },
    cancel() {
      done = true;
      stop();
    },
  };
}
