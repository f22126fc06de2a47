// Issue 17: choosing a condition opens its view — summary, red flags with the referral, points by role
// shown together on the body, evidence — and "Add all to plan" brings its points, home care and red-flag
// questions into the plan. Typed at human speed, at both clinic screen sizes.
import { CLINIC_SCREENS, expect, openApp, test, typeSlowly } from './fixtures';

for (const viewport of CLINIC_SCREENS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ hostOptions: { viewport } });

    test('period pain: the condition view, its points on the body, and Add all to plan', async ({ host }) => {
      const { page } = host;
      await openApp(page, host.origin);
      await page.locator('#search-input').click();
      await typeSlowly(page, 'period pain');
      const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      await expect(first).toHaveAttribute('data-result-id', 'period-pain');
      await page.keyboard.press('Enter');
      const view = page.locator('.condition-detail[data-condition="period-pain"]');
      await expect(view.locator('#detail-title')).toHaveText('Period pain (primary dysmenorrhoea)');
      await expect(view.locator('[data-evidence]')).toHaveAttribute('data-evidence', 'systematic-review');
      // red flags with the referral wording
      await expect(view.locator('[data-red-flag]')).toHaveCount(3);
      // each with the referral to make, as the knowledge base words it
      await expect(view.locator('[data-red-flag="endometriosis-or-secondary-pain"] .refer-text')).toHaveText(
        /\S.{10,}/,
      );
      await expect(view.locator('.refer-text')).toHaveCount(3);
      // points by role, and all of them shown together on the body
      for (const title of ['Local points', 'Distal points'])
        await expect(view.getByRole('region', { name: title })).toBeVisible();
      await expect(view.getByRole('region', { name: /^By pattern:/ }).first()).toBeVisible();
      await expect(page.locator('.viewport')).toHaveAttribute('data-group-points', 'BL32,CV4,LR3,SP10,SP6,SP8,ST29');
      await page.waitForSelector('.viewport:not([data-camera-moving="true"])');
      await page.screenshot({ path: test.info().outputPath(`condition-view-${viewport.width}.png`) });

      // Untick one point, add the rest: the plan gets the condition, its points, and its red flags
      await view.getByRole('checkbox', { name: 'Include BL32' }).uncheck();
      await view.getByRole('button', { name: 'Add selected (6)' }).click();
      const plan = page.locator('aside.plan');
      for (const code of ['SP6', 'SP8', 'CV4', 'ST29', 'LR3', 'SP10'])
        await expect(plan.locator(`li.plan-point[data-code="${code}"]`)).toHaveCount(1);
      await expect(plan.locator('li.plan-point[data-code="BL32"]')).toHaveCount(0);
      await expect(plan.getByTestId('file-message')).toContainText('Its red flags are now asked in the plan');
      await expect(plan).toContainText('Red-flag screening: 3 of 3 questions not asked yet');
      await expect(view.locator('li[data-code="SP6"]')).toContainText('(in the plan)');
      await page.screenshot({ path: test.info().outputPath(`condition-added-${viewport.width}.png`) });
    });
  });
}

test('a pregnant patient: the condition view marks the points unsafe for her before anything is added', async ({
  host,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  await page.locator('aside.plan').getByLabel('Pregnant', { exact: true }).check();
  await page.locator('#search-input').click();
  await typeSlowly(page, 'period pain');
  await page.keyboard.press('Enter');
  const view = page.locator('.condition-detail[data-condition="period-pain"]');
  await expect(view.locator('li[data-code="SP6"]')).toHaveClass(/sev-contraindicated/);
  await expect(view.locator('li[data-code="SP6"]')).toContainText('contraindicated for this patient');
  // a point opened from the view leads back to it
  await view.getByRole('button', { name: 'SP6' }).click();
  await expect(page.locator('#detail-title')).toHaveText(/^SP6\b/);
  await page.getByRole('button', { name: /Back to Period pain/ }).click();
  await expect(view).toBeVisible();
});
