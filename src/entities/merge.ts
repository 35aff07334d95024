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
import { SPELLINGS } from './lexicon';
import type { RawMention } from './recognise';
import type { Token } from './tokenize';

export interface Group {
  type: EntityType;
  mentions: RawMention[];
  canonical?: string;
}

const PREFIXES = [...LOC_PREFIXES].sort((a, b) => b.length - a.length);
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
  ) {}

  surface(m: RawMention): string {
    const a = this.tokens[m.from];
    const b = this.tokens[m.to - 1];
    return a === undefined || b === undefined ? '' : this.text.slice(a.start, b.end);
  }

  private words(m: RawMention): string[] {
    return this.tokens.slice(m.from, m.to).filter((t) => t.word).map((t) => t.lower);
  }

  /** Grouping key of a place or organisation mention. */
  private key(m: RawMention): string {
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
      for (const p of PREFIXES) {
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
      return g;
    };
    // 1. full person names first, so single names can find them
    for (const m of mentions) {
      if (m.type === 'PERSON' && !m.weak && (this.words(m).length > 1 || m.canonical !== undefined)) {
        add(m, 'PERSON', (m.canonical ?? this.surface(m)).toLowerCase());
      }
    }
    this.joinVariants(people, groups);
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
      const person = ws.length > 1 ? this.personEndingWith(ws, people) : this.personFor(word, people);
      if (person !== null) {
        person.mentions.push({ ...m, type: 'PERSON' });
        continue;
      }
      const other = this.namedFor(m, groups);
      if (other !== null) {
        other.mentions.push({ ...m, type: other.type });
        continue;
      }
      if (m.type !== null) add({ ...m, weak: false }, m.type, m.type === 'PERSON' ? word : this.key(m));
    }
    this.joinBracketedAcronyms(groups);
    return [...new Set(groups.values())].filter((g) => g.mentions.length > 0);
  }

  /** "Anthony Blinken" / "Antony Blinken", "Valadimir Putin" / "Vladimir Putin". */
  private joinVariants(people: Group[], groups: Map<string, Group>): void {
    for (let x = 0; x < people.length; x++) {
      const gx = people[x];
      if (gx === undefined || gx.mentions.length === 0) continue;
      const wx = this.words(gx.mentions[0] as RawMention);
      for (let y = x + 1; y < people.length; y++) {
        const gy = people[y];
        if (gy === undefined || gy.mentions.length === 0) continue;
        const wy = this.words(gy.mentions[0] as RawMention);
        const sameCanon = gx.canonical !== undefined && gx.canonical === gy.canonical;
        const near = wx.length === wy.length && wx.length > 1 && wx[wx.length - 1] === wy[wy.length - 1] &&
          wx.slice(0, -1).every((w, k) => editDistance(w, wy[k] ?? '') <= 2);
        if (sameCanon || near) {
          gx.mentions.push(...gy.mentions);
          gy.mentions = [];
          if (gx.canonical === undefined && gy.canonical !== undefined) gx.canonical = gy.canonical;
        }
      }
    }
    for (const [k, g] of groups) if (g.mentions.length === 0) groups.delete(k);
  }

  /** The person a single name refers to: last syllable first ("Sullivan"), then first ("Tập"). */
  private personFor(word: string, people: readonly Group[]): Group | null {
    let best: Group | null = null;
    for (const pass of ['last', 'first'] as const) {
      for (const g of people) {
        if (g.mentions.length === 0) continue;
        const w = this.words(g.mentions[0] as RawMention);
        if (w.length < 2) continue;
        const hit = pass === 'last' ? w[w.length - 1] === word : w[0] === word;
        if (hit && (best === null || g.mentions.length > best.mentions.length)) best = g;
      }
      if (best !== null) return best;
    }
    return null;
  }

  /** The person whose full name ends with these words (and is longer). */
  private personEndingWith(ws: readonly string[], people: readonly Group[]): Group | null {
    let best: Group | null = null;
    for (const g of people) {
      if (g.mentions.length === 0) continue;
      const w = this.words(g.mentions[0] as RawMention);
      if (w.length <= ws.length || !ws.every((x, k) => w[w.length - ws.length + k] === x)) continue;
      if (best === null || g.mentions.length > best.mentions.length) best = g;
    }
    return best;
  }

  /** A weak word that spells a place or organisation found elsewhere in the text. */
  private namedFor(m: RawMention, groups: Map<string, Group>): Group | null {
    const s = this.surface(m).toLowerCase();
    for (const g of groups.values()) {
      if (g.type === 'PERSON' || g.mentions.length === 0) continue;
      if (g.mentions.some((x) => this.surface(x).toLowerCase() === s)) return g;
    }
    return null;
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
