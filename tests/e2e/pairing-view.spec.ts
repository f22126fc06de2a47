// Issue 18: pairings in use. Search finds a pairing by a formula name, a member code or its codes; the
// pairing view numbers its points on the body; "Add pairing to plan" asks first when one of its points is
// unsafe for the patient (Four Gates in pregnancy: LI4), and can add only the safe points.
import { expect, openApp, test, typeSlowly } from './fixtures';

test('Four Gates for a pregnant patient: found by name, numbered on the body, LI4 flagged before adding', async ({
  host,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Pregnant', { exact: true }).check();
  await page.locator('#search-input').click();
  await typeSlowly(page, 'four gates');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toHaveAttribute('data-result-id', 'four-gates');
  await page.keyboard.press('Enter');
  const view = page.locator('.pairing-detail[data-pairing="four-gates"]');
  await expect(view.locator('#detail-title')).toHaveText('Four Gates (Si Guan)');
  await expect(page.locator('.viewer-plan-numbers')).toHaveAttribute('data-numbers-of', 'pairing');
  await expect(page.locator('.viewport')).toHaveAttribute('data-group-points', 'LI4,LR3');
  await expect(view.locator('li[data-code="LI4"]')).toContainText('contraindicated for this patient');
  await page.waitForSelector('.viewport:not([data-camera-moving="true"])');
  await page.screenshot({ path: test.info().outputPath('pairing-view.png') });
  await view.getByRole('button', { name: /Add pairing to plan \(1 unsafe/ }).click();
  const confirm = view.getByRole('alertdialog');
  await expect(confirm).toContainText('LI4 is contraindicated for this patient');
  await confirm.getByRole('button', { name: 'Add only the safe points' }).click();
  await expect(plan.locator('li.plan-point[data-code="LR3"]')).toHaveCount(1);
  await expect(plan.locator('li.plan-point[data-code="LI4"]')).toHaveCount(0);
  await expect(plan.getByTestId('file-message')).toContainText('Four Gates (Si Guan): LR3 added to the plan');
});

test('a member code lists the point first, then the pairings that hold it; a point lists its pairings by principle', async ({
  host,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  await page.locator('#search-input').click();
  await typeSlowly(page, 'lu7');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toHaveAttribute('data-result-id', 'LU7');
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).locator('[data-result-id="lu7-li4"]'),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-title')).toHaveText(/^LU7\b/);
  const pairings = page.getByRole('region', { name: 'Pairings' });
  await expect(pairings.locator('.pairing-group[data-kind="confluent"]')).toContainText('LU7 + KI6');
  await pairings.getByRole('button', { name: 'LU7 + LI4', exact: true }).click();
  await expect(page.locator('.pairing-detail[data-pairing="lu7-li4"]')).toBeVisible();
  // a point opened from the pairing leads back to it
  await page.locator('.pairing-detail').getByRole('button', { name: 'LI4', exact: true }).click();
  await expect(page.locator('#detail-title')).toHaveText(/^LI4\b/);
  await page.getByRole('button', { name: /Back to LU7 \+ LI4/ }).click();
  await expect(page.locator('.pairing-detail[data-pairing="lu7-li4"]')).toBeVisible();
});
