// Does a rule's `when` match one plan item for this patient? Pure clause-by-clause matching; the
// pregnancy stage reports when it had to assume the strictest stage because the week is unknown.
import type { Angle, Technique } from '../schema/common';
import type { RuleMatch } from '../schema/caution-rule';
import type { PointRecord } from '../schema/point';

export interface PatientContext {
  flags: ReadonlySet<string>;
  sex: string;
  gestationalWeek?: number;
}

/** One point of the plan with everything planned for it (repeats of a code are merged). */
export interface PlanItem {
  code: string;
  techniques: readonly Technique[];
  /** the deepest planned depth in cun, when one is given */
  depthCun?: number;
  angles: readonly Angle[];
}

export type Match = { ok: false } | { ok: true; assumedStage: boolean; techniques: Technique[] };
const NO: Match = { ok: false };

/** Clauses about the patient alone (flags, sex, pregnancy stage). */
export function matchPatient(when: RuleMatch, patient: PatientContext): Match {
  if (when.patientFlags && !when.patientFlags.some((f) => patient.flags.has(f))) return NO;
  if (when.sex && patient.sex !== when.sex) return NO;
  const week = patient.gestationalWeek;
  let assumedStage = false;
  if (when.pregnancyFromWeek !== undefined) {
    if (week === undefined) assumedStage = true;
    else if (week < when.pregnancyFromWeek) return NO;
  }
  if (when.pregnancyBeforeWeek !== undefined && (week === undefined || week >= when.pregnancyBeforeWeek)) return NO;
  return { ok: true, assumedStage, techniques: [] };
}

/** The deepest needling depth a record lists (undefined for a never-needled point). */
export const deepest = (record: PointRecord | undefined): number | undefined =>
  record && record.needling.length > 0 ? Math.max(...record.needling.map((n) => n.depthCun[1])) : undefined;

/** Clauses about what is done at the point (techniques, depth and angle against the record). */
export function matchItem(when: RuleMatch, item: PlanItem, record: PointRecord | undefined): Match {
  const techniques = when.techniques
    ? item.techniques.filter((t) => when.techniques?.includes(t))
    : [...item.techniques];
  if (techniques.length === 0) return NO;
  if (when.depth === 'beyond-record') {
    const max = deepest(record);
    if (item.depthCun === undefined || max === undefined || item.depthCun <= max) return NO;
  }
  if (when.angles && !item.angles.some((a) => when.angles?.includes(a))) return NO;
  if (when.angle === 'not-in-record') {
    const listed = new Set(record?.needling.map((n) => n.angle) ?? []);
    if (listed.size === 0 || !item.angles.some((a) => !listed.has(a))) return NO;
  }
  return { ok: true, assumedStage: false, techniques };
}

/** True when the rule's clauses concern a particular point (selector, depth, angle). */
export const isPointRule = (when: RuleMatch): boolean =>
  when.points !== undefined || when.depth !== undefined || when.angles !== undefined || when.angle !== undefined;
