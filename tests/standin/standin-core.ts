// The stand-in's shared pieces (tests/standin/electron-standin.ts): the call record, Electron's preventable
// event, and the guard that makes a missing electron.* property fail loudly.

export interface Call {
  api: string;
  args: unknown[];
}
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's preventable event object (the part main uses). */
export interface StandInEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}
export function standInEvent(): StandInEvent {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export type Listener = (...args: unknown[]) => void;

/** Any property the stand-in lacks fails loudly, naming what to add (instead of "undefined is not a function"). */
export function guardModule<T extends object>(side: string, api: T, onMissing: (name: string) => void): T {
  return new Proxy(api, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && key !== '__esModule' && key !== 'default' && key !== 'then') {
        onMissing(key);
        throw new Error(
          `electron stand-in (${side}): electron.${key} is not part of the stand-in; add it to tests/standin/electron-standin.ts`,
        );
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
