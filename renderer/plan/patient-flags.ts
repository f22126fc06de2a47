// The patient's ticked conditions in words — "Pregnant (week 20)" — shared by the plan panel and both
// printed documents.
import type { Plan } from '../../electron/contract/plan';
import { planKb } from './plan-kb';

export function patientFlagLabels(patient: Plan['patient']): string[] {
  const flags = new Set(patient.flags);
  const known = planKb()
    .patientFlags.filter((f) => flags.has(f.id))
    .map((f) =>
      f.id === 'pregnancy' && patient.gestationalWeek !== undefined
        ? `${f.label} (week ${patient.gestationalWeek})`
        : f.label,
    );
  // A flag this reference does not know is still printed, never dropped.
  const unknown = patient.flags
    .filter((id) => !planKb().patientFlags.some((f) => f.id === id))
    .map((id) => `${id} (not in this reference)`);
  return [...known, ...unknown];
}
