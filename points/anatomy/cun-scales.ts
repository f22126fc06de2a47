// Proportional bone cun (B-cun): each scale is a segment between two landmarks that counts a fixed
// number of B-cun whatever the person's size (WHO Standard Acupuncture Point Locations, 2008, ch. 2;
// summarised in ../shared/design/BODY_MODEL.md). Location rules name a scale for every cun offset.

export interface CunScale {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly cun: number;
  /** longitudinal scales also give "proximal"/"distal" (from → to is distal/inferior). */
  readonly axis: 'longitudinal' | 'transverse';
  readonly source: string;
}

const WHO = 'WHO Standard Acupuncture Point Locations in the Western Pacific Region (2008), proportional bone cun';

const s = (id: string, from: string, to: string, cun: number, axis: CunScale['axis']): CunScale => ({
  id,
  from,
  to,
  cun,
  axis,
  source: WHO,
});

export const CUN_SCALES: readonly CunScale[] = [
  s('head-longitudinal', 'anterior-hairline-mid', 'posterior-hairline-mid', 12, 'longitudinal'),
  s('head-glabella', 'glabella', 'anterior-hairline-mid', 3, 'longitudinal'),
  s('head-forehead-transverse', 'forehead-hairline-corner', 'forehead-hairline-corner@right', 9, 'transverse'),
  s('head-mastoid-transverse', 'mastoid-process', 'mastoid-process@right', 9, 'transverse'),
  s('chest-longitudinal', 'suprasternal-notch', 'xiphisternal-junction', 9, 'longitudinal'),
  s('upper-abdomen', 'xiphisternal-junction', 'umbilicus', 8, 'longitudinal'),
  s('lower-abdomen', 'umbilicus', 'pubic-symphysis-superior', 5, 'longitudinal'),
  s('chest-transverse', 'nipple', 'nipple@right', 8, 'transverse'),
  s('back-transverse', 'scapula-medial-border', 'scapula-medial-border@right', 6, 'transverse'),
  s('upper-arm', 'anterior-axillary-fold', 'cubital-crease-mid', 9, 'longitudinal'),
  s('forearm', 'cubital-crease-mid', 'wrist-crease-mid', 12, 'longitudinal'),
  s('thigh-medial', 'pubic-symphysis-superior', 'patella-base', 18, 'longitudinal'),
  s('leg-medial-patella', 'patella-apex', 'medial-malleolus', 15, 'longitudinal'),
  s('leg-medial', 'tibia-medial-condyle', 'medial-malleolus', 13, 'longitudinal'),
  s('thigh-lateral', 'greater-trochanter', 'popliteal-crease-mid', 19, 'longitudinal'),
  s('thigh-posterior', 'gluteal-fold-mid', 'popliteal-crease-mid', 14, 'longitudinal'),
  s('leg-lateral', 'popliteal-crease-mid', 'lateral-malleolus', 16, 'longitudinal'),
  s('foot-height', 'medial-malleolus', 'sole', 3, 'longitudinal'),
];

export const CUN_SCALE_IDS: ReadonlySet<string> = new Set(CUN_SCALES.map((c) => c.id));

export function cunScale(id: string): CunScale | undefined {
  return CUN_SCALES.find((c) => c.id === id);
}

/**
 * The segments a clinician can measure on the patient with a tape, in the words used at the couch. The
 * head's transverse scales are left out (the standard measures them over the curve of the head, the
 * model as a chord), as is the 3-cun malleolus–sole height, too short to measure well.
 */
export const MEASURABLE_SCALES = [
  { id: 'forearm', label: 'Elbow crease to wrist crease' },
  { id: 'upper-arm', label: 'Front armpit fold to elbow crease' },
  { id: 'leg-lateral', label: 'Knee crease to outer ankle bone' },
  { id: 'leg-medial', label: 'Below the inner knee (tibial condyle) to inner ankle bone' },
  { id: 'thigh-lateral', label: 'Greater trochanter to knee crease' },
  { id: 'thigh-posterior', label: 'Gluteal fold to knee crease' },
  { id: 'chest-longitudinal', label: 'Suprasternal notch to xiphisternal junction' },
  { id: 'upper-abdomen', label: 'Xiphisternal junction to navel' },
  { id: 'lower-abdomen', label: 'Navel to top of the pubic bone' },
  { id: 'chest-transverse', label: 'Nipple to nipple' },
  { id: 'back-transverse', label: 'Between the medial borders of the shoulder blades' },
] as const satisfies readonly { id: string; label: string }[];

export type MeasurableScaleId = (typeof MEASURABLE_SCALES)[number]['id'];
export const MEASURABLE_SCALE_IDS = MEASURABLE_SCALES.map((m) => m.id) as [MeasurableScaleId, ...MeasurableScaleId[]];
