import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test } from './fixtures';

const FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan');
test.use({ hostOptions: { importFile: FIXTURE } });

test('open a plan file into the builder, then save the plan as a file', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.getByText('More…').click();
  await page.getByRole('button', { name: 'Open plan file…' }).click();
  await expect(page.getByTestId('file-message')).toContainText('Opened the plan for Example Patient (fictional)');
  await expect(page.locator('.plan')).toContainText('GB30');
  await expect(page.locator('.plan')).toContainText('Point will not be needled');
  // The plan panel shows exactly the findings that `plan:check` reports for the same file.
  const cli = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'electron/cli/plan-check.ts'), FIXTURE],
      { encoding: 'utf8' },
    ),
  ) as { findings: { id: string }[] };
  const shown = await page
    .locator('aside.plan [data-finding]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
  expect(shown.sort()).toEqual(cli.findings.map((f) => f.id).sort());
  expect(shown.length).toBeGreaterThan(3);
  await page.getByText('More…').click();
  await page.getByRole('button', { name: 'Save as file…' }).click();
  await expect(page.getByTestId('file-message')).toContainText('Plan file saved:');
  const [file] = await readdir(path.join(dataDir, 'exports'));
  const saved = Plan.parse(JSON.parse(readFileSync(path.join(dataDir, 'exports', file!), 'utf8')));
  expect(saved.points.map((p) => p.code)).toEqual(['GB30', 'GB34', 'BL40', 'SP6']);
});
