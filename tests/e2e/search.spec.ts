// Search in the production renderer: results as you type, grouped by type, keyboard selection that
// drives the selected point (the detail panel shows it).
import { expect, test } from './fixtures';

test('typing "huantiao" lists GB30 first; Enter selects it and the detail panel shows it', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await expect(page.locator('.app')).toHaveAttribute('data-host-status', 'ready');
  const input = page.locator('#search-input');
  await input.click();
  await page.keyboard.type('huantiao');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox).toBeVisible();
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('data-result-id', 'GB30');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-point-GB30');
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(page.locator('#detail-title')).toHaveText(/^GB30\b/);
  await expect(page.locator('.detail')).toContainText('环跳');
  await expect(page.locator('.detail')).toContainText('環跳');
});

test('results are grouped by type; arrows move, Enter on a condition opens its view, Esc closes', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await expect(page.locator('.app')).toHaveAttribute('data-host-status', 'ready');
  await page.locator('#search-input').click();
  await page.keyboard.type('sciatica');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const groups = listbox.getByRole('group');
  await expect(groups.first()).toHaveAttribute('data-type', 'condition');
  await expect(groups.first()).toContainText('Conditions');
  await expect(groups.nth(1)).toHaveAttribute('data-type', 'point');
  await page.keyboard.press('ArrowDown');
  await expect(listbox.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(listbox.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(page.locator('#search-input')).toHaveValue('sciatica');
  await page.keyboard.press('ArrowDown');
  await expect(listbox).toBeVisible();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-input')).toHaveValue('');
  await page.keyboard.type('meralgia');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('data-result-id', 'meralgia-paresthetica');
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-title')).toHaveText('Meralgia paresthetica (lateral femoral cutaneous nerve)');
});
