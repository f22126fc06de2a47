// Needling depths are given in cun (proportional to the patient). On request they are also shown as an
// approximate length, taking 1 cun as about 2 cm — an average adult thumb width at the interphalangeal
// joint (WHO 2008, finger-cun method). Always labelled "≈": the patient's own proportions decide.
import type { Settings } from '../../electron/contract/settings';

export const CM_PER_CUN = 2;
const CM_PER_INCH = 2.54;

const trim = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/**
 * "1–1.5 cun", or with units: "1–1.5 cun (≈ 2–3 cm)" / "1–1.5 cun (≈ 0.8–1.2 in)". With the patient's own
 * B-cun (cm per cun at this point, from their height or a measured segment) the length is the patient's,
 * and says so: "1–1.5 cun (≈ 2.5–3.7 cm on this patient)" — in inches when the settings ask for inches.
 */
export function formatDepth(min: number, max: number, units: Settings['units'], patientCmPerCun?: number): string {
  const range = (a: string, b: string): string => (a === b ? a : `${a}–${b}`);
  const cun = `${range(trim(min, 2), trim(max, 2))} cun`;
  const perCun = patientCmPerCun ?? CM_PER_CUN;
  const whose = patientCmPerCun ? ' on this patient' : '';
  if (units === 'cun' && !patientCmPerCun) return cun;
  if (units !== 'imperial') return `${cun} (≈ ${range(trim(min * perCun, 1), trim(max * perCun, 1))} cm${whose})`;
  const inches = (c: number): string => trim((c * perCun) / CM_PER_INCH, 1);
  return `${cun} (≈ ${range(inches(min), inches(max))} in${whose})`;
}
