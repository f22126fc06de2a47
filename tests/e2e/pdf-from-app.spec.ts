import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

test('Export PDF in the plan panel saves the plan and writes a PDF through plans:export-pdf', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.locator('#search-input').fill('huantiao');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('export-message')).toContainText('PDF saved:', { timeout: 30_000 });
  const files = await readdir(path.join(dataDir, 'exports'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/plan\.pdf$/);
  const text = execFileSync('pdftotext', [path.join(dataDir, 'exports', files[0]!), '-'], { encoding: 'utf8' });
  expect(text).toContain('GB30');
  expect(text).toContain('环跳');
});

test.describe('with clinic settings', () => {
  test.use({
    settings: {
      version: 1, welcomeDismissed: true, paper: 'Letter', units: 'metric',
      clinicHeader: { clinic: 'Riverside <i>Clinic</i>', clinician: 'Dr Q. Test', contact: '12 River St · 555 0100' },
    },
  });

  test('the PDF carries the clinic header, uses the paper size from settings and shows approximate depths', async ({ host, dataDir }) => {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await page.locator('#search-input').fill('ST36');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add to plan' }).click();
    await page.getByLabel('Depth (cun)').first().fill('1.5');
    await host.sendMenuCommand('plan-export-pdf');
    await expect(page.getByTestId('export-message')).toContainText('PDF saved:', { timeout: 30_000 });
    const [file] = await readdir(path.join(dataDir, 'exports'));
    const pdf = path.join(dataDir, 'exports', file!);
    // Table cells wrap, so compare with whitespace collapsed.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Riverside <i>Clinic</i> · 12 River St · 555 0100');
    expect(text).toContain('Dr Q. Test');
    // the angle comes from ST36's record (added points start as the record gives), the depth as typed
    expect(text).toContain('Needle (perpendicular, 1.5 cun (≈ 3 cm))');
    // US Letter is 612 × 792 pt.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  });
});
