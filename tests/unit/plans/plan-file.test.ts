import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../../../electron/contract/plan';
import { readPlanBytes, serializePlan } from '../../../electron/services/plan-file';
import type { Migrations } from '../../../electron/services/plan-migrations';
import { fixturePlan } from './plan-test-kit';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readPlanBytes', () => {
  it('reads the documented fixture plan', () => {
    const read = readPlanBytes(bytes(serializePlan(fixturePlan())), 'a.acuplan');
    expect(read.ok && read.plan.points.map((p) => p.code)).toEqual(['GB30', 'GB34', 'BL40', 'SP6']);
  });

  it.each([
    ['truncated', (s: string) => s.slice(0, s.length / 2), 'not-json'],
    ['not JSON', () => 'hello', 'not-json'],
    ['invalid UTF-8', () => '\uFFFD', 'not-json'],
    ['an array', () => '[]', 'invalid'],
    ['no version', () => '{"id":"x"}', 'invalid'],
    ['wrong shape', (s: string) => s.replace('"bilateral"', '"both"'), 'invalid'],
    ['a newer version', (s: string) => s.replace('"schemaVersion": 2', '"schemaVersion": 7'), 'newer-version'],
  ])('%s → %s with a clear message', (_name, mutate, code) => {
    const raw = _name === 'invalid UTF-8' ? new Uint8Array([0xff, 0xfe, 0x7b]) : bytes(mutate(serializePlan(fixturePlan())));
    const read = readPlanBytes(raw, 'x.acuplan');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.code).toBe(code);
      expect(read.problem.message).toMatch(/^x\.acuplan /);
    }
  });

  it('refuses an oversized file before parsing it', () => {
    const read = readPlanBytes(new Uint8Array(MAX_PLAN_BYTES + 1), 'big.acuplan');
    expect(!read.ok && read.problem.code).toBe('too-large');
  });

  it('applies step migrations from older formats and says it did', () => {
    const current = fixturePlan();
    const { clinician, ...v1 } = { ...current, schemaVersion: 1 };
    const migrations: Migrations = { 1: (doc) => ({ ...doc, clinician: 'unknown' }) };
    const read = readPlanBytes(bytes(JSON.stringify(v1)), 'old.acuplan', migrations, 2);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1, plan: { clinician: 'unknown' } });
    expect(clinician).toBe(current.clinician);
    const missing = readPlanBytes(bytes(JSON.stringify(v1)), 'old.acuplan', {}, 2);
    expect(!missing.ok && missing.problem.code).toBe('invalid');
  });

  it('a bounded fuzz loop of mutated plan files never throws', () => {
    const base = serializePlan(fixturePlan());
    let seed = 12345;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const mutations = [
      (s: string) => s.slice(0, rand(s.length)),
      (s: string) => { const i = rand(s.length); return s.slice(0, i) + String.fromCharCode(rand(128)) + s.slice(i + 1); },
      (s: string) => { const i = rand(s.length); return s.slice(0, i) + s.slice(i + rand(40)); },
      (s: string) => s.replace(/"[a-zA-Z]+":/, '"__proto__":'),
      (s: string) => s.replace(/\d+/, String(rand(1e9) - 5e8)),
      (s: string) => s.replace(/"[^"]*"/, rand(2) ? 'null' : '{}'),
      // a key repeated, a control or direction character, a broken surrogate
      (s: string) => s.replace('"notes":', '"points": [],\n  "notes":'),
      (s: string) => s.replace(/"name": "/, `"name": "${['\\u0007', '\\u202e', '\\ud800', '\\n'][rand(4)]}`),
    ];
    // A few hundred seeded cases in `npm test`; FUZZ_CASES=20000 for a long run.
    const cases = Number(process.env.FUZZ_CASES ?? 400);
    let ok = 0;
    for (let i = 0; i < cases; i++) {
      let s = base;
      for (let k = 0; k <= rand(3); k++) s = mutations[rand(mutations.length)]!(s);
      const read = readPlanBytes(bytes(s), 'fuzz.acuplan');
      expect(typeof read.ok).toBe('boolean');
      if (read.ok) {
        ok++;
        // whatever is accepted is stored and read back unchanged
        const again = readPlanBytes(bytes(serializePlan(read.plan)), 'again.acuplan');
        expect(again.ok && again.plan).toEqual(read.plan);
      } else expect(read.problem.message.length).toBeGreaterThan(10);
    }
    expect(ok).toBeLessThan(cases);
  });
});
