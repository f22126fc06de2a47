// Memory of this process's child processes (Chromium and its renderers), as proportional set size (PSS:
// shared pages split between their users, so the sum is not inflated). Linux /proc only; NaN elsewhere.
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid …" — comm may hold spaces and parentheses: read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Total PSS in MB of every process descending from `root` (default: this one), not counting it. */
export function descendantPssMb(root = process.pid): number {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  } catch {
    return NaN;
  }
  const parent = new Map(pids.map((p) => [p, parentOf(p)]));
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++)
      if (p === root) return true;
    return false;
  };
  return pids.filter(isDescendant).reduce((sum, p) => sum + pssKb(p), 0) / 1024;
}
