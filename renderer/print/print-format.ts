// Plain-text renderings of plan parts for the printed plan (pure, unit-tested).
import type { Plan } from '../../electron/contract/plan';
import type { Settings } from '../../electron/contract/settings';
import { cunScale } from '../../points/anatomy/cun-scales';
import { measuredLabel } from '../../points/location/patient-cun';
import { formatDepth } from '../settings/units';

type PlanTechnique = Plan['points'][number]['technique'];

/** The technique in words; depth in cun, with an approximate length when the clinician's settings ask for it. */
export function techniqueText(t: PlanTechnique, units: Settings['units'] = 'cun', patientCmPerCun?: number): string {
  const parts: string[] = [];
  if (t.needling) {
    const n = t.needling;
    const bits = [
      n.angle,
      n.depthCun !== undefined ? formatDepth(n.depthCun, n.depthCun, units, patientCmPerCun) : undefined,
      n.gauge,
      n.retentionMin !== undefined ? `${n.retentionMin} min` : undefined,
      n.stimulation && n.stimulation !== 'none' ? n.stimulation : undefined,
    ];
    parts.push(`Needle${bits.some(Boolean) ? ` (${bits.filter(Boolean).join(', ')})` : ''}`);
  }
  if (t.moxibustion)
    parts.push(`Moxa, ${t.moxibustion.kind}${t.moxibustion.minutes ? ` ${t.moxibustion.minutes} min` : ''}`);
  if (t.cupping) parts.push(`Cupping, ${t.cupping.kind}${t.cupping.minutes ? ` ${t.cupping.minutes} min` : ''}`);
  if (t.electro) parts.push(`Electro ${t.electro.frequencyHz} Hz, ${t.electro.minutes} min`);
  return parts.length > 0 ? parts.join('; ') : 'Needle';
}

export const sideText = (side: Plan['points'][number]['side']): string =>
  ({ left: 'Left', right: 'Right', bilateral: 'Both' })[side];

/** "Build: slim · Height: 168 cm · Measured: elbow crease to wrist crease 26.5 cm (12 B-cun)", or what is not recorded. */
export function measuresLine(patient: Plan['patient']): string {
  const m = patient.measured;
  return [
    `Build: ${patient.build ?? 'not recorded'}`,
    `Height: ${patient.heightCm ? `${patient.heightCm} cm` : 'not recorded'}`,
    `Measured: ${m ? `${measuredLabel(m.scale).toLowerCase()} ${m.cm} cm (${cunScale(m.scale)?.cun ?? '?'} B-cun)` : 'no segment'}`,
  ].join(' · ');
}

export function patientLine(plan: Plan, today: Date = new Date()): string {
  const age = plan.patient.birthYear ? `${today.getFullYear() - plan.patient.birthYear} y` : undefined;
  return [
    plan.patient.name || 'Unnamed patient',
    age,
    plan.patient.sex !== 'unspecified' ? plan.patient.sex : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "A4" or "Letter" from the print URL's ?paper= parameter; A4 unless Letter is asked for. */
export function paperFromQuery(search: string): Settings['paper'] {
  return new URLSearchParams(search).get('paper')?.toLowerCase() === 'letter' ? 'Letter' : 'A4';
}

/** The PDF's title (its metadata, and the footer line on every page): the document, the patient, the date. */
export function documentTitle(plan: Plan, document: 'record' | 'handout'): string {
  const name = plan.patient.name || 'Unnamed patient';
  // one footer line: a very long name is shortened here (the patient block prints it in full)
  const who = [...name].length > 60 ? `${[...name].slice(0, 59).join('')}…` : name;
  return `${document === 'handout' ? 'Home care' : 'Session plan'} — ${who} — ${plan.date}`;
}

/** "Wednesday 9 December 2026 at 14:30" from the plan's local "2026-12-09T14:30" (no time zone to shift). */
export function appointmentText(local: string, locale?: string): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  const day = date.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}

/** "30 seconds", "2 minutes", "20–30 seconds" — a hold time in words for the patient. */
export function holdText([min, max]: readonly [number, number]): string {
  const unit = (s: number): [number, string] => (s >= 60 && s % 60 === 0 ? [s / 60, 'minute'] : [s, 'second']);
  const [a, ua] = unit(min);
  const [b, ub] = unit(max);
  if (min === max) return `${a} ${ua}${a === 1 ? '' : 's'}`;
  return ua === ub ? `${a}–${b} ${ub}s` : `${a} ${ua}${a === 1 ? '' : 's'} to ${b} ${ub}${b === 1 ? '' : 's'}`;
}
