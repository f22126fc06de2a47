// `npm run --silent plan:pdf -- <plan.acuplan|json> <out.pdf> [--paper a4|letter] [--handout]`: exports a
// plan file to PDF headlessly through the browser host — the clinical record, or with --handout the
// patient handout (every home-care item that is not marked unsafe for this patient). Exit 2 with a clear
// message when the plan file is invalid.
import { exportPlanPdf } from '../browser-host/pdf-export';
import { readPlanArg } from './read-plan-arg';

const USAGE = 'usage: npm run --silent plan:pdf -- <plan file> <out.pdf> [--paper a4|letter] [--handout]';
const args = process.argv.slice(2);
const paperAt = args.indexOf('--paper');
const paper = paperAt >= 0 && args[paperAt + 1]?.toLowerCase() === 'letter' ? 'Letter' : 'A4';
const handout = args.includes('--handout');
const positional = args.filter((a, i) => a !== '--handout' && (paperAt < 0 || (i !== paperAt && i !== paperAt + 1)));
const unknown = positional.filter((a) => a.startsWith('--'));
const [input, output] = positional;
if (!input || !output || unknown.length > 0 || positional.length > 2) {
  console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  process.exit(2);
}
const plan = await readPlanArg(input);
try {
  await exportPlanPdf(plan, output, paper, handout ? { document: 'handout' } : undefined);
  console.log(`wrote ${output} (${handout ? 'patient handout' : 'clinical record'}, ${paper})`);
} catch (error) {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
