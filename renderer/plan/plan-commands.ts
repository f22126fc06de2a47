// The plan's edit commands and their pure reducer. Everything non-deterministic (new uids, the time of an
// acknowledgement) is carried in the command, so applying a command is repeatable and testable.
import { PLAN_LIMITS, type Plan } from '../../electron/contract/plan';
import type { ReferralDecision } from '../../points/safety/finding';
import type { PlanTechnique } from '../../electron/contract/plan';
import type { RedFlagAnswer, Side } from './plan-model';

type Patient = Plan['patient'];
export const MAX_POINTS = PLAN_LIMITS.points;

/** What "start from condition" brings in, resolved from the knowledge base by the caller. */
export interface ConditionTemplate {
  id: string;
  name: string;
  points: readonly string[];
  /** how each point starts (from its record); a point not listed starts needled with nothing set */
  techniques?: Readonly<Record<string, PlanTechnique>>;
  homeCare: readonly string[];
  sessionMinutes?: number;
}

export type PlanCommand =
  | { type: 'add-point'; code: string; uid: string; side?: Side; technique?: PlanTechnique }
  | { type: 'remove-point'; uid: string }
  | {
      type: 'move-point';
      uid: string;
      /** places to move: negative is earlier (±1 by keys, more by drag) */ delta: number;
    }
  | { type: 'duplicate-point'; uid: string; newUid: string }
  | { type: 'set-side'; uid: string; side: Side }
  | {
      type: 'set-technique';
      uid: string;
      technique: PlanTechnique;
      /** the field typed in (merges keystrokes) */ field?: string;
    }
  | { type: 'set-point-note'; uid: string; note: string }
  | { type: 'set-patient'; patch: Partial<Omit<Patient, 'flags'>> }
  | { type: 'set-flag'; flag: string; on: boolean }
  | { type: 'answer-red-flag'; id: string; answer: RedFlagAnswer }
  | { type: 'apply-condition'; template: ConditionTemplate; uids: readonly string[] }
  | { type: 'acknowledge'; findingId: string; reason: string; at: string; decision?: ReferralDecision }
  | { type: 'withdraw-acknowledgement'; findingId: string }
  | { type: 'set-fields'; patch: Partial<Pick<Plan, 'clinician' | 'date' | 'condition' | 'notes' | 'nextAppointment'>> }
  | { type: 'set-session'; sessionMinutes: number | undefined; course: Plan['course'] }
  | { type: 'remove-home-care'; index: number }
  | { type: 'add-home-care'; text: string }
  | { type: 'set-home-care'; index: number; text: string }
  | { type: 'move-home-care'; index: number; delta: -1 | 1 };

const MAX_HOME_CARE = PLAN_LIMITS.homeCare;

function moveHomeCare(plan: Plan, index: number, delta: -1 | 1): Plan {
  const to = index + delta;
  if (index < 0 || index >= plan.homeCare.length || to < 0 || to >= plan.homeCare.length) return plan;
  const homeCare = [...plan.homeCare];
  const [item] = homeCare.splice(index, 1);
  if (item !== undefined) homeCare.splice(to, 0, item);
  return { ...plan, homeCare };
}

// An unknown uid changes nothing (and so adds no undo step).
const mapPoint = (plan: Plan, uid: string, f: (p: Plan['points'][number]) => Plan['points'][number]): Plan =>
  plan.points.some((p) => p.uid === uid)
    ? { ...plan, points: plan.points.map((p) => (p.uid === uid ? f(p) : p)) }
    : plan;

function movePoint(plan: Plan, uid: string, delta: number): Plan {
  const from = plan.points.findIndex((p) => p.uid === uid);
  const to = from + delta;
  // A zero or fractional move changes nothing, so it must not become an undo step either.
  if (from < 0 || delta === 0 || !Number.isInteger(delta) || to < 0 || to >= plan.points.length) return plan;
  const points = [...plan.points];
  const [moved] = points.splice(from, 1);
  if (moved) points.splice(to, 0, moved);
  return { ...plan, points };
}

function duplicatePoint(plan: Plan, uid: string, newUid: string): Plan {
  const at = plan.points.findIndex((p) => p.uid === uid);
  const source = plan.points[at];
  if (!source || plan.points.length >= MAX_POINTS) return plan;
  const points = [...plan.points];
  points.splice(at + 1, 0, { ...structuredClone(source), uid: newUid });
  return { ...plan, points };
}

/** Adds the template's points not already in the plan (needled, bilateral) and its home care, once. */
function applyCondition(plan: Plan, t: ConditionTemplate, uids: readonly string[]): Plan {
  const have = new Set(plan.points.map((p) => p.code));
  const added = t.points
    .filter((code) => !have.has(code))
    .map((code, i) => ({
      uid: uids[i] ?? `${code}-${i}`,
      code,
      side: 'bilateral' as const,
      technique: structuredClone(t.techniques?.[code] ?? { needling: {} }),
      note: '',
    }));
  const advice = t.homeCare.filter((h) => !plan.homeCare.includes(h));
  return {
    ...plan,
    // The chosen condition's id is kept even when the clinician typed the complaint first: its red flags
    // are asked from now on. The typed text stays.
    condition: { id: t.id, text: plan.condition.text || t.name },
    points: [...plan.points, ...added].slice(0, MAX_POINTS),
    homeCare: [...plan.homeCare, ...advice].slice(0, MAX_HOME_CARE),
    sessionMinutes: plan.sessionMinutes ?? t.sessionMinutes,
  };
}

export function applyCommand(plan: Plan, cmd: PlanCommand): Plan {
  switch (cmd.type) {
    case 'add-point':
      if (plan.points.length >= MAX_POINTS) return plan;
      return {
        ...plan,
        points: [
          ...plan.points,
          {
            uid: cmd.uid,
            code: cmd.code,
            side: cmd.side ?? 'bilateral',
            technique: structuredClone(cmd.technique ?? { needling: {} }),
            note: '',
          },
        ],
      };
    case 'remove-point':
      return plan.points.some((p) => p.uid === cmd.uid)
        ? { ...plan, points: plan.points.filter((p) => p.uid !== cmd.uid) }
        : plan;
    case 'move-point':
      return movePoint(plan, cmd.uid, cmd.delta);
    case 'duplicate-point':
      return duplicatePoint(plan, cmd.uid, cmd.newUid);
    case 'set-side':
      return mapPoint(plan, cmd.uid, (p) => ({ ...p, side: cmd.side }));
    case 'set-technique':
      return mapPoint(plan, cmd.uid, (p) => ({ ...p, technique: cmd.technique }));
    case 'set-point-note':
      return mapPoint(plan, cmd.uid, (p) => ({ ...p, note: cmd.note }));
    case 'set-patient':
      return { ...plan, patient: { ...plan.patient, ...cmd.patch } };
    case 'set-flag': {
      const flags = plan.patient.flags.filter((f) => f !== cmd.flag);
      return { ...plan, patient: { ...plan.patient, flags: cmd.on ? [...flags, cmd.flag] : flags } };
    }
    case 'answer-red-flag':
      return { ...plan, redFlags: { ...plan.redFlags, [cmd.id]: cmd.answer } };
    case 'apply-condition':
      return applyCondition(plan, cmd.template, cmd.uids);
    case 'acknowledge': {
      if (!cmd.reason.trim()) return plan;
      const others = plan.acknowledgements.filter((a) => a.findingId !== cmd.findingId);
      const ack = {
        findingId: cmd.findingId,
        reason: cmd.reason.trim(),
        at: cmd.at,
        ...(cmd.decision ? { decision: cmd.decision } : {}),
      };
      return { ...plan, acknowledgements: [...others, ack] };
    }
    case 'withdraw-acknowledgement':
      return { ...plan, acknowledgements: plan.acknowledgements.filter((a) => a.findingId !== cmd.findingId) };
    case 'set-fields':
      return { ...plan, ...cmd.patch };
    case 'set-session':
      return { ...plan, sessionMinutes: cmd.sessionMinutes, course: cmd.course };
    case 'remove-home-care':
      return { ...plan, homeCare: plan.homeCare.filter((_, i) => i !== cmd.index) };
    case 'add-home-care':
      return cmd.text.trim() && plan.homeCare.length < MAX_HOME_CARE
        ? { ...plan, homeCare: [...plan.homeCare, cmd.text.trim()] }
        : plan;
    case 'set-home-care':
      return cmd.index >= 0 && cmd.index < plan.homeCare.length
        ? { ...plan, homeCare: plan.homeCare.map((t, i) => (i === cmd.index ? cmd.text : t)) }
        : plan;
    case 'move-home-care':
      return moveHomeCare(plan, cmd.index, cmd.delta);
  }
}

/**
 * Typing in one text field is one undo step, not one per keystroke: consecutive commands with the same
 * key are merged in the history. Other commands have no key and always make their own step.
 */
export function coalesceKey(cmd: PlanCommand): string | undefined {
  switch (cmd.type) {
    case 'set-point-note':
      return `note:${cmd.uid}`;
    case 'set-technique':
      return cmd.field === undefined ? undefined : `technique:${cmd.uid}:${cmd.field}`;
    case 'set-patient':
      return `patient:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'set-fields':
      return `fields:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'set-home-care':
      return `home-care:${cmd.index}`;
    default:
      return undefined;
  }
}
