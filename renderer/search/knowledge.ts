// The knowledge base as the renderer's search and detail panel see it (validated once, on first use).
import { loadKnowledgeBase } from '../../points/knowledge-base';
import type { PointRecord } from '../../points/schema/point';

let byCode: Map<string, PointRecord> | undefined;

export function pointByCode(code: string): PointRecord | undefined {
  byCode ??= new Map(loadKnowledgeBase().points.map((p) => [p.code, p]));
  return byCode.get(code);
}
