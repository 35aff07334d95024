// Layers and safety enforced by a tool (docs/architecture.md has the map):
//  - the extension runtime (src/ but cli, offline and the learner) imports no offline code, no CLI, no
//    scripts, tools or tests; src/core imports no adapters and no browser APIs;
//  - the CLI and src/offline (Node, fixtures) import no scripts, tools or tests;
//  - scripts/ import no tests/; tests import no scoring from scripts/eval or scripts/bench;
//  - the reader page imports neither the popup nor the panel (reader.js carries no highlighter);
//  - no import cycles anywhere (type-only imports do not count: they vanish at build time);
//  - no innerHTML/insertAdjacentHTML with data anywhere (eslint-plugin-no-unsanitized).
// tests/unit/lint-zones.test.ts shows each zone and no-cycle failing on a file that breaks it.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import importPlugin from 'eslint-plugin-import';

/** The extension's runtime folders: they ship in dist/. */
const RUNTIME = ['src/core', 'src/entities', 'src/content', 'src/background', 'src/popup', 'src/options', 'src/reader', 'src/panel', 'src/ui', 'src/shared', 'src/rules'];
/** Code that runs only offline (Node, the repo's fixtures), whatever folder it sits in. */
const OFFLINE = ['src/offline', 'src/cli', 'src/cli.ts', 'src/core/learn.ts', 'src/core/gold.ts', 'src/rules/priors.ts', 'scripts', 'tools', 'tests'];
/** Runtime folders that also hold offline files (the learner beside the engine, the priors beside the rules). */
const RUNTIME_FILES = { 'src/core': './src/core/**/!(learn|gold).ts', 'src/rules': './src/rules/!(priors).ts' };
/** Adapters: core/ must not import them. */
const ADAPTERS = ['src/content', 'src/background', 'src/popup', 'src/options', 'src/reader', 'src/panel', 'src/ui', 'src/shared/browser.ts', 'src/cli', 'src/cli.ts'];

/** Zones of import/no-restricted-paths (exported: tests/unit/lint-zones.test.ts checks them). */
export const ZONES = [
  // the learner, its priors and the gold format are offline code living beside the engine: the runtime must not reach them
  ...RUNTIME.map((folder) => ({
    target: RUNTIME_FILES[folder] ?? `./${folder}/**/*`,
    from: OFFLINE.map((f) => `./${f}`),
    message: 'the extension runtime must not import offline code (CLI, learner, fixtures, scripts, tools, tests)',
  })),
  { target: './src/core', from: ADAPTERS.map((f) => `./${f}`), message: 'core/ must not import adapters or browser APIs' },
  {
    target: ['./src/cli', './src/cli.ts', './src/offline'],
    from: ['./scripts', './tools', './tests'],
    message: 'the CLI and src/offline must not import scripts, tools or tests',
  },
  { target: './scripts', from: './tests', message: 'scripts/ must not import tests/ (shared tooling lives in tools/)' },
  { target: './tools', from: ['./scripts', './tests'], message: 'tools/ is shared by tests and scripts: it imports neither' },
  { target: './tests', from: ['./scripts/eval', './scripts/bench'], message: 'tests must not import scoring from scripts/ (it lives in src/offline)' },
  { target: './src/reader', from: ['./src/popup', './src/panel'], message: 'the reader page must not import the popup or the panel (reader.js would carry their code)' },
];

export default tseslint.config(
  // .tmp-*/: git-ignored scratch (profiling runs)
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '.tmp-*/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin, 'no-unsanitized': nounsanitized, import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'import/no-restricted-paths': ['error', { zones: ZONES }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // src/entities (the recogniser, its own area and bundle) is runtime code as pure as core/: content, panel, CLI and
    // scripts import it; it imports only core/types and its own data
    files: ['src/core/**/*.ts', 'src/entities/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'core/ is pure: no browser APIs' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'core/ is pure: no browser.*' }, { name: 'chrome', message: 'core/ is pure: no chrome.*' }],
    },
  },
);
