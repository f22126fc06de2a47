// Reads a plan file named on a CLI command line through the one safe reader (regular files only, bounded
// read, migrations, validation, red-flag keys). On any problem: one line on stderr, exit 2.
import type { Plan } from '../contract/plan';
import { readPlanFile } from '../services/plan-file-read';

function fail(message: string): never {
  console.error(message.replace(/\s+/g, ' ').trim());
  process.exit(2);
}

export async function readPlanArg(file: string): Promise<Plan> {
  const read = await readPlanFile(file);
  if (!read) fail(`Cannot read ${file}: no such file.`);
  if (!read.ok) fail(read.problem.message);
  return read.plan;
}
