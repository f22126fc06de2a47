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
