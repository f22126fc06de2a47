// Turns a machine-readable location rule into the short step list a clinician follows ("find the
// greater trochanter … take one third of the way …"), so the detail panel explains *why* a point is
// where the body model puts it. Pure: names come from the landmark vocabulary and the point records
// (./landmark-names.ts words them); centimetres only come from what the caller knows of the patient.
import { cunScale } from '../anatomy/cun-scales';
import { refsOf, type LocExpr, type LocationRule, type Move } from '../schema/location-rule';
import { RuleNames, sidesOf, type PointLabel } from './landmark-names';

export type { PointLabel } from './landmark-names';

/** What the caller knows of one patient's measurements, to give B-cun in centimetres as well. */
export interface PatientCun {
  /** cm per B-cun on this patient for the scale, and how it was derived (e.g. "measured", "from the patient's height") */
  cunCm(scaleId: string): { cm: number; basis: string } | undefined;
  /** the patient's length in cm of the straight line between two expressions of the rule, when it can be worked out */
  lineCm?(from: LocExpr, to: LocExpr): number | undefined;
}

const FRACTIONS: ReadonlyArray<[number, string]> = [
  [1 / 2, 'half'],
  [1 / 3, 'one third'],
  [2 / 3, 'two thirds'],
  [1 / 4, 'one quarter'],
  [3 / 4, 'three quarters'],
  [1 / 5, 'one fifth'],
  [2 / 5, 'two fifths'],
  [3 / 5, 'three fifths'],
  [4 / 5, 'four fifths'],
];

export function fractionWords(f: number): string {
  const named = FRACTIONS.find(([v]) => Math.abs(v - f) < 0.005);
  return named ? named[1] : `${Math.round(f * 100)}%`;
}

const cun = (n: number): string => `${Number(n.toFixed(2))} B-cun`;

/** `cun` B-cun in centimetres at `cmPerCun`, to one decimal always: cmText(3, 2.5) → "7.5 cm", cmText(2, 3.5) → "7.0 cm". */
export function cmText(cun: number, cmPerCun: number): string {
  return `${(Math.round(cun * cmPerCun * 10) / 10).toFixed(1)} cm`;
}

/** A length the caller gave, or undefined when it is missing or not a usable length. */
const usable = (cm: number | undefined): number | undefined =>
  cm !== undefined && Number.isFinite(cm) && cm > 0 ? cm : undefined;

/** A reference on its own, named in full ("the tip of the mastoid process on the other side"). */
export function refName(ref: string, pointLabel: PointLabel): string {
  return new RuleNames(pointLabel, [ref]).ref(ref);
}

/**
 * The steps, in the order a clinician palpates and measures. With `patient`, each B-cun distance also
 * reads in centimetres on that patient where the caller can say how long a B-cun is there; otherwise
 * (or for a scale the caller does not know) the step gives B-cun only.
 */
export function describeRule(rule: LocationRule, pointLabel: PointLabel, patient?: PatientCun): string[] {
  const steps: string[] = [];
  const scales = new Set<string>();
  const names = new RuleNames(pointLabel, refsOf(rule.expr));
  const perCun = new Map<string, { cm: number; basis: string } | undefined>();
  const cmPerCun = (scaleId: string | undefined): { cm: number; basis: string } | undefined => {
    if (!patient || !scaleId) return undefined;
    if (!perCun.has(scaleId)) {
      const got = patient.cunCm(scaleId);
      const cm = usable(got?.cm);
      perCun.set(scaleId, got && cm ? { cm, basis: got.basis } : undefined);
    }
    return perCun.get(scaleId);
  };
  const moveText = (m: Move): string => {
    const per = cmPerCun(m.scale ?? rule.scale);
    return `${cun(m.cun)}${per ? ` ≈ ${cmText(m.cun, per.cm)}` : ''} ${m.dir}`;
  };

  const walk = (e: LocExpr): string => {
    if (typeof e === 'string') {
      steps.push(`Find ${names.ref(e)}.`);
      return names.ref(e);
    }
    if ('mid' in e) {
      const both = sidesOf(e.mid[0], e.mid[1]);
      if (both) {
        steps.push(`Take the midpoint between ${names.pair(both)}.`);
        return 'that midpoint';
      }
      const a = walk(e.mid[0]);
      const b = walk(e.mid[1]);
      steps.push(`Take the midpoint between ${a} and ${b}.`);
      return 'that midpoint';
    }
    if ('along' in e) {
      const a = walk(e.along[0]);
      const b = walk(e.along[1]);
      if ('fraction' in e) {
        steps.push(`On the line from ${a} to ${b}, go ${fractionWords(e.fraction)} of the way from ${a}.`);
      } else {
        const line = usable(patient?.lineCm?.(e.along[0], e.along[1]));
        const cm = line ? ` (≈ ${cmText(e.cun / e.of, line)} on this patient)` : '';
        steps.push(`The line from ${a} to ${b} counts ${cun(e.of)}; measure ${cun(e.cun)} from ${a} along it${cm}.`);
      }
      return 'that spot';
    }
    walk(e.from);
    for (const m of e.move) if (m.scale ?? rule.scale) scales.add((m.scale ?? rule.scale) as string);
    steps.push(`From there, move ${e.move.map(moveText).join(', then ')}.`);
    return 'that spot';
  };

  const scaleStep = (id: string): string | undefined => {
    const scale = cunScale(id);
    if (!scale) return undefined;
    const both = sidesOf(scale.from, scale.to);
    const span = both ? `between ${names.pair(both)}` : `from ${names.ref(scale.from)} to ${names.ref(scale.to)}`;
    const per = cmPerCun(id);
    const cm = per ? `; on this patient 1 B-cun ≈ ${cmText(1, per.cm)} (${per.basis})` : '';
    return `Measure B-cun ${span} = ${scale.cun} B-cun${cm}.`;
  };

  walk(rule.expr);
  for (const id of scales) {
    const step = scaleStep(id);
    if (step) steps.push(step);
  }
  if (rule.face) steps.push(`The point lies on the ${rule.face} surface there.`);
  if (rule.approximate) steps.push(`Approximate: ${rule.note ?? 'the rule simplifies the standard wording.'}`);
  return steps;
}
