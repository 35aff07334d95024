/**
 * The layers of docs/architecture.md are enforced by eslint.config.js (import/no-restricted-paths zones and
 * import/no-cycle). Each case lints a small in-memory text as if it were an existing file of a folder whose
 * rule it breaks (no-cycle needs the file to exist; the file itself is not read or changed), and expects
 * that rule to fire; a text that keeps the rules gets no error, so the zones are neither dead nor too wide.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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

describe('no-cycle', () => {
  it('fails when a module imports one that imports it back', async () => {
    // core/rules.ts imports core/text.ts: text.ts importing rules.ts closes a cycle
    const code = "import { compileRules } from './rules';\nexport const probe = compileRules;\n";
    expect(await rulesFired('src/core/text.ts', code)).toContain('import/no-cycle');
  }, 120_000);

  it('type-only imports do not count (they are erased)', async () => {
    const code = "import type { Rules } from './rules';\nexport type Probe = Rules;\n";
    expect(await rulesFired('src/core/text.ts', code)).toEqual([]);
  }, 120_000);
});
