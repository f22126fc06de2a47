// Issue 22: a menu command that arrives while the previous dialog is closing is never dropped. About is
// closed and, before its close event has run, Settings is asked for — Settings opens.
import { expect, openApp, test } from './fixtures';

test('Settings asked for while About is still closing opens Settings', async ({ host }) => {
  const { page } = host;
  await openApp(page, host.origin);
  await host.sendMenuCommand('show-about');
  await expect(page.locator('dialog.about[open]')).toBeVisible();
  // One task: close About (its close event is queued, not yet run), then the next menu command.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog.about')?.close();
    window.dispatchEvent(new CustomEvent('acupoint:menu-command', { detail: 'show-settings' }));
  });
  await expect(page.locator('dialog.settings[open]')).toBeVisible();
  await expect(page.locator('dialog.about[open]')).toHaveCount(0);
});
