// PDF export end to end: the fixture plan through the print route in Chromium (page.pdf), checked with
// poppler (pdfinfo, pdftotext, pdffonts). Needs `npm run build` and poppler-utils (.ci/run installs it).
import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';

const fixture = Plan.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan'), 'utf8')));
const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
let dir: string;
test.beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-test-')); });
test.afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

test('exports the example plan as an A4 PDF with codes, hanzi, literal markup, findings and embedded fonts', async () => {
  const out = path.join(dir, 'plan.pdf');
  await exportPlanPdf(fixture, out, 'A4');
  const info = poppler('pdfinfo', out);
  expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
  // Table cells wrap lines: compare with whitespace collapsed.
  const text = poppler('pdftotext', out, '-').replace(/\s+/g, ' ');
  for (const p of fixture.points) expect(text).toContain(p.code);
  expect(text).toContain('环跳');
  expect(text).toContain('委中');
  expect(text).toContain("<script>alert('notes are text')</script>");
  expect(text).toMatch(/Contraindicated \(SP6\)/);
  expect(text).toContain('Acknowledged: Point will not be needled');
  expect(text).toContain('does not replace clinical judgement');
  expect(text).toMatch(/page 1 of \d/);
  const fonts = poppler('pdffonts', out).split('\n').slice(2).filter((l) => l.trim());
  expect(fonts.length).toBeGreaterThan(1);
  for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  expect(fonts.some((l) => /NotoSansSC/.test(l))).toBe(true);
});

test('US Letter paper and a clear failure on an invalid plan file', async () => {
  const out = path.join(dir, 'letter.pdf');
  await exportPlanPdf(fixture, out, 'Letter');
  expect(poppler('pdfinfo', out)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const bad = path.join(dir, 'bad.acuplan');
  await writeFile(bad, '{"schemaVersion": 1, "id": "x"');
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'electron/cli/plan-pdf.ts'), bad, path.join(dir, 'x.pdf')], { encoding: 'utf8', cwd: PROJECT_ROOT });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('bad.acuplan is not a readable plan');
});

