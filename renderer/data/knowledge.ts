// The renderer's one way to the knowledge base: validated once on first use (loadKnowledgeBase caches
// it), with the lookups every panel needs built once beside it. Search, detail, plan, viewer and print
// all read it here.
import { loadKnowledgeBase, type KnowledgeBase } from '../../points/knowledge-base';
import type { PointRecord } from '../../points/schema/point';

/** The validated knowledge base. */
export const kb = (): KnowledgeBase => loadKnowledgeBase();

let byCode: Map<string, PointRecord> | undefined;
let codes: string[] | undefined;
let featured: string[] | undefined;

export function pointByCode(code: string): PointRecord | undefined {
  byCode ??= new Map(kb().points.map((p) => [p.code, p]));
  return byCode.get(code);
}

/** Every point code, in the knowledge base's order (channels in WHO order, then the extra points). */
export function allCodes(): readonly string[] {
  codes ??= kb().points.map((p) => p.code);
  return codes;
}

/** The seven points of the hip-nerve articles, from the records' own `featured` flag. */
export function featuredCodes(): readonly string[] {
  featured ??= kb()
    .points.filter((p) => p.featured)
    .map((p) => p.code);
  return featured;
}
