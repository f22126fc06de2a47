import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: points/, models/, electron services and policies. No Electron binary.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
