/**
 * The rules as the extension ships them: what the engine reads, without the evidence. `learned.json`
 * stays the learner's committed output with its evidence (which pages taught each rule) for review, the
 * CLI and the tests; the build bundles this form instead (pack.ts), half the bytes of the content
 * script's rules. tests/unit/content-bundles.test.ts checks that the engine plans the same hides with either.
 */
import type { LearnedRule, LearnedRules, Rule, Rules } from '../core/rules';

/** A learned rule without its evidence: the runtime rule it is (core/rules.ts `Learned<R>` is `R & { evidence }`). */
export function runtimeRule(rule: LearnedRule): Rule {
  const { evidence: _evidence, ...runtime } = rule;
  return runtime;
}

/** `rules` without evidence and without the corpus list. */
export function runtimeRules(rules: LearnedRules): Rules {
  return { version: rules.version, rules: rules.rules.map(runtimeRule) };
}
