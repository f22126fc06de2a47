// How a location rule's references read in the "How to locate" steps: a landmark's full description on
// its first mention and its short name after that, both sides' copies at once as a pair ("the two
// corners of the mouth"), and a lone opposite-side copy "on the other side" — never "(opposite side)".
// Pure: the words come from the landmark vocabulary (points/anatomy/landmarks.ts) and the point labels.
import { landmarkDef } from '../anatomy/landmarks';
import { isPointCode, type LocExpr } from '../schema/location-rule';

export type PointLabel = (code: string) => string | undefined;

/** "mouth-corner@right" → { id: 'mouth-corner', right: true } */
export function splitRef(ref: string): { id: string; right: boolean } {
  const [id = ref, side] = ref.split('@');
  return { id, right: side === 'right' };
}

export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const withArticle = (s: string): string => (/^(the|a|an) /.test(s) ? s : `the ${s}`);

/** The full name with its article ("the tip of the mastoid process"); an unknown id reads as itself. */
export function fullName(id: string): string {
  const def = landmarkDef(id);
  return withArticle(def ? lowerFirst(def.description) : id);
}

/** The name for later mentions: the short name when the landmark has one, else the full name. */
export function shortName(id: string): string {
  const short = landmarkDef(id)?.short;
  return short ? withArticle(short) : fullName(id);
}

/** Both sides' copies together ("the two nipples"); without a pair wording, "the … on both sides". */
export function pairName(id: string): string {
  return landmarkDef(id)?.pair ?? `${shortName(id)} on both sides`;
}

/** The landmark id when `a` and `b` are the two sides' copies of one landmark (x and x@right). */
export function sidesOf(a: LocExpr, b: LocExpr): string | undefined {
  if (typeof a !== 'string' || typeof b !== 'string' || isPointCode(a) || isPointCode(b)) return undefined;
  const [l, r] = [splitRef(a), splitRef(b)];
  return l.id === r.id && l.right !== r.right ? l.id : undefined;
}

/** A side phrase would dangle after a description that has its own commas or brackets. */
const plain = (name: string): boolean => !/[,(]/.test(name);

/**
 * Names the references of one rule's steps. Each landmark is named in full the first time and by its
 * short name after that (both sides count as one landmark). When a rule names both sides' copies of a
 * landmark, a lone copy says which side: "on this side" or "on the other side".
 */
export class RuleNames {
  private readonly mentioned = new Set<string>();
  private readonly bothSides = new Set<string>();

  constructor(
    private readonly pointLabel: PointLabel,
    refs: readonly string[] = [],
  ) {
    const sides = new Map<string, Set<boolean>>();
    for (const ref of refs) {
      if (isPointCode(ref)) continue;
      const { id, right } = splitRef(ref);
      sides.set(id, (sides.get(id) ?? new Set()).add(right));
    }
    for (const [id, s] of sides) if (s.size === 2) this.bothSides.add(id);
  }

  /** A point code or landmark reference, as a noun phrase with its article. */
  ref(ref: string): string {
    if (isPointCode(ref)) return this.pointLabel(ref) ?? ref;
    const { id, right } = splitRef(ref);
    const first = !this.mentioned.has(id);
    this.mentioned.add(id);
    const full = fullName(id);
    if (!right && !this.bothSides.has(id)) return first ? full : shortName(id);
    const name = first && plain(full) ? full : shortName(id);
    return `${name} ${right ? 'on the other side' : 'on this side'}`;
  }

  /** Both sides' copies of a bilateral landmark at once ("the medial borders of the two scapulae"). */
  pair(id: string): string {
    this.mentioned.add(id);
    return pairName(id);
  }
}
