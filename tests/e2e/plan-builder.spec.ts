// The plan builder end to end (issue 7, Done-when): a pregnant patient, the sciatica template, the
// LI4/SP6 contraindications, an acknowledgement and notes — autosaved to the real store and intact
// after a reload, with clinician text shown literally. Screenshots go to the test's output folder for review.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { expect, openApp, test } from './fixtures';

const NOTES = 'Review after 2 sessions. <b>bold</b> & <script>x</script>';
const REASON = 'SP6 listed for discussion only; <i>not</i> needled.';

test('pregnant patient + sciatica template: findings, acknowledgement and notes survive a reload', async ({
  host,
  dataDir,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const panel = page.locator('aside.plan');
  await panel.getByLabel('Pregnant', { exact: true }).check();
  await panel.getByLabel('Start from condition').selectOption('sciatica-piriformis');
  await panel.getByRole('button', { name: 'Add its points' }).click();
  await expect(panel.locator('.plan-point[data-code="GB30"]')).toBeVisible();
  const templatePoints = await panel.locator('.plan-point').count();
  // The sciatica template has LI4 but not SP6: add SP6 by code.
  await panel.getByLabel('Add point by code').fill('sp6');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  // SP6 is contraindicated for a pregnant patient: the form says why and asks first.
  await expect(panel.locator('.add-point-ask')).toContainText('Contraindicated for this patient');
  await expect(panel.locator('.plan-point')).toHaveCount(templatePoints);
  await panel.getByRole('button', { name: 'Add anyway' }).click();
  await expect(panel.locator('.plan-point')).toHaveCount(templatePoints + 1);

  const li4 = panel.locator('[data-finding="pregnancy-forbidden-points@LI4"]');
  const sp6 = panel.locator('[data-finding="pregnancy-forbidden-points@SP6"]');
  await expect(li4).toHaveClass(/sev-contraindicated/);
  await expect(sp6).toHaveClass(/sev-contraindicated/);
  await expect(panel.locator('.finding-group.sev-contraindicated h4')).toContainText('Contraindicated');
  await li4.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('builder-findings.png') });

  await panel.locator('.plan-point[data-code="LI4"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('builder-points.png') });

  await sp6.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(sp6.getByRole('button', { name: 'Save acknowledgement' })).toBeDisabled();
  await sp6.getByLabel(/Reason for going ahead/).fill(REASON);
  await sp6.getByRole('button', { name: 'Save acknowledgement' }).click();
  await expect(sp6.locator('.ack-reason')).toHaveText(REASON);
  await panel.getByLabel('Plan notes').fill(NOTES);
  await expect(panel.getByTestId('save-status')).toHaveText('Saved');
  await sp6.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('builder-acknowledged.png') });

  const files = (await readdir(path.join(dataDir, 'plans'))).filter((f) => f.endsWith('.acuplan'));
  expect(files).toHaveLength(1);
  const onDisk = Plan.parse(JSON.parse(await readFile(path.join(dataDir, 'plans', files[0] ?? ''), 'utf8')));
  expect(onDisk.notes).toBe(NOTES);
  expect(onDisk.patient.flags).toEqual(['pregnancy']);
  expect(onDisk.points.map((p) => p.code)).toEqual(['GB30', 'BL36', 'BL40', 'GB34', 'ST36', 'LI4', 'SP6']);
  expect(onDisk.acknowledgements).toMatchObject([{ findingId: 'pregnancy-forbidden-points@SP6', reason: REASON }]);

  await page.reload();
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
  await expect(panel).toHaveAttribute('data-plan-id', onDisk.id);
  await expect(panel.getByLabel('Pregnant', { exact: true })).toBeChecked();
  await expect(panel.locator('.plan-point')).toHaveCount(templatePoints + 1);
  await expect(panel.getByLabel('Plan notes')).toHaveValue(NOTES);
  await expect(sp6).toHaveClass(/is-acknowledged/);
  await expect(sp6.locator('.ack-reason')).toHaveText(REASON);
  await expect(li4.getByRole('button', { name: 'Acknowledge' })).toBeVisible();
  // Clinician text is never markup.
  await expect(page.locator('aside.plan b, aside.plan i, aside.plan script')).toHaveCount(0);
});

test('edits undo and redo with the keyboard; Alt+arrows and dragging reorder; red flag shows the refer banner', async ({
  host,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const panel = page.locator('aside.plan');
  for (const code of ['GB30', 'BL40']) {
    await panel.getByLabel('Add point by code').fill(code);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
  }
  const codes = panel.locator('.plan-point');
  await expect(codes).toHaveCount(2);
  await panel.getByLabel('Side for BL40').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(codes.first()).toHaveAttribute('data-code', 'BL40');
  // Dragging the first point's grip onto the lower half of the second row puts it below; undo restores.
  // The panel is scrolled (not the page) so the first row starts just under the sticky plan header: the
  // grip and the lower half of the second row are then both in view — a scroll mid-drag would cancel it.
  await codes.first().evaluate((row) => {
    const panel = row.closest('aside.plan');
    const header = panel?.querySelector('.plan-sticky');
    if (panel && header) panel.scrollTop += row.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 4;
  });
  const second = await codes.nth(1).boundingBox();
  if (!second) throw new Error('no row box');
  await codes
    .first()
    .locator('.drag-grip')
    .dragTo(codes.nth(1), { targetPosition: { x: 20, y: second.height * 0.6 } });
  await expect(codes.first()).toHaveAttribute('data-code', 'GB30');
  await expect(codes.nth(1)).toHaveAttribute('data-code', 'BL40');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(codes.first()).toHaveAttribute('data-code', 'BL40');
  await panel.getByRole('button', { name: 'Remove GB30' }).click();
  await expect(codes).toHaveCount(1);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(codes).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(codes).toHaveCount(1);

  await panel.locator('input[name="red-flag-saddle-numbness"][value="yes"]').check();
  await expect(panel.locator('.refer-banner')).toContainText('Refer before treating');
  await expect(panel.locator('.finding.sev-refer')).toContainText('Saddle numbness');
  await expect(panel.getByTestId('save-status')).toHaveText('Saved');
  await page.screenshot({ path: test.info().outputPath('builder-refer.png') });
});
