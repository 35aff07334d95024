/**
 * Prefix boilerplate: call-to-action lines that *start* with a learned shape ("Theo dõi <site> trên",
 * "Mời quý độc giả theo dõi <site> trên") whatever platform and tail follow. The seeds' lines end at
 * "trên" + an icon link; other portals print the whole line as one link ("Theo dõi Báo Thanh Niên trên
 * Google News", kenh14 adds "để không bỏ lỡ tin tức mới nhất").
 *
 * A sentence that merely begins the same way must not match, so the shape is tight:
 *  - anchored at the first word, the whole block at most MAX_WORDS words;
 *  - the `<site>` slot takes 1–5 words that are names (capitalised, with digits, or a domain): "Báo Lao
 *    Động", "Kenh14", "VOV.VN" — never "bão" in "Người dân theo dõi bão trên …";
 *  - after the shape, nothing, or at most MAX_TAIL words opening with a capitalised platform name
 *    ("Google News", "Zalo") of at most two words before a lower-case clause — never "Theo dõi Facebook
 *    trên điện thoại, chị Lan …", nor a block that runs on into another line ("… Google News Một dòng …").
 */
import { fold, plainWordToken, stripWord } from './text';

const MAX_WORDS = 20;
const MAX_TAIL = 12;
const MAX_NAME_WORDS = 5;
const SITE_SLOT = '<site>';

/** A prefix rule as this module reads it (core/rules.ts BoilerplateRule with match 'prefix'). */
export interface PrefixShape {
  readonly pattern: string;
}

interface PrefixPattern {
  /** folded words; null is the name slot */
  parts: (string | null)[];
  /** the rule's index in the list given */
  index: number;
}

interface CompiledPrefixes {
  /** first character of each pattern's first word (folded): most blocks stop here */
  firstChars: Set<string>;
  firstWords: Set<string>;
  patterns: PrefixPattern[];
}

const compiledPrefixes = new WeakMap<readonly PrefixShape[], CompiledPrefixes>();

function compile(rules: readonly PrefixShape[]): CompiledPrefixes {
  let c = compiledPrefixes.get(rules);
  if (c) return c;
  c = { firstChars: new Set(), firstWords: new Set(), patterns: [] };
  for (const [index, rule] of rules.entries()) {
    const parts = rule.pattern.split(' ').map((t) => (t === SITE_SLOT ? null : t));
    const first = parts[0];
    // a pattern must open with a word: a leading name slot would match any capitalised line
    if (!first) continue;
    c.firstChars.add(first[0]!);
    c.firstWords.add(first);
    c.patterns.push({ parts, index });
  }
  // longest first: "moi quy doc gia theo doi <site> tren" before a shorter one
  c.patterns.sort((a, b) => b.parts.length - a.parts.length || rules[a.index]!.pattern.localeCompare(rules[b.index]!.pattern));
  compiledPrefixes.set(rules, c);
  return c;
}

/** A word without its surrounding punctuation, folded ("dõi," → "doi"). */
function bare(word: string): string {
  // plain words (all of the patterns' words) and most others without a \p{…} regex, which is slow to
  // compile on a cold page
  return plainWordToken(word) ?? fold(stripWord(word, false));
}

const OPENERS = '([{"\'“‘«';

function startsUpper(word: string): boolean {
  let i = 0;
  while (i < word.length && OPENERS.includes(word[i]!)) i++;
  const ch = word[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** A word of a name: "Báo", "Kenh14", "VOV.VN", "dantri.com.vn". */
function isNameWord(word: string): boolean {
  return startsUpper(word) || /\d/.test(word) || /^[\w-]+\.(?:vn|com|net|org)/.test(word);
}

/** Match `words[i..]` against `parts[j..]`; returns the index after the match, or -1. */
function matchFrom(words: string[], i: number, parts: (string | null)[], j: number): number {
  if (j === parts.length) return i;
  const part = parts[j];
  if (part === null || part === undefined) {
    for (let k = 1; k <= MAX_NAME_WORDS && i + k <= words.length; k++) {
      if (!isNameWord(words[i + k - 1]!)) break;
      const end = matchFrom(words, i + k, parts, j + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || bare(words[i]!) !== part) return -1;
  return matchFrom(words, i + 1, parts, j + 1);
}

/** The index of the prefix rule a short block (normalised text) starts with, or -1. */
export function matchBoilerPrefix(rules: readonly PrefixShape[], text: string, tails = true): number {
  if (rules.length === 0 || text.length < 4 || text.length > 200) return -1;
  const c = compile(rules);
  // hot path (every short block): fold only a non-ASCII first letter
  const ch = text[0]!.toLowerCase();
  if (!c.firstChars.has(ch) && (ch < '\u00c0' || !c.firstChars.has(fold(ch)))) return -1;
  const cut = text.indexOf(' ');
  if (cut < 0 || !c.firstWords.has(bare(text.slice(0, cut)))) return -1;
  const words = text.split(' ');
  if (words.length > MAX_WORDS) return -1;
  for (const { parts, index } of c.patterns) {
    const end = matchFrom(words, 0, parts, 0);
    if (end < 0) continue;
    const tail = words.length - end;
    if (tail === 0) return index;
    if (!tails) continue;
    // the platform: a short capitalised run ("Google News", "Zalo"), then nothing or a lower-case clause
    // ("để không bỏ lỡ …"); a third capitalised word starts something else ("Google News Một dòng …")
    let run = 0;
    while (end + run < words.length && startsUpper(words[end + run]!)) run++;
    if (tail <= MAX_TAIL && run >= 1 && (run === tail ? run <= 3 : run <= 2)) return index;
  }
  return -1;
}
