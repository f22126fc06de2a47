import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfService, suggestedFileName } from '../../../electron/services/pdf-service';
import { createPlanStore } from '../../../electron/services/plan-store';
import { fixturePlan, tempDir } from '../plans/plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => cleanup());

describe('PDF export service', () => {
  it('suggests a safe file name from date and patient', () => {
    expect(suggestedFileName(fixturePlan(), '.pdf')).toBe('2026-11-20 Example Patient fictional plan.pdf');
    expect(
      suggestedFileName(
        { ...fixturePlan(), patient: { ...fixturePlan().patient, name: '../../etc/passwd <x>' } },
        '.pdf',
      ),
    ).toBe('2026-11-20 .. .. etc passwd x plan.pdf');
    expect(suggestedFileName({ ...fixturePlan(), patient: { ...fixturePlan().patient, name: '' } }, '.pdf')).toBe(
      '2026-11-20 plan.pdf',
    );
  });

  it('renders the stored plan and writes it where the host chose; cancel writes nothing', async () => {
    const store = createPlanStore({ dir: path.join(dir, 'plans') });
    await store.save(fixturePlan());
    const rendered: string[] = [];
    const target = path.join(dir, 'out', 'x.pdf');
    const service = createPdfService(store, {
      render: async (id, paper) => {
        rendered.push(`${id} ${paper}`);
        return new TextEncoder().encode('%PDF-fake');
      },
      chooseTarget: async () => target,
    });
    expect(await service(fixturePlan().id, 'Letter')).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-fake');
    expect(rendered).toEqual([`${fixturePlan().id} Letter`]);
    // Rendering starts while the save dialog is open; on cancel its result (or failure) is dropped and nothing is written.
    const cancelled = createPdfService(store, {
      render: async () => {
        throw new Error('render failed');
      },
      chooseTarget: async () => undefined,
    });
    expect(await cancelled(fixturePlan().id, 'A4')).toEqual({ saved: false });
    expect(await readdir(path.join(dir, 'out'))).toEqual(['x.pdf']);
    await expect(cancelled('plan-missing-0001', 'A4')).rejects.toThrow('no longer exists');
  });
});
