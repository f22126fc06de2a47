// axe-core over the main screens, light and dark (issue 14): no serious or critical violation. The rules
// are axe's defaults (WCAG 2.x A/AA); each violation is listed by rule, impact and element, so a failure
// says what to fix.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  // The WebGL canvas has no DOM content to check; everything around it is checked.
  const result = await new AxeBuilder({ page }).exclude('canvas').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? v.help}`,
      ),
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ hostOptions: { colorScheme } });

    test('the main screen with a point, a plan with findings and a referral has no serious violation', async ({
      host,
    }) => {
      const { page } = host;
      await page.goto(`${host.origin}/index.html`);
      await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator(':root')).toHaveAttribute('data-theme', colorScheme);
      const plan = page.locator('aside.plan');
      await plan.getByLabel('Pregnant', { exact: true }).check();
      await plan.getByLabel('Add point by code').fill('li4');
      await plan.getByRole('button', { name: 'Add', exact: true }).click();
      await plan.getByRole('button', { name: 'Add anyway' }).click();
      await plan.locator('input[name="red-flag-saddle-numbness"][value="yes"]').check();
      await page.locator('#search-input').fill('sp6');
      await page.keyboard.press('Enter');
      await expect(page.locator('.point-safety-banner')).toBeVisible();
      expect(await page.locator('h1').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      // the search list open
      await page.locator('#search-input').fill('sciatica');
      await expect(page.locator('.search-option').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the Open dialog starts with an empty filter, has no nested controls, and Esc closes it', async ({ host }) => {
      const { page } = host;
      await page.goto(`${host.origin}/index.html`);
      await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
      await page.locator('aside.plan').getByRole('button', { name: 'Open…' }).click();
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('searchbox').or(dialog.locator('input')).first()).toHaveValue('');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    });
  });
}
