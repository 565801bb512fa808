// ESLint (flat config) for the JavaScript: the extension, the browser tests
// and the benchmarks. `make lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'fuzz/**'] },
  js.configs.recommended,
  {
    rules: {
      // `catch { }` with a comment is how a failure that may be ignored
      // says why; an empty block without one is an error.
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // Background, popup, options, shared: ES modules in extension pages.
    files: ['extension/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions },
    },
  },
  {
    // Content scripts: plain scripts (MV3 cannot declare module content
    // scripts), sharing one namespace object in load order (manifest.json).
    files: ['extension/content/*.js', 'extension/shared/api.js', 'extension/shared/metrics.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // Node scripts that also hand functions to the page or to the
    // extension's service worker (page.evaluate, sw.evaluate).
    files: ['tests/browser/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser, ...globals.webextensions },
    },
  },
];
