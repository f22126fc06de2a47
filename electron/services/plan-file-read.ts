// Reading a plan file from disk, safely, wherever a path comes in (the plans folder, import, files from
// the OS, the CLIs): only a regular file is read — a FIFO, device or folder named *.acuplan is refused
// without blocking (the open is non-blocking and the handle is checked) — and never more than the plan
// size limit, checked on the open handle and capped while reading.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_PLAN_BYTES } from '../contract/plan';
import { readPlanBytes, tooLargeProblem, type PlanRead } from './plan-file';

/** Reads the `size` bytes an open file had when it was checked — undefined when it grew meanwhile (it is
 *  being rewritten): sized from the file and never following its growth, so a read is always bounded. */
export async function readExactly(handle: fs.FileHandle, size: number): Promise<Buffer | undefined> {
  const buffer = Buffer.alloc(size + 1);
  let read = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
    read += bytesRead;
    if (bytesRead === 0 || read >= buffer.length) break;
  }
  return read > size ? undefined : buffer.subarray(0, read);
}

/** The plan in a file, a problem, or undefined when there is no such file. */
export async function readPlanFile(file: string): Promise<PlanRead | undefined> {
  const name = path.basename(file);
  const problem = (message: string): PlanRead => ({ ok: false, problem: { file: name, code: 'unreadable', message } });
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // no such file (ENOTDIR: a part of the path is a file, so the plan cannot be there either)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return problem(
      code === 'EACCES' || code === 'EPERM'
        ? `${name} could not be read: no permission.`
        : `${name} could not be read from disk.`,
    );
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return problem(`${name} is not a regular file (a folder, pipe or device). It was not read.`);
    if (info.size > MAX_PLAN_BYTES) return { ok: false, problem: tooLargeProblem(name, info.size) };
    const bytes = await readExactly(handle, info.size);
    if (!bytes) return problem(`${name} changed while it was being read. Try again.`);
    return readPlanBytes(bytes, name);
  } catch {
    return problem(`${name} could not be read from disk.`);
  } finally {
    await handle.close();
  }
}
