/**
 * Learned rule types (what src/rules/learned.json holds) and the compiled matcher the engine reads.
 * Rules are data: the engine never hard-codes a heading or a boilerplate string.
 */
import type { Category } from './types';
import { normalizeSpace, plainWordToken, shapeTokens } from './text';
import { matchBoilerPrefix } from './follow';
import { genericLineRule } from './generic-lines';
import { hostMatchesDomain, siteKeyOf } from './hosts';

/**
 * One model of a rule, in two forms. `Rule` is what the engine reads (and what the extension ships:
 * src/rules/runtime.ts); `LearnedRule` is the same plus its evidence, as the learner writes it to
 * src/rules/learned.json (schema: src/rules/learned.schema.json). What a rule does follows from its kind:
 * a heading or a site selector hides a section, boilerplate hides a block, a teaser label marks teasers,
 * vocabulary classifies a section.
 */

/** Which pages taught a rule. `prior` counts entries of the hand-written seed lexicon (src/rules/priors.json). */
export interface Evidence {
  pages: string[];
  sites: string[];
  count: number;
  prior?: boolean;
  /**
   * `reader`: learned on a reader's device (core/reader-rules.ts) and given back with `npm run learn -- --import`;
   * `pages` are then hashes of the pages' addresses, never the addresses.
   */
  source?: 'reader';
  /** reader rules: when the first and the last page that taught the rule were read (ISO 8601 dates) */
  firstSeen?: string;
  lastSeen?: string;
}

/** A section heading ("Tin liên quan"): the heading plus the list it opens are hidden. */
export interface HeadingRule {
  id: string;
  kind: 'heading';
  /** shape (see core/text.ts) */
  pattern: string;
  /** exact: the heading's shape equals the pattern; prefix: it starts with it ("Đọc nhiều trong Kinh doanh") */
  match: 'exact' | 'prefix';
  category: Category;
}

/** Inline boilerplate ("Video đang HOT", "Theo dõi <site> trên", "… - Hình 1"); its blocks are category `inline`. */
export interface BoilerplateRule {
  id: string;
  kind: 'boilerplate';
  pattern: string;
  /** prefix: a short block starting with the pattern, `<site>` being any name (core/follow.ts) */
  match: 'exact' | 'suffix' | 'prefix';
  category: 'inline';
}

/** A teaser category label printed under teaser titles ("Sao Việt", "Sức khỏe"). */
export interface LabelRule {
  id: string;
  kind: 'teaser-label';
  pattern: string;
  /** celebrity labels turn a section into a celebrity section; others only mark teasers */
  category: Category | null;
}

/** A word (or two) typical of one kind of teaser: celebrity vocabulary ("nhan sac", "dien vien"). */
export interface VocabRule {
  id: string;
  kind: 'vocab';
  /** folded tokens, space-separated */
  pattern: string;
  category: Category;
}

/** A CSS selector for a section found on one site's pages (applied at document_start). */
export interface SiteSelectorRule {
  id: string;
  kind: 'site-selector';
  site: string;
  selector: string;
  label: string;
  category: Category;
}

/** A rule as the engine reads it. */
export type Rule = HeadingRule | BoilerplateRule | LabelRule | VocabRule | SiteSelectorRule;

/** A rule as the learner writes it: with the pages that taught it. */
export type Learned<R extends Rule> = R & { evidence: Evidence };
export type LearnedRule = Learned<HeadingRule> | Learned<BoilerplateRule> | Learned<LabelRule> | Learned<VocabRule> | Learned<SiteSelectorRule>;

/** What the engine takes: the shipped runtime rules, or learned rules (their evidence is not read). */
export interface Rules {
  version: 1;
  rules: readonly Rule[];
}

/** src/rules/learned.json. */
export interface LearnedRules extends Rules {
  /** what the learner read */
  corpus: { pages: string[]; sites: string[] };
  rules: LearnedRule[];
}

export interface CompiledRules {
  headingExact: Map<string, HeadingRule>;
  headingPrefix: HeadingRule[];
  boilerExact: Map<string, BoilerplateRule>;
  boilerSuffix: { tokens: string[]; rule: BoilerplateRule }[];
  boilerPrefix: BoilerplateRule[];
  labels: Map<string, LabelRule>;
  /** vocabulary by category, folded terms */
  vocab: VocabRule[];
  sites: Map<string, SiteSelectorRule[]>;
  /** cheap pre-filters: a heading's first shape token, a boilerplate line's last one */
  headingFirst: Set<string>;
  boilerLast: Set<string>;
  labelFirst: Set<string>;
  /** the last two tokens of every boilerplate pattern of two tokens or more, and the one-token patterns */
  boilerLastTwo: Set<string>;
  boilerSingle: Set<string>;
}

const compiled = new WeakMap<Rules, CompiledRules>();

export function compileRules(rules: Rules): CompiledRules {
  const cached = compiled.get(rules);
  if (cached) return cached;
  const out: CompiledRules = {
    headingExact: new Map(),
    headingPrefix: [],
    boilerExact: new Map(),
    boilerSuffix: [],
    boilerPrefix: [],
    labels: new Map(),
    vocab: [],
    sites: new Map(),
    headingFirst: new Set(),
    boilerLast: new Set(),
    labelFirst: new Set(),
    boilerLastTwo: new Set(),
    boilerSingle: new Set(),
  };
  for (const rule of rules.rules) {
    switch (rule.kind) {
      case 'heading':
        out.headingExact.set(rule.pattern, rule);
        if (rule.match === 'prefix') out.headingPrefix.push(rule);
        break;
      case 'boilerplate':
        if (rule.match === 'exact') out.boilerExact.set(rule.pattern, rule);
        else if (rule.match === 'prefix') out.boilerPrefix.push(rule);
        else out.boilerSuffix.push({ tokens: rule.pattern.split(' '), rule });
        break;
      case 'teaser-label':
        out.labels.set(rule.pattern, rule);
        break;
      case 'vocab':
        out.vocab.push(rule);
        break;
      case 'site-selector': {
        const list = out.sites.get(rule.site) ?? [];
        list.push(rule);
        out.sites.set(rule.site, list);
        break;
      }
    }
  }
  for (const key of out.headingExact.keys()) out.headingFirst.add(key.split(' ')[0] ?? '');
  for (const key of out.boilerExact.keys()) out.boilerLast.add(key.split(' ').pop() ?? '');
  for (const { tokens } of out.boilerSuffix) out.boilerLast.add(tokens[tokens.length - 1] ?? '');
  for (const key of out.labels.keys()) out.labelFirst.add(key.split(' ')[0] ?? '');
  for (const tokens of [...[...out.boilerExact.keys()].map((k) => k.split(' ')), ...out.boilerSuffix.map((s) => s.tokens)]) {
    if (tokens.length >= 2) out.boilerLastTwo.add(tokens.slice(-2).join(' '));
    else out.boilerSingle.add(tokens[0] ?? '');
  }
  compiled.set(rules, out);
  return out;
}

/** Longest headings are at most this many shape tokens ("Đọc nhiều trong Kinh doanh"). */
export const MAX_HEADING_TOKENS = 8;

/** Edge words that are not plain (numbers, dates, capitals) repeat on a page: their tokens, shaped in a line that does not shout. */
const edgeWords = new Map<string, string[]>();

/**
 * Shape token of the first / last word alone: most blocks are rejected here without shaping the line.
 * Hot (every short block of a page, cold JIT): a plain word is folded directly; anything else
 * (digits, capitals, dots, odd spaces) is shaped as part of its line.
 */
export function edgeToken(text: string, last: boolean): string {
  const t = text.trim();
  const cut = last ? t.lastIndexOf(' ') : t.indexOf(' ');
  const word = cut < 0 ? t : last ? t.slice(cut + 1) : t.slice(0, cut);
  const plain = plainWordToken(word);
  if (plain !== undefined) return plain;
  // the word is shaped as part of its line: capitals are a site name unless the whole line shouts.
  // Whether it shouts only matters when the word reads as a site name: look at the line only then.
  let tokens = edgeWords.get(word);
  if (!tokens) {
    tokens = shapeTokens(word, false);
    if (edgeWords.size >= 20000) edgeWords.clear();
    edgeWords.set(word, tokens);
  }
  if (tokens.includes('<site>') && t === t.toUpperCase()) tokens = shapeTokens(word, true);
  return (last ? tokens[tokens.length - 1] : tokens[0]) ?? '';
}

export function matchHeading(c: CompiledRules, text: string): HeadingRule | undefined {
  if (text.length > 120 || !c.headingFirst.has(edgeToken(text, false))) return undefined;
  const tokens = shapeTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_TOKENS) return undefined;
  const s = tokens.join(' ');
  const exact = c.headingExact.get(s);
  if (exact) return exact;
  // the longest prefix wins ("tin moi nhat" over "tin moi"); patterns are unique, so it is the only one that long
  let best: HeadingRule | undefined;
  for (const rule of c.headingPrefix) {
    if ((!best || rule.pattern.length > best.pattern.length) && s.startsWith(rule.pattern) && s.charCodeAt(rule.pattern.length) === 32) best = rule;
  }
  return best;
}

/**
 * The last two shape tokens of a normalised line (fewer when it has fewer), shaping only its last
 * words: a word's tokens do not depend on its neighbours, only on whether the line shouts.
 */
function lastTwoTokens(line: string): string[] {
  let cut = line.length;
  for (let words = 0; words < 3 && cut > 0; words++) cut = line.lastIndexOf(' ', cut - 1);
  if (cut <= 0) return shapeTokens(line).slice(-2);
  const tail = line.slice(cut + 1);
  let tokens = shapeTokens(tail, false);
  if (tokens.includes('<site>') && line === line.toUpperCase()) tokens = shapeTokens(tail, true);
  return tokens.length >= 2 ? tokens.slice(-2) : shapeTokens(line).slice(-2);
}

/** `tails`: a prefix shape may be followed by a platform name and a short clause (see follow.ts). */
export function matchBoilerplate(c: CompiledRules, text: string, tails = true): BoilerplateRule | undefined {
  const prefix = matchBoilerPrefix(c.boilerPrefix, text, tails);
  if (prefix >= 0) return c.boilerPrefix[prefix];
  if (!c.boilerLast.has(edgeToken(text, true))) return genericLineRule(text);
  const line = normalizeSpace(text);
  // a line ending in a number or a name (most that get here) is rejected by its last two tokens
  const end = lastTwoTokens(line);
  if (end.length === 2 ? !c.boilerLastTwo.has(`${end[0]} ${end[1]}`) && !c.boilerSingle.has(end[1] ?? '') : end.length === 1 && !c.boilerSingle.has(end[0] ?? '')) return genericLineRule(text);
  const tokens = shapeTokens(line);
  if (tokens.length === 0 || tokens.length > 40) return genericLineRule(text);
  const exact = c.boilerExact.get(tokens.join(' '));
  if (exact) return exact;
  for (const { tokens: suffix, rule } of c.boilerSuffix) {
    if (tokens.length < suffix.length) continue;
    // a suffix rule only fires on short lines, so a sentence ending the same way is not boilerplate
    if (tokens.length > suffix.length + 30) continue;
    let ok = true;
    for (let i = 1; i <= suffix.length; i++) {
      if (tokens[tokens.length - i] !== suffix[suffix.length - i]) {
        ok = false;
        break;
      }
    }
    if (ok) return rule;
  }
  // no learned line: a generic shape (core/generic-lines.ts)
  return genericLineRule(text);
}

export function matchLabel(c: CompiledRules, text: string): LabelRule | undefined {
  // most short texts under a teaser (dates, counts, titles) are rejected by their first word alone;
  // a first word with no token ("•") says nothing about the first token: shape the line
  const first = edgeToken(text, false);
  if (first !== '' && !c.labelFirst.has(first)) return undefined;
  const tokens = shapeTokens(text);
  if (tokens.length === 0 || tokens.length > 4) return undefined;
  return c.labels.get(tokens.join(' '));
}

/** The category whose vocabulary a teaser title uses, if any ("Nhan sắc tàn tạ của…" → celebrity). */
export function vocabCategory(c: CompiledRules, text: string): Category | undefined {
  if (c.vocab.length === 0) return undefined;
  const s = ` ${shapeTokens(text).join(' ')} `;
  for (const rule of c.vocab) if (s.includes(` ${rule.pattern} `)) return rule.category;
  return undefined;
}

/** Site rules for a hostname: "www.dantri.com.vn" uses the rules of "dantri.com.vn". */
export function siteRulesFor(c: CompiledRules, hostname: string): SiteSelectorRule[] {
  const host = siteKeyOf(hostname);
  const out: SiteSelectorRule[] = [];
  for (const [site, list] of c.sites) if (hostMatchesDomain(host, site)) out.push(...list);
  return out;
}
