/**
 * The layers of docs/architecture.md are enforced by eslint.config.js (import/no-restricted-paths zones and
 * import/no-cycle). Each case lints a small in-memory text as if it were an existing file of a folder whose
 * rule it breaks (no-cycle needs the file to exist; the file itself is not read or changed), and expects
 * that rule to fire; a text that keeps the rules gets no error, so the zones are neither dead nor too wide.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const ZONE = 'import/no-restricted-paths';

describe('lint zones', () => {
  it.each([
    ['the runtime imports offline code', 'src/content/stats.ts', "import { loadCorpus } from '../offline/fixtures';\nvoid loadCorpus;\n"],
    ['the runtime imports the learner beside the engine', 'src/content/stats.ts', "import { learnRules } from '../core/learn';\nvoid learnRules;\n"],
    ['core imports an adapter', 'src/core/text.ts', "import { PageCleaner } from '../content/cleaner';\nvoid PageCleaner;\n"],
    ['the CLI imports a script', 'src/cli/io.ts', "import { ENTRIES } from '../../scripts/build/build';\nvoid ENTRIES;\n"],
    ['a script imports a test helper', 'scripts/dev/start.ts', "import { hiddenCount } from '../../tests/e2e/helpers-content';\nvoid hiddenCount;\n"],
    ['a unit test imports scoring from scripts/eval', 'tests/unit/popup.test.ts', "import { evalHeldout } from '../../scripts/eval/eval-heldout';\nvoid evalHeldout;\n"],
    ['the reader imports the panel', 'src/reader/prefs.ts', "import { mountPanel } from '../panel';\nvoid mountPanel;\n"],
    ['the reader imports the popup model', 'src/reader/prefs.ts', "import { popupView } from '../popup/model';\nvoid popupView;\n"],
  ])('fails when %s', async (_what, file, code) => {
    expect(await rulesFired(file, code)).toContain(ZONE);
  }, 120_000);

  it('passes a file that keeps to its layer', async () => {
    const code = "import { HIDE_ATTR } from '../core/marks';\nimport { tabIdFromQuery } from '../ui/tab-query';\nvoid HIDE_ATTR;\nvoid tabIdFromQuery;\n";
    expect(await rulesFired('src/reader/prefs.ts', code)).toEqual([]);
    expect(await rulesFired('tests/unit/popup.test.ts', "import { measure } from '../../src/offline/declutter-eval';\nvoid measure;\n")).toEqual([]);
  }, 120_000);
});

/**
 * no-cycle on in-memory text, whatever was linted before. eslint-plugin-import caches, per process, the strongly
 * connected components of the import graph it read from disk (lib/scc.js), and skips the cycle search between two
 * files of different components. Once any file reaching core/rules.ts and core/text.ts has been linted, the cached
 * components say "no cycle" for an in-memory text.ts that does import rules.ts, and the check passed or failed with
 * the order of the lints (it failed once in another worktree). Here the project's own no-cycle options are used with
 * that cache off (disableScc, the rule's documented option): the search follows the files themselves. On disk
 * (`npx eslint .`) the files are what is linted, so the cache is right there and the config keeps it.
 */
describe('no-cycle', () => {
  let cycles: ESLint;
  const cycleRules = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await cycles.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  };

  beforeAll(async () => {
    const configured = (await eslint.calculateConfigForFile('src/core/text.ts')) as { rules?: Record<string, unknown> };
    const [, options] = configured.rules?.['import/no-cycle'] as [unknown, Record<string, unknown>?];
    cycles = new ESLint({ cwd: process.cwd(), overrideConfig: { rules: { 'import/no-cycle': ['error', { ...options, disableScc: true }] } } });
  }, 120_000);

  it('fails when a module imports one that imports it back, also after the graph around it was linted', async () => {
    // core/rules.ts imports core/text.ts: text.ts importing rules.ts closes a cycle
    const code = "import { compileRules } from './rules';\nexport const probe = compileRules;\n";
    expect(await cycleRules('src/core/text.ts', code)).toContain('import/no-cycle');
    // the order that made the cached check miss it: a file that reaches rules.ts and text.ts, linted first
    const reaching = "import { compileRules } from './rules';\nimport { normalizeSpace } from './text';\nvoid compileRules;\nvoid normalizeSpace;\n";
    expect(await cycleRules('src/core/declutter.ts', reaching)).toEqual([]);
    expect(await cycleRules('src/core/text.ts', code)).toContain('import/no-cycle');
  }, 120_000);

  it('type-only imports do not count (they are erased)', async () => {
    const code = "import type { Rules } from './rules';\nexport type Probe = Rules;\n";
    expect(await cycleRules('src/core/text.ts', code)).toEqual([]);
  }, 120_000);
});
