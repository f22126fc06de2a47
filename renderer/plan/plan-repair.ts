// One invalid field must never block saving the rest. When the plan in memory fails validation (a value no
// field should have let through), each invalid value is put back to the last saved valid one (or removed
// when that had none), so everything else still saves, and the clinician is told which field, in words.
import { Plan } from '../../electron/contract/plan';

type Path = readonly PropertyKey[];

const FIELD_WORDS: Readonly<Record<string, string>> = {
  sessionMinutes: 'session length',
  course: 'course',
  patient: 'patient details',
  clinician: 'clinician',
  date: 'date',
  condition: 'condition',
  redFlags: 'red-flag answers',
  points: 'points',
  homeCare: 'home care',
  notes: 'notes',
  acknowledgements: 'acknowledgements',
};

/** "session length", "points › 2 › depth" — the field in the clinician's words. */
export function fieldWords(path: Path): string {
  const [head, ...rest] = path.map(String);
  const first = FIELD_WORDS[head ?? ''] ?? head ?? 'plan';
  const tail = rest.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : p.replace(/([A-Z])/g, ' $1').toLowerCase()));
  return [first, ...tail].join(' › ');
}

function getAt(obj: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined),
    obj,
  );
}

function setAt(obj: Record<PropertyKey, unknown>, path: Path, value: unknown): void {
  const parent = getAt(obj, path.slice(0, -1));
  const key = path.at(-1);
  if (key === undefined || parent === null || typeof parent !== 'object') return;
  if (value === undefined && !Array.isArray(parent)) delete (parent as Record<PropertyKey, unknown>)[key];
  else (parent as Record<PropertyKey, unknown>)[key] = value;
}

export type Repair = { plan: Plan; fields: string[] } | { plan?: undefined; fields: string[] };

export function repairPlan(plan: unknown, lastValid: Plan | undefined): Repair {
  const draft = structuredClone(plan) as Record<PropertyKey, unknown>;
  const fields: string[] = [];
  for (let round = 0; round < 5; round++) {
    const parsed = Plan.safeParse(draft);
    if (parsed.success) return { plan: parsed.data, fields };
    for (const issue of parsed.error.issues) {
      const words = fieldWords(issue.path);
      if (!fields.includes(words)) fields.push(words);
      setAt(draft, issue.path, structuredClone(getAt(lastValid, issue.path)));
    }
  }
  return { fields };
}
