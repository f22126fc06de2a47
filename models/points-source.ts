// The point rules the locator evaluates, from the knowledge base. When the full loader refuses the data
// (another file mid-edit), fall back to validating each points file on its own and report the rest.
import { loadKnowledgeBase } from '../points/knowledge-base';
import { POINT_FILES } from '../points/data/points/index';
import { type PointRecord, PointsFile } from '../points/schema/point';
import { type PointRule } from './locator/locator';

export interface PointsLoad {
  rules: PointRule[];
  problems: string[];
}

const toRule = (p: PointRecord): PointRule => ({ code: p.code, side: p.side, rule: p.location.rule });

export function loadPointRules(): PointsLoad {
  try {
    return { rules: dedupe(loadKnowledgeBase().points.map(toRule)), problems: [] };
  } catch (e) {
    const problems = [`knowledge base refused: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`];
    const rules: PointRule[] = [];
    for (const f of POINT_FILES) {
      const parsed = PointsFile.safeParse(f.data);
      if (parsed.success) rules.push(...parsed.data.points.map(toRule));
      else problems.push(`${f.file}: ${parsed.error.issues.length} schema issues`);
    }
    return { rules: dedupe(rules), problems };
  }
}

function dedupe(rules: PointRule[]): PointRule[] {
  const m = new Map<string, PointRule>();
  for (const r of rules) if (!m.has(r.code)) m.set(r.code, r);
  return [...m.values()];
}
