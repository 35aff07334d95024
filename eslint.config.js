// Layers and safety enforced by a tool: core imports no adapters and no browser APIs;
// no innerHTML/insertAdjacentHTML with data anywhere (eslint-plugin-no-unsanitized).
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  // .tmp-*/: git-ignored scratch (profiling runs)
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '.tmp-*/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin, 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // src/entities (the recogniser, its own area and bundle) is runtime code as pure as core/: content, panel, CLI and
    // scripts import it; it imports only core/types and its own data
    files: ['src/core/**/*.ts', 'src/entities/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/panel/**', '**/shared/browser*', 'webextension-polyfill'], message: 'core/ must not import adapters or browser APIs' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'browser', message: 'core/ is pure: no browser.*' }, { name: 'chrome', message: 'core/ is pure: no chrome.*' }],
    },
  },
);
