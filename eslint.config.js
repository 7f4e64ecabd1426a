import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// One-way imports (DESIGN §3): app → features → components, scenario, model, data;
// scenario → model, data; model → nothing. Features never import each other.
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
    message: 'src/data may only import the model types.',
  },
  {
    target: './src/scenario',
    from: ['./src/features', './src/components', './src/app', './src/cli'],
    message: 'src/scenario may import the model, data and lib only.',
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
