// The consultation room (issue 14), driven as a clinician would: human-speed typing with the mouse resting
// where the result list opens, wheeling past the end of every column, and wrong numbers typed into every
// number field — at 1440×900 and 1280×720. Screenshots go to the test's output folder (test-results/e2e/…).
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLINIC_SCREENS, expect, openApp, test, typeSlowly } from './fixtures';

for (const viewport of CLINIC_SCREENS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ hostOptions: { viewport } });

    test('Enter opens the point typed even when the mouse rests where the list opens; results say why they matched', async ({
      host,
    }) => {
      const { page } = host;
      await openApp(page, host.origin);
      const input = page.locator('#search-input');
      const box = await input.boundingBox();
      if (!box) throw new Error('no search box');
      for (const [typed, code] of [
        ['li4', 'LI4'],
        ['st36', 'ST36'],
        ['sj5', 'TE5'],
      ] as const) {
        await input.click();
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Backspace');
        // the hand leaves the mouse resting over the place where the result list will open
        await page.mouse.move(box.x + box.width / 2, box.y + box.height + 90);
        await typeSlowly(page, typed);
        await expect(page.locator('.search-option').first()).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(page.locator('aside.detail h2#detail-title')).toContainText(code);
      }
      // A typed code lists that point first, then only the pairings that hold it — not unrelated names; an
      // alias says what it resolved to.
      await input.click();
      await page.keyboard.press('Control+a');
      await typeSlowly(page, 'sj5');
      await expect(page.locator('.search-option[data-result-id]').first()).toHaveAttribute('data-result-id', 'TE5');
      await expect(page.locator('.search-option [data-why]').first()).toHaveText('alias SJ5 → TE5');
      const rest = await page.locator('.search-option [data-why]').allTextContents();
      expect(rest.slice(1).every((why) => why === 'holds the point typed')).toBe(true);
      // A real mouse movement does take the highlight, and Enter then opens that result.
      await page.keyboard.press('Control+a');
      await typeSlowly(page, 'gb3');
      const second = page.locator('.search-option').nth(1);
      const secondId = await second.getAttribute('data-result-id');
      const sb = await second.boundingBox();
      if (!sb) throw new Error('no option box');
      await page.mouse.move(sb.x + 20, sb.y + sb.height / 2, { steps: 4 });
      await expect(second).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page.locator('aside.detail h2#detail-title')).toContainText(secondId ?? '?');
    });

    test('the window stays put: wheeling past the end of every column never scrolls the app away', async ({ host }) => {
      const { page } = host;
      await openApp(page, host.origin);
      await page.locator('#search-input').click();
      await typeSlowly(page, 'gb30');
      await page.keyboard.press('Enter');
      await page.locator('aside.plan').getByLabel('Start from condition').selectOption('sciatica-piriformis');
      await page.locator('aside.plan').getByRole('button', { name: 'Add its points' }).click();
      for (const column of ['aside.detail', 'aside.plan', '.viewport']) {
        const b = await page.locator(column).boundingBox();
        if (!b) throw new Error(`no ${column}`);
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
        expect(
          await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop, document.body.scrollTop]),
          column,
        ).toEqual([0, 0, 0]);
        const header = await page.locator('header.topbar').boundingBox();
        const search = await page.locator('#search-input').boundingBox();
        expect(header?.y, column).toBe(0);
        expect(search && search.y >= 0 && search.y + search.height <= viewport.height, column).toBe(true);
      }
      // scrolling a column into view programmatically (as focus and scrollIntoView do) moves only the column
      await page
        .locator('aside.plan .plan-section')
        .last()
        .evaluate((el) => el.scrollIntoView({ block: 'end' }));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // a field focused from the keyboard is never hidden under the plan's sticky header
      await page.locator('aside.plan').getByLabel('Name or identifier').focus();
      const stickyBottom = await page.locator('.plan-sticky').evaluate((el) => el.getBoundingClientRect().bottom);
      const fieldTop = await page
        .locator('aside.plan')
        .getByLabel('Name or identifier')
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(fieldTop).toBeGreaterThanOrEqual(stickyBottom);
      await page.screenshot({ path: test.info().outputPath(`wheeled-${viewport.width}.png`) });
    });
  });
}

test('never lose an edit: wrong numbers are refused at the field, every other edit is saved and survives a reload; a failing save asks before New plan', async ({
  host,
  dataDir,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Start from condition').selectOption('sciatica-piriformis');
  await plan.getByRole('button', { name: 'Add its points' }).click();
  const gb30 = plan.locator('.plan-point[data-code="GB30"]');
  await expect(gb30).toBeVisible();
  const session = plan.getByLabel('Session (min)');
  await expect(session).toHaveValue('30');

  /** Clicks into a field, types like a person, and checks the refusal is said at that field. */
  const typeInvalid = async (field: ReturnType<Page['locator']>, text: string, problem: RegExp): Promise<void> => {
    await field.click();
    await typeSlowly(page, text);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const help = field.locator('xpath=..').locator('.field-error');
    await expect(help).toContainText(problem);
    await expect(help).toContainText('Not saved: the plan keeps');
  };
  // Clicking into a filled number selects it, so typing replaces it ("30" typed stays 30, not "3030").
  await session.click();
  await typeSlowly(page, '45');
  await expect(session).toHaveValue('45');
  await page.keyboard.press('Tab');
  await typeInvalid(session, '3030', /too large/);
  await expect(session.locator('xpath=..').locator('.field-error')).toContainText('keeps 45 minutes');
  await typeInvalid(plan.getByLabel('Sessions', { exact: true }), '0', /too small/);
  await typeInvalid(plan.getByLabel('Per week'), '11', /too large/);
  await typeInvalid(plan.getByLabel('Birth year'), '18', /too small/);
  await gb30.getByLabel('Moxa').check();
  await gb30.getByLabel('Cupping').check();
  await gb30.getByLabel('Electro').check();
  await typeInvalid(gb30.getByLabel('Depth (cun)'), '12', /too large/);
  await typeInvalid(gb30.getByLabel('Retain (min)'), '999', /too large/);
  const minutes = gb30.getByLabel('Minutes', { exact: true });
  await typeInvalid(minutes.nth(0), '90', /too large/);
  await typeInvalid(minutes.nth(1), '61', /too large/);
  await typeInvalid(gb30.getByLabel('Frequency (Hz)'), '0', /too small/);
  await typeInvalid(minutes.nth(2), 'ab', /not a number/);

  // Everything else still saves.
  await plan.getByLabel('Plan notes').click();
  await typeSlowly(page, 'Review after two sessions.');
  await plan.getByLabel('Clinician').click();
  await page.keyboard.press('Control+a');
  await typeSlowly(page, 'Dr Test');
  await plan.locator('input[name="red-flag-night-pain"][value="no"]').check();
  await expect(plan.getByTestId('save-status')).toHaveText('Saved');
  await page.screenshot({ path: test.info().outputPath('invalid-fields.png') });

  await page.reload();
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
  await expect(plan.getByLabel('Plan notes')).toHaveValue('Review after two sessions.');
  await expect(plan.getByLabel('Clinician')).toHaveValue('Dr Test');
  await expect(plan.locator('input[name="red-flag-night-pain"][value="no"]')).toBeChecked();
  await expect(plan.getByLabel('Session (min)')).toHaveValue('45');
  await expect(gb30.getByLabel('Frequency (Hz)')).toHaveValue('2');
  // the depth GB30 was added with (its record's shallow end) was kept when "12" was refused
  await expect(gb30.getByLabel('Depth (cun)')).toHaveValue('2');

  // The disk refuses the next save (the plans folder is replaced by a file): the status says so, and
  // "New plan" asks before dropping the edit.
  await rm(path.join(dataDir, 'plans'), { recursive: true, force: true });
  await writeFile(path.join(dataDir, 'plans'), 'not a folder');
  await plan.getByLabel('Plan notes').click();
  await typeSlowly(page, ' Extra line.');
  await expect(plan.getByTestId('save-status')).toHaveText('Not saved');
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await plan.getByRole('button', { name: 'New plan' }).click();
  await expect.poll(() => asked).toContain('not fully saved');
  await expect(plan.getByLabel('Plan notes')).toHaveValue('Review after two sessions. Extra line.');
});

test('less typing: codes in any convention, points pre-filled from the record, duplicates asked about, Ctrl+Enter adds the selected point', async ({
  host,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  const field = plan.getByLabel('Add point by code');
  for (const [typed, code] of [
    ['SJ5', 'TE5'],
    ['UB40', 'BL40'],
    ['Liv3', 'LR3'],
    ['gb 30', 'GB30'],
  ] as const) {
    await field.click();
    await typeSlowly(page, typed);
    await page.keyboard.press('Enter');
    await expect(plan.locator(`.plan-point[data-code="${code}"]`)).toBeVisible();
  }
  // pre-filled from GB30's record: perpendicular, 2 cun (the shallow end of 2–3.5)
  const gb30 = plan.locator('.plan-point[data-code="GB30"]');
  await expect(gb30.locator('.technique-fields select').first()).toHaveValue('perpendicular');
  await expect(gb30.getByLabel('Depth (cun)')).toHaveValue('2');
  // the same point again is not added silently; an unknown code is refused next to the field
  await field.click();
  await typeSlowly(page, 'gb30');
  await page.keyboard.press('Enter');
  await expect(plan.locator('.add-point-ask')).toContainText('GB30 is already in the plan (point 4)');
  await expect(plan.locator('.plan-point')).toHaveCount(4);
  await field.fill('zz99');
  await page.keyboard.press('Enter');
  await expect(plan.locator('.add-point .error')).toContainText('"zz99" is not a point code');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Ctrl+Enter adds the point shown in the detail panel; a newly opened point starts at the panel's top
  await page.locator('#search-input').click();
  await typeSlowly(page, 'st36');
  await page.keyboard.press('Enter');
  const detail = page.locator('aside.detail');
  await detail.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await page.locator('#search-input').click();
  await page.keyboard.press('Control+a');
  await typeSlowly(page, 'sp6');
  await page.keyboard.press('Enter');
  await expect(detail.locator('h2#detail-title')).toContainText('SP6');
  expect(await detail.evaluate((el) => el.scrollTop)).toBe(0);
  await page.keyboard.press('Control+Enter');
  await expect(plan.locator('.plan-point[data-code="SP6"]')).toBeVisible();
});

test('follow-up visits: duplicate for the next visit, delete to the trash and restore', async ({ host }) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Name or identifier').fill('Visit Patient');
  await plan.getByLabel('Add point by code').fill('gb34');
  await page.keyboard.press('Enter');
  await plan.locator('input[name="red-flag-night-pain"][value="no"]').check();
  await plan.getByLabel('Plan notes').fill('First visit notes');
  await expect(plan.getByTestId('save-status')).toHaveText('Saved');
  const firstId = await plan.getAttribute('data-plan-id');

  await plan.getByText('More…').click();
  await plan.getByRole('button', { name: 'Duplicate for next visit' }).click();
  await expect(plan.getByTestId('file-message')).toContainText('Next visit for Visit Patient');
  await expect(plan).not.toHaveAttribute('data-plan-id', firstId ?? '');
  await expect(plan.locator('.plan-point[data-code="GB34"]')).toBeVisible();
  await expect(plan.getByLabel('Plan notes')).toHaveValue('');
  await expect(plan.locator('input[name="red-flag-night-pain"][value="no"]')).not.toBeChecked();
  await expect(plan.getByTestId('save-status')).toHaveText('Saved');
  const secondId = await plan.getAttribute('data-plan-id');

  // a message about this plan ("PDF saved …") does not linger under the next one
  await plan.getByRole('button', { name: 'Export PDF' }).click();
  await expect(plan.getByTestId('export-message')).toContainText('PDF saved:', { timeout: 30_000 });
  page.once('dialog', (d) => void d.accept());
  await plan.getByText('More…').click();
  await plan.getByRole('button', { name: 'Delete plan…' }).click();
  await expect(plan.getByTestId('export-message')).toHaveCount(0);
  await expect(plan.getByTestId('file-message')).toContainText('moved to the trash');
  await expect(plan.locator('.plan-point')).toHaveCount(0);
  await plan.getByRole('button', { name: 'Restore the deleted plan' }).click();
  await expect(plan).toHaveAttribute('data-plan-id', secondId ?? '');
  await expect(plan.locator('.plan-point[data-code="GB34"]')).toBeVisible();
});

test('home care: advice added, edited and reordered; advice unsafe for this patient is marked', async ({ host }) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Pregnant', { exact: true }).check();
  await plan.getByLabel('Gestational week').fill('26');
  await plan.getByLabel('Start from condition').selectOption('sciatica-piriformis');
  await plan.getByRole('button', { name: 'Add its points' }).click();
  const section = plan.locator('details.plan-section', { has: page.locator('h3', { hasText: 'Home care' }) });
  // the bridge (lying on the back) is marked for a patient 26 weeks pregnant, and the section opens to show it
  await expect(section).toHaveAttribute('open', '');
  await expect(section.locator('li.is-unsafe').first()).toContainText('week 20');
  const count = await section.locator('.home-care > li').count();
  await section.getByLabel('New advice').fill('Walk 20 minutes a day');
  await section.getByRole('button', { name: 'Add advice' }).click();
  const last = section.getByLabel(`Home care item ${count + 1}`, { exact: true });
  await expect(last).toHaveValue('Walk 20 minutes a day');
  await last.click();
  await page.keyboard.press('End');
  await typeSlowly(page, ', on the flat');
  await section.getByRole('button', { name: `Move home care item ${count + 1} up` }).click();
  await expect(section.getByLabel(`Home care item ${count}`, { exact: true })).toHaveValue(
    'Walk 20 minutes a day, on the flat',
  );
  await expect(plan.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
  await plan.locator('h3', { hasText: 'Home care' }).click();
  await expect(plan.getByLabel(`Home care item ${count}`, { exact: true })).toHaveValue(
    'Walk 20 minutes a day, on the flat',
  );
});

test('deleting a plan with an edit still waiting to save leaves it in the trash only, not back in the list', async ({
  host,
  dataDir,
}) => {
  const { page } = host;
  await openApp(page, host.origin);
  const plan = page.locator('aside.plan');
  await plan.getByLabel('Name or identifier').fill('Delete Race Patient');
  await expect(plan.getByTestId('save-status')).toHaveText('Saved');
  const id = await plan.getAttribute('data-plan-id');
  await plan.getByLabel('Name or identifier').pressSequentially(' edited', { delay: 40 });
  // The clinician reads the confirmation for longer than the autosave pause: the waiting save is overdue
  // when it closes, and used to reach the store right after the delete.
  page.once('dialog', (d) => void new Promise((r) => setTimeout(r, 1500)).then(() => d.accept()));
  await plan.getByText('More…').click();
  await plan.getByRole('button', { name: 'Delete plan…' }).click();
  await expect(plan.getByTestId('file-message')).toContainText('moved to the trash');
  // A barrier, not a pause: the store runs writes one after another, so once a restore asked for now has
  // answered, every save the page sent before it has landed.
  await page.evaluate(() =>
    (window as unknown as { acupointHost: { invoke(c: string, r: unknown): Promise<unknown> } }).acupointHost.invoke(
      'plans:restore',
      { id: 'no-such-plan-0000' },
    ),
  );
  const live = (await readdir(path.join(dataDir, 'plans'))).filter((n) => n.endsWith('.acuplan'));
  expect(live).not.toContain(`${id}.acuplan`);
  expect(await readdir(path.join(dataDir, 'plans', 'trash'))).toContain(`${id}.acuplan`);
});
