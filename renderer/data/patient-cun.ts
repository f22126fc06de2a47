// The open plan's patient in centimetres: the B-cun table (points/location/patient-cun.ts) for the
// patient's height or measured segment on the body in use, for the detail panel and the printed record.
import { useMemo } from 'react';
import type { Plan } from '../../electron/contract/plan';
import type { PlacementsAsset } from '../../models/placements-asset';
import { patientCun, type PatientCunTable } from '../../points/location/patient-cun';
import { usePlanStore } from '../plan/plan-store';
import { usePlacementsAsset } from './placements';

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

/** The open plan's patient's B-cun table (undefined until the body's asset is in, or when not measured). */
export function usePatientCun(): PatientCunTable | undefined {
  const heightCm = usePlanStore((s) => s.plan.patient.heightCm);
  const measured = usePlanStore((s) => s.plan.patient.measured);
  const asset = usePlacementsAsset();
  return useMemo(() => (asset ? cunTableFor({ heightCm, measured }, asset) : undefined), [asset, heightCm, measured]);
}
