// Reads a plan file named on a CLI command line: a regular file within the plan size limit, parsed by the
// one plan reader (migrations, validation, red-flag keys). On any problem: one line on stderr, exit 2.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PLAN_BYTES, type Plan } from '../contract/plan';
import { readPlanBytes, tooLargeProblem } from '../services/plan-file';

function fail(message: string): never {
  console.error(message.replace(/\s+/g, ' ').trim());
  process.exit(2);
}

export async function readPlanArg(file: string): Promise<Plan> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    // O_NONBLOCK: opening a FIFO must not hang the command; fstat then refuses anything but a file.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => fail(`Cannot read ${file}: no such file, or no permission.`));
    try {
      const info = await handle.stat();
      if (!info.isFile()) fail(`${name} is not a regular file. It was not read.`);
      if (info.size > MAX_PLAN_BYTES) fail(tooLargeProblem(name, info.size).message);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = readPlanBytes(bytes, name);
  if (!read.ok) fail(read.problem.message);
  return read.plan;
}
