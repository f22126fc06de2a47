import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';

test('Export PDF in the plan panel saves the plan and writes a PDF through plans:export-pdf', async ({
  host,
  dataDir,
}) => {
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
      version: 1,
      welcomeDismissed: true,
      paper: 'Letter',
      units: 'metric',
      clinicHeader: { clinic: 'Riverside <i>Clinic</i>', clinician: 'Dr Q. Test', contact: '12 River St · 555 0100' },
    },
  });

  test('the PDF carries the clinic header, uses the paper size from settings and shows approximate depths', async ({
    host,
    dataDir,
  }) => {
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

test.describe('the patient handout from the app', () => {
  test.use({
    settings: {
      version: 1,
      welcomeDismissed: true,
      clinicHeader: {
        clinic: 'Riverside Acupuncture',
        clinician: 'Dr Q. Test',
        contact: '12 River St',
        phone: '555 0100',
      },
    },
  });

  test('chooses home care (advice unsafe for this patient starts unticked), exports its own PDF, nothing clinician-only', async ({
    host,
    dataDir,
  }) => {
    const { page } = host;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, host.origin);
    const plan = page.locator('aside.plan');
    await plan.getByLabel('Name or identifier').fill('Handout Patient');
    await plan.getByLabel('Pregnant', { exact: true }).check();
    await plan.getByLabel('Gestational week').fill('26');
    await plan.getByLabel('Start from condition').selectOption('sciatica-piriformis');
    await plan.getByRole('button', { name: 'Add its points' }).click();
    await plan.getByLabel('Next appointment').fill('2026-12-09T14:30');
    await host.sendMenuCommand('plan-export-handout');
    const dialog = page.getByTestId('handout-dialog');
    await expect(dialog).toBeVisible();
    const bridge = dialog.getByRole('checkbox', { name: /bridge/i });
    await expect(bridge).not.toBeChecked();
    await expect(dialog.locator('label').filter({ hasText: /bridge/i })).toContainText('not advised for this patient');
    const stretch = dialog.getByRole('checkbox', { name: /piriformis/i });
    await expect(stretch).toBeChecked();
    await page.screenshot({ path: test.info().outputPath('handout-dialog.png') });
    await dialog.getByRole('button', { name: 'Export handout' }).click();
    await expect(page.getByTestId('export-message')).toContainText('Handout saved:', { timeout: 30_000 });
    const files = await readdir(path.join(dataDir, 'exports'));
    expect(files).toEqual([expect.stringMatching(/Handout Patient home care\.pdf$/)]);
    const pdf = path.join(dataDir, 'exports', files[0]!);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Riverside Acupuncture');
    expect(text).toContain('Phone: 555 0100');
    expect(text).toContain('Piriformis (figure-four) stretch');
    expect(text).not.toMatch(/bridge/i);
    expect(text).not.toMatch(/\b(?:GB30|BL40|GB34)\b|Contraindicated|Caution|cun\b/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toContain(
      'Title:           Home care — Handout Patient',
    );
  });
});
