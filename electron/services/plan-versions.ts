// Plans are found by the id inside the file, not by the file's name (issue 15). A copy made by hand, or a
// sync tool's conflict copy (Dropbox "conflicted copy", Syncthing ".sync-conflict-", OneDrive "-<machine>"),
// holds the same id under another name: the files of one id are its versions. One version is the plan's
// own file (<id>.acuplan) when it exists, otherwise the newest; more than one is shown to the clinician as
// "versions of this plan" to keep one of, or keep all as separate plans. Pure: names and summaries in.
import { PLAN_EXTENSION, type PlanSummary } from '../contract/plan';

export interface NamedSummary {
  name: string;
  summary: PlanSummary;
}

export const ownFileName = (id: string): string => `${id}${PLAN_EXTENSION}`;

/** The files of each plan id, the primary one first: the plan's own file, then the newest change. */
export function groupVersions(entries: readonly NamedSummary[]): Map<string, NamedSummary[]> {
  const groups = new Map<string, NamedSummary[]>();
  for (const entry of entries) {
    const group = groups.get(entry.summary.id);
    if (group) group.push(entry);
    else groups.set(entry.summary.id, [entry]);
  }
  for (const [id, group] of groups) {
    group.sort(
      (a, b) =>
        Number(b.name === ownFileName(id)) - Number(a.name === ownFileName(id)) ||
        b.summary.updatedAt.localeCompare(a.summary.updatedAt) ||
        a.name.localeCompare(b.name),
    );
  }
  return groups;
}

const DROPBOX = /\s\((.+?)'s conflicted copy(?: (\d{4}-\d{2}-\d{2}))?\)/i;
const SYNCTHING = /\.sync-conflict-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})\d{2}-([A-Z0-9]{7})/;
const NUMBERED = /\s\((\d+)\)$|\s-\s(?:copy|kopie|copie)(?:\s\(\d+\))?$/i;

/** Where a version's file probably came from, in plain words, for the clinician choosing between them. */
export function describeVersionFile(name: string, id: string): string {
  if (name === ownFileName(id)) return 'the plan’s own file';
  const stem = name.endsWith(PLAN_EXTENSION) ? name.slice(0, -PLAN_EXTENSION.length) : name;
  const dropbox = DROPBOX.exec(stem);
  if (dropbox) return `a Dropbox conflicted copy from ${dropbox[1]}${dropbox[2] ? ` (${dropbox[2]})` : ''}`;
  const syncthing = SYNCTHING.exec(stem);
  if (syncthing) {
    const [, y, mo, d, h, mi, device] = syncthing;
    return `a Syncthing conflict copy from device ${device} (${y}-${mo}-${d} ${h}:${mi})`;
  }
  if (stem.startsWith(`${id}-`))
    return `a copy from another computer (“${stem.slice(id.length + 1)}”, as OneDrive names them)`;
  if (NUMBERED.test(stem)) return 'a copy of the plan’s file';
  return `a copy named “${name}”`;
}
