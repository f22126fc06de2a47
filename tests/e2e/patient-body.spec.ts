// Issue 19: this patient's body. The viewer's body control switches freely until the plan's patient
// records a sex; then the plan chooses (female → the female body, with the build recorded). The patient's
// height and one measured segment give every how-to-locate step and needling depth in centimetres for
// this patient, in the detail panel and in the PDF, whose diagrams are drawn on the same body. Expected
// centimetres are worked here from the shipped placements file by the standard's definition (a B-cun is
// its scale's length / its count), not by the app's code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { CLINIC_SCREENS, expect, openApp, test, typeSlowly } from './fixtures';

const landmarks = (body: string): Record<string, number[]> =>
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'models/assets/bodies', `${body}.placements.json`), 'utf8')) as {
      landmarks: Record<string, number[]>;
    }
  ).landmarks;
const dist = (a: number[], b: number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** cm per B-cun of the medial leg scale (SP6's) on a 160 cm patient, the model being 175 cm tall. */
function legMedialCm(body: string): number {
  const l = landmarks(body);
  return (dist(l['tibia-medial-condyle']!, l['medial-malleolus']!) * 100 * (160 / 175)) / 13;
}
const cm = (cun: number, perCun: number): string => `${(Math.round(cun * perCun * 10) / 10).toFixed(1)} cm`;

for (const viewport of CLINIC_SCREENS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ hostOptions: { viewport } });

    test("the plan's patient chooses the body; height and a measured forearm give centimetres on screen and on paper", async ({
      host,
      dataDir,
    }) => {
      const { page } = host;
      await openApp(page, host.origin);
      const viewportEl = page.locator('.viewport');
      await expect(viewportEl).toHaveAttribute('data-body', 'male-average');
      // No patient sex yet: the control switches the body
      const sexControl = page.getByLabel('Body sex');
      await expect(sexControl).toBeEnabled();
      await sexControl.selectOption('female');
      await expect(viewportEl).toHaveAttribute('data-body', 'female-average');
      await sexControl.selectOption('male');
      await expect(viewportEl).toHaveAttribute('data-body', 'male-average');

      // The plan's patient: female, slim — the plan now chooses, and the control says so
      const plan = page.locator('aside.plan');
      await plan.getByLabel('Sex').selectOption('female');
      await expect(viewportEl).toHaveAttribute('data-body', 'female-average');
      await expect(sexControl).toBeDisabled();
      await expect(page.locator('.body-picker')).toContainText('from the plan');
      await plan.locator('details.body-measures > summary').click();
      await plan.getByLabel('Build').selectOption('slim');
      await expect(viewportEl).toHaveAttribute('data-body', 'female-slim');

      // Before any measurement the detail panel says how to get centimetres
      await page.locator('#search-input').click();
      await typeSlowly(page, 'sanyinjiao');
      await expect(page.locator('#search-option-point-SP6')).toBeVisible();
      await page.keyboard.press('Enter');
      const detail = page.locator('.point-detail[data-point="SP6"]');
      await expect(detail.locator('[data-patient-cun="none"]')).toBeVisible();
      await expect(detail.locator('.locate-steps')).not.toContainText(' cm');

      // Height and a forearm measured with a tape, typed at human speed
      await plan.getByLabel('Height (cm)').click();
      await typeSlowly(page, '160');
      await plan.getByLabel('Measured segment').selectOption('forearm');
      await plan.getByLabel('Length (cm)').click();
      await typeSlowly(page, '26.4');
      await expect(plan.locator('[data-measures-summary]')).toHaveText(
        'slim · 160 cm tall · elbow crease to wrist crease 26.4 cm',
      );
      await expect(plan.getByText('1 B-cun ≈ 2.2 cm here')).toBeVisible();

      // SP6: 3 B-cun up the medial leg scale, in cm from the height; the depth in cm on this patient too
      const perCun = legMedialCm('female-slim');
      await expect(detail.locator('[data-patient-cun="measured"]')).toContainText(
        "Elbow crease to wrist crease measured 26.4 cm = 12 B-cun; other scales from the patient's height, 160 cm",
      );
      await expect(detail.locator('.locate-steps')).toContainText(`3 B-cun ≈ ${cm(3, perCun)}`);
      await expect(detail.locator('.locate-steps')).toContainText(
        `1 B-cun ≈ ${cm(1, perCun)} (from the patient's height)`,
      );
      await expect(detail.getByRole('region', { name: 'Needling' })).toContainText(
        `(≈ ${cm(1, perCun).replace(' cm', '')}–${cm(1.5, perCun)} on this patient)`,
      );
      // the finger-cun cross-check, with its caution and sources
      await detail.getByText("Cross-check with the patient's fingers").click();
      await expect(detail.locator('.finger-cun')).toContainText(`Thumb ≈ 1 cun`);
      await expect(detail.locator('.finger-cun')).toContainText(`here 1 B-cun ≈ ${cm(1, perCun)} on this patient`);
      await expect(detail.locator('.finger-cun')).toContainText('the landmarks win');
      await page.waitForSelector('.viewport:not([data-camera-moving="true"])');
      await page.screenshot({ path: test.info().outputPath(`patient-body-${viewport.width}.png`) });

      // On paper: the diagrams on the female slim body, the measures, and the same centimetres
      await page.getByRole('button', { name: 'Add to plan' }).click();
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await expect(page.getByTestId('export-message')).toContainText('PDF saved:', { timeout: 30_000 });
      const [file] = await readdir(path.join(dataDir, 'exports'));
      const pdf = path.join(dataDir, 'exports', file!);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Drawn on the female body, slim build.');
      expect(text).toContain(
        'Build: slim · Height: 160 cm · Measured: elbow crease to wrist crease 26.4 cm (12 B-cun)',
      );
      expect(text).toContain(`3 B-cun ≈ ${cm(3, perCun)}`);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        pdf,
        test.info().outputPath(`patient-body-pdf-${viewport.width}`),
      ]);
    });
  });
}
