import { expect, test } from './fixtures';

test('the detail panel explains GB30; a pairing opens its view, from which the paired point opens', async ({
  host,
}) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.locator('#search-input').fill('huantiao');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: /GB30/ });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('GB30 · Huántiào');
  await expect(panel.getByRole('region', { name: 'Location' })).toContainText('greater trochanter');
  await expect(panel.getByRole('region', { name: 'How to locate' })).toContainText('one third of the way');
  const sciatic = panel.locator('.caution', { hasText: 'sciatic nerve' });
  await expect(sciatic).toHaveAttribute('data-severity', 'caution');
  await expect(sciatic.locator('.severity-badge')).toHaveText('Caution');
  await expect(panel.getByRole('region', { name: 'Sources' })).toContainText('Fuji Wellness (web)');
  await expect(panel.getByRole('region', { name: 'Sources' })).not.toContainText('seed');

  await panel
    .getByRole('region', { name: 'Pairings' })
    .getByRole('button', { name: 'GB30 + GB34', exact: true })
    .click();
  await expect(page.locator('.pairing-detail[data-pairing="gb30-gb34-sciatica"]')).toBeVisible();
  await page.locator('.pairing-detail').getByRole('button', { name: 'GB34', exact: true }).click();
  await expect(page.getByRole('complementary', { name: /GB34/ }).getByRole('heading', { level: 2 })).toHaveText(
    'GB34 · Yánglíngquán',
  );
});

test('contraindications stand out: SP6 in pregnancy, and code aliases are shown', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.locator('#search-input').fill('sp6');
  await page.keyboard.press('Enter');
  const contra = page.locator('.caution[data-severity="contraindicated"]').first();
  await expect(contra).toContainText('pregnancy');
  await expect(contra.locator('.severity-badge')).toHaveText('Contraindicated');
  await page.locator('#search-input').fill('sj5');
  await page.keyboard.press('Enter');
  await expect(page.locator('.detail-aliases')).toContainText('SJ5');
});

test('Add to plan puts the selected point into the session plan', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await page.locator('#search-input').fill('zusanli');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByRole('button', { name: 'Add again to plan' })).toBeVisible();
  await expect(page.locator('.plan')).toContainText('ST36');
});
