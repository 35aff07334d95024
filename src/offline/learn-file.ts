/**
 * `npm run learn` / `tin-gon learn`: read the fixtures (fixtures.ts), run the pure learner
 * (core/learn.ts) with the priors (src/rules/priors.json), write src/rules/learned.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { learnRules, serializeRules } from '../core/learn';
import { learnerPriors } from '../rules/priors';
import { RULES_FILE, loadCorpus } from './fixtures';

export async function runLearn(): Promise<number> {
  const corpus = loadCorpus();
  const rules = learnRules(corpus, learnerPriors);
  const text = serializeRules(rules);
  let before = '';
  try {
    before = readFileSync(RULES_FILE, 'utf8');
  } catch {
    /* first run */
  }
  if (before !== text) writeFileSync(RULES_FILE, text);
  const byKind = new Map<string, number>();
  for (const r of rules.rules) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  process.stdout.write(
    `learned ${rules.rules.length} rules from ${corpus.seeds.length} seeds + ${corpus.pages.length} pages (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})\n` +
      `${before === text ? 'unchanged' : 'wrote'} ${RULES_FILE}\n`,
  );
  return 0;
}
