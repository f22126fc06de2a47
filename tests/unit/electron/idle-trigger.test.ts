import { describe, expect, it } from 'vitest';
import { createIdleTrigger, type IdleTriggerTimers } from '../../../electron/services/idle-trigger';

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers(): IdleTriggerTimers & { advance: (ms: number) => void } {
  let now = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  let next = 0;
  return {
    set: (fn, ms) => {
      due.set(++next, { at: now + ms, fn });
      return next;
    },
    clear: (h) => {
      due.delete(h as number);
    },
    advance(ms) {
      now += ms;
      for (const [h, t] of [...due])
        if (t.at <= now) {
          due.delete(h);
          t.fn();
        }
    },
  };
}

describe('idle trigger', () => {
  it('runs once after the quiet period, pushed back by every poke', () => {
    const timers = manualTimers();
    let runs = 0;
    const trigger = createIdleTrigger(5000, () => runs++, timers);
    trigger.poke();
    timers.advance(4000);
    trigger.poke(); // a host call: still busy
    timers.advance(4000);
    expect(runs).toBe(0);
    timers.advance(1000);
    expect(runs).toBe(1);
    trigger.poke();
    timers.advance(10_000);
    expect(runs).toBe(1);
  });

  it('never runs once cancelled', () => {
    const timers = manualTimers();
    let runs = 0;
    const trigger = createIdleTrigger(100, () => runs++, timers);
    trigger.poke();
    trigger.cancel();
    trigger.poke();
    timers.advance(1000);
    expect(runs).toBe(0);
  });
});
