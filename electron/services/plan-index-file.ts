// The plans folder's summary index on disk (.index.json): one entry per plan file name — the file's
// identity when it was read (size, mtime, ctime, inode) and what list() shows for it. It is a cache, never a
// source of truth: read like any untrusted file (regular files only, size-capped), every entry validated
// with the plan's own field schemas, and anything damaged or foreign is ignored (the store rebuilds it).
import { constants, promises as fs, type Stats } from 'node:fs';
import { readExactly } from './plan-file-read';
import { z } from 'zod';
import { Plan, PlanProblem, PlanSummary } from '../contract/plan';

export const INDEX_FILE = '.index.json';
const FORMAT = 'acupoint-plan-index';
const VERSION = 1;
/** A few hundred bytes a plan: 64 MB is far beyond any real folder, and a bigger file is not ours. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/** What identifies one version of a file on disk. An atomic write (temp file + rename) always changes the
 *  inode and ctime, so a plan rewritten within the same mtime tick and at the same size is still noticed. */
export interface FileKey {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}
export type IndexEntry = FileKey &
  ({ summary: PlanSummary; problem?: never } | { problem: PlanProblem; summary?: never });

export const keyOf = (info: Stats): FileKey => ({
  size: info.size,
  mtimeMs: info.mtimeMs,
  ctimeMs: info.ctimeMs,
  ino: info.ino,
});
export const sameKey = (a: FileKey, b: FileKey): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

const Key = { size: z.number().int().min(0), mtimeMs: z.number(), ctimeMs: z.number(), ino: z.number() };
// The same field rules as the plan itself: an index written by someone else cannot put text in the list
// (a bidi override in a patient name, say) that the plan file could not hold.
const StoredSummary = PlanSummary.extend({
  id: Plan.shape.id,
  patient: Plan.shape.patient.shape.name,
  date: Plan.shape.date,
  condition: Plan.shape.condition.shape.text,
  pointCount: z.number().int().min(0),
  updatedAt: Plan.shape.updatedAt,
});
const Entry = z.union([
  z.strictObject({ ...Key, summary: StoredSummary }),
  z.strictObject({ ...Key, problem: PlanProblem }),
]);
const IndexDocument = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entries: z.record(z.string(), z.unknown()),
});

/** The entries of a stored index; an entry that does not validate is dropped (its file is simply read
 *  again), a document that is not an index at all gives an empty map. */
export function parseIndex(text: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return entries;
  }
  const doc = IndexDocument.safeParse(json);
  if (!doc.success) return entries;
  for (const [name, value] of Object.entries(doc.data.entries)) {
    const parsed = Entry.safeParse(value);
    if (!parsed.success) continue;
    const entry = parsed.data as IndexEntry;
    // A problem belongs to its own file; anything else was copied from elsewhere.
    if (!entry.problem || entry.problem.file === name) entries.set(name, entry);
  }
  return entries;
}

export function serializeIndex(entries: ReadonlyMap<string, IndexEntry>): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, entries: Object.fromEntries(entries) });
}

/** The stored index, or an empty map when there is none or it cannot be used. Never follows a link, never
 *  blocks on a pipe, never reads more than the cap. */
export async function readIndexFile(file: string): Promise<Map<string, IndexEntry>> {
  let handle: fs.FileHandle;
  try {
    // O_NOFOLLOW and O_NONBLOCK are undefined on Windows (no FIFOs or symlink tricks to guard against there).
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return new Map();
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_INDEX_BYTES) return new Map();
    // A file that grew since the stat is being rewritten and is not used.
    const bytes = await readExactly(handle, info.size);
    return bytes ? parseIndex(bytes.toString('utf8')) : new Map();
  } catch {
    return new Map();
  } finally {
    await handle.close();
  }
}
