/**
 * The rules as the extension ships them: only what the engine reads. `learned.json` stays the learner's
 * committed output with its evidence (which pages taught each rule) for review, the CLI and the tests;
 * the build (scripts/build.ts, `runtimeRulesPlugin`) bundles this compact form instead, which is half
 * the bytes of the content script's rules. tests/unit/rules-runtime.test.ts checks that the engine plans
 * the same hides with either form.
 */
import type { Rule, Rules } from '../core/rules';

/** Fields the engine (core/rules.ts compileRules, core/declutter.ts) reads, per rule kind. */
const KEPT: { [K in Rule['kind']]: readonly string[] } = {
  heading: ['id', 'kind', 'pattern', 'match', 'category'],
  boilerplate: ['id', 'kind', 'pattern', 'match', 'category'],
  'teaser-label': ['id', 'kind', 'pattern', 'category'],
  vocab: ['id', 'kind', 'pattern', 'category'],
  'site-selector': ['id', 'kind', 'site', 'selector', 'label', 'category'],
};

/**
 * `rules` without evidence, actions (implied by the kind) and the corpus list. The result is typed as
 * `Rules` because the engine takes it as such; the fields it drops are never read at run time.
 */
export function runtimeRules(rules: Rules): Rules {
  const compact = rules.rules.map((rule) => {
    const out: Record<string, unknown> = {};
    for (const key of KEPT[rule.kind]) if (key in rule) out[key] = (rule as unknown as Record<string, unknown>)[key];
    return out;
  });
  return { version: rules.version, corpus: { pages: [], sites: [] }, rules: compact } as unknown as Rules;
}
