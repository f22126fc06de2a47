// The record's centimetres: the patient's B-cun table on the body the plan's patient chooses. When the
// patient is measured but the body's placements cannot be read, the record says so instead of leaving
// the centimetres out without a word.
import type { Plan } from '../../electron/contract/plan';
import type { PatientCunTable } from '../../points/location/patient-cun';
import { bodyFor } from '../data/body-choice';
import { cunTableFor } from '../data/patient-cun';
import { loadPlacements } from '../data/placements';

export type PrintCun = { table?: PatientCunTable; problem?: string };

export async function printCun(plan: Plan): Promise<PrintCun> {
  if (!plan.patient.heightCm && !plan.patient.measured) return {};
  try {
    const asset = await loadPlacements(bodyFor(plan.patient).variant.id);
    const table = cunTableFor(plan.patient, asset);
    return table ? { table } : { problem: 'the measured segment is not on the body model' };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}
