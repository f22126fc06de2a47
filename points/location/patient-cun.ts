// B-cun in centimetres for one patient. A B-cun is a fraction of a segment between two landmarks
// (points/anatomy/cun-scales.ts), so its length differs from scale to scale and from person to person.
// Given one measured segment of the patient (or the patient's height) and the body model's own segment
// lengths, each scale's B-cun in cm is:
//   - the measured segment's own scale: its measured length / its B-cun count ("measured");
//   - every other scale: the model's length of that scale × (patient / model) for the height when it is
//     known, else for the measured segment — the body's proportions, and the basis says which.
// Pure: the model's landmark positions (metres) are passed in.
import { type CunScale, CUN_SCALES, cunScale, MEASURABLE_SCALES, type MeasurableScaleId } from '../anatomy/cun-scales';
import { isPointCode, type LocExpr, type LocationRule } from '../schema/location-rule';
import type { PatientCun } from './describe-rule';

export interface PatientMeasures {
  /** standing height, cm */
  heightCm?: number;
  /** one segment measured on the patient: a scale and its length in cm */
  measured?: { scale: MeasurableScaleId; cm: number };
}

export interface ModelBody {
  /** the model's standing height, metres */
  heightM: number;
  /** landmark positions in metres; "@right" ids are the right-side copies */
  landmarks: Readonly<Record<string, readonly number[]>>;
  /** a point's placed position on the model (its left side, or the midline), for lines between points */
  pointAt?: (code: string) => readonly number[] | undefined;
}

/**
 * Scales the model measures as a straight chord where the standard measures over the head's curve: their
 * centimetres would be too short, so none are given for them (see models/README.md, Known limits).
 */
const CHORD_ONLY = new Set(['head-forehead-transverse', 'head-mastoid-transverse']);

export const measuredLabel = (id: MeasurableScaleId): string => MEASURABLE_SCALES.find((m) => m.id === id)?.label ?? id;

/** The straight distance in metres between two placed positions, if both are there and apart. */
function straight(a: readonly number[] | undefined, b: readonly number[] | undefined): number | undefined {
  if (!a || !b || a.length !== 3 || b.length !== 3) return undefined;
  const d = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
  return d > 0 ? d : undefined;
}

/** The straight length in metres of a scale on the model body (its left-side landmarks), if both are placed. */
const modelScaleLength = (body: ModelBody, scale: CunScale): number | undefined =>
  straight(body.landmarks[scale.from], body.landmarks[scale.to]);

interface ScaleCm {
  scale: string;
  cm: number;
  basis: string;
}

export interface PatientCunTable extends PatientCun {
  /** what the figures rest on, in a sentence ("from the patient's height, 168 cm") */
  summary: string;
  /** a typical B-cun of this patient (the median of the scales), for a needling depth whose point names no scale */
  typicalCm: number;
}

/** The patient's B-cun per scale, or undefined when nothing is measured (then no centimetres are shown). */
export function patientCun(body: ModelBody, measures: PatientMeasures): PatientCunTable | undefined {
  const measured = measures.measured;
  const measuredScale = measured ? cunScale(measured.scale) : undefined;
  const measuredModel = measuredScale ? modelScaleLength(body, measuredScale) : undefined;
  let ratio: number | undefined;
  let otherBasis = '';
  let summary = '';
  if (measures.heightCm) {
    ratio = measures.heightCm / (body.heightM * 100);
    otherBasis = "from the patient's height";
    summary = `from the patient's height, ${trim(measures.heightCm)} cm`;
  } else if (measured && measuredModel) {
    ratio = measured.cm / (measuredModel * 100);
    otherBasis = `scaled from the measured ${measuredLabel(measured.scale).toLowerCase()}`;
    summary = `scaled from one measured segment`;
  }
  if (ratio === undefined || !(ratio > 0)) return undefined;
  if (measured && measuredScale) {
    summary =
      `${measuredLabel(measured.scale)} measured ${trim(measured.cm)} cm = ${measuredScale.cun} B-cun` +
      (measures.heightCm ? `; other scales ${summary}` : "; other scales from the body's proportions");
  }
  const rows: ScaleCm[] = [];
  for (const scale of CUN_SCALES) {
    if (CHORD_ONLY.has(scale.id)) continue;
    if (measured && scale.id === measured.scale) {
      rows.push({ scale: scale.id, cm: measured.cm / scale.cun, basis: 'measured' });
      continue;
    }
    const model = modelScaleLength(body, scale);
    if (model) rows.push({ scale: scale.id, cm: (model * 100 * ratio) / scale.cun, basis: otherBasis });
  }
  const byScale = new Map(rows.map((r) => [r.scale, r]));
  const sorted = rows.map((r) => r.cm).sort((a, b) => a - b);
  const typicalCm = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const at = (e: LocExpr): readonly number[] | undefined => {
    if (typeof e !== 'string') return undefined;
    return isPointCode(e) ? body.pointAt?.(e) : body.landmarks[e];
  };
  return {
    summary,
    typicalCm,
    lineCm: (from, to) => {
      // a line that is a scale (CV4: navel → pubic symphysis, 5 B-cun) reads as that scale, measured or not
      const same = CUN_SCALES.find((c) => (c.from === from && c.to === to) || (c.from === to && c.to === from));
      const asScale = same ? byScale.get(same.id) : undefined;
      if (same && asScale) return asScale.cm * same.cun;
      const d = straight(at(from), at(to));
      return d === undefined ? undefined : d * 100 * ratio;
    },
    cunCm: (id) => {
      const r = byScale.get(id);
      return r ? { cm: r.cm, basis: r.basis } : undefined;
    },
  };
}

const trim = (n: number): string => String(Number(n.toFixed(1)));

/** The scale a point's rule measures with (its own, or its first move's), for the point's depth in cm. */
export function ruleScale(rule: LocationRule): string | undefined {
  if (rule.scale) return rule.scale;
  const walk = (e: LocExpr): string | undefined => {
    if (typeof e === 'string') return undefined;
    if ('from' in e) return e.move.find((m) => m.scale)?.scale ?? walk(e.from);
    if ('mid' in e) return walk(e.mid[0]) ?? walk(e.mid[1]);
    return walk(e.along[0]) ?? walk(e.along[1]);
  };
  return walk(rule.expr);
}

/** cm per cun for a needling depth at this point: its scale's B-cun on this patient, else the patient's typical B-cun. */
export function depthCmPerCun(table: PatientCunTable, rule: LocationRule): number {
  const scale = ruleScale(rule);
  return (scale ? table.cunCm(scale)?.cm : undefined) ?? table.typicalCm;
}
