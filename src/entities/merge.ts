/**
 * Alias merging: turns raw mentions into entities.
 *  - places/organisations: same gazetteer entry, or same name once the place prefix is dropped
 *    ("tỉnh Nghệ An" = "Nghệ An"); an acronym in brackets joins the name before it ("(WSJ)").
 *  - people: full names group by spelling, near-identical given names merge ("Anthony"/"Antony
 *    Blinken"); a single name joins the person whose last syllable it is ("Sullivan"), or, for
 *    Sino-Vietnamese names, whose first syllable it is ("ông Tập" → Tập Cận Bình).
 *  - weak single words survive only as aliases of an entity found elsewhere.
 */
import type { EntityType } from '../core/types';
import { LOC_PREFIXES } from './cues';
import { ensureLexicon, SPELLINGS } from './lexicon';
import type { RawMention } from './scan';
import type { Token } from './tokenize';

export interface Group {
  type: EntityType;
  mentions: RawMention[];
  canonical?: string;
  /** set by the mention model: how far its surest mention's type beats "not a name", in log-odds */
  confidence?: number;
}

/** Place prefixes, longest first (sorted on first use, not when the bundle is evaluated: lazy.ts). */
let prefixes: readonly string[] | null = null;
const longestPrefixesFirst = (): readonly string[] => (prefixes ??= [...LOC_PREFIXES].sort((a, b) => b.length - a.length));
const WEAK_ROLE = /^(người đồng cấp|nhà ngoại giao|quan chức|lãnh đạo|nhà lãnh đạo|chuyên gia|người đứng đầu)\b/i;

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

export class Merger {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {
    ensureLexicon();
  }

  surface(m: RawMention): string {
    const a = this.tokens[m.from];
    const b = this.tokens[m.to - 1];
    return a === undefined || b === undefined ? '' : this.text.slice(a.start, b.end);
  }

  private readonly wordCache = new WeakMap<RawMention, string[]>();

  private words(m: RawMention): string[] {
    let w = this.wordCache.get(m);
    if (w === undefined) this.wordCache.set(m, (w = this.tokens.slice(m.from, m.to).filter((t) => t.word).map((t) => t.lower)));
    return w;
  }

  /** Full names by their last and first word: a single name finds its person without scanning every person. */
  private readonly byLast = new Map<string, Group[]>();
  private readonly byFirst = new Map<string, Group[]>();
  /** lower-cased surface → first place/organisation group that has a mention spelled so */
  private readonly bySurface = new Map<string, Group>();

  private indexPerson(g: Group): void {
    const w = this.words(g.mentions[0] as RawMention);
    if (w.length < 2) return;
    for (const [map, key] of [[this.byLast, w[w.length - 1]], [this.byFirst, w[0]]] as const) {
      if (key === undefined) continue;
      const list = map.get(key) ?? [];
      list.push(g);
      map.set(key, list);
    }
  }

  private indexSurface(g: Group, m: RawMention): void {
    const s = this.surface(m).toLowerCase();
    if (!this.bySurface.has(s)) this.bySurface.set(s, g);
  }

  /** Grouping key of a place or organisation mention ("xã Ninh Xá" and "Ninh Xá" share one). */
  key(m: RawMention): string {
    const type = m.type ?? 'LOCATION';
    let s = this.surface(m).toLowerCase().replace(/\s+/g, ' ');
    const known = SPELLINGS.get(type)?.get(s);
    if (m.canonical !== undefined) return m.canonical.toLowerCase();
    if (known !== undefined) return known.toLowerCase();
    if (type === 'ORGANIZATION') {
      // "Tập đoàn FPT" = "FPT", "hãng tin Reuters" = "Reuters": a generic head before a one-word name
      const m2 = /^(tập đoàn|tổng công ty|công ty|hãng tin|hãng|ngân hàng|clb|câu lạc bộ) (\S+)$/.exec(s);
      if (m2?.[2] !== undefined) return SPELLINGS.get(type)?.get(m2[2])?.toLowerCase() ?? m2[2];
    }
    if (type === 'LOCATION') {
      for (const p of longestPrefixesFirst()) {
        if (s.startsWith(`${p} `)) {
          s = s.slice(p.length + 1).replace(/^\.\s*/, '');
          break;
        }
      }
      const bare = SPELLINGS.get('LOCATION')?.get(s);
      if (bare !== undefined) return bare.toLowerCase();
    }
    return s;
  }

  merge(mentions: readonly RawMention[]): Group[] {
    const groups = new Map<string, Group>();
    const people: Group[] = [];
    const pending: RawMention[] = [];
    const add = (m: RawMention, type: EntityType, key: string): Group => {
      const k = `${type}:${key}`;
      let g = groups.get(k);
      if (g === undefined) {
        g = { type, mentions: [] };
        if (m.canonical !== undefined) g.canonical = m.canonical;
        groups.set(k, g);
        if (type === 'PERSON') people.push(g);
      }
      g.mentions.push(m);
      if (type !== 'PERSON') this.indexSurface(g, m);
      return g;
    };
    // 1. full person names first, so single names can find them
    for (const m of mentions) {
      if (m.type === 'PERSON' && !m.weak && (this.words(m).length > 1 || m.canonical !== undefined)) {
        add(m, 'PERSON', (m.canonical ?? this.surface(m)).toLowerCase());
      }
    }
    this.joinVariants(people, groups);
    for (const g of people) if (g.mentions.length > 0) this.indexPerson(g);
    // 2. places and organisations
    for (const m of mentions) {
      if (m.weak || m.type === null || m.type === 'PERSON') continue;
      add(m, m.type, this.key(m));
    }
    // 3. single person names and weak words
    for (const m of mentions) {
      if (m.type === 'PERSON' && !m.weak && this.words(m).length === 1 && m.canonical === undefined) pending.push(m);
      else if (m.weak) pending.push(m);
    }
    for (const m of pending) {
      const ws = this.words(m);
      const word = ws[0] ?? '';
      // "Quang Hải" after "Nguyễn Quang Hải": a given name without the surname
      const person = ws.length > 1 ? this.personEndingWith(ws) : this.personFor(word);
      if (person !== null) {
        person.mentions.push({ ...m, type: 'PERSON' });
        continue;
      }
      const other = this.namedFor(m);
      if (other !== null) {
        other.mentions.push({ ...m, type: other.type });
        continue;
      }
      if (m.type !== null) add({ ...m, weak: false }, m.type, m.type === 'PERSON' ? word : this.key(m));
    }
    this.joinBracketedAcronyms(groups);
    return [...new Set(groups.values())].filter((g) => g.mentions.length > 0);
  }

  /**
   * "Anthony Blinken" / "Antony Blinken", "Valadimir Putin" / "Vladimir Putin": near spellings share the length and the
   * last word, so only names in the same (length, last word) bucket are compared; the same canonical name joins too.
   * Linear in the number of people for ordinary text (buckets are small), not quadratic.
   */
  private joinVariants(people: Group[], groups: Map<string, Group>): void {
    const buckets = new Map<string, Group[]>();
    const byCanon = new Map<string, Group>();
    for (const g of people) {
      if (g.mentions.length === 0) continue;
      const w = this.words(g.mentions[0] as RawMention);
      if (g.canonical !== undefined) {
        const first = byCanon.get(g.canonical);
        if (first !== undefined && first !== g) {
          first.mentions.push(...g.mentions);
          g.mentions = [];
          continue;
        }
        byCanon.set(g.canonical, g);
      }
      if (w.length < 2) continue;
      const key = `${w.length}\u0000${w[w.length - 1] ?? ''}`;
      const bucket = buckets.get(key) ?? [];
      const near = bucket.find((o) => o.mentions.length > 0 && this.words(o.mentions[0] as RawMention).slice(0, -1).every((x, k) => editDistance(x, w[k] ?? '') <= 2));
      if (near !== undefined) {
        near.mentions.push(...g.mentions);
        g.mentions = [];
        if (near.canonical === undefined && g.canonical !== undefined) near.canonical = g.canonical;
        continue;
      }
      bucket.push(g);
      buckets.set(key, bucket);
    }
    for (const [k, g] of groups) if (g.mentions.length === 0) groups.delete(k);
  }

  /** The person a single name refers to: last syllable first ("Sullivan"), then first ("Tập"); the most mentioned wins. */
  private personFor(word: string): Group | null {
    for (const map of [this.byLast, this.byFirst]) {
      let best: Group | null = null;
      for (const g of map.get(word) ?? []) if (g.mentions.length > 0 && (best === null || g.mentions.length > best.mentions.length)) best = g;
      if (best !== null) return best;
    }
    return null;
  }

  /** The person whose full name ends with these words, or is these words ("Tóc Tiên" weak, after "HLV Tóc Tiên"). */
  private personEndingWith(ws: readonly string[]): Group | null {
    let best: Group | null = null;
    for (const g of this.byLast.get(ws[ws.length - 1] ?? '') ?? []) {
      if (g.mentions.length === 0) continue;
      const w = this.words(g.mentions[0] as RawMention);
      if (w.length < ws.length || !ws.every((x, k) => w[w.length - ws.length + k] === x)) continue;
      if (best === null || g.mentions.length > best.mentions.length) best = g;
    }
    return best;
  }

  /** A weak word that spells a place or organisation found elsewhere in the text. */
  private namedFor(m: RawMention): Group | null {
    const g = this.bySurface.get(this.surface(m).toLowerCase());
    return g !== undefined && g.mentions.length > 0 ? g : null;
  }

  /** "Tạp chí phố Wall (WSJ)", "Liên minh châu Âu (EU)": the bracketed acronym is an alias. */
  private joinBracketedAcronyms(groups: Map<string, Group>): void {
    const byStart = new Map<number, { g: Group; to: number }>();
    for (const g of groups.values()) for (const m of g.mentions) byStart.set(m.from, { g, to: m.to });
    for (const g of [...groups.values()]) {
      if (g.type !== 'ORGANIZATION') continue;
      for (const m of [...g.mentions]) {
        // "(WSJ)", "(Vietnam Airlines)": the short name fills the brackets
        if (this.tokens[m.to]?.text !== '(') continue;
        const inner = byStart.get(m.to + 1);
        const acr = this.tokens[m.to + 1];
        if (inner === undefined || this.tokens[inner.to]?.text !== ')') continue;
        const other = inner.g;
        if (acr === undefined || !acr.cap || other === g || other.type !== 'ORGANIZATION') continue;
        for (const x of other.mentions) g.mentions.push({ ...x, type: g.type });
        other.mentions = [];
      }
    }
  }

  /** Best role: the first office given, plain descriptions ("người đồng cấp") only as a fallback. */
  static role(g: Group): string | undefined {
    const roles = g.mentions.map((m) => m.role).filter((r): r is string => r !== undefined && r !== '');
    return roles.find((r) => !WEAK_ROLE.test(r)) ?? roles[0];
  }
}
