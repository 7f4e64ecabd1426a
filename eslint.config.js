import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// One-way imports (docs/architecture.md §1), each folder importing only those to its right:
// app → features → components → scenario → i18n → lib → model, and data → model.
// Features never import each other; the CLI imports scenario and below, never a view.
const zones = [
  {
    target: './src/model',
    from: [
      './src/data',
      './src/scenario',
      './src/features',
      './src/components',
      './src/app',
      './src/lib',
      './src/i18n',
      './src/cli',
      './mocks',
    ],
    message: 'src/model is pure: it imports nothing from the rest of the app.',
  },
  {
    target: './src/data',
    from: [
      './src/scenario',
      './src/features',
      './src/components',
      './src/app',
      './src/lib',
      './src/i18n',
      './src/cli',
    ],
    message: 'src/data may only import the model.',
  },
  {
    target: './src/scenario',
    from: ['./src/features', './src/components', './src/app', './src/cli'],
    message: 'src/scenario may import the model, data, i18n and lib only.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app', './src/cli'],
    message: 'Shared components do not import features or the app.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/cli'],
    message: 'Features do not import the app shell.',
  },
  {
    // lib holds helpers every layer above uses (formatting, wording, storage, the dataset query).
    target: './src/lib',
    from: [
      './src/i18n',
      './src/scenario',
      './src/features',
      './src/components',
      './src/app',
      './src/cli',
      './mocks',
    ],
    message: 'src/lib may import the model and data only.',
  },
  {
    // i18n is the messages, the i18next set-up and hooks binding lib's formatters to a language.
    target: './src/i18n',
    from: [
      './src/data',
      './src/scenario',
      './src/features',
      './src/components',
      './src/app',
      './src/cli',
      './mocks',
    ],
    message: 'src/i18n may import lib and the model only.',
  },
  {
    target: './src/cli',
    from: ['./src/features', './src/components', './src/app', './mocks'],
    message: 'The CLI draws no views: it may import scenario, lib, data, i18n and the model.',
  },
];

// Features are composed by routes, never by each other.
const featureDirs = existsSync('./src/features')
  ? readdirSync('./src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
for (const feature of featureDirs) {
  zones.push({
    target: `./src/features/${feature}`,
    from: featureDirs.filter((f) => f !== feature).map((f) => `./src/features/${f}`),
    message: 'Features do not import each other; compose them in src/app.',
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'import-x': importX,
    },
    settings: {
      // Without this import-x reads only .js files, and no-cycle never sees a TypeScript import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': ['error', { zones }],
      // Type-only imports are skipped: they vanish at runtime. External packages are not walked.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, never HTML.',
        },
      ],
    },
  },
  {
    // recharts is a dev dependency for the bench's twin only (tests/bench/bare-recharts): the
    // app's charts are hand-drawn SVG (README, "Dependencies"). src/model's rule below says more.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['recharts', 'recharts/*'],
              message:
                'Charts are hand-drawn SVG (README, "Dependencies"); recharts is bench-only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model is pure TypeScript: no React, no DOM, no state or chart libraries, no I/O.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'src/model is pure: no React.',
            },
            {
              group: [
                'zustand',
                'zustand/*',
                'recharts',
                'recharts/*',
                'react-router',
                'react-router/*',
                '@tanstack/*',
                'i18next',
                'zod',
              ],
              message: 'src/model is pure: no state, chart, router, query or schema libraries.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https'],
              message: 'src/model does no I/O.',
            },
            {
              group: ['@/*', '../*'],
              message: 'src/model imports nothing from other src folders.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'fetch',
        'navigator',
        'location',
        'XMLHttpRequest',
      ],
    },
  },
  {
    // Playwright fixtures use a `use` callback and `{}` for fixtures without dependencies.
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'react-hooks/rules-of-hooks': 'off',
      'no-empty-pattern': 'off',
    },
  },
);
