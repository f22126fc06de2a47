// Turns the bytes of a plan file into a validated, current-version Plan — or a clear problem. Never throws
// on bad input: plan files are untrusted (hand-edited, truncated by a crash, from another app version).
import { MAX_PLAN_BYTES, Plan, PLAN_SCHEMA_VERSION, type PlanProblem } from '../contract/plan';
import { suspiciousKey } from './json-keys';
import { MIGRATIONS, type Migrations } from './plan-migrations';

export type PlanRead = { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; problem: PlanProblem };

export function tooLargeProblem(file: string, size: number): PlanProblem {
  return {
    file,
    code: 'too-large',
    message: `${file} is ${Math.round(size / 1024)} KB; plan files are at most ${MAX_PLAN_BYTES / 1024 / 1024} MB. It was not opened.`,
  };
}

export function readPlanBytes(
  bytes: Uint8Array,
  file: string,
  migrations: Migrations = MIGRATIONS,
  current = PLAN_SCHEMA_VERSION,
): PlanRead {
  const problem = (code: PlanProblem['code'], message: string): PlanRead => ({
    ok: false,
    problem: { file, code, message },
  });
  if (bytes.byteLength > MAX_PLAN_BYTES) return { ok: false, problem: tooLargeProblem(file, bytes.byteLength) };
  let json: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    return problem(
      'not-json',
      `${file} is not a readable plan (not valid JSON — it may be truncated or damaged). It was left untouched.`,
    );
  }
  const odd = suspiciousKey(text);
  if (odd) {
    return problem(
      'invalid',
      odd.why === 'duplicate'
        ? `${file} names "${odd.key}" twice in one place, so it is unclear which value is meant. It was left untouched.`
        : `${file} contains a "__proto__" key, which no plan has. It was left untouched.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return problem('invalid', `${file} does not contain a plan. It was left untouched.`);
  }
  let doc = json as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return problem('invalid', `${file} has no valid format version. It was left untouched.`);
  }
  if (version > current) {
    return problem(
      'newer-version',
      `${file} was saved by a newer version of the app (format ${version}; this app reads up to ${current}). Update the app to open it. It was left untouched.`,
    );
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step)
      return problem(
        'invalid',
        `${file} uses format ${version}, which this app cannot convert. It was left untouched.`,
      );
    try {
      doc = { ...step(doc), schemaVersion: v + 1 };
    } catch {
      return problem('invalid', `${file} could not be converted from format ${version}. It was left untouched.`);
    }
  }
  const parsed = Plan.safeParse(doc);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`)
      .join('; ');
    return problem('invalid', `${file} is not a valid plan (${where}). It was left untouched.`);
  }
  return version < current ? { ok: true, plan: parsed.data, migratedFrom: version } : { ok: true, plan: parsed.data };
}

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
