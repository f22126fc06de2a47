// Which body the app shows. The open plan's patient decides where it says: sex female or male, and the
// build when one is recorded. Whatever the plan leaves open (sex "other"/"unspecified", no build) comes
// from the viewer's own control, which the clinician sets freely while no patient is chosen.
import { create } from 'zustand';
import type { Plan } from '../../electron/contract/plan';
import type { BuildName, Sex } from '../../models/body/params';
import { bodyVariant, DEFAULT_VARIANT, type BodyVariant } from '../../models/body/variants';

export interface ManualBody {
  sex: Sex;
  build: BuildName;
}

interface BodyChoiceState extends ManualBody {
  set: (patch: Partial<ManualBody>) => void;
}

export const useBodyChoice = create<BodyChoiceState>((set) => ({
  sex: DEFAULT_VARIANT.sex,
  build: DEFAULT_VARIANT.build,
  set: (patch) => set(patch),
}));

export interface BodyInUse {
  variant: BodyVariant;
  /** true where the plan's patient decided it (the viewer control shows it and cannot change it) */
  sexFromPlan: boolean;
  buildFromPlan: boolean;
}

type Patient = Pick<Plan['patient'], 'sex' | 'build'>;

/** The body for this patient, the manual choice filling what the patient record leaves open. */
export function bodyFor(patient: Patient | undefined, manual: ManualBody = DEFAULT_VARIANT): BodyInUse {
  const sexFromPlan = patient?.sex === 'female' || patient?.sex === 'male';
  const buildFromPlan = patient?.build !== undefined;
  const sex: Sex = sexFromPlan ? (patient!.sex as Sex) : manual.sex;
  const build: BuildName = patient?.build ?? manual.build;
  return { variant: bodyVariant(sex, build), sexFromPlan, buildFromPlan };
}

/** Which body the diagrams show, and why — a patient whose sex is not recorded gets the model body, said so. */
export function diagramBodyNote(patient: Patient & Pick<Plan['patient'], 'sex'>): string {
  const { variant, sexFromPlan, buildFromPlan } = bodyFor(patient);
  if (!sexFromPlan)
    return `Drawn on the model body (${variant.sex}, ${variant.build} build): the patient's sex is recorded as "${patient.sex}".`;
  return `Drawn on the ${variant.sex} body, ${variant.build} build${buildFromPlan ? '' : ' (no build recorded)'}.`;
}
