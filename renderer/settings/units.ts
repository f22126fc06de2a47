// Needling depths are given in cun (proportional to the patient). On request they are also shown as an
// approximate length, taking 1 cun as about 2 cm — an average adult thumb width at the interphalangeal
// joint (WHO 2008, finger-cun method). Always labelled "≈": the patient's own proportions decide.
import type { Settings } from '../../electron/contract/settings';

export const CM_PER_CUN = 2;
const CM_PER_INCH = 2.54;

const trim = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** "1–1.5 cun", or with units: "1–1.5 cun (≈ 2–3 cm)" / "1–1.5 cun (≈ 0.8–1.2 in)". */
export function formatDepth(min: number, max: number, units: Settings['units']): string {
  const range = (a: string, b: string): string => (a === b ? a : `${a}–${b}`);
  const cun = `${range(trim(min, 2), trim(max, 2))} cun`;
  if (units === 'cun') return cun;
  if (units === 'metric') return `${cun} (≈ ${range(trim(min * CM_PER_CUN, 1), trim(max * CM_PER_CUN, 1))} cm)`;
  const inches = (c: number): string => trim((c * CM_PER_CUN) / CM_PER_INCH, 1);
  return `${cun} (≈ ${range(inches(min), inches(max))} in)`;
}
