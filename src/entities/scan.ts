/**
 * The state of one left-to-right scan over an article's tokens, shared by what recognises people (person.ts),
 * organisations (organisation.ts), places (place.ts), capitalised runs (capital-run.ts) and the passes after the scan
 * (post-passes.ts): the mentions proposed so far, trie lookups cached per token, and small token-shape tests.
 * recognise.ts drives the scan; `namedAt` (what any name at a position is) lives there because every kind needs it.
 */
import type { EntityType } from '../core/types';
import { ensureLexicon, GAZETTEER, type CueHit, type GazetteerHit, LOC_PREFIX_TRIE, ORG_HEAD_TRIE, TITLE_TRIE } from './lexicon';
import type { Token } from './tokenize';
import { DASHES, FOREIGN_JOINERS, ORG_SUFFIXES, SENTENCE_OPENERS, VIET_MARKS } from './words';

export interface RawMention {
  /** token range [from, to) */
  from: number;
  to: number;
  type: EntityType | null;
  /** null type or weak: keep only if it names an entity found elsewhere */
  weak: boolean;
  canonical?: string;
  role?: string;
  /** typed PERSON by shape alone (no cue, no gazetteer): context may retype it */
  guess?: boolean;
}

export type Hit<V> = { end: number; value: V } | null;

/** A name found at a position: where it ends, its type, its canonical spelling when the gazetteer knows it. */
export interface Span {
  end: number;
  type: EntityType;
  canonical?: string;
}

export abstract class Scan {
  readonly mentions: RawMention[] = [];

  /** names read as products in this text ("xe Chevrolet Trax"): their other mentions are no entity either */
  readonly products = new Set<string>();

  /** set while reading the place/organisation between a title and a name */
  beforeName = false;

  constructor(
    readonly tokens: readonly Token[],
    readonly text: string,
  ) {
    ensureLexicon();
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The words of tokens [from, to) as written, joined by single spaces (a name's key within one text). */
  spanText(from: number, to: number): string {
    return this.tokens.slice(from, to).map((t) => t.text).join(' ');
  }

  /*
   * The same positions are looked up many times (a name, then the organisation around it, then the capital
   * run): trie hits are cached per token index.
   */
  private readonly gazMemo: Array<Hit<GazetteerHit>> = [];

  private readonly titleMemo: Array<Hit<CueHit>> = [];

  private readonly orgHeadMemo: Array<Hit<true>> = [];

  private readonly locPrefixMemo: Array<Hit<true>> = [];

  private memo<V>(memo: Array<Hit<V>>, trie: { longest(tokens: readonly Token[], i: number): Hit<V> }, i: number): Hit<V> {
    let hit = memo[i];
    if (hit === undefined) memo[i] = hit = trie.longest(this.tokens, i);
    return hit;
  }

  gaz(i: number): Hit<GazetteerHit> {
    return this.memo(this.gazMemo, GAZETTEER, i);
  }

  title(i: number): Hit<CueHit> {
    return this.memo(this.titleMemo, TITLE_TRIE, i);
  }

  orgHead(i: number): Hit<true> {
    return this.memo(this.orgHeadMemo, ORG_HEAD_TRIE, i);
  }

  locPrefix(i: number): Hit<true> {
    return this.memo(this.locPrefixMemo, LOC_PREFIX_TRIE, i);
  }

  isCapWord(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && t.word && t.cap;
  }

  emit(from: number, to: number, type: EntityType | null, extra: Partial<RawMention> = {}): void {
    this.mentions.push({ from, to, type, weak: false, ...extra });
  }

  /** Acronyms whose long form the text writes out ("Liên đoàn Bóng rổ Việt Nam" … "LĐBRVN"), memoised per spelling. */
  readonly spelled = new Map<string, boolean>();

  /** A title (office) ends right before token k ("Giám đốc" in "Giám đốc của"). */
  titleEndsAt(k: number): boolean {
    for (let a = Math.max(0, k - 4); a < k; a++) if (this.title(a)?.end === k && this.title(a)?.value.title === true) return true;
    return false;
  }

  /** "SPY-1", "DDG-51", "G500": a designation glued to a number by a dash is a model, not a body. */
  modelCode(i: number): boolean {
    const d = this.tok(i + 1);
    return d !== undefined && DASHES.has(d.text) && d.start === this.tok(i)?.end && /^\d/.test(this.tok(i + 2)?.text ?? '') && this.tok(i + 2)?.start === d.end;
  }

  anhPronoun: boolean | undefined;

  /** memo of place.ts sportsNear: per token its paragraph, per paragraph its number of sports words */
  sports: { paragraph: Int32Array; count: number[] } | undefined;

  /** A word with no space before it after another word: only a credit split off by the tokenizer ("KhoaTheo"). */
  gluedWord(k: number): boolean {
    const t = this.tok(k);
    const p = this.tok(k - 1);
    return t !== undefined && p !== undefined && t.word && p.word && t.start === p.end;
  }

  /**
   * A capitalised word at k that opens the next sentence with the word after it ("Ảnh: Thanh Tùng Liên quan đến…",
   * "xã Thụy Vân Ngày 20/6…": a caption or heading glued to the text with no full stop): a name ends before it.
   */
  opensSentence(k: number): boolean {
    const t = this.tok(k);
    const n = this.tok(k + 1);
    if (t === undefined || n === undefined || !t.word || !t.cap || t.acronym || n.start !== t.end + 1) return false;
    const second = /^\d/.test(n.text) ? '#' : n.word && !n.cap ? n.lower : null;
    return second !== null && SENTENCE_OPENERS.has(`${t.lower} ${second}`);
  }

  /** The dot of a middle initial: "Robert F. Kennedy". */
  initialDot(b: number): boolean {
    return this.tok(b)?.text === '.' && /^\p{Lu}$/u.test(this.tok(b - 1)?.text ?? '') && this.isCapWord(b + 1);
  }

  prevWords(i: number): { one: string; two: string; three: string } {
    const p1 = this.tok(i - 1);
    const p2 = this.tok(i - 2);
    const p3 = this.tok(i - 3);
    const one = p1?.word ? p1.lower : '';
    const two = p1?.word && p2?.word ? `${p2.lower} ${p1.lower}` : '';
    const three = two !== '' && p3?.word ? `${p3.lower} ${two}` : '';
    return { one, two, three };
  }

  /** "al-Sisi", "bin-Zayed": a particle glued by a dash to a capitalised name; true at the particle or the dash. */
  gluedParticle(k: number): boolean {
    const at = DASHES.has(this.tok(k)?.text ?? '') ? k - 1 : k;
    const p = this.tok(at);
    const d = this.tok(at + 1);
    return p !== undefined && FOREIGN_JOINERS.has(p.text) && d !== undefined && DASHES.has(d.text) && p.end === d.start &&
      this.tok(at + 2)?.start === d.end && this.isCapWord(at + 2);
  }

  /** End of "Việt Nam" right at k when nothing capitalised follows it ("công ty Pouyuen Việt Nam"), else null. */
  vietnamSubsidiary(k: number): number | null {
    const g = this.gaz(k);
    if (g === null || g.value.canonical !== 'Việt Nam' || this.tok(k)?.start !== (this.tok(k - 1)?.end ?? 0) + 1) return null;
    return this.isCapWord(g.end) ? null : g.end;
  }

  /** A dash glued to the word before it and to any word after it. */
  hyphenGlued(k: number): boolean {
    const d = this.tok(k);
    return d !== undefined && DASHES.has(d.text) && this.tok(k - 1)?.end === d.start && this.tok(k + 1)?.start === d.end && this.tok(k + 1)?.word === true;
  }

  /** A dash glued to the word before and to a word after: "Jong-un", "Heung-min". */
  hyphenTail(k: number): boolean {
    const d = this.tok(k);
    return d !== undefined && DASHES.has(d.text) && this.tok(k - 1)?.end === d.start && this.tok(k + 1)?.start === d.end && this.tok(k + 1)?.word === true &&
      this.tok(k + 1)?.cap === false;
  }

  /** "Electric Power Company" after "Tokyo": the end of up to four foreign capitalised words closed by a company word. */
  orgSuffixEnd(e: number): number | null {
    let found: number | null = null;
    for (let k = e; k < e + 4 && this.isCapWord(k) && !VIET_MARKS.test(this.tok(k)?.text ?? '') && this.gaz(k) === null; k++) {
      if (ORG_SUFFIXES.has(this.tok(k)?.lower ?? '')) found = k + 1;
    }
    return found;
  }

  /** Source text of tokens [from, to] inclusive. */
  slice(from: number, to: number): string {
    const a = this.tok(from);
    const b = this.tok(to);
    if (a === undefined || b === undefined) return '';
    return this.text.slice(a.start, b.end).replace(/\s+/g, ' ').trim();
  }

  /** Gazetteer phrase, organisation-head name or prefixed place at i; the longest wins (recognise.ts). */
  abstract namedAt(i: number): Span | null;
}
