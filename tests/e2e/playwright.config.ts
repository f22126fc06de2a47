import { defineConfig } from '@playwright/test';

// Renderer e2e: the production build (out/renderer, made by `npm run build`) in real Chromium through the
// browser host, with the real services bound. Browsers are launched by the fixture, not by Playwright's
// project settings, so the system Chromium works where Playwright's own download cannot.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
});
