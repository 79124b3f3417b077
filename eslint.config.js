// Lint rules: strict TypeScript, React hooks, and one-way imports (import cycles and the same
// layering are also checked by dependency-cruiser: .dependency-cruiser.cjs):
// src/domain is pure (no React, Leaflet, vis-timeline, DOM or Node); features do not import
// the app shell or the pipeline; nothing in the browser imports the pipeline, nor the domain
// code only the pipeline runs (src/domain/pipeline: every `**/pipeline/**` pattern below
// matches it too).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = [
  'react',
  'react-dom',
  'react-*',
  'leaflet',
  'vis-*',
  'moment',
  'i18next',
  '@fontsource/*',
];
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'bench/out', '.tmp', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // Every user-visible string comes from a locale file: no words as JSX text, and no literal
    // labels in the attributes people read or hear.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'User-visible text must come from a locale file (t()).',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt)$/] > Literal[value=/\\p{L}/u]',
          message: 'User-visible labels must come from a locale file (t()).',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'src/domain is pure: no UI libraries.' },
            { group: nodeModules, message: 'src/domain is pure: no Node modules.' },
            {
              group: ['**/features/**', '**/app/**', '**/url-state/**', '**/i18n/**', '**/ui/**'],
              message: 'src/domain imports nothing from the rest of src.',
            },
            {
              // From src/domain/pipeline itself, imports are relative (./text, ../names) and
              // never name the folder; from anywhere else in src/domain they would.
              group: ['**/pipeline/**'],
              message:
                'src/pipeline is Node-only, and the browser loads src/domain outside ' +
                'src/domain/pipeline: none of it may import either.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'process',
      ],
    },
  },
  {
    files: ['src/url-state/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/pipeline/**', ...nodeModules],
              message: 'shared modules import only src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/pipeline/**', ...nodeModules],
              message: 'features import shared code (domain, url-state, i18n, ui) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pipeline/**', ...nodeModules],
              message: 'the browser app never imports the pipeline.',
            },
          ],
        },
      ],
    },
  },
);
