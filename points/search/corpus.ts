// Adapts knowledge-base records (points/schema/*) to the shapes search consumes. Type-only imports:
// the module stays free of zod and of any file loading, so the renderer can use it as is.
import type { Condition } from '../schema/condition';
import type { Pairing } from '../schema/pairing';
import type { SearchCorpus, SearchableCondition, SearchablePairing, SearchablePoint } from './types';

export interface KnowledgeBaseParts {
  points: readonly SearchablePoint[];
  pairings: readonly Pairing[];
  conditions: readonly Condition[];
}

export function pairingForSearch(p: Pairing): SearchablePairing {
  return { id: p.id, points: p.points, title: p.name, text: [p.purpose, p.rationale, ...p.indications] };
}

export function conditionForSearch(c: Condition): SearchableCondition {
  return {
    id: c.id,
    name: c.name,
    aliases: c.searchTerms,
    points: c.points.map((p) => p.code),
    primaryPoints: c.points.filter((p) => p.role === 'local').map((p) => p.code),
    text: [c.summary, ...(c.notes ?? [])],
  };
}

export function corpusFromKnowledgeBase(
  kb: KnowledgeBaseParts,
  resolveCode: SearchCorpus['resolveCode'],
): SearchCorpus {
  return {
    points: kb.points,
    pairings: kb.pairings.map(pairingForSearch),
    conditions: kb.conditions.map(conditionForSearch),
    resolveCode,
  };
}
