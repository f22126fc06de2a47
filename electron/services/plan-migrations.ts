// Step migrations of the plan format. Each step is explicit: nothing is guessed, and anything a step
// cannot map is left for validation to refuse with a message naming it.
import { TECHNIQUES } from '../../points/schema/common';

export type Migrations = Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;

/** Red-flag keys written by early builds and example files → the knowledge base's ids. */
export const LEGACY_RED_FLAG_KEYS: Readonly<Record<string, string>> = {
  'bladder-bowel': 'bladder-bowel-dysfunction',
  'fever-weight-loss': 'systemic-symptoms',
  trauma: 'severe-pain-after-trauma',
  'foot-drop': 'progressive-weakness',
};

/** When two keys map to one question, the answer that keeps the patient safest wins. */
const ANSWER_RANK = ['yes', 'unknown', 'no'];
const stronger = (a: unknown, b: unknown): unknown =>
  (ANSWER_RANK.indexOf(String(a)) + 1 || 99) <= (ANSWER_RANK.indexOf(String(b)) + 1 || 99) ? a : b;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const TECHNIQUE_SUFFIX = new RegExp(`@(?:${TECHNIQUES.join('|')})$`);

/** Format 1 → 2: legacy red-flag keys renamed; an acknowledged red flag becomes a recorded decision to
 *  treat anyway (the clinician's reason kept); technique-wide findings lost their "@technique" suffix. */
function v1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  const out = { ...doc };
  if (isRecord(doc.redFlags)) {
    const answers: Record<string, unknown> = {};
    for (const [key, answer] of Object.entries(doc.redFlags)) {
      const id = LEGACY_RED_FLAG_KEYS[key] ?? key;
      answers[id] = id in answers ? stronger(answers[id], answer) : answer;
    }
    out.redFlags = answers;
  }
  if (Array.isArray(doc.acknowledgements)) {
    out.acknowledgements = doc.acknowledgements.map((a: unknown) => {
      if (!isRecord(a) || typeof a.findingId !== 'string') return a;
      const redFlag = /^red-flag@(.+)$/.exec(a.findingId);
      if (redFlag?.[1])
        return {
          ...a,
          findingId: `red-flag@${LEGACY_RED_FLAG_KEYS[redFlag[1]] ?? redFlag[1]}`,
          decision: 'treat-anyway',
        };
      return { ...a, findingId: a.findingId.replace(TECHNIQUE_SUFFIX, '') };
    });
  }
  return out;
}

/** Format 2 → 3: nothing to map — the new patient fields (height, build, measured segment) are optional. */
const v2ToV3 = (doc: Record<string, unknown>): Record<string, unknown> => doc;

export const MIGRATIONS: Migrations = { 1: v1ToV2, 2: v2ToV3 };
