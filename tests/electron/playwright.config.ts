import { defineConfig } from '@playwright/test';

// Electron e2e: the packaged-shape app (out/) in the real Electron binary through Playwright's _electron.
// The binary cannot be downloaded on the build machines, so these tests skip there and say why.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
