// Cross-reference checks over a loaded knowledge base: every code, id, landmark, scale and source a
// record mentions must exist, and location rules must not depend on each other in a cycle. Returns
// problems instead of throwing so tests (and kb:dump --strict) can report them all at once.
import { CUN_SCALE_IDS } from './anatomy/cun-scales';
import { LANDMARK_IDS } from './anatomy/landmarks';
import { createCodeResolver } from './aliases';
import { safetyProblems } from './safety/safety-checks';
import type { KnowledgeBase } from './knowledge-base';
import { expandPointSet } from './schema/caution-rule';
import { isPointCode, refsOf, scalesOf, type LocExpr } from './schema/location-rule';
import { CHANNEL_POINT_COUNTS, needlingProblem, type PointRecord } from './schema/point';

export type CheckKind =
  'points' | 'location' | 'cycles' | 'pairings' | 'conditions' | 'rules' | 'aliases' | 'sources' | 'safety';

export interface Problem {
  kind: CheckKind;
  message: string;
}

type Report = (kind: CheckKind, message: string) => void;

const isLandmark = (ref: string): boolean => LANDMARK_IDS.has(ref.replace(/@right$/, ''));

/** Moves that name no scale while the rule has no default scale either. */
function unscaledMoves(expr: LocExpr): number {
  if (typeof expr === 'string') return 0;
  if ('along' in expr) return unscaledMoves(expr.along[0]) + unscaledMoves(expr.along[1]);
  if ('mid' in expr) return unscaledMoves(expr.mid[0]) + unscaledMoves(expr.mid[1]);
  return unscaledMoves(expr.from) + expr.move.filter((m) => !m.scale).length;
}

function checkPoint(
  p: PointRecord,
  codes: ReadonlySet<string>,
  conditionIds: ReadonlySet<string>,
  report: Report,
): void {
  const m = /^([A-Z]{2})(\d+)$/.exec(p.code) ?? /^EX-[A-Z]+(\d+)$/.exec(p.code);
  const expectedChannel = p.code.startsWith('EX-') ? 'EX' : m?.[1];
  const num = Number(p.code.startsWith('EX-') ? m?.[1] : m?.[2]);
  if (p.channel !== expectedChannel || p.number !== num)
    report('points', `${p.code}: channel/number ${p.channel}/${p.number} do not match the code`);
  if ((p.channel === 'GV' || p.channel === 'CV') && p.side !== 'midline')
    report('points', `${p.code}: GV/CV points lie on the midline`);
  for (const c of p.conditions ?? []) if (!conditionIds.has(c)) report('points', `${p.code}: unknown condition "${c}"`);
  const rule = p.location.rule;
  for (const ref of refsOf(rule.expr)) {
    const ok = isPointCode(ref) ? codes.has(ref) : isLandmark(ref);
    if (!ok) report('location', `${p.code}: rule names unknown ${isPointCode(ref) ? 'point' : 'landmark'} "${ref}"`);
  }
  for (const s of scalesOf(rule)) if (!CUN_SCALE_IDS.has(s)) report('location', `${p.code}: unknown cun scale "${s}"`);
  if (!rule.scale && unscaledMoves(rule.expr) > 0)
    report('location', `${p.code}: a move has no cun scale and the rule sets none`);
  for (const l of p.location.landmarks)
    if (!LANDMARK_IDS.has(l)) report('location', `${p.code}: unknown landmark "${l}" in location.landmarks`);
}

/** Depth-first search over "rule of A names point B" edges; reports each cycle once. */
function checkCycles(points: readonly PointRecord[], report: Report): void {
  const deps = new Map(points.map((p) => [p.code, refsOf(p.location.rule.expr).filter(isPointCode)]));
  const state = new Map<string, 'active' | 'done'>();
  const visit = (code: string, trail: string[]): void => {
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'active') {
      report('cycles', `location rules form a cycle: ${[...trail.slice(trail.indexOf(code)), code].join(' → ')}`);
      return;
    }
    state.set(code, 'active');
    for (const d of deps.get(code) ?? []) visit(d, [...trail, code]);
    state.set(code, 'done');
  };
  for (const code of deps.keys()) visit(code, []);
}

function checkRules(kb: KnowledgeBase, codes: ReadonlySet<string>, report: Report): void {
  const flags = new Set(kb.patientFlags.map((f) => f.id));
  const sets = new Set(kb.pointSets.map((s) => s.id));
  for (const s of kb.pointSets) {
    for (const r of s.ranges)
      if (r.to > CHANNEL_POINT_COUNTS[r.channel])
        report('rules', `point set ${s.id}: ${r.channel}${r.to} is beyond the channel`);
    for (const c of expandPointSet(s)) if (!codes.has(c)) report('rules', `point set ${s.id}: no point record ${c}`);
  }
  for (const r of kb.cautionRules) {
    for (const f of r.when.patientFlags ?? [])
      if (!flags.has(f)) report('rules', `rule ${r.id}: unknown patient flag "${f}"`);
    for (const s of r.when.points?.sets ?? [])
      if (!sets.has(s)) report('rules', `rule ${r.id}: unknown point set "${s}"`);
    for (const c of r.when.points?.codes ?? [])
      if (!codes.has(c)) report('rules', `rule ${r.id}: no point record ${c}`);
    for (const s of r.supersedes ?? [])
      if (!kb.cautionRules.some((o) => o.id === s)) report('rules', `rule ${r.id}: supersedes unknown rule "${s}"`);
  }
  for (const message of safetyProblems(kb)) report('safety', message);
}

function checkPairingsAndConditions(kb: KnowledgeBase, codes: ReadonlySet<string>, report: Report): void {
  const ids = (xs: readonly { id: string }[]): Set<string> => new Set(xs.map((x) => x.id));
  const [conditions, homeCare, redFlags, otherOptions] = [
    ids(kb.conditions),
    ids(kb.homeCare),
    ids(kb.redFlags),
    ids(kb.otherOptions),
  ];
  for (const p of kb.pairings) {
    for (const c of p.points) if (!codes.has(c)) report('pairings', `pairing ${p.id}: no point record ${c}`);
    for (const c of p.conditions ?? [])
      if (!conditions.has(c)) report('pairings', `pairing ${p.id}: unknown condition "${c}"`);
  }
  for (const c of kb.conditions) {
    const pointCodes = [...c.points.map((p) => p.code), ...(c.techniques ?? []).flatMap((t) => t.points ?? [])];
    for (const code of pointCodes)
      if (!codes.has(code)) report('conditions', `condition ${c.id}: no point record ${code}`);
    for (const o of c.otherOptions ?? [])
      if (!otherOptions.has(o)) report('conditions', `condition ${c.id}: unknown other option "${o}"`);
    for (const h of c.homeCare)
      if (!homeCare.has(h)) report('conditions', `condition ${c.id}: unknown home-care item "${h}"`);
    for (const r of c.redFlags)
      if (!redFlags.has(r)) report('conditions', `condition ${c.id}: unknown red flag "${r}"`);
  }
}

function checkAliases(kb: KnowledgeBase, codes: ReadonlySet<string>, report: Report): void {
  const resolve = createCodeResolver({ schemaVersion: 1, ...kb.aliases });
  for (const a of kb.aliases.codeAliases)
    if (!codes.has(a.code)) report('aliases', `alias ${a.alias}: no point record ${a.code}`);
  for (const p of kb.points) {
    if (resolve(p.code) !== p.code) report('aliases', `${p.code} does not resolve to itself`);
    for (const alt of p.altCodes ?? [])
      if (resolve(alt) !== p.code) report('aliases', `${p.code}: alternative code ${alt} does not resolve to it`);
  }
}

/** Every `sources` array anywhere inside the records. */
function sourceIdsIn(value: unknown, out: { id: string; at: string }[], at: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => sourceIdsIn(v, out, `${at}[${i}]`));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'sources' && Array.isArray(v)) for (const s of v as { id: string }[]) out.push({ id: s.id, at });
    else sourceIdsIn(v, out, `${at}.${k}`);
  }
}

function checkSources(kb: KnowledgeBase, report: Report): void {
  const known = new Set(kb.sources.map((s) => s.id));
  const { sources: _s, landmarks: _l, cunScales: _c, ...records } = kb;
  const refs: { id: string; at: string }[] = [];
  sourceIdsIn(records, refs, 'kb');
  for (const r of refs) if (!known.has(r.id)) report('sources', `${r.at}: unknown source "${r.id}"`);
}

/** All cross-reference problems of a knowledge base (empty when consistent). */
export function knowledgeBaseProblems(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (kind, message) => problems.push({ kind, message });
  const codes = new Set(kb.points.map((p) => p.code));
  const conditionIds = new Set(kb.conditions.map((c) => c.id));
  for (const p of kb.points) checkPoint(p, codes, conditionIds, report);
  for (const p of kb.points) {
    const needling = needlingProblem(p);
    if (needling) report('points', needling);
  }
  checkCycles(kb.points, report);
  checkRules(kb, codes, report);
  checkPairingsAndConditions(kb, codes, report);
  checkAliases(kb, codes, report);
  checkSources(kb, report);
  return problems;
}
