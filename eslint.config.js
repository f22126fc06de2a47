// Lint: typescript-eslint recommended plus the runtime boundaries of HOUSE_STYLE.md, enforced per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyHere = [
  'electron/main/main.ts',
  'electron/main/app-protocol.ts',
  'electron/main/hardening.ts',
  'electron/main/window.ts',
  'electron/main/print-window.ts',
  'electron/main/file-dialogs.ts',
  'electron/preload/**',
];
const noElectron = {
  name: 'electron',
  message: "Only electron/main wiring files and the preload may import 'electron' at run time.",
};
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net', 'crypto'].map((name) => ({
  group: [name, `${name}/*`],
  message: 'This code runs in the renderer too: no Node built-ins (Node-only tools live in cli/ folders).',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'points/**/*.ts', 'models/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: electronOnlyHere,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ ...noElectron, allowTypeImports: true }] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['contextBridge', 'ipcRenderer'],
              message: 'Only the preload talks to ipcRenderer/contextBridge.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers: the shared policies and the host contract sit below the shell, the services and the browser
    // host, which all use them; nothing there reaches up. (tests/unit/architecture/import-cycles.test.ts
    // proves the whole source graph has no cycle.)
    files: ['electron/common/**/*.ts', 'electron/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...noElectron, allowTypeImports: true }],
          patterns: [
            {
              group: ['**/main/*', '**/services/*', '**/browser-host/*', '**/renderer/*'],
              message:
                'electron/common and electron/contract are the shared bottom layer: they import nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/browser-host/**/*.ts', 'electron/services/**/*.ts', 'vite.config.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...noElectron, allowTypeImports: true }],
          patterns: [
            {
              group: ['**/main/*', '**/electron/main/*'],
              message: 'The Electron shell (electron/main) is the top layer; shared policies live in electron/common.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'points/**/*.ts', 'models/**/*.ts'],
    ignores: ['points/cli/**', 'models/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ ...noElectron, allowTypeImports: true }], patterns: nodeBuiltins },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...noElectron, allowTypeImports: true }],
          patterns: [
            ...nodeBuiltins,
            {
              group: ['**/electron/main/*', '**/electron/services/*', '**/electron/browser-host/*'],
              message: 'The renderer reaches the platform only through the host contract.',
            },
          ],
        },
      ],
    },
  },
);
