// A caution's machine-readable condition in words, so the clinician can see when the plan check applies
// it ("Checked when: pregnant from week 13; needling"). Labels come from the knowledge base.
import type { KnowledgeBase } from '../knowledge-base';
import type { CautionWhen } from '../schema/safety-when';

const TECHNIQUE_WORD: Record<string, string> = {
  needling: 'needling',
  moxibustion: 'moxibustion',
  cupping: 'cupping',
  'electro-acupuncture': 'electro-acupuncture',
  'japanese-needling': 'Japanese-style needling',
  acupressure: 'acupressure',
};

export function describeWhen(when: CautionWhen, kb: Pick<KnowledgeBase, 'patientFlags' | 'pointSets'>): string {
  const parts: string[] = [];
  const flag = (id: string): string => kb.patientFlags.find((f) => f.id === id)?.label.toLowerCase() ?? id;
  if (when.patientFlags) parts.push(when.patientFlags.map(flag).join(' or '));
  if (when.pregnancyFromWeek !== undefined) parts.push(`from week ${when.pregnancyFromWeek}`);
  if (when.pregnancyBeforeWeek !== undefined) parts.push(`before week ${when.pregnancyBeforeWeek}`);
  if (when.sex) parts.push(when.sex === 'female' ? 'women' : 'men');
  if (when.techniques) parts.push(when.techniques.map((t) => TECHNIQUE_WORD[t] ?? t).join(', '));
  if (when.depth) parts.push('deeper than the listed depth');
  if (when.angles) parts.push(`${when.angles.join(' or ')} insertion`);
  if (when.angle) parts.push('an angle the record does not list');
  if (when.region)
    parts.push(
      `point ${
        kb.pointSets
          .find((s) => s.id === when.region)
          ?.label.replace(/^Points? /, '')
          .toLowerCase() ?? when.region
      }`,
    );
  return parts.length > 0 ? parts.join('; ') : 'whenever the point is used';
}
