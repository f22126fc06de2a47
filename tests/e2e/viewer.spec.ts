// The 3D body viewer in the production renderer (software WebGL in headless Chromium): the selected
// point's marker is highlighted on screen, preset views move the camera, the plan's points are drawn
// on their planned side and numbered in plan order, and without WebGL the viewport shows the 2D
// fallback while search and the detail panel keep working.
import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test } from './fixtures';

/** Placed marker instances (both sides) of the codes matching `re`, counted from the asset itself. */
function placedInstances(re: RegExp): number {
  const file = path.join(PROJECT_ROOT, 'models', 'assets', 'bodies', 'male-average.placements.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    points: { code: string; status: string; position?: number[] }[];
  };
  return json.points.filter((p) => re.test(p.code) && p.status !== 'unplaced' && p.position?.length === 3).length;
}

/** Codes of the knowledge base's points with a category of this kind, read from the data files. */
function codesOfCategory(kind: string): string[] {
  const dir = path.join(PROJECT_ROOT, 'points', 'data', 'points');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const json = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        points: { code: string; categories: { kind: string }[] }[];
      };
      return json.points.filter((p) => p.categories.some((c) => c.kind === kind)).map((p) => p.code);
    });
}

/** The highlight colour of a selected marker (renderer/viewer/marker-style.ts), as the test expects it. */
const HIGHLIGHT = { r: 0xe6, g: 0x00, b: 0x7e };
/** The colour of a marker of a point in today's plan (renderer/viewer/marker-style.ts). */
const PLAN_COLOUR = { r: 0xe8, g: 0xb0, b: 0x00 };

async function selectBySearch(page: Page, text: string, code: string): Promise<void> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.click();
  await page.keyboard.type(text);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAttribute(
    'data-result-id',
    code,
  );
  await page.keyboard.press('Enter');
}

/** Waits until the camera has settled (exposed screen position unchanged over 400 ms) and returns it. */
async function settledScreen(page: Page): Promise<{ xy: [number, number]; visible: boolean }> {
  const viewport = page.locator('.viewport');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = `${await viewport.getAttribute('data-selected-screen')}|${await viewport.getAttribute('data-selected-visible')}`;
        const same = now === last && !now.startsWith('|');
        last = now;
        await page.waitForTimeout(400);
        return same;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const [screen = '', visible] = last.split('|');
  const [x = NaN, y = NaN] = screen.split(',').map(Number);
  return { xy: [x, y], visible: visible === 'true' };
}

/** Counts pixels close to a colour (the selection highlight unless told) in a square around a viewport-relative point. */
async function highlightPixels(page: Page, xy: [number, number], colour = HIGHLIGHT, half = 12): Promise<number> {
  const box = await page.locator('.viewport').boundingBox();
  if (!box) throw new Error('no viewport box');
  const png = await page.screenshot({
    clip: { x: box.x + xy[0] - half, y: box.y + xy[1] - half, width: half * 2, height: half * 2 },
  });
  // Decode in the page (no PNG library in the test): data: images are allowed by the CSP's img-src.
  return page.evaluate(
    async ({ b64, c }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (
          Math.abs((d[i] ?? 0) - c.r) < 40 &&
          Math.abs((d[i + 1] ?? 0) - c.g) < 40 &&
          Math.abs((d[i + 2] ?? 0) - c.b) < 40
        )
          n++;
      }
      return n;
    },
    { b64: png.toString('base64'), c: colour },
  );
}

test('GB30 selected by search is highlighted on the body; preset views move the camera', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const viewport = page.locator('.viewport');
  await expect(viewport).toHaveAttribute('data-scene-ready', 'true', { timeout: 60_000 });
  const probe = await page.evaluate(() => (window as unknown as { __viewer?: { drawCalls: number } }).__viewer);
  // Body, markers (one instanced mesh) and all channel lines: a handful of draw calls, not hundreds.
  expect(probe?.drawCalls).toBeGreaterThanOrEqual(3);
  expect(probe?.drawCalls).toBeLessThanOrEqual(6);

  await expect(viewport).toHaveAttribute('data-plan-points', '0');
  await selectBySearch(page, 'huantiao', 'GB30');
  await expect(viewport.locator('[data-label="selected"]')).toContainText('GB30');

  // Adding GB30 to today's plan (bilateral) highlights both of its markers (left and right) in the plan
  // colour, both numbered 1.
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Add to plan', exact: true }).click();
  await expect(page.locator('aside.plan .plan-point[data-code="GB30"]')).toBeVisible();
  await expect(viewport).toHaveAttribute('data-plan-points', '2');
  await expect(viewport).toHaveAttribute('data-plan-numbers', '1');

  // GB30 lies on the buttock: hidden from the front, in view from the back.
  await page.getByRole('button', { name: 'Front view' }).click();
  const front = await settledScreen(page);
  expect(front.visible).toBe(false);
  await host.sendMenuCommand('view-back');
  const back = await settledScreen(page);
  expect(back.visible).toBe(true);
  expect(Math.hypot(back.xy[0] - front.xy[0], back.xy[1] - front.xy[1])).toBeGreaterThan(20);
  await expect(viewport.locator('[data-label="selected"]')).toBeVisible();
  expect(await highlightPixels(page, back.xy)).toBeGreaterThan(10);

  // Selecting another point moves the highlight away: the same spot is no longer highlight-coloured,
  // and GB30, still in the plan, now shows the plan colour there.
  await selectBySearch(page, 'zusanli', 'ST36');
  await page.getByRole('button', { name: 'Back view' }).click();
  await settledScreen(page);
  expect(await highlightPixels(page, back.xy)).toBe(0);
  expect(await highlightPixels(page, back.xy, PLAN_COLOUR)).toBeGreaterThan(5);
  await expect(viewport).toHaveAttribute('data-plan-points', '2');

  // Picking: hovering the GB30 marker labels it, clicking it selects it (instanceId → point code).
  const box = await viewport.boundingBox();
  if (!box) throw new Error('no viewport box');
  await page.mouse.move(box.x + back.xy[0], box.y + back.xy[1]);
  await expect(viewport.locator('.viewer')).toHaveAttribute('data-hovered', 'GB30');
  await expect(viewport.locator('[data-label="hovered"]')).toContainText('GB30');
  await page.mouse.click(box.x + back.xy[0], box.y + back.xy[1]);
  await expect(page.locator('#detail-title')).toHaveText(/^GB30\b/);
});

/** Where a plan-number badge is pinned (its marker's viewport pixel, written by PlanNumberPlacer as a
 *  translate), once the camera has settled (unchanged over 400 ms). */
async function settledBadge(page: Page, badge: Locator): Promise<[number, number]> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await badge.evaluate((el) => (el instanceof HTMLElement && !el.hidden ? el.style.transform : ''));
        const same = now === last && now !== '';
        last = now;
        await page.waitForTimeout(400);
        return same;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const [x = NaN, y = NaN] = (/translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(last) ?? []).slice(1).map(Number);
  return [x, y];
}

test('the body shows the plan: each point only on its planned side, numbered in plan order', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const viewport = page.locator('.viewport');
  await expect(viewport).toHaveAttribute('data-scene-ready', 'true', { timeout: 60_000 });
  const plan = page.locator('aside.plan');
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
  for (const code of ['GB30', 'ST36']) {
    await plan.getByLabel('Add point by code').fill(code);
    await plan.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(plan.locator(`.plan-point[data-code="${code}"]`)).toBeVisible();
  }
  await expect(plan.locator('.plan-point')).toHaveCount(2);
  // Both bilateral: four plan markers, numbered 1 (GB30) and 2 (ST36) like the PDF's points table.
  await expect(viewport).toHaveAttribute('data-plan-points', '4');
  await expect(viewport).toHaveAttribute('data-plan-numbers', '1,2');

  // ST36 on the left only: its right marker is no longer a plan point.
  await plan.getByLabel('Side for ST36').selectOption('left');
  await expect(viewport).toHaveAttribute('data-plan-points', '3');
  await expect(viewport).toHaveAttribute('data-plan-numbers', '1,2');
  const badges = viewport.locator('.viewer-plan-number');
  await expect(badges).toHaveCount(3);
  await expect(viewport.locator('.viewer-plan-number[data-code="GB30"][data-plan-number="1"]')).toHaveCount(2);
  const st36 = viewport.locator('.viewer-plan-number[data-code="ST36"]');
  await expect(st36).toHaveAttribute('data-plan-number', '2');
  await expect(st36).toHaveAttribute('data-side', 'left');

  // From the front, ST36's number is on screen and GB30's (on the buttock, facing away) are not. The
  // patient's left is the viewer's right: the badge's marker lies right of the body's midline (the
  // canvas centre), the marker there has the plan colour and its mirror image (the right ST36) not.
  await page.getByRole('button', { name: 'Front view' }).click();
  const box = await viewport.boundingBox();
  if (!box) throw new Error('no viewport box');
  const left = await settledBadge(page, st36);
  await expect(viewport).toHaveAttribute('data-plan-numbers-shown', '2');
  await expect(st36).toBeVisible();
  await expect(st36).toHaveText('2');
  expect(left[0]).toBeGreaterThan(box.width / 2 + 10);
  expect(await highlightPixels(page, left, PLAN_COLOUR, 8)).toBeGreaterThan(0);
  expect(await highlightPixels(page, [box.width - left[0], left[1]], PLAN_COLOUR, 8)).toBe(0);

  // From the back, GB30's two numbers show and ST36's (front of the leg) is hidden.
  await host.sendMenuCommand('view-back');
  await expect(viewport).toHaveAttribute('data-plan-numbers-shown', '1');
  await expect(st36).toBeHidden();

  // ST36 to the right: the number moves to the viewer's left in the front view.
  await plan.getByLabel('Side for ST36').selectOption('right');
  await expect(st36).toHaveAttribute('data-side', 'right');
  await expect(viewport).toHaveAttribute('data-plan-points', '3');
  await page.getByRole('button', { name: 'Front view' }).click();
  const right = await settledBadge(page, st36);
  expect(right[0]).toBeLessThan(box.width / 2 - 10);

  // Plan order is the numbering: moving ST36 up makes it 1 and GB30 2.
  await plan.getByRole('button', { name: 'Move ST36 up' }).click();
  await expect(st36).toHaveAttribute('data-plan-number', '1');
  await expect(viewport.locator('.viewer-plan-number[data-code="GB30"][data-plan-number="2"]')).toHaveCount(2);
  await expect(viewport).toHaveAttribute('data-plan-numbers', '1,2');
  await expect(viewport).toHaveAttribute('data-plan-numbers-shown', '1');
});

test('arrow keys walk the channel, Esc clears; the filter bar hides channels and reaches the seed points', async ({
  host,
}) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const viewport = page.locator('.viewport');
  const title = page.locator('#detail-title');
  await expect(viewport).toHaveAttribute('data-scene-ready', 'true', { timeout: 60_000 });
  const allMarkers = Number(await viewport.getAttribute('data-visible-points'));
  expect(allMarkers).toBe(placedInstances(/./));

  await selectBySearch(page, 'huantiao', 'GB30');
  await expect(title).toHaveText(/^GB30\b/);
  // How to locate: GB30's rule runs from the greater trochanter to the sacral hiatus — both marked, on
  // both sides of the body, the line cut in thirds with the point at the first.
  await expect(viewport).toHaveAttribute('data-locate-marks', '2');
  await expect(viewport).toHaveAttribute('data-locate-sides', '2');
  await expect(viewport).toHaveAttribute('data-locate-unit', 'part');
  await expect(viewport).toHaveAttribute('data-locate-ticks', '2');
  await expect(viewport).toHaveAttribute('data-locate-counted', '1');
  // The guide adds two draw calls (one mesh, one LineSegments for every tick), not one per tick.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __viewer?: { drawCalls: number } }).__viewer?.drawCalls))
    .toBeLessThanOrEqual(6);
  // While the search field has focus its own keys win: Esc closes the results, the selection stays.
  await page.keyboard.type('st');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveCount(0);
  await expect(title).toHaveText(/^GB30\b/);

  await page.locator('#search-input').blur();
  await page.keyboard.press('ArrowDown');
  await expect(title).toHaveText(/^GB31\b/);
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText(/^GB30\b/);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(/^GB31\b/);
  await page.keyboard.press('Escape');
  await expect(title).toHaveText('Point');
  await expect(viewport).toHaveAttribute('data-selected-screen', '');
  await expect(viewport).toHaveAttribute('data-locate-marks', '0');

  // Channel GB: only the placed GB markers remain (both sides; unplaced points never had one).
  const gb = placedInstances(/^GB\d+$/);
  expect(gb).toBeGreaterThan(0);
  expect(gb).toBeLessThanOrEqual(2 * 44);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('GB');
  await expect(viewport).toHaveAttribute('data-visible-points', String(gb));

  // A hip-nerve point chosen in the filter bar is selected; it stays visible though it is not a GB point.
  await page.getByRole('combobox', { name: 'Hip-nerve points' }).selectOption('SP6');
  await expect(title).toHaveText(/^SP6\b/);
  await expect(viewport).toHaveAttribute('data-visible-points', String(gb + placedInstances(/^SP6$/)));

  // Plan points only with an empty plan: just the selected point.
  await page.getByRole('checkbox', { name: 'Plan points only' }).check();
  await expect(viewport).toHaveAttribute('data-visible-points', String(placedInstances(/^SP6$/)));
  await page.getByRole('checkbox', { name: 'Plan points only' }).uncheck();
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('all');
  await expect(viewport).toHaveAttribute('data-visible-points', String(allMarkers));
});

test('the category filter keeps one kind of point; ST36 shows its 3 B-cun on the 16 B-cun ruler', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const viewport = page.locator('.viewport');
  await expect(viewport).toHaveAttribute('data-scene-ready', 'true', { timeout: 60_000 });
  const allMarkers = Number(await viewport.getAttribute('data-visible-points'));
  const category = page.getByRole('combobox', { name: 'Category' });
  await expect(category).toHaveValue('all');

  // Back-shu: only the back-shu points' markers (both sides) remain.
  const backShu = codesOfCategory('back-shu');
  expect(backShu.length).toBeGreaterThanOrEqual(12);
  const backShuMarkers = placedInstances(new RegExp(`^(?:${backShu.join('|')})$`));
  expect(backShuMarkers).toBeGreaterThan(0);
  await category.selectOption('back-shu');
  await expect(viewport).toHaveAttribute('data-visible-points', String(backShuMarkers));

  // One of the five transport points, combined with a channel: the he-sea of the stomach channel is ST36.
  await category.selectOption('five-shu:he-sea');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('ST');
  await expect(viewport).toHaveAttribute('data-visible-points', String(placedInstances(/^ST36$/)));
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('all');

  // Keyboard: the category box is reached by focus and stepped with the arrow keys, back to "all".
  await category.focus();
  await page.keyboard.press('Home');
  await expect(category).toHaveValue('all');
  await expect(viewport).toHaveAttribute('data-visible-points', String(allMarkers));

  // ST36 from the hip-nerve points: ST35 → ST41 counts 16 B-cun (15 inner ticks), 3 of them up to the point.
  await page.getByRole('combobox', { name: 'Hip-nerve points' }).selectOption('ST36');
  await expect(page.locator('#detail-title')).toHaveText(/^ST36\b/);
  await expect(viewport).toHaveAttribute('data-locate-unit', 'cun');
  await expect(viewport).toHaveAttribute('data-locate-ticks', '15');
  await expect(viewport).toHaveAttribute('data-locate-counted', '3');
  await expect(viewport).toHaveAttribute('data-locate-sides', '2');
  // The panel's steps measure the same line.
  await expect(page.locator('.locate-steps')).toContainText('counts 16 B-cun; measure 3 B-cun');
});

test.describe('without WebGL', () => {
  test.use({ hostOptions: { args: ['--disable-webgl', '--disable-3d-apis'] } });

  test('the viewport shows the 2D fallback and search still selects points', async ({ host }) => {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await expect(page.locator('.app')).toHaveAttribute('data-host-status', 'ready');
    await expect(page.locator('.viewport')).toContainText('3D view needs WebGL');
    await expect(page.locator('.viewport canvas')).toHaveCount(0);
    await selectBySearch(page, 'huantiao', 'GB30');
    await expect(page.locator('#detail-title')).toHaveText(/^GB30\b/);
  });
});
