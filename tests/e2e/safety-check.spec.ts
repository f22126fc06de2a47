// The safety check as a clinician meets it (issue 13): pregnancy by stage, the detail-panel banner and the
// Add-to-plan warning, findings on the point rows, a referral that needs a decision and prints, and a plan
// file with red-flag answers the app does not know — refused, never read as "no". Human-speed typing with
// the mouse resting over the page, at 1440×900 and 1280×720. Screenshots go to the test's output folder.
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { CLINIC_SCREENS, expect, openApp, test, typeSlowly } from './fixtures';

/** Opens the app with a resting mouse over the middle of the page, as a clinician's hand would leave it. */
async function openAppResting(page: Page, origin: string): Promise<void> {
  await openApp(page, origin);
  await page.mouse.move(700, 300);
}

async function search(page: Page, query: string): Promise<void> {
  await page.locator('#search-input').click();
  await page.keyboard.press('Control+a');
  await typeSlowly(page, query);
  await page.keyboard.press('Enter');
}

for (const viewport of CLINIC_SCREENS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ hostOptions: { viewport } });

    test('pregnancy by stage: banner, Add-to-plan warning, row finding, and an invalid week refused at the field', async ({
      host,
    }) => {
      const { page } = host;
      await openAppResting(page, host.origin);
      const plan = page.locator('aside.plan');
      const detail = page.locator('aside.detail');
      await plan.getByLabel('Pregnant', { exact: true }).check();
      const week = plan.getByLabel('Gestational week');
      await expect(plan.locator('.gestational-week')).toContainText('assumes the strictest stage');
      await week.click();
      await typeSlowly(page, '8');
      await expect(plan.locator('.gestational-week')).toContainText('Week 8');

      // Week 8: the umbilical row is a caution for this patient, not yet contraindicated.
      await search(page, 'st25');
      await expect(detail.getByRole('heading', { level: 2 })).toContainText('ST25');
      await expect(detail.locator('[data-point-safety]')).toHaveAttribute('data-point-safety', 'caution');

      // Week 20: contraindicated, and the banner says so at the top of the detail panel.
      await week.click();
      await page.keyboard.press('Control+a');
      await typeSlowly(page, '20');
      await expect(detail.locator('[data-point-safety]')).toHaveAttribute('data-point-safety', 'contraindicated');
      await expect(detail.locator('.point-safety-banner')).toContainText('Contraindicated for this patient');
      await expect(detail.locator('.point-safety-banner')).toContainText('umbilicus');

      // Add to plan warns first; Cancel adds nothing; Add anyway adds it and the row shows why.
      await detail.getByRole('button', { name: /Add to plan \(contraindicated\)/ }).click();
      await expect(detail.getByRole('alertdialog')).toContainText('ST25 is contraindicated for this patient');
      await detail.getByRole('button', { name: 'Cancel' }).click();
      await expect(plan.locator('.plan-point')).toHaveCount(0);
      await detail.getByRole('button', { name: /Add to plan/ }).click();
      await detail.getByRole('button', { name: 'Add anyway' }).click();
      const row = plan.locator('.plan-point[data-code="ST25"]');
      await expect(row).toHaveClass(/is-flagged/);
      await expect(row.locator('[data-row-finding="pregnancy-umbilical@ST25"]')).toContainText('Contraindicated');

      // A point with no patient-specific warning adds at once.
      await search(page, 'gb34');
      await expect(detail.getByRole('heading', { level: 2 })).toContainText('GB34');
      await expect(detail.locator('[data-point-safety]')).toHaveCount(0);
      await detail.getByRole('button', { name: 'Add to plan', exact: true }).click();
      await expect(plan.locator('.plan-point')).toHaveCount(2);

      // An impossible week is refused where it is typed; the plan keeps week 20 and still saves.
      await week.click();
      await page.keyboard.press('Control+a');
      await typeSlowly(page, '50');
      await expect(plan.locator('.gestational-week .field-error')).toContainText('the plan keeps 20 weeks');
      await expect(week).toHaveAttribute('aria-invalid', 'true');
      await expect(plan.getByTestId('save-status')).toHaveText('Saved');
      await expect(row.locator('[data-row-finding="pregnancy-umbilical@ST25"]')).toBeVisible();

      await search(page, 'st25');
      await expect(detail.locator('.point-safety-banner')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`detail-banner-${viewport.width}.png`) });
      await row.evaluate((el) => {
        const panel = el.closest('aside.plan');
        const header = panel?.querySelector('.plan-sticky');
        if (panel && header)
          panel.scrollTop += el.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 8;
      });
      await page.screenshot({ path: test.info().outputPath(`plan-row-${viewport.width}.png`) });
    });
  });
}

test('a red flag answered yes needs a referral decision, never a plain acknowledgement, and the PDF prints it', async ({
  host,
  dataDir,
}) => {
  const { page } = host;
  await openAppResting(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Add point by code').click();
  await typeSlowly(page, 'gb30');
  await page.keyboard.press('Enter');
  await expect(plan.locator('.plan-point[data-code="GB30"]')).toBeVisible();
  await expect(plan.locator('.screening-open')).toContainText('questions not asked');
  await plan.locator('input[name="red-flag-history-of-cancer"][value="yes"]').check();
  const finding = plan.locator('[data-finding="red-flag@history-of-cancer"]');
  await expect(finding).toHaveClass(/sev-refer/);
  await expect(plan.locator('.refer-banner')).toContainText('Record a referral or the clinician');
  await expect(finding.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
  await finding.getByRole('button', { name: /Treat anyway/ }).click();
  await finding.getByLabel(/clinician's decision/).click();
  await typeSlowly(page, 'Cancer treated 2009, oncology follow-up clear.');
  await finding.getByRole('button', { name: 'Save decision' }).click();
  await expect(finding.locator('.ack')).toContainText("Treated on the clinician's decision: Cancer treated 2009");
  await expect(plan.locator('.refer-banner')).toContainText('decision recorded');
  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('referral-decision.png') });

  await plan.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('export-message')).toContainText('PDF saved:', { timeout: 30_000 });
  const [pdf] = await readdir(path.join(dataDir, 'exports'));
  const text = execFileSync('pdftotext', [path.join(dataDir, 'exports', pdf!), '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('RED FLAG: refer before treating');
  expect(text).toContain("Treated on the clinician's decision: Cancer treated 2009");
  expect(text).not.toContain('no red flag answered yes');
});

test.describe('a plan file with red-flag answers the app does not know', () => {
  test.use({ hostOptions: { importFile: path.join(PROJECT_ROOT, 'tests/fixtures/plan-unknown-red-flag.acuplan') } });

  test('is refused on import, naming the key; nothing is opened', async ({ host }) => {
    const { page } = host;
    await openAppResting(page, host.origin);
    await page.getByText('More…').click();
    await page.getByRole('button', { name: 'Open plan file…' }).click();
    await expect(page.getByTestId('file-message')).toContainText('"chest-pain"');
    await expect(page.getByTestId('file-message')).toContainText('cannot be read as "no"');
    await expect(page.locator('aside.plan .plan-point')).toHaveCount(0);
  });
});
