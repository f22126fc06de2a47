// `npm run --silent plan:check -- <plan.acuplan>`: the plan safety check as JSON on stdout —
// { "refer": bool, "redFlags": {...}, "findings": [{ "id", "severity", "points", "message", "sources" }] }.
// The same check the plan panel and the PDF show. Exit 0 for a valid plan; exit 2 and one line on stderr
// for an invalid or unreadable one.
import { loadKnowledgeBase } from '../../points/knowledge-base';
import { checkPlan } from '../../points/safety/check-plan';
import { toSafetyInput } from '../contract/plan-safety-input';
import { cliArgs } from './cli-args';
import { readPlanArg } from './read-plan-arg';

const { positionals } = cliArgs('usage: npm run --silent plan:check -- <plan file>', {}, { min: 1, max: 1 });
const input = positionals[0]!;
const plan = await readPlanArg(input);
const kb = loadKnowledgeBase();
const titles = new Map(kb.sources.map((s) => [s.id, s.title]));
const report = checkPlan(kb, toSafetyInput(plan));
const out = {
  refer: report.referBeforeTreating,
  redFlags: report.redFlags,
  findings: report.findings.map((f) => ({
    id: f.id,
    // a red-flag referral is reported as contraindicated (treatment should wait) with refer: true
    severity: f.severity === 'refer' ? 'contraindicated' : f.severity,
    refer: f.severity === 'refer',
    points: f.codes,
    message: f.message,
    sources: f.sources.map((s) => ({
      id: s.id,
      title: titles.get(s.id) ?? s.id,
      ...(s.detail ? { detail: s.detail } : {}),
    })),
    ...(f.acknowledged ? { acknowledged: f.acknowledged } : {}),
  })),
  staleAcknowledgements: report.staleAcknowledgements,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
