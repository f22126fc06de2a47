// The one derivation, walked over every record: each machine-readable caution yields a plan finding of at
// least its severity in a plan built to trigger it, and risk-region point sets and records agree.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan, type SafetyInput } from '../../../points/safety/check-plan';
import { SEVERITY_ORDER } from '../../../points/safety/finding';
import { deepest } from '../../../points/safety/match-rule';
import { safetyProblems } from '../../../points/safety/safety-checks';
import { ANGLES, type Angle } from '../../../points/schema/common';
import type { Caution, PointRecord } from '../../../points/schema/point';

const kb = loadKnowledgeBase();
const rank = (s: string): number => SEVERITY_ORDER.indexOf(s as (typeof SEVERITY_ORDER)[number]);

/** The smallest plan that meets every clause of the caution's condition. */
function triggeringPlan(p: PointRecord, c: Caution): SafetyInput {
  const w = c.when;
  const flags = [...(w.patientFlags ?? [])];
  const week = w.pregnancyFromWeek ?? (w.pregnancyBeforeWeek !== undefined ? w.pregnancyBeforeWeek - 1 : undefined);
  const listed = new Set(p.needling.map((n) => n.angle));
  const angle: Angle | undefined =
    w.angles?.[0] ?? (w.angle === 'not-in-record' ? ANGLES.find((a) => !listed.has(a)) : undefined);
  const max = deepest(p);
  return {
    patientFlags: flags,
    sex: w.sex ?? 'unspecified',
    redFlags: {},
    acknowledgements: [],
    ...(week !== undefined ? { gestationalWeek: week } : {}),
    points: [
      {
        code: p.code,
        techniques: [w.techniques?.[0] ?? 'needling'],
        ...(w.depth ? { depthCun: (max ?? 0) + 0.5 } : {}),
        ...(angle ? { angle } : {}),
      },
    ],
  };
}

describe('every record caution reaches the plan check', () => {
  const cases = kb.points.flatMap((p) => p.cautions.map((c, i) => ({ p, c, i })));

  it('covers every record (the walk is not empty)', () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(
    cases.map(
      ({ p, c, i }) =>
        [`${p.code} #${i + 1} (${c.severity}${c.when.region ? `, ${c.when.region}` : ''})`, p, c] as const,
    ),
  )('%s yields a finding of at least its severity', (_name, p, c) => {
    const report = checkPlan(kb, triggeringPlan(p, c));
    const about = report.findings.filter((f) => f.codes.includes(p.code));
    const strongest = Math.min(...about.map((f) => rank(f.severity)));
    expect(strongest, `${p.code}: "${c.text}" produced ${JSON.stringify(about.map((f) => f.id))}`).toBeLessThanOrEqual(
      rank(c.severity),
    );
    if (c.when.rule)
      expect(about.some((f) => f.ruleId === c.when.rule && rank(f.severity) <= rank(c.severity))).toBe(true);
    if (c.when.region) {
      const regionRules = new Set(
        kb.cautionRules.filter((r) => r.when.points?.sets?.includes(c.when.region ?? '')).map((r) => r.id),
      );
      expect(about.some((f) => regionRules.has(f.ruleId) && rank(f.severity) <= rank(c.severity))).toBe(true);
    }
  });
});

describe('risk regions and records agree', () => {
  it('the real knowledge base has no disagreement', () => {
    expect(safetyProblems(kb)).toEqual([]);
  });

  it('fails when a region group loses a point its record places there', () => {
    const thorax = kb.pointSets.find((s) => s.id === 'thorax');
    if (!thorax) throw new Error('no thorax set');
    const drifted = {
      ...kb,
      pointSets: kb.pointSets.map((s) =>
        s.id === 'thorax' ? { ...s, ranges: s.ranges.filter((r) => r.channel !== 'LU') } : s,
      ),
    };
    expect(safetyProblems(drifted).join('\n')).toMatch(
      /LU1 caution \d+ names the region thorax, but the point set does not hold LU1/,
    );
  });

  it('fails when a record stops naming the region its group holds it in', () => {
    const drifted = {
      ...kb,
      points: kb.points.map((p) =>
        p.code === 'ST25' ? { ...p, cautions: p.cautions.filter((c) => c.when.region !== 'umbilical-abdomen') } : p,
      ),
    };
    expect(safetyProblems(drifted)).toContain(
      "point set umbilical-abdomen holds ST25, but ST25's record has no caution naming umbilical-abdomen",
    );
  });

  it('fails when a never-needled point loses its needling prohibition', () => {
    const drifted = { ...kb, points: kb.points.map((p) => (p.code === 'ST17' ? { ...p, cautions: [] } : p)) };
    expect(safetyProblems(drifted).join('\n')).toMatch(/ST17: never needled/);
  });
});
