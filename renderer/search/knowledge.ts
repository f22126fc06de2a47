// The knowledge base as the renderer's search and detail panel see it (validated once, on first use).
import { loadKnowledgeBase } from '../../points/knowledge-base';
import type { PointRecord } from '../../points/schema/point';

let byCode: Map<string, PointRecord> | undefined;

export function pointByCode(code: string): PointRecord | undefined {
  byCode ??= new Map(loadKnowledgeBase().points.map((p) => [p.code, p]));
  return byCode.get(code);
}

let featured: string[] | undefined;

/** The seven points of the hip-nerve articles, from the records' own `featured` flag. */
export function featuredCodes(): readonly string[] {
  featured ??= loadKnowledgeBase().points.filter((p) => p.featured).map((p) => p.code);
  return featured;
}
