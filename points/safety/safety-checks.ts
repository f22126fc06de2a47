// Consistency of the safety data with the point records (run by kb-checks.ts and the unit tests):
//  - a risk-region point set and the records agree both ways: every point of the set has a caution
//    naming the region, and every caution naming a region sits on a point of that set;
//  - a region caution is carried by at least one rule over that region; a caution naming a rule is on a
//    point that rule covers;
//  - flags named in record cautions exist; a never-needled point has a contraindicated needling caution;
//  - a record that warns against perpendicular needling does not list perpendicular needling.
import type { KnowledgeBase } from '../knowledge-base';
import { expandPointSet } from '../schema/caution-rule';

type SafetyData = Pick<KnowledgeBase, 'points' | 'pointSets' | 'cautionRules' | 'patientFlags'>;

export function safetyProblems(kb: SafetyData): string[] {
  const problems: string[] = [];
  const flags = new Set(kb.patientFlags.map((f) => f.id));
  const sets = new Map(kb.pointSets.map((s) => [s.id, new Set(expandPointSet(s))]));
  const regions = new Map(
    kb.pointSets.filter((s) => s.kind === 'risk-region').map((s) => [s.id, sets.get(s.id) ?? new Set<string>()]),
  );
  const ruled = new Set(kb.cautionRules.flatMap((r) => r.when.points?.sets ?? []));
  const named = new Map<string, Set<string>>();
  for (const p of kb.points) {
    for (const [i, c] of p.cautions.entries()) {
      const where = `${p.code} caution ${i + 1}`;
      for (const f of c.when.patientFlags ?? [])
        if (!flags.has(f)) problems.push(`${where}: unknown patient flag "${f}"`);
      if (c.when.rule !== undefined) {
        const rule = kb.cautionRules.find((r) => r.id === c.when.rule);
        const sel = rule?.when.points;
        const covers =
          rule !== undefined &&
          (!sel || (sel.codes ?? []).includes(p.code) || (sel.sets ?? []).some((s) => sets.get(s)?.has(p.code)));
        if (!covers)
          problems.push(`${where}: rule "${c.when.rule}" ${rule ? `does not cover ${p.code}` : 'does not exist'}`);
      }
      const region = c.when.region;
      if (region === undefined) continue;
      const set = regions.get(region);
      if (!set) {
        problems.push(`${where}: "${region}" is not a risk-region point set`);
        continue;
      }
      if (!set.has(p.code))
        problems.push(`${where} names the region ${region}, but the point set does not hold ${p.code}`);
      if (!ruled.has(region)) problems.push(`${where}: no caution rule covers the region ${region}`);
      if (!named.has(region)) named.set(region, new Set());
      named.get(region)?.add(p.code);
    }
    const needles = ['needling', 'electro-acupuncture', 'japanese-needling'] as const;
    if (
      p.notNeedled &&
      !p.cautions.some(
        (c) =>
          c.severity === 'contraindicated' &&
          !c.when.patientFlags &&
          needles.every((t) => !c.when.techniques || c.when.techniques.includes(t)),
      )
    ) {
      problems.push(`${p.code}: never needled, but no contraindicated caution covers needling`);
    }
    if (
      p.cautions.some((c) => c.when.angles?.includes('perpendicular') && c.severity !== 'note') &&
      p.needling.some((n) => n.angle === 'perpendicular')
    ) {
      problems.push(`${p.code}: a caution warns against perpendicular needling, but the needling lists it`);
    }
  }
  for (const [region, codes] of regions) {
    for (const code of codes)
      if (!named.get(region)?.has(code))
        problems.push(`point set ${region} holds ${code}, but ${code}'s record has no caution naming ${region}`);
  }
  return problems;
}
