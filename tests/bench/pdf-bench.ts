// Helpers for the PDF export bench: how many body views an exported PDF carries (each view is one
// embedded image — the rest of the printed plan is text and vector shapes).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../../electron/contract/plan';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';

/** Image rows of `pdfimages -list` (two header lines); NaN when poppler is not installed. */
export function imageCount(pdf: string): number {
  try {
    return execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).length;
  } catch {
    return NaN;
  }
}

/** Exports once more outside the timed runs and counts the body views in the result. */
export async function bodyViewCount(plan: Plan): Promise<number> {
  const out = path.join(os.tmpdir(), `acupoint-bench-views-${process.pid}.pdf`);
  await exportPlanPdf(plan, out);
  const n = imageCount(out);
  rmSync(out, { force: true });
  return n;
}
