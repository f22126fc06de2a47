// Which findings stop "Add to plan" and show the detail banner: every contraindication, and the cautions
// that come from this patient (a point's general caution is in its Cautions section already).
import type { Finding } from '../../points/safety/finding';

export const stopFindings = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity === 'contraindicated' || (f.severity === 'caution' && f.forPatient));

/** The strongest severity among those findings. */
export function pointSeverity(findings: readonly Finding[]): 'contraindicated' | 'caution' | undefined {
  const stop = stopFindings(findings);
  if (stop.some((f) => f.severity === 'contraindicated')) return 'contraindicated';
  return stop.length > 0 ? 'caution' : undefined;
}
