// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const pureReason =
  'is a pure module that also runs in the browser and the CLI. It may not depend on the server, the web app or the CLI (docs/ARCHITECTURE.md): pass what you need in as arguments instead.';

/** @param {string} name @param {string[]} banned */
const importDirection = (name, banned) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((target) => ({
          group: [`**/${target}`, `**/${target}/**`],
          message: `src/${name} ${pureReason}`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports: they keep one name for one thing across the codebase.',
        },
      ],
    },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by Vitest.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  importDirection('domain', ['server', 'web', 'cli']),
  importDirection('coach', ['server', 'web', 'cli']),
  importDirection('crypto', ['server', 'web', 'cli']),
  importDirection('protocol', ['server', 'web', 'cli', 'domain', 'coach']),
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/web', '**/web/**', '**/cli', '**/cli/**'],
              message:
                'src/server may not import the web app or the CLI: the server is a library that the CLI starts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server', '**/server/**', '**/cli', '**/cli/**'],
              message:
                'src/web runs in the browser: it talks to the server only through src/protocol and HTTP, never by importing server code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Config files are the one place a default export is the tool's contract.
    files: ['*.config.{js,ts}', 'src/web/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JS here is only the bin shim and config: Node's globals are known to TypeScript, not ESLint.
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
);
