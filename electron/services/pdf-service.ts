// plans:export-pdf — Electron-free: the host injects how the print route becomes PDF bytes (Electron:
// printToPDF of a hidden window; browser host: page.pdf) and how the target file is chosen (a save
// dialog owned by main; a fixed folder in tests). The plan must open cleanly before anything is shown.
import path from 'node:path';
import type { Plan } from '../contract/plan';
import { writeFileAtomic } from './atomic-file';
import type { PlanStore } from './plan-store';

export type Paper = 'A4' | 'Letter';

export interface PdfDeps {
  render: (planId: string, paper: Paper) => Promise<Uint8Array>;
  /** absolute path to write, or undefined when the clinician cancels */
  chooseTarget: (suggestedName: string) => Promise<string | undefined>;
}

/** "2026-11-20 Example Patient plan.pdf" — safe on every platform's file system. */
export function suggestedFileName(plan: Plan, extension: string): string {
  const who = plan.patient.name.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `${plan.date}${who ? ` ${who}` : ''} plan${extension}`;
}

export function createPdfService(store: PlanStore, deps: PdfDeps) {
  return async (id: string, paper: Paper): Promise<{ saved: boolean; path?: string }> => {
    const plan = await store.open(id);
    const target = await deps.chooseTarget(suggestedFileName(plan, '.pdf'));
    if (!target) return { saved: false };
    const bytes = await deps.render(plan.id, paper);
    await writeFileAtomic(path.resolve(target), bytes);
    return { saved: true, path: path.resolve(target) };
  };
}
