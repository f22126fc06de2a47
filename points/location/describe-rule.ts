// Turns a machine-readable location rule into the short step list a clinician follows ("find the
// greater trochanter … take one third of the way …"), so the detail panel explains *why* a point is
// where the body model puts it. Pure: names come from the landmark vocabulary and the point records.
import { cunScale } from '../anatomy/cun-scales';
import { landmarkDef } from '../anatomy/landmarks';
import { isPointCode, type LocExpr, type LocationRule, type Move } from '../schema/location-rule';

export type PointLabel = (code: string) => string | undefined;

const FRACTIONS: ReadonlyArray<[number, string]> = [
  [1 / 2, 'half'], [1 / 3, 'one third'], [2 / 3, 'two thirds'], [1 / 4, 'one quarter'], [3 / 4, 'three quarters'],
  [1 / 5, 'one fifth'], [2 / 5, 'two fifths'], [3 / 5, 'three fifths'], [4 / 5, 'four fifths'],
];

export function fractionWords(f: number): string {
  const named = FRACTIONS.find(([v]) => Math.abs(v - f) < 0.005);
  return named ? named[1] : `${Math.round(f * 100)}%`;
}

const cun = (n: number): string => `${Number(n.toFixed(2))} B-cun`;

export function refName(ref: string, pointLabel: PointLabel): string {
  if (isPointCode(ref)) return pointLabel(ref) ?? ref;
  const [id = ref, side] = ref.split('@');
  const def = landmarkDef(id);
  const described = def ? lowerFirst(def.description) : id;
  const name = /^(the|a|an) /.test(described) ? described : `the ${described}`;
  return side === 'right' ? `${name} (opposite side)` : name;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function scaleStep(id: string): string | undefined {
  const scale = cunScale(id);
  if (!scale) return undefined;
  const none = (): undefined => undefined;
  return `Measure B-cun on the scale ${refName(scale.from, none)} to ${refName(scale.to, none)} = ${scale.cun} B-cun.`;
}

/** The steps, in the order a clinician palpates and measures. */
export function describeRule(rule: LocationRule, pointLabel: PointLabel): string[] {
  const steps: string[] = [];
  const scales = new Set<string>();
  const walk = (e: LocExpr): string => {
    if (typeof e === 'string') {
      const name = refName(e, pointLabel);
      steps.push(`Find ${name}.`);
      return name;
    }
    if ('mid' in e) {
      const a = walk(e.mid[0]);
      const b = walk(e.mid[1]);
      steps.push(`Take the midpoint between ${a} and ${b}.`);
      return 'that midpoint';
    }
    if ('along' in e) {
      const a = walk(e.along[0]);
      const b = walk(e.along[1]);
      steps.push('fraction' in e
        ? `On the line from ${a} to ${b}, go ${fractionWords(e.fraction)} of the way from ${a}.`
        : `The line from ${a} to ${b} counts ${cun(e.of)}; measure ${cun(e.cun)} from ${a} along it.`);
      return 'that spot';
    }
    walk(e.from);
    for (const m of e.move) if (m.scale ?? rule.scale) scales.add((m.scale ?? rule.scale) as string);
    steps.push(`From there, move ${e.move.map((m: Move) => `${cun(m.cun)} ${m.dir}`).join(', then ')}.`);
    return 'that spot';
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
