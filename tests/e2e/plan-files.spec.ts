import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test } from './fixtures';

test.use({ hostOptions: { importFile: path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan') } });

test('open a plan file into the builder, then save the plan as a file', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.getByRole('button', { name: 'Open plan file…' }).click();
  await expect(page.getByTestId('file-message')).toContainText('Opened the plan for Example Patient (fictional)');
  await expect(page.locator('.plan')).toContainText('GB30');
  await expect(page.locator('.plan')).toContainText('Point will not be needled');
  await page.getByRole('button', { name: 'Save as file…' }).click();
  await expect(page.getByTestId('file-message')).toContainText('Plan file saved:');
  const [file] = await readdir(path.join(dataDir, 'exports'));
  const saved = Plan.parse(JSON.parse(readFileSync(path.join(dataDir, 'exports', file!), 'utf8')));
  expect(saved.points.map((p) => p.code)).toEqual(['GB30', 'GB34', 'BL40', 'SP6']);
});
