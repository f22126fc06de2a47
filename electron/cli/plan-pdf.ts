// `npm run --silent plan:pdf -- <plan.acuplan|json> <out.pdf> [--paper a4|letter] [--handout]`: exports a
// plan file to PDF headlessly through the browser host — the clinical record, or with --handout the
// patient handout (every home-care item that is not marked unsafe for this patient). Exit 2 with a clear
// message when the plan file is invalid.
import { exportPlanPdf } from '../browser-host/pdf-export';
import { cliArgs } from './cli-args';
import { readPlanArg } from './read-plan-arg';

const USAGE = 'usage: npm run --silent plan:pdf -- <plan file> <out.pdf> [--paper a4|letter] [--handout]';
const { values, positionals } = cliArgs(
  USAGE,
  { paper: { type: 'string', default: 'a4' }, handout: { type: 'boolean', default: false } },
  { min: 2, max: 2 },
);
const paperName = values.paper.toLowerCase();
if (paperName !== 'a4' && paperName !== 'letter') {
  console.error(`unknown paper "${values.paper}" (a4 or letter)\n${USAGE}`);
  process.exit(2);
}
const paper = paperName === 'letter' ? 'Letter' : 'A4';
const handout = values.handout;
const [input, output] = positionals as [string, string];
const plan = await readPlanArg(input);
try {
  await exportPlanPdf(plan, output, paper, handout ? { document: 'handout' } : undefined);
  console.log(`wrote ${output} (${handout ? 'patient handout' : 'clinical record'}, ${paper})`);
} catch (error) {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
