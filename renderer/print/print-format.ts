// Plain-text renderings of plan parts for the printed plan (pure, unit-tested).
import type { Plan } from '../../electron/contract/plan';
import type { Settings } from '../../electron/contract/settings';
import { formatDepth } from '../settings/units';

type PlanTechnique = Plan['points'][number]['technique'];

/** The technique in words; depth in cun, with an approximate length when the clinician's settings ask for it. */
export function techniqueText(t: PlanTechnique, units: Settings['units'] = 'cun'): string {
  const parts: string[] = [];
  if (t.needling) {
    const n = t.needling;
    const bits = [n.angle, n.depthCun !== undefined ? formatDepth(n.depthCun, n.depthCun, units) : undefined, n.gauge,
      n.retentionMin !== undefined ? `${n.retentionMin} min` : undefined, n.stimulation && n.stimulation !== 'none' ? n.stimulation : undefined];
    parts.push(`Needle${bits.some(Boolean) ? ` (${bits.filter(Boolean).join(', ')})` : ''}`);
  }
  if (t.moxibustion) parts.push(`Moxa, ${t.moxibustion.kind}${t.moxibustion.minutes ? ` ${t.moxibustion.minutes} min` : ''}`);
  if (t.cupping) parts.push(`Cupping, ${t.cupping.kind}${t.cupping.minutes ? ` ${t.cupping.minutes} min` : ''}`);
  if (t.electro) parts.push(`Electro ${t.electro.frequencyHz} Hz, ${t.electro.minutes} min`);
  return parts.length > 0 ? parts.join('; ') : 'Needle';
}

export const sideText = (side: Plan['points'][number]['side']): string =>
  ({ left: 'Left', right: 'Right', bilateral: 'Both' })[side];

export function patientLine(plan: Plan, today: Date = new Date()): string {
  const age = plan.patient.birthYear ? `${today.getFullYear() - plan.patient.birthYear} y` : undefined;
  return [plan.patient.name || 'Unnamed patient', age, plan.patient.sex !== 'unspecified' ? plan.patient.sex : undefined]
    .filter(Boolean).join(' · ');
}

/** "A4" or "Letter" from the print URL's ?paper= parameter; A4 unless Letter is asked for. */
export function paperFromQuery(search: string): 'A4' | 'Letter' {
  return new URLSearchParams(search).get('paper')?.toLowerCase() === 'letter' ? 'Letter' : 'A4';
}
