import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES, PLAN_SCHEMA_VERSION } from '../../../electron/contract/plan';
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
    ['a newer version', (s: string) => s.replace('"schemaVersion": 3', '"schemaVersion": 7'), 'newer-version'],
  ])('%s → %s with a clear message', (_name, mutate, code) => {
    const raw =
      _name === 'invalid UTF-8' ? new Uint8Array([0xff, 0xfe, 0x7b]) : bytes(mutate(serializePlan(fixturePlan())));
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
    const prev = PLAN_SCHEMA_VERSION - 1;
    const { clinician, ...old } = { ...current, schemaVersion: prev };
    const migrations: Migrations = { [prev]: (doc) => ({ ...doc, clinician: 'unknown' }) };
    const read = readPlanBytes(bytes(JSON.stringify(old)), 'old.acuplan', migrations, PLAN_SCHEMA_VERSION);
    expect(read).toMatchObject({ ok: true, migratedFrom: prev, plan: { clinician: 'unknown' } });
    expect(clinician).toBe(current.clinician);
    const missing = readPlanBytes(bytes(JSON.stringify(old)), 'old.acuplan', {}, PLAN_SCHEMA_VERSION);
    expect(!missing.ok && missing.problem.code).toBe('invalid');
  });

  it('a format-2 plan reads as format 3 unchanged (height, build and measurement are new and optional)', () => {
    const v2 = { ...fixturePlan(), schemaVersion: 2 };
    const read = readPlanBytes(bytes(JSON.stringify(v2)), 'v2.acuplan');
    expect(read).toMatchObject({ ok: true, migratedFrom: 2, plan: { schemaVersion: 3, patient: v2.patient } });
  });

  it("the patient's height, build and measured segment are kept; a measurement off by a slip of the tape is refused", () => {
    const plan = fixturePlan();
    const patient = { ...plan.patient, heightCm: 168, build: 'slim', measured: { scale: 'forearm', cm: 26.5 } };
    const read = readPlanBytes(bytes(JSON.stringify({ ...plan, patient })), 'a.acuplan');
    expect(read.ok && read.plan.patient).toMatchObject({
      heightCm: 168,
      build: 'slim',
      measured: { scale: 'forearm', cm: 26.5 },
    });
    const slip = readPlanBytes(
      bytes(JSON.stringify({ ...plan, patient: { ...patient, measured: { scale: 'forearm', cm: 2.65 } } })),
      'b.acuplan',
    );
    expect(!slip.ok && slip.problem.message).toMatch(/2\.65 cm over 12 B-cun is 0\.22 cm per B-cun/);
    const unknownScale = readPlanBytes(
      bytes(JSON.stringify({ ...plan, patient: { ...patient, measured: { scale: 'head-longitudinal', cm: 30 } } })),
      'c.acuplan',
    );
    expect(!unknownScale.ok && unknownScale.problem.code).toBe('invalid');
  });

  it('a bounded fuzz loop of mutated plan files never throws', () => {
    const base = serializePlan(fixturePlan());
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const mutations = [
      (s: string) => s.slice(0, rand(s.length)),
      (s: string) => {
        const i = rand(s.length);
        return s.slice(0, i) + String.fromCharCode(rand(128)) + s.slice(i + 1);
      },
      (s: string) => {
        const i = rand(s.length);
        return s.slice(0, i) + s.slice(i + rand(40));
      },
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
