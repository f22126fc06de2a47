// Issue 15: a sync tool's conflict copy of the open plan is shown as two versions of one plan, compared
// side by side, and settled from the keyboard — the editor then shows the version kept, never the other.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { CLINIC_SCREENS, expect, openApp, test } from './fixtures';

const FIXTURE = Plan.parse(
  JSON.parse(await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan'), 'utf8')),
);

for (const screen of CLINIC_SCREENS) {
  test(`a conflict copy is two versions of one plan; keeping the copy shows it in the editor (${screen.width}×${screen.height})`, async ({
    dataDir,
    host,
  }) => {
    const plans = path.join(dataDir, 'plans');
    await mkdir(plans, { recursive: true });
    await writeFile(path.join(plans, `${FIXTURE.id}.acuplan`), JSON.stringify(FIXTURE, null, 2));
    const laptop: Plan = {
      ...FIXTURE,
      notes: 'Edited on the laptop.',
      points: FIXTURE.points.slice(0, 2),
      updatedAt: '2026-11-30T09:00:00.000Z',
    };
    const copyName = `${FIXTURE.id} (Laptop's conflicted copy 2026-11-30).acuplan`;
    await writeFile(path.join(plans, copyName), JSON.stringify(laptop, null, 2));

    const { page } = host;
    await page.setViewportSize(screen);
    await openApp(page, host.origin);
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByTestId('open-plan');
    const options = dialog.getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText('2 versions — choose one');
    await page.keyboard.press('Enter');
    const versions = dialog.getByTestId('plan-versions');
    await expect(versions).toContainText('The plan’s own file');
    await expect(versions.getByRole('heading')).toBeFocused();
    await expect(versions).toContainText('A Dropbox conflicted copy from Laptop (2026-11-30)');
    await expect(versions).toContainText(`2 points: ${laptop.points.map((p) => p.code).join(', ')}`);
    await page.screenshot({ path: test.info().outputPath('versions-panel.png') });
    await versions
      .getByRole('listitem')
      .filter({ hasText: 'Dropbox' })
      .getByRole('button', { name: 'Keep this version' })
      .click();
    await expect(dialog.getByRole('status')).toContainText('Kept a Dropbox conflicted copy from Laptop');
    await expect(options).toHaveCount(1);
    await expect(options.first()).not.toContainText('versions');
    await page.screenshot({ path: test.info().outputPath('versions-settled.png') });
    await page.keyboard.press('Escape');
    // The plan open in the editor is the version kept.
    await expect(page.locator('aside.plan li[data-code]')).toHaveCount(2);
    const names = (await readdir(plans)).filter((n) => n.endsWith('.acuplan'));
    expect(names).toEqual([`${FIXTURE.id}.acuplan`]);
    expect(Plan.parse(JSON.parse(await readFile(path.join(plans, names[0]!), 'utf8'))).notes).toBe(
      'Edited on the laptop.',
    );
    expect((await readdir(path.join(plans, 'trash'))).filter((n) => n.endsWith('.acuplan'))).toHaveLength(1);
  });
}
