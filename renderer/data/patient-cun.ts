// The open plan's patient in centimetres: the B-cun table (points/location/patient-cun.ts) for the
// patient's height or measured segment on the body in use, for the detail panel and the printed record.
import { useMemo } from 'react';
import type { Plan } from '../../electron/contract/plan';
import type { PlacementsAsset } from '../../models/placements-asset';
import { patientCun, type PatientCunTable } from '../../points/location/patient-cun';
import { usePlanStore } from '../plan/plan-store';

type Measures = Pick<Plan['patient'], 'heightCm' | 'measured'>;

/** The table for these measures on this body's model, or undefined when the patient is not measured. */
export function cunTableFor(patient: Measures, asset: PlacementsAsset): PatientCunTable | undefined {
  if (!patient.heightCm && !patient.measured) return undefined;
  const placed = new Map<string, number[]>();
  for (const p of asset.points)
    if (p.position && p.side !== 'right' && !placed.has(p.code)) placed.set(p.code, p.position);
  return patientCun(
    { heightM: asset.params.height, landmarks: asset.landmarks, pointAt: (code) => placed.get(code) },
    {
      ...(patient.heightCm ? { heightCm: patient.heightCm } : {}),
      ...(patient.measured ? { measured: patient.measured } : {}),
    },
  );
}

/** The open plan's patient's B-cun table on the body in use's placements (undefined until they are in, or
 *  when the patient is not measured). */
export function usePatientCun(asset: PlacementsAsset | undefined): PatientCunTable | undefined {
  const heightCm = usePlanStore((s) => s.plan.patient.heightCm);
  const measured = usePlanStore((s) => s.plan.patient.measured);
  return useMemo(() => (asset ? cunTableFor({ heightCm, measured }, asset) : undefined), [asset, heightCm, measured]);
}
