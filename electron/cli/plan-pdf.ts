// `npm run --silent plan:pdf -- <plan.acuplan|json> <out.pdf> [--paper a4|letter]`: exports a plan file
// to PDF headlessly through the browser host. Exit 2 with a clear message when the plan file is invalid.
import { exportPlanPdf } from '../browser-host/pdf-export';
import { readPlanArg } from './read-plan-arg';

const args = process.argv.slice(2);
const paperAt = args.indexOf('--paper');
const paper = paperAt >= 0 && args[paperAt + 1]?.toLowerCase() === 'letter' ? 'Letter' : 'A4';
const positional = paperAt >= 0 ? args.filter((_, i) => i !== paperAt && i !== paperAt + 1) : args;
const [input, output] = positional;
if (!input || !output) {
  console.error('usage: npm run --silent plan:pdf -- <plan file> <out.pdf> [--paper a4|letter]');
  process.exit(2);
}
const plan = await readPlanArg(input);
try {
  await exportPlanPdf(plan, output, paper);
  console.log(`wrote ${output} (${paper})`);
} catch (error) {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
