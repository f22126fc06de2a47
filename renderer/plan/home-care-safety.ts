// Home-care advice that a patient flag makes unsafe as written (an exercise lying on the back late in
// pregnancy, anti-inflammatories from week 20): the plan's advice lines are matched back to their
// knowledge-base item and its `unsafeFor` entries checked against the patient.
import type { Plan } from '../../electron/contract/plan';
import { homeCareRecord } from './plan-kb';

export function homeCareWarnings(line: string, patient: Plan['patient']): string[] {
  const item = homeCareRecord(line);
  const flags = new Set(patient.flags);
  return (item?.unsafeFor ?? [])
    .filter((u) => u.patientFlags.some((f) => flags.has(f)))
    .filter(
      (u) =>
        u.pregnancyFromWeek === undefined ||
        patient.gestationalWeek === undefined ||
        patient.gestationalWeek >= u.pregnancyFromWeek,
    )
    .map((u) => u.text);
}
