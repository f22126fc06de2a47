// PDF export end to end: the fixture plan through the print route in Chromium (page.pdf), checked with
// poppler (pdfinfo, pdftotext, pdffonts). Needs `npm run build` and poppler-utils (.ci/run installs it).
import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT, startBrowserHost } from '../../electron/browser-host/browser-host';
import { renderPrintPdf } from '../../electron/browser-host/print-pdf';
import { createPlanStore } from '../../electron/services/plan-store';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';

const FIXTURE_FILE = path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan');
const fixture = Plan.parse(JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')));
const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-test-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
  // the note is printed as text, markup and all (long words may wrap anywhere: compared without spaces)
  expect(text.replace(/\s/g, '')).toContain("<script>alert('notesaretext')</script>");
  expect(text).toMatch(/Contraindicated \(SP6\)/);
  expect(text).toContain('Acknowledged: Point will not be needled');
  // the example answers every red flag of its condition "no": only then does the PDF say so
  expect(text).toContain(`all ${Object.keys(fixture.redFlags).length} questions asked; no red flag answered yes`);
  // every finding `plan:check` reports for the same file is printed, with its message
  const check = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'electron/cli/plan-check.ts'), FIXTURE_FILE],
      { encoding: 'utf8' },
    ),
  ) as { findings: { message: string }[] };
  expect(check.findings.length).toBeGreaterThan(3);
  for (const f of check.findings) expect(text).toContain(f.message.replace(/\s+/g, ' '));
  expect(text).toContain('does not replace clinical judgement');
  expect(text).toMatch(/page 1 of \d/);
  const fonts = poppler('pdffonts', out)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
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
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'electron/cli/plan-pdf.ts'), bad, path.join(dir, 'x.pdf')],
    { encoding: 'utf8', cwd: PROJECT_ROOT },
  );
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('bad.acuplan is not a readable plan');
});

/** Grey bytes of a binary PGM (P5, maxval 255) as written by `pdftoppm -gray`. */
function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const buf = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not an 8-bit binary PGM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: buf.subarray(header[0].length) };
}

/** Top edge (pt) of the first word equal to `word` on a page, from `pdftotext -bbox`. */
function wordTop(pdf: string, page: number, word: string): number | undefined {
  const html = poppler('pdftotext', '-bbox', '-f', String(page), '-l', String(page), pdf, '-');
  const m = new RegExp(`yMin="([\\d.]+)"[^>]*>${word}</word>`).exec(html);
  return m ? Number(m[1]) : undefined;
}

test('the body diagrams are rendered: titled section, shaded body pixels between heading and captions', async () => {
  const out = path.join(dir, 'diagrams.pdf');
  await exportPlanPdf(fixture, out, 'A4');
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', out))?.[1]);
  const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) => wordTop(out, p, 'diagrams') !== undefined);
  expect(page, 'a page with the "Body diagrams" heading').toBeDefined();
  expect(poppler('pdftotext', out, '-').replace(/\s+/g, ' ')).toContain('Body diagrams');
  const top = wordTop(out, page as number, 'diagrams') as number;
  const bottom = wordTop(out, page as number, 'Front');
  expect(bottom, 'the front view caption').toBeGreaterThan(top + 100);
  // The area between heading and captions is the rendered body; at 30 dpi a blank (white) WebGL image
  // leaves only the small label circles, the shaded body fills well over a tenth of it.
  const dpi = 30;
  const y = Math.ceil(((top + 20) * dpi) / 72);
  const h = Math.floor((((bottom as number) - 4) * dpi) / 72) - y;
  const stem = path.join(dir, 'diagram-area');
  poppler(
    'pdftoppm',
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-y',
    String(y),
    '-H',
    String(h),
    '-x',
    '0',
    '-W',
    String(Math.floor((595 * dpi) / 72)),
    out,
    stem,
  );
  const pgm = readdirSync(dir).find((f) => f.startsWith('diagram-area') && f.endsWith('.pgm'));
  const { width, height, pixels } = readPgm(path.join(dir, pgm as string));
  expect(width * height).toBeGreaterThan(1000);
  let ink = 0;
  for (let i = 0; i < width * height; i++) if ((pixels[i] as number) < 235) ink++;
  expect(ink / (width * height)).toBeGreaterThan(0.1);
});

test('without WebGL the PDF still exports and says why the body diagrams are missing', async () => {
  const dataDir = path.join(dir, 'no-webgl');
  await createPlanStore({ dir: path.join(dataDir, 'plans') }).save(fixture);
  const host = await startBrowserHost({ dataDir, args: ['--disable-webgl', '--disable-3d-apis'] });
  const out = path.join(dir, 'no-webgl.pdf');
  try {
    await writeFile(out, await renderPrintPdf(host.context, host.origin, fixture.id, 'A4'));
  } finally {
    await host.close();
  }
  const text = poppler('pdftotext', out, '-').replace(/\s+/g, ' ');
  expect(text).toContain('Body diagrams need WebGL');
  for (const p of fixture.points) expect(text).toContain(p.code);
  expect(
    poppler('pdfimages', '-list', out)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim()),
  ).toHaveLength(0);
});

test('the kept print page: a second plan shows nothing of the first, and the page holds no plan between exports', async () => {
  const dataDir = path.join(dir, 'warm');
  const other = Plan.parse({
    ...fixture,
    id: '0b6f5e2a-1c3d-4e5f-8a9b-1234567890ab',
    patient: { ...fixture.patient, name: 'Second Person', flags: [] },
    notes: 'Second plan notes.',
    acknowledgements: [],
    points: [{ uid: 'q1', code: 'LI4', side: 'left', technique: {}, note: '' }],
  });
  const store = createPlanStore({ dir: path.join(dataDir, 'plans') });
  await store.save(fixture);
  await store.save(other);
  const host = await startBrowserHost({ dataDir });
  const pdfText = async (id: string, name: string): Promise<string> => {
    const out = path.join(dir, name);
    await writeFile(out, await renderPrintPdf(host.context, host.origin, id, 'A4'));
    return poppler('pdftotext', out, '-').replace(/\s+/g, ' ');
  };
  try {
    const first = await pdfText(fixture.id, 'warm-1.pdf');
    const second = await pdfText(other.id, 'warm-2.pdf');
    const again = await pdfText(fixture.id, 'warm-3.pdf');
    expect(first).toContain('Example Patient');
    expect(second).toContain('Second Person');
    expect(second).toContain('LI4');
    for (const leaked of ['Example Patient', 'GB30', 'notes are text', 'Acknowledged'])
      expect(second).not.toContain(leaked);
    expect(again).toBe(first);
    const printPages = host.context.pages().filter((p) => p !== host.page);
    expect(printPages).toHaveLength(1);
    // Back to the idle route right after the export returns (the next export waits for it).
    await printPages[0]!.waitForFunction(() => document.body.dataset.printReady === 'idle', undefined, {
      timeout: 5_000,
    });
    const idleText = await printPages[0]!.evaluate(() => document.body.innerText);
    expect(idleText).not.toMatch(/Example Patient|Second Person|LI4|GB30/);
  } finally {
    await host.close();
  }
});
