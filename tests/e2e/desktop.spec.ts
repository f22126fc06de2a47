// Desktop conventions through the browser host with the real services: first-run welcome, persisted
// settings, the Open dialog, File-menu commands, and plan files handed over by the OS.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test } from './fixtures';

const FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan');
const fixture = () =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown> & { patient: Record<string, unknown> };
const patientField = (page: Page) => page.getByLabel('Name or identifier');

/** Stores plans the way the app does: one <id>.acuplan file each in the plans folder. */
async function storePlans(
  dataDir: string,
  plans: Array<{ id: string; name: string; condition: string; updatedAt: string }>,
) {
  await mkdir(path.join(dataDir, 'plans'), { recursive: true });
  for (const p of plans) {
    const plan = {
      ...fixture(),
      id: p.id,
      createdAt: p.updatedAt,
      updatedAt: p.updatedAt,
      patient: { ...fixture().patient, name: p.name },
      condition: { text: p.condition },
    };
    await writeFile(path.join(dataDir, 'plans', `${p.id}.acuplan`), JSON.stringify(plan));
  }
}

test.describe('first run', () => {
  test.use({ settings: null });

  test('the welcome explains the disclaimer and where plans live, and is not shown again once dismissed', async ({
    host,
    dataDir,
  }) => {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Acupoint Reference' });
    await expect(welcome).toBeVisible();
    await expect(welcome).toContainText('does not replace clinical judgement');
    await expect(welcome).toContainText(path.join(dataDir, 'plans'));
    await welcome.getByRole('button', { name: 'Start' }).click();
    await expect(welcome).toBeHidden();
    const dismissed = async () =>
      JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8').catch(() => '{}')).welcomeDismissed;
    await expect.poll(dismissed).toBe(true);
    await page.reload();
    await expect(page.locator('[data-host-status="ready"]')).toBeVisible();
    await expect(welcome).toBeHidden();
    // Help → Welcome Guide shows it again on request; Esc closes it.
    await host.sendMenuCommand('show-welcome');
    await expect(welcome).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(welcome).toBeHidden();
  });
});

test('settings are saved to disk, survive a restart and take effect; Cancel keeps them', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Paper size').selectOption('Letter');
  await dialog.getByLabel('Needling depth').selectOption('metric');
  await dialog.getByLabel('Clinic name').fill('Riverside <b>Clinic</b>');
  await dialog.getByLabel('Clinician (new plans)').fill('Dr Q. Test');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const onDisk = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'));
  expect(onDisk).toMatchObject({
    version: 1,
    paper: 'Letter',
    units: 'metric',
    clinicHeader: { clinic: 'Riverside <b>Clinic</b>', clinician: 'Dr Q. Test' },
  });

  await page.reload();
  await expect(page.getByLabel('Paper size', { exact: true }).first()).toHaveValue('Letter');
  // Depth shown with an approximate metric length: ST36 is needled 0.5–1.5 cun or so; any "≈ … cm" proves the unit.
  await page.locator('#search-input').fill('ST36');
  await page.keyboard.press('Enter');
  await expect(page.locator('.detail')).toContainText(/cun \(≈ [\d.–]+ cm\)/);
  // A new plan takes the clinician from the settings.
  await host.sendMenuCommand('plan-new');
  await expect(page.locator('.plan').getByLabel('Clinician', { exact: true })).toHaveValue('Dr Q. Test');

  await page.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByLabel('Paper size').selectOption('A4');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).paper).toBe('Letter');
});

test.describe('a damaged settings file', () => {
  test.use({ settings: { version: 1, welcomeDismissed: true, theme: 'purple', paper: 'Letter' } });

  test('is repaired field by field and the clinician is told', async ({ host }) => {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await expect(page.getByRole('alert').filter({ hasText: 'reset to their defaults: theme' })).toBeVisible();
    await expect(page.getByLabel('Paper size', { exact: true }).first()).toHaveValue('Letter');
  });
});

test('File → Open Plan lists stored plans newest first, filters, and opens with the keyboard', async ({
  host,
  dataDir,
}) => {
  await storePlans(dataDir, [
    { id: 'plan-older-0001', name: 'Ann Older', condition: 'Knee pain', updatedAt: '2026-11-01T10:00:00.000Z' },
    { id: 'plan-newer-0002', name: 'Bo Newer', condition: 'Low back pain', updatedAt: '2026-11-20T10:00:00.000Z' },
  ]);
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await expect(patientField(page)).toHaveValue('Bo Newer');
  await host.sendMenuCommand('plan-open');
  const dialog = page.getByRole('dialog', { name: 'Open a plan' });
  await expect(dialog.getByRole('option')).toHaveText([/Bo Newer/, /Ann Older/]);
  await page.keyboard.type('knee');
  await expect(dialog.getByRole('option')).toHaveText([/Ann Older/]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(patientField(page)).toHaveValue('Ann Older');
  // Open Recent sends the plan id.
  await host.sendMenuCommand({ command: 'open-plan', id: 'plan-newer-0002' });
  await expect(patientField(page)).toHaveValue('Bo Newer');
});

test('File → Save, New Plan and Export PDF work from the menu', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await patientField(page).fill('Menu Patient');
  await host.sendMenuCommand('plan-save');
  await expect(page.getByTestId('file-message')).toHaveText('Plan saved.');
  await host.sendMenuCommand('plan-export-pdf');
  await expect(page.getByTestId('export-message')).toContainText('PDF saved:');
  const pdfs = (await import('node:fs')).readdirSync(path.join(dataDir, 'exports'));
  expect(pdfs.some((f) => f.endsWith('.pdf'))).toBe(true);
  await host.sendMenuCommand('plan-new');
  await expect(patientField(page)).toHaveValue('');
});

test.describe('a plan file given at launch', () => {
  test.use({ hostOptions: { openFiles: [FIXTURE] } });

  test('opens instead of the most recent plan; a file handed over later opens too, a bad one is reported', async ({
    host,
    dataDir,
  }) => {
    await storePlans(dataDir, [
      { id: 'plan-recent-0001', name: 'Most Recent', condition: 'x', updatedAt: '2026-11-22T10:00:00.000Z' },
    ]);
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await expect(patientField(page)).toHaveValue('Example Patient (fictional)');
    await expect(page.getByTestId('file-message')).toContainText('Opened the plan for Example Patient (fictional)');

    const second = path.join(dataDir, 'second.acuplan');
    await writeFile(
      second,
      JSON.stringify({
        ...fixture(),
        id: 'plan-second-0001',
        patient: { ...fixture().patient, name: 'Second Launch' },
      }),
    );
    const broken = path.join(dataDir, 'broken.acuplan');
    await writeFile(broken, '{ not json');
    await host.openFiles([second, broken]);
    await expect(patientField(page)).toHaveValue('Second Launch');
    await expect(page.getByTestId('file-message')).toContainText('broken.acuplan');
  });
});

test('View → Show or Hide Channel Lines toggles the lines (fewer draw calls) and the filter bar follows', async ({
  host,
}) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const viewport = page.locator('.viewport[data-scene-ready="true"]');
  await expect(viewport).toBeVisible({ timeout: 60_000 });
  const calls = async () => Number(await viewport.getAttribute('data-draw-calls'));
  const before = await calls();
  await host.sendMenuCommand('toggle-channels');
  await expect(page.getByLabel('Channel lines')).not.toBeChecked();
  await expect.poll(calls).toBeLessThan(before);
  await page.getByLabel('Channel lines').check();
  await expect.poll(calls).toBe(before);
});
