/**
 * The runtime rules (runtime.ts) as the ES module the build bundles in place of learned.json
 * (scripts/build/build.ts `runtimeRulesPlugin`). Heading rules, most of the file, whose id is their kind and
 * pattern ("heading:tin-lien-quan") go through one small constructor: content.js carries each pattern
 * once. Evaluates to exactly runtimeRules(rules) (tests/unit/content-bundles.test.ts).
 */
import type { HeadingRule, LearnedRules, Rule } from '../core/rules';
import { runtimeRules } from './runtime';

/** Fields of a heading rule, in the order the learner writes them: only such rules take the short form. */
const HEADING_FIELDS = 'id,kind,pattern,match,category';

const isShortHeading = (rule: Rule): rule is HeadingRule =>
  rule.kind === 'heading' && Object.keys(rule).join() === HEADING_FIELDS && rule.id === `heading:${rule.pattern.split(' ').join('-')}`;

export function runtimeRulesModule(rules: LearnedRules): string {
  const compact = runtimeRules(rules);
  const items = compact.rules.map((rule) =>
    isShortHeading(rule) ? `h(${JSON.stringify([rule.pattern, rule.match, rule.category]).slice(1, -1)})` : JSON.stringify(rule),
  );
  return (
    'const h=(pattern,match,category)=>({id:"heading:"+pattern.split(" ").join("-"),kind:"heading",pattern,match,category});' +
    `export default{version:${JSON.stringify(compact.version)},rules:[${items.join(',')}]};`
  );
}
