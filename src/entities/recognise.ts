/**
 * One left-to-right pass over the tokens that proposes entity mentions:
 *   title/cue (+ place or organisation) + name  → PERSON with role
 *   gazetteer phrase · organisation head ("Bộ", "Công ty") + name · place prefix ("tỉnh") + name
 *   acronym → ORGANIZATION · run of capitalised words → typed by shape and context
 * Single capitalised words with no evidence are "weak": merge.ts keeps them only as aliases.
 */
import type { EntityType } from '../core/types';
import { isCapsWord, isCommonCaps } from './caps';
import {
  CLUB_PREFIXES,
  LOC_CUES,
  MIDDLE_NAMES,
  NAME_SYLLABLES,
  NOT_ACRONYMS,
  NOT_NAMES,
  NUMBERED_PREFIXES,
  ORG_CUES,
  ORG_JOINERS,
  SPEECH_VERBS,
} from './cues';
import { COUNTRIES, GAZETTEER, type CueHit, type GazetteerHit, LOC_PREFIX_TRIE, ORG_CUE_TRIE, ORG_HEAD_TRIE, ORG_WORD_TRIE, SURNAMES, THING_CUE_TRIE, TITLE_TRIE } from './lexicon';
import { hasVietMarks, isVietSyllable, looksForeign, looksVietnamese } from './syllable';
import type { Token } from './tokenize';

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

const ORG_SUFFIXES = new Set(
  `times post journal news group bank corp corporation inc ltd plc co company airlines airways motors holdings capital
fund partners university institute foundation association club fc united city media tv network press agency securities
insurance energy technologies tech labs systems global international electronics mobile pharma index exchange
foods studio studios games entertainment records refinery petrochemicals chemicals industries resources
petroleum oil gas power steel motor logistics airport railways shipping mobility shimbun office semiconductor
semiconductors automotive pharmaceutical pharmaceuticals healthcare financial investment investments ventures solutions
software robotics aerospace dynamics broadcasting telecom communications hotels resorts pictures cf sc ac shop store mall pay cloud`.split(/\s+/),
);
const ACADEMIC = /^(gs|pgs|ts|ths|bs|bs\.ck\w*|ts\.bs|ths\.bs|pgs\.ts|gs\.ts|bác sĩ|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|ông|bà)$/i;
/** Function words that never sit inside an organisation name between two capitals. */
const NOT_BETWEEN = new Set('và cùng với của tại ở cho từ theo trong về là có đã sẽ đang được bị nói thăm gặp như hay hoặc do'.split(' '));
const MAX_ORG_TOKENS = 18;
/** Tails that make a bare head a name: "Tòa án nhân dân tối cao". */
const UNIQUE_TAILS = new Set(['tối cao', 'trung ương', 'quốc gia', 'cấp cao']);
/** Words after a number that make it a quantity, not part of a name ("Bộ Y tế 12 ca"). */
const UNITS = new Set('năm tháng ngày giờ phút ca người lần tỷ triệu nghìn ngàn trăm % km m tấn học sinh cơ sở'.split(' '));
/** Words that start a clause, not a name: auxiliaries, negation, prepositions, linking verbs. */
const CLAUSE_WORDS = new Set('đã sẽ đang được bị vừa mới cũng không chưa đều còn cho nhận đến tới về sang ra vào lên xuống qua trên dưới khắp trong ngoài là có làm đi thì mà nên rất'.split(' '));
/** Heads that name a body on their own (the army, the police, the government). */
const COMPLETE_HEADS = new Set(['chính phủ', 'quân đội', 'công an', 'cảnh sát', 'hải quân', 'không quân', 'lục quân', 'đảng', 'mặt trận', 'thượng viện', 'hạ viện', 'nghị viện', 'quân khu', 'bộ tư lệnh']);
const EVENT_SYLLABLES = new Set(['nghị', 'thảo', 'chợ', 'diễn', 'thi', 'báo']);
const LOWERCASE_HEADS = new Set(['bộ', 'sở', 'cục', 'tổng cục']);
const FOREIGN_JOINERS = new Set(['and', 'of', '&', 'for', 'de', 'bin', 'ibn', 'bint', 'al', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'dos', 'du', 'la', 'le']);
const DOMAIN = /\.(com|net|org|vn|io|co|info)$/i;
const VIET_MARKS = /[^\x00-\x7f]/;
/** Nouns before an acronym that make it a model or product designation. */
const PRODUCT_NOUNS = new Set('xe tăng súng máy pháo lửa tàu bay kích thăng giáp đấu chip mẫu dòng bản virus chủng vaccine thuốc nghiệm quỹ chỉ số'.split(' '));
/** Nouns before a model name: "mẫu xe Ford Expedition", "smartphone Infinix Zero", "phiên bản G500". */
const MODEL_NOUNS = new Set('xe mẫu dòng bản chiếc điện thoại smartphone máy mô tô môtô laptop tàu lớp lốp hệ thống thiết bị sản phẩm game trò'.split(' '));
const ENGLISH_WORDS = new Set('all cap index dollar global emerging frontier market markets new the of and for world small large mid share shares bond bonds'.split(' '));
/** Country words that are also Vietnamese given names. */
const GIVEN_NAMES = new Set(['Anh', 'Đức', 'Nga']);
const DASHES = new Set(['-', '–', '—']);
/** Words of a football (or other match) report; one or two words, lower case. */
const SPORTS_CUES = new Set(['ghi bàn', 'bàn thắng', 'kiến tạo', 'cú đúp', 'hat-trick', 'chấn thương', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn',
  'hlv', 'đá cặp', 'đội hình', 'ra sân', 'vào sân', 'dự bị', 'thẻ đỏ', 'phạt đền', 'penalty', 'danh sách đăng ký', 'trận đấu', 'cầu thủ', 'sút']);
/** Words naming a road or route: "cao tốc Cam Lộ - La Sơn" joins two places. */
const ROAD_NOUNS = new Set(['cao tốc', 'đường cao tốc', 'tuyến', 'tuyến đường', 'quốc lộ', 'đoạn', 'đường sắt', 'đường bay', 'chặng', 'metro', 'tuyến metro']);
/** Kinship words used as pronouns ("Cô ấy", "Chú cho biết"); a name after one is read by the person cue instead. */
const PRONOUNS = new Set('cô chú anh chị bác em cháu cụ cậu dì thím mợ'.split(' '));
const PRONOUN_TAILS = new Set(['ấy', 'ta', 'mình', 'này', 'nọ']);
const NARRATIVE_VERBS = new Set(['kể', 'tâm sự', 'chia sẻ', 'nhớ lại', 'bộc bạch', 'cho biết', 'nói', 'cười', 'bảo', 'thở dài', 'tâm niệm', 'trải lòng']);
/** Surnames that are rarely ordinary capitalised words (not "Hồ", "Mai", "Hà", "Cao"): a place name after one is a given name. */
const CLEAR_SURNAMES = new Set(`nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ ngô đào trịnh trương đinh lương tạ quách lưu tăng
kiều triệu phùng khổng mạc nghiêm tống hứa lại doãn diệp khúc đàm`.split(/\s+/));
/** Government bodies that can be named by their level alone ("Công an tỉnh", "UBND xã"). */
const GOV_HEADS = new Set(['ubnd', 'hđnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân', 'công an', 'sở', 'tòa án nhân dân',
  'viện kiểm sát nhân dân', 'mặt trận', 'cảnh sát', 'bộ chỉ huy quân sự', 'ban chỉ huy quân sự', 'đảng bộ']);
/** One-word heads that are ordinary words unless a capital follows: "Phòng ngừa", "Đội tuyển Việt Nam" (a team). */
const HEADS_NEED_CAP = new Set(['phòng', 'đội']);
const MEMBER_HEADS = new Set(['trường', 'khoa', 'viện']);
const UNIVERSITY = /^(Đại|ĐH|ĐHQG)$/;
const COMPASS = new Set(['bắc', 'nam', 'đông', 'tây', 'đông bắc', 'tây bắc', 'đông nam', 'tây nam']);
const ROUTE_LINKS = new Set(['đến', 'tới', 'về', 'sang', 'ra', 'vào', 'qua']);
const ADMIN_PREFIXES = new Set(['tỉnh', 'thành phố', 'tp', 'quận', 'huyện', 'xã', 'phường', 'thị xã', 'thị trấn', 'đặc khu']);
const SHORT_COUNTRIES: Record<string, string> = { Trung: 'Trung Quốc', Nhật: 'Nhật Bản', Hàn: 'Hàn Quốc', Việt: 'Việt Nam', Triều: 'Triều Tiên', Xô: 'Liên Xô' };
const phraseSet = (list: readonly string[]): Set<string> => new Set(list);
const ORG_CUE_SET = phraseSet(ORG_CUES);
const SPEECH_SET = phraseSet(SPEECH_VERBS);

type Hit<V> = { end: number; value: V } | null;

interface Span {
  end: number;
  type: EntityType;
  canonical?: string;
}

export class Recogniser {
  readonly mentions: RawMention[] = [];
  /** set while reading the place/organisation between a title and a name */
  private beforeName = false;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {}

  private tok(i: number): Token | undefined {
    return this.tokens[i];
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

  private gaz(i: number): Hit<GazetteerHit> {
    return this.memo(this.gazMemo, GAZETTEER, i);
  }

  private title(i: number): Hit<CueHit> {
    return this.memo(this.titleMemo, TITLE_TRIE, i);
  }

  private orgHead(i: number): Hit<true> {
    return this.memo(this.orgHeadMemo, ORG_HEAD_TRIE, i);
  }

  private locPrefix(i: number): Hit<true> {
    return this.memo(this.locPrefixMemo, LOC_PREFIX_TRIE, i);
  }

  private isCapWord(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && t.word && t.cap;
  }

  private emit(from: number, to: number, type: EntityType | null, extra: Partial<RawMention> = {}): void {
    this.mentions.push({ from, to, type, weak: false, ...extra });
  }

  run(): RawMention[] {
    let i = 0;
    const n = this.tokens.length;
    while (i < n) {
      const t = this.tokens[i];
      if (t === undefined || !t.word) {
        i++;
        continue;
      }
      i = this.step(i);
    }
    this.typeByCoordination();
    this.typeByRoute();
    this.typeSportsPeople();
    this.dropBrandModels();
    return this.mentions;
  }

  /**
   * "cú đúp của Lewandowski", "Saka và Odegaard cùng chấn thương": in a sentence about a match, an unknown single
   * foreign word (not a Vietnamese syllable, not an acronym, not in the gazetteer, so no known club) is a player.
   */
  private typeSportsPeople(): void {
    const sports = new Set<number>();
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k] as Token;
      if (!t.word) continue;
      if (SPORTS_CUES.has(t.lower) || SPORTS_CUES.has(`${t.lower} ${this.tok(k + 1)?.lower ?? ''}`)) sports.add(t.sentence);
    }
    if (sports.size === 0) return;
    for (const m of this.mentions) {
      const t = this.tok(m.from);
      if (m.type !== null || !m.weak || m.to - m.from !== 1 || t === undefined || !sports.has(t.sentence) || t.acronym) continue;
      if (isVietSyllable(t.text) || hasVietMarks(t.text) || NOT_NAMES.has(t.lower) || this.gaz(m.from) !== null) continue;
      m.type = 'PERSON';
      m.weak = false;
    }
  }

  /**
   * "Ford Expedition", "Ford Diện", "Ducati Superleggera" … "Ducati": a foreign name guessed a person by its shape
   * whose first word also opens another guessed name or stands alone is a brand with its models, not a person
   * (people are named by full name, then by surname — never by their first word with another surname).
   */
  private dropBrandModels(): void {
    const firsts = new Map<string, Set<string>>();
    const key = (m: RawMention): string => this.tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
    const guessed = this.mentions.filter((m) => m.guess === true && m.role === undefined && m.to - m.from > 1 && looksForeign(this.tok(m.from)?.text ?? ''));
    for (const m of guessed) {
      const first = this.tok(m.from)?.text ?? '';
      const set = firsts.get(first) ?? new Set<string>();
      set.add(key(m));
      firsts.set(first, set);
    }
    const alone = new Set(this.mentions.filter((m) => m.to - m.from === 1).map((m) => this.tok(m.from)?.text ?? ''));
    const brands = new Set([...firsts].filter(([first, set]) => set.size > 1 || alone.has(first)).map(([first]) => first));
    if (brands.size === 0) return;
    // one filtering pass (not a splice per mention: linear on huge text)
    const keep = this.mentions.filter((m) => !(brands.has(this.tok(m.from)?.text ?? '') && ((m.guess === true && m.role === undefined) || (m.to - m.from === 1 && m.type !== 'ORGANIZATION'))));
    this.mentions.length = 0;
    this.mentions.push(...keep);
  }

  /** A product noun in the three words before k ("mẫu xe", "điện thoại", "phiên bản"). */
  private productBefore(k: number): boolean {
    for (let x = k - 1; x >= k - 3; x--) {
      const t = this.tok(x);
      if (t === undefined || !t.word) return false;
      if (MODEL_NOUNS.has(t.lower)) return true;
    }
    return false;
  }

  /** "từ Phan Rang về Nha Trang", "Phan Rang - Nha Trang": the other end of a route from a place is a place. */
  private typeByRoute(): void {
    const ms = this.mentions;
    const place = (m: RawMention | undefined): boolean => m !== undefined && !m.weak && m.type === 'LOCATION';
    const loose = (m: RawMention | undefined): m is RawMention => m !== undefined && m.role === undefined && (m.guess === true || (m.type === null && m.weak) || place(m));
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k] as RawMention;
      // "cao tốc Cam Lộ - La Sơn", "tuyến Hà Nội - Lào Cai": after a road word, both ends of a dash are places
      const end = ms[k + 1];
      const before = this.prevWords(m.from);
      if (loose(m) && loose(end) && DASHES.has(this.tok(m.to)?.text ?? '') && end.from === m.to + 1 &&
        (ROAD_NOUNS.has(before.one) || ROAD_NOUNS.has(before.two)) && !COMPASS.has(this.tok(m.from)?.lower ?? '') && !COMPASS.has(this.tok(end.from)?.lower ?? '')) {
        for (const e of [m, end]) Object.assign(e, { type: 'LOCATION', guess: false, weak: false });
      }
      const untyped = m.type === null && m.weak && m.to - m.from > 1;
      if ((m.guess !== true && !untyped) || m.role !== undefined) continue;
      const next = ms[k + 1];
      const prev = ms[k - 1];
      const link = this.tok(m.to)?.lower ?? '';
      const from = this.tok(m.from - 1)?.lower === 'từ' && ROUTE_LINKS.has(link) && place(next) && next?.from === m.to + 1;
      const dashNext = DASHES.has(link) && place(next) && next?.from === m.to + 1;
      const dashPrev = DASHES.has(this.tok(m.from - 1)?.text ?? '') && place(prev) && prev?.to === m.from - 1;
      if (from || dashNext || dashPrev) {
        m.type = 'LOCATION';
        m.guess = false;
        m.weak = false;
      }
    }
  }

  /** "Severodonetsk và Lysychansk": an unknown word coordinated with a place or organisation shares its type. */
  private typeByCoordination(): void {
    const ms = this.mentions;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k] as RawMention;
      if (m.type !== null || m.to - m.from !== 1) continue;
      // an unknown acronym takes no place or person type from its neighbours ("Nội Bài, VNA đã" lists a place and an
      // airline), only an organisation's ("FPT, TCX, VPL và GEE": a list of listed companies)
      const acronym = this.tok(m.from)?.acronym === true;
      for (const other of [ms[k - 1], ms[k + 1]]) {
        if (other === undefined || other.weak || other.type === null || (acronym && other.type !== 'ORGANIZATION')) continue;
        // "Haaland và Saka": a foreign-looking word beside a foreign person is a person
        if (other.type === 'PERSON' && !(looksForeign(this.tok(m.from)?.text ?? '') && this.tokens.slice(other.from, other.to).some((t) => t.word && looksForeign(t.text)))) continue;
        const link = other.to <= m.from ? this.tok(m.from - 1) : this.tok(m.to);
        const gapOk = other.to <= m.from ? other.to === m.from - 1 : other.from === m.to + 1;
        if (gapOk && link !== undefined && (link.text === ',' || link.lower === 'và' || link.lower === 'hoặc')) {
          m.type = other.type;
          m.weak = false;
          break;
        }
      }
    }
  }

  /** Recognise whatever starts at token i; returns the next index. */
  private step(i: number): number {
    // "bão Kajiki", "phim Avatar": a storm, a work or an operation is not an entity
    const thing = THING_CUE_TRIE.longest(this.tokens, i);
    // "Liên hoan phim Busan", "Liên hoan phim Cannes": a film festival is named after its city
    const festival = this.tok(i)?.lower === 'phim' && this.tok(i - 1)?.lower === 'hoan' && this.tok(i - 2)?.lower === 'liên';
    if (festival && this.isCapWord(i + 1) && this.gaz(i + 1) === null && !this.tok(i + 1)?.acronym) {
      let k = i + 2;
      while (k < i + 4 && this.isCapWord(k) && this.gaz(k) === null) k++;
      this.emit(i + 1, k, 'LOCATION');
      return k;
    }
    if (thing !== null && !festival && this.isCapWord(thing.end) && this.title(thing.end) === null) {
      let k = thing.end;
      while (k < thing.end + 6 && this.isCapWord(k)) k++;
      return k;
    }
    // "tiếng Anh", "tiếng Việt": a language, not the country
    if (this.tok(i)?.lower === 'tiếng' && this.isCapWord(i + 1)) {
      const lang = this.gaz(i + 1);
      const end = lang !== null && lang.value.type === 'LOCATION' ? lang.end : SHORT_COUNTRIES[this.tok(i + 1)?.text ?? ''] !== undefined ? i + 2 : null;
      if (end !== null) return end;
    }
    // "U20 Anh", "U23 Việt Nam": an age-group team is an organisation
    if (/^U\d{2}$/.test(this.tok(i)?.text ?? '') && this.isCapWord(i + 1)) {
      const country = this.gaz(i + 1);
      if (country !== null && country.value.type === 'LOCATION') {
        this.emit(i, country.end, 'ORGANIZATION');
        return country.end;
      }
    }
    // "V-League", "K-pop", "F-16": a capital letter glued by a dash names a competition, genre or model
    const t0 = this.tokens[i] as Token;
    if (t0.text.length === 1 && t0.cap && this.hyphenGlued(i + 1)) return i + 3;
    // "Cô ấy nói", "Chú cho biết", "Anh kể": a kinship pronoun opening the sentence is the speaker, not a name
    const pronounEnd = this.pronounAt(i);
    if (pronounEnd !== null) return pronounEnd;
    const cue = this.cueAt(i);
    if (cue !== null) {
      const next = this.afterCue(i, cue.end, cue.title);
      if (next !== null) return next;
    }
    const named = this.namedAt(i);
    if (named !== null) {
      const extra: Partial<RawMention> = named.canonical !== undefined ? { canonical: named.canonical } : {};
      const role = named.type === 'PERSON' ? this.roleAfter(named.end) : null;
      if (role !== null) extra.role = role;
      this.emit(i, named.end, named.type, extra);
      // "Công ty Cổ phần Sữa Việt Nam (Vinamilk)": a one-word short name in brackets is the same organisation
      const inner = this.tok(named.end + 1);
      if (named.type === 'ORGANIZATION' && this.tok(named.end)?.text === '(' && this.tok(named.end + 2)?.text === ')' && inner?.cap && inner.word && this.gaz(named.end + 1) === null) {
        this.emit(named.end + 1, named.end + 2, 'ORGANIZATION');
        return named.end + 3;
      }
      return named.end;
    }
    const t = this.tokens[i] as Token;
    if (t.acronym) {
      // "YG Entertainment": an acronym closed by a company word
      const suffix = isCommonCaps(t.lower) ? null : this.orgSuffixEnd(i + 1) ?? this.foreignTail(i + 1);
      if (suffix !== null) {
        this.emit(i, suffix, 'ORGANIZATION');
        return suffix;
      }
      // "xe chiến đấu BTR", "quỹ ETF", "TTCK", "KHÔNG": designations, units, abbreviations and words are not organisations
      const prev = this.tok(i - 1);
      const product = prev !== undefined && prev.word && PRODUCT_NOUNS.has(prev.lower);
      if (isCommonCaps(t.lower) || /\d/.test(t.text) || product || this.modelCode(i)) return i + 1;
      // an unknown acronym names one body only with evidence; otherwise it is kept only if it spells one found elsewhere
      this.emit(i, i + 1, this.acronymEvidence(i) ? 'ORGANIZATION' : null, this.acronymEvidence(i) ? {} : { weak: true });
      return i + 1;
    }
    if (/\d/.test(t.text)) return i + 1;
    if (t.cap) return this.capitalRun(i);
    return i + 1;
  }

  /**
   * Evidence that an acronym names one body: an organisation cue before it ("hãng AMD", "tờ WSJ"), a source credit
   * ("theo AP", "Ảnh: EPA"), or brackets right after an organisation's name ("Vietnam Airlines (VNA)").
   */
  private acronymEvidence(i: number): boolean {
    const prev = this.prevWords(i);
    if (ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two) || ORG_CUE_SET.has(prev.three)) return true;
    if (prev.one === 'theo') return true;
    // "Giám đốc của ACT": the body a title belongs to
    if (prev.one === 'của' && this.titleEndsAt(i - 1)) return true;
    const p = this.tok(i - 1);
    if (p?.text === ':' && /^(ảnh|nguồn|video|clip|đồ họa|đồ hoạ)$/i.test(this.tok(i - 2)?.text ?? '')) return true;
    if (p?.text === '/' && this.mentions[this.mentions.length - 1]?.to === i - 1) return true;
    const last = this.mentions[this.mentions.length - 1];
    // "(AMTI)" after a capitalised name: the short form of what it follows (not of a person)
    const before = this.tok(i - 2);
    if (p?.text === '(' && this.tok(i + 1)?.text === ')' && before?.word === true && (before.cap || last?.to === i - 1) && !(last?.to === i - 1 && last.type === 'PERSON')) return true;
    return DOMAIN.test(this.tok(i)?.text ?? '') || this.spelledOut(i);
  }

  /** Acronyms whose long form the text writes out ("Liên đoàn Bóng rổ Việt Nam" … "LĐBRVN"), memoised per spelling. */
  private readonly spelled = new Map<string, boolean>();

  /** The text spells out the acronym at i: a capitalised run of words elsewhere whose initials are its letters. */
  private spelledOut(i: number): boolean {
    const t = this.tok(i) as Token;
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    let known = this.spelled.get(letters);
    if (known !== undefined) return known;
    known = false;
    // bounded: at most 64 distinct acronyms are looked up per text, each in one pass over the tokens
    if (letters.length >= 3 && this.spelled.size < 64) {
      const first = letters[0] as string;
      for (let k = 0; k < this.tokens.length && !known; k++) {
        const w = this.tokens[k] as Token;
        if (!w.word || !w.cap || w.acronym || w.text[0] !== first) continue;
        let x = k;
        let n = 0;
        while (n < letters.length && this.tok(x)?.word === true && (this.tok(x)?.text[0] ?? '').toUpperCase() === letters[n]) {
          x++;
          n++;
        }
        known = n === letters.length;
      }
    }
    this.spelled.set(letters, known);
    return known;
  }

  /** A title (office) ends right before token k ("Giám đốc" in "Giám đốc của"). */
  private titleEndsAt(k: number): boolean {
    for (let a = Math.max(0, k - 4); a < k; a++) if (this.title(a)?.end === k && this.title(a)?.value.title === true) return true;
    return false;
  }

  /** "HN Buffaloes", "HCMC Wings", "VNPT Technology": an acronym before foreign capitalised words names a team or firm. */
  private foreignTail(e: number): number | null {
    let k = e;
    while (k < e + 3 && this.isCapWord(k) && !this.tok(k)?.acronym && looksForeign(this.tok(k)?.text ?? '') && this.gaz(k) === null && this.title(k) === null &&
      this.tok(k)?.start === (this.tok(k - 1)?.end ?? 0) + 1) k++;
    return k > e ? k : null;
  }

  /** "SPY-1", "DDG-51", "G500": a designation glued to a number by a dash is a model, not a body. */
  private modelCode(i: number): boolean {
    const d = this.tok(i + 1);
    return d !== undefined && DASHES.has(d.text) && d.start === this.tok(i)?.end && /^\d/.test(this.tok(i + 2)?.text ?? '') && this.tok(i + 2)?.start === d.end;
  }

  /**
   * End of a sentence-initial kinship pronoun ("Cô ấy", "Chú", "Anh ta") or null. "Anh" is also the country: it is a
   * pronoun only before "ấy"/"ta"/"mình" or a verb of personal narrative ("Anh kể", not "Anh tuyên bố").
   */
  private pronounAt(i: number): number | null {
    const t = this.tok(i) as Token;
    if (!t.cap || !t.sentenceStart || !PRONOUNS.has(t.lower)) return null;
    const next = this.tok(i + 1);
    if (next === undefined || !next.word || next.cap) return null;
    if (PRONOUN_TAILS.has(next.lower)) return i + 2;
    const two = `${next.lower} ${this.tok(i + 2)?.lower ?? ''}`;
    // "Bác sĩ Lê Văn A", "Cô giáo Phạm Thị Lan": a longer cue or noun is read as before
    const verb = NARRATIVE_VERBS.has(next.lower) || NARRATIVE_VERBS.has(two);
    // "Anh là diễn giả", "Anh luôn chăm sóc": in a text that speaks of a man as "anh" and never of England as a place
    // ("nước Anh", "tại Anh", "người Anh"), a sentence-opening "Anh" before a lower-case word is the pronoun
    if (t.lower === 'anh') return verb || (next.lower !== 'và' && next.lower !== 'quốc' && this.anhIsPronoun()) ? i + 1 : null;
    return verb || SPEECH_SET.has(next.lower) || SPEECH_SET.has(two) ? i + 1 : null;
  }

  private anhPronoun: boolean | undefined;

  /** The text uses "anh" as a pronoun (lower case, mid-sentence) and never puts "Anh" after a place cue. */
  private anhIsPronoun(): boolean {
    if (this.anhPronoun !== undefined) return this.anhPronoun;
    let pronoun = false;
    let country = false;
    for (let k = 1; k < this.tokens.length && !country; k++) {
      const t = this.tokens[k] as Token;
      if (t.text === 'anh' && !t.sentenceStart) pronoun = true;
      else if (t.text === 'Anh' && !t.sentenceStart && LOC_CUES.has(this.tok(k - 1)?.lower ?? '')) country = true;
    }
    return (this.anhPronoun = pronoun && !country);
  }

  /** A title or person cue at i ("Tổng thống", "cựu Ngoại trưởng", "ông"). */
  private cueAt(i: number): { end: number; title: boolean } | null {
    const hit = this.title(i);
    if (hit === null) return null;
    // "Đại sứ quán Anh": an organisation head longer than the title ("Đại sứ") wins
    const head = this.orgHead(i);
    if (head !== null && head.end > hit.end) return null;
    // "chính quyền Tổng thống Trump": "quyền" here closes "chính quyền" (administration), it is not "acting"
    if (this.tok(i)?.lower === 'quyền' && this.tok(i - 1)?.lower === 'chính') return null;
    // "Anh" capitalised is the country unless a name follows; handled by afterCue returning null.
    return { end: hit.end, title: hit.value.title };
  }

  /** After a cue: optional portfolio, place/organisation, then the name. Null if no name follows. */
  private afterCue(start: number, cueEnd: number, title: boolean): number | null {
    let j = cueEnd;
    if (title) {
      // portfolio words: "Bộ trưởng Tài chính", "Cố vấn an ninh quốc gia"
      while (this.tok(j)?.word && NAME_SYLLABLES.has(this.tok(j + 1)?.lower ?? '') && !this.tok(j + 1)?.cap && this.orgAt(j) === null && this.gaz(j) === null) j += 2;
    }
    const context: Array<{ from: number; span: Span }> = [];
    if (title) {
      // in an apposition ("Đỗ Anh Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh,") the name came before the title
      this.beforeName = !this.afterPerson(start);
      for (let k = 0; k < 3; k++) {
        let at = j;
        const link = this.tok(at);
        if (k > 0 && link !== undefined && (link.lower === 'tại' || link.lower === 'ở' || link.lower === 'của')) at++;
        let span = this.namedAt(at);
        // "Chủ tịch FPT Trương Gia Bình": an unknown acronym between a title and a name is the employer
        const acr = this.tok(at);
        if (span === null && acr?.acronym && !NOT_ACRONYMS.has(acr.lower) && this.isCapWord(at + 1)) span = { end: at + 1, type: 'ORGANIZATION' };
        if (span === null || span.type === 'PERSON') break;
        context.push({ from: at, span });
        j = span.end;
      }
      this.beforeName = false;
    }
    let nameEnd = this.personNameEnd(j);
    // "Ca sĩ Mỹ Tâm", "tiền vệ Đức Huy": a country word that opens a two-syllable Vietnamese name
    const lastCtx = context[context.length - 1];
    if (lastCtx !== undefined && nameEnd === j + 1 && lastCtx.span.end === j && lastCtx.from === j - 1 && lastCtx.span.type === 'LOCATION' &&
      VIET_MARKS.test(this.tok(j)?.text ?? '') && this.gaz(j) === null) {
      context.pop();
      j = lastCtx.from;
    }
    // "Bà Mai Kiều Liên, Tổng giám đốc Vinamilk,": in an apposition one word after the title is the employer
    if (nameEnd === j + 1 && title && this.afterPerson(start) && this.gaz(j)?.value.type !== 'PERSON') {
      // "Trưởng khoa Nội Bệnh viện Bạch Mai": a word before a named employer is a department, not the employer
      const employer = this.namedAt(nameEnd);
      if (employer !== null && employer.type !== 'PERSON') context.push({ from: nameEnd, span: employer });
      else context.push({ from: j, span: { end: j + 1, type: 'ORGANIZATION' } });
      j = employer !== null && employer.type !== 'PERSON' ? employer.end : nameEnd;
      nameEnd = null;
    }
    if (nameEnd === null) {
      // a title with no name ("Ngoại trưởng Mỹ cho biết") is still not a name itself
      if (context.length === 0) return title ? cueEnd : null;
      for (const c of context) this.emit(c.from, c.span.end, c.span.type, c.span.canonical !== undefined ? { canonical: c.span.canonical } : {});
      return j;
    }
    for (const c of context) this.emit(c.from, c.span.end, c.span.type, c.span.canonical !== undefined ? { canonical: c.span.canonical } : {});
    const extra: Partial<RawMention> = {};
    if (title) extra.role = this.slice(start, j - 1);
    const gaz = this.gaz(j);
    if (gaz !== null && gaz.value.type === 'PERSON' && gaz.end === nameEnd) extra.canonical = gaz.value.canonical;
    const appositive = this.roleAfter(nameEnd);
    if (appositive !== null && (extra.role === undefined || ACADEMIC.test(extra.role))) extra.role = appositive;
    this.emit(j, nameEnd, 'PERSON', extra);
    return nameEnd;
  }

  /** The title at `start` follows "<person>," or "<person> –". */
  private afterPerson(start: number): boolean {
    const sep = this.tok(start - 1);
    if (sep === undefined || !(sep.text === ',' || DASHES.has(sep.text))) return false;
    const last = this.mentions[this.mentions.length - 1];
    return last !== undefined && last.type === 'PERSON' && last.to === start - 1;
  }

  /** End of a person name starting at j (capitalised words, hyphen-joined parts), or null. */
  private personNameEnd(j: number): number | null {
    const gaz = this.gaz(j);
    if (gaz !== null && gaz.value.type === 'PERSON') return gaz.end;
    if (!this.isCapWord(j) || this.title(j)?.value.title === true) return null;
    // "Bác sĩ Đoàn Thị Hồng": a head word that reads as no organisation opens the name
    if (this.orgHead(j) !== null && this.orgAt(j) !== null) return null;
    const first = this.tok(j) as Token;
    // "Giám đốc của ACT": an acronym opens no person's name (a name in capitals is read as words, see caps.ts)
    if (first.acronym && !isCapsWord(first.lower)) return null;
    if (gaz !== null && gaz.value.type !== 'PERSON' && !SURNAMES.has(first.lower)) return null;
    let k = j + 1;
    // "Mohammed bin Salman", "Ursula von der Leyen": lower-case particles inside a foreign name
    const particle = (x: number): boolean => FOREIGN_JOINERS.has(this.tok(x)?.text ?? '') && looksForeign(first.text) &&
      (this.isCapWord(x + 1) || (FOREIGN_JOINERS.has(this.tok(x + 1)?.text ?? '') && this.isCapWord(x + 2)));
    while (k < j + 6 && (this.isCapWord(k) || this.initialDot(k) || particle(k) || this.gluedParticle(k)) && this.title(k)?.value.title !== true && !this.startsOtherName(k) &&
      !this.gluedWord(k)) k++;
    const placeName = this.placeAsGivenName(j, k);
    if (placeName !== null) return placeName;
    // "Kim Jong-un": a hyphen-joined lower-case tail
    if (DASHES.has(this.tok(k)?.text ?? '') && this.tok(k)?.end === this.tok(k + 1)?.start && this.tok(k - 1)?.end === this.tok(k)?.start && this.tok(k + 1)?.word) k += 2;
    return k;
  }

  /**
   * "Đỗ Hà Nam", "Nguyễn Thái Bình", "Nguyễn Thị Hà Giang": a two-syllable Vietnamese place right after a clear
   * surname (and at most a middle name), with no capital after it, is the given name. Returns the name's end.
   */
  private placeAsGivenName(from: number, k: number): number | null {
    if (k - from > 2 || !CLEAR_SURNAMES.has(this.tok(from)?.lower ?? '')) return null;
    for (let x = from + 1; x < k; x++) if (!this.isCapWord(x) || !looksVietnamese(this.tok(x)?.text ?? '') || this.gaz(x) !== null) return null;
    const g = this.gaz(k);
    if (g === null || g.value.type !== 'LOCATION' || g.end - k !== 2 || this.isCapWord(g.end) || this.tok(g.end)?.text === '.' && this.isCapWord(g.end + 1)) return null;
    if (!this.tokens.slice(k, g.end).every((t) => t.word && t.cap && isVietSyllable(t.text)) || this.tok(k)?.start !== (this.tok(k - 1)?.end ?? 0) + 1) return null;
    return g.end;
  }

  /** An organisation or multi-word place starts at k: a person's name cannot run into it. */
  private startsOtherName(k: number): boolean {
    const g = this.gaz(k);
    if (g !== null && g.value.type !== 'PERSON' && (g.value.type === 'ORGANIZATION' || g.end - k > 1)) return true;
    return this.orgAt(k) !== null;
  }

  /** "Nikolai Patrushev – Thư ký Hội đồng An ninh Nga": a title right after the name. */
  private roleAfter(i: number): string | null {
    const sep = this.tok(i);
    if (sep === undefined || !(DASHES.has(sep.text) || sep.text === ',')) return null;
    const hit = this.title(i + 1);
    if (hit === null || !hit.value.title) return null;
    // the title, then its organisations and places as the recogniser reads them ("Trưởng Trung tâm Kiểm soát bệnh tật
    // tỉnh Nghệ An", "Thư ký Hội đồng An ninh Nga"), not the verb after them
    let k = hit.end;
    let named = false;
    for (let n = 0; n < 3; n++) {
      let at = k;
      const link = this.tok(at)?.lower;
      if (n > 0 && (link === 'tại' || link === 'ở' || link === 'của')) at++;
      const span = this.namedAt(at);
      if (span === null || span.type === 'PERSON') break;
      k = span.end;
      named = true;
    }
    if (!named) while (k < this.tokens.length && this.tok(k)?.word && (this.tok(k)?.cap || NAME_SYLLABLES.has(this.tok(k)?.lower ?? '') || this.isCapWord(k + 1))) k++;
    return this.slice(i + 1, k - 1);
  }

  /** Gazetteer phrase, organisation-head name or prefixed place at i; the longest wins. */
  namedAt(i: number): Span | null {
    const t = this.tok(i);
    if (t === undefined || !t.word) return null;
    let best: Span | null = null;
    const gaz = this.gaz(i);
    if (gaz !== null) best = { end: gaz.end, type: gaz.value.type, canonical: gaz.value.canonical };
    // "Los Angeles FC", "Tokyo Electric Power Company": a known place or name closed by a company word
    if (gaz !== null && gaz.value.type !== 'PERSON') {
      const e = this.orgSuffixEnd(gaz.end);
      if (e !== null) return { end: e, type: 'ORGANIZATION' };
    }
    if (best?.type === 'LOCATION' && best.end > i + 1) return best;
    const org = this.orgAt(i);
    if (org !== null && (best === null || org.end > best.end)) best = org;
    const loc = this.locAt(i);
    if (loc !== null && (best === null || loc.end > best.end)) best = loc;
    if (best !== null && best.type !== 'PERSON') {
      // "Samsung Electronics", "Vietjet Air Group": an English company suffix extends a known name
      let e = best.end;
      while (this.isCapWord(e) && ORG_SUFFIXES.has(this.tok(e)?.lower ?? '')) e++;
      if (e > best.end) best = { end: e, type: 'ORGANIZATION' };
      // "Samsung Việt Nam", "Quốc hội Việt Nam": a known organisation's Vietnamese branch or body
      const branch = best.type === 'ORGANIZATION' && gaz !== null && gaz.end === best.end ? this.vietnamSubsidiary(best.end) : null;
      if (branch !== null) best = { end: branch, type: 'ORGANIZATION' };
      // "Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị": an administrative place completes an organisation's name
      if (best.type === 'ORGANIZATION' && ADMIN_PREFIXES.has(this.tok(best.end)?.lower ?? '')) {
        const place = this.locAt(best.end);
        if (place !== null) best = { end: place.end, type: 'ORGANIZATION' };
      }
    }
    if (best?.type === 'LOCATION' && best.end === i + 1 && GIVEN_NAMES.has(t.text) && this.inPersonName(i)) return null;
    if (best === null) {
      const short = SHORT_COUNTRIES[t.text];
      if (short !== undefined && this.besideCountry(i)) best = { end: i + 1, type: 'LOCATION', canonical: short };
    }
    return best;
  }

  /** "Tuấn Anh", "Đức Hoàng", "Thúy Nga": a country word that is part of a Vietnamese name. */
  private inPersonName(i: number): boolean {
    const plain = (k: number): boolean => {
      const t = this.tok(k);
      return t !== undefined && t.word && t.cap && !t.acronym && looksVietnamese(t.text) && !NOT_NAMES.has(t.lower) &&
        this.gaz(k) === null && this.title(k) === null && this.orgHead(k) === null;
    };
    const prev = this.tok(i - 1);
    const prevOk = prev !== undefined && prev.end < (this.tok(i)?.start ?? 0) && plain(i - 1) && !(prev.sentenceStart && NOT_NAMES.has(prev.lower));
    return prevOk || plain(i + 1);
  }

  /** A country name starts at k and ends the phrase ("Zurich, Thụy Sĩ,"). */
  private countryAt(k: number): boolean {
    const g = this.gaz(k);
    return g !== null && g.value.type === 'LOCATION' && !this.tok(g.end)?.word && COUNTRIES.has(g.value.canonical);
  }

  /** "Mỹ-Trung", "Trung – Mỹ": a short country word joined by a dash to a country. */
  private besideCountry(i: number): boolean {
    const isCountry = (k: number): boolean => {
      const g = this.gaz(k);
      return (g !== null && g.value.type === 'LOCATION') || SHORT_COUNTRIES[this.tok(k)?.text ?? ''] !== undefined;
    };
    if (DASHES.has(this.tok(i + 1)?.text ?? '') && isCountry(i + 2)) return true;
    if (DASHES.has(this.tok(i - 1)?.text ?? '')) {
      for (let k = i - 2; k >= Math.max(0, i - 3); k--) {
        const g = this.gaz(k);
        if (g !== null && g.end === i - 1 && g.value.type === 'LOCATION') return true;
        if (SHORT_COUNTRIES[this.tok(k)?.text ?? ''] !== undefined && k === i - 2) return true;
      }
    }
    return false;
  }

  /**
   * "Bộ Ngoại giao Trung Quốc", "Ủy ban Công tác Ngoại sự Trung ương", "Công ty trách nhiệm hữu hạn một thành viên
   * Xổ số kiến thiết Cần Thơ": a head, then capitalised parts, places, nested organisations and lower-case words.
   * Lower-case words only stay when a capitalised part or a noun that may end a name (ORG_TAIL_WORDS) follows them,
   * so "Sở Y tế kiểm soát dịch" stops at "Sở Y tế".
   */
  private orgAt(i: number, depth = 0): Span | null {
    const first = this.tok(i);
    if (first === undefined || !first.cap) return null;
    const head = this.orgHead(i);
    if (head === null || EVENT_SYLLABLES.has(this.tok(head.end)?.lower ?? '')) return null;
    // "Chứng khoán SSI" is a broker; "Chứng khoán Mỹ giảm điểm" opening a sentence is a market
    if (first.lower === 'chứng' && (first.sentenceStart || !this.tok(head.end)?.cap) && this.gaz(head.end)?.value.type === 'LOCATION') return null;
    // "Phòng Cảnh sát giao thông" is a department; "Phòng ngừa ..." (prevent) is a verb
    if (HEADS_NEED_CAP.has(first.lower) && head.end === i + 1 && !this.tok(i + 1)?.cap) return null;
    // "Đoàn Văn Sáng": a head that is also a surname, before Văn/Thị, opens a person's name
    if (head.end === i + 1 && SURNAMES.has(first.lower) && (this.tok(i + 1)?.text === 'Văn' || this.tok(i + 1)?.text === 'Thị')) return null;
    // "Nhóm nhạc BLACKPINK": a lower-case cue ("nhóm nhạc") stays outside the name
    const cue = ORG_CUE_TRIE.longest(this.tokens, i);
    if (cue !== null && cue.end > head.end && !this.tok(head.end)?.cap) return null;
    // "Chủ tịch HĐND Nguyễn Ngọc Tuấn": after a title, an abbreviated head alone names the organisation
    if (this.beforeName && head.end === i + 1 && first.acronym && SURNAMES.has(this.tok(i + 1)?.lower ?? '') && this.isCapWord(i + 2)) {
      return { end: head.end, type: 'ORGANIZATION' };
    }
    // "Hội nông dân tỉnh Nghệ An", "Viện nghiên cứu lúa Đồng bằng sông Cửu Long": a name in sentence case runs from its
    // head through lower-case words to its natural end, the place it belongs to
    // (a body named by its head alone, "Quân đội", "Công an", takes no verb-like word: "Quân đội kiểm soát tỉnh X" is a clause)
    const completeHead = COMPLETE_HEADS.has(this.tokens.slice(i, head.end).map((x) => x.lower).join(' '));
    const sentenceCase = depth === 0 ? this.sentenceCaseOrg(head.end, completeHead) : null;
    if (sentenceCase !== null) return { end: sentenceCase, type: 'ORGANIZATION' };
    let j = head.end;
    let lower = 0;
    let parts = 0;
    let onlyCaps = true;
    /** end of the name as confirmed so far: trailing bridge words are dropped */
    let good = j;
    let uniqueTail = false;
    let verbPart = false;
    /** end of the last capitalised verb-like part ("Quản lý"): its object may follow right there */
    let verbEnd = -1;
    // names are short: a bound keeps pathological input (hundreds of capitals) linear
    while (j < this.tokens.length && j - i < MAX_ORG_TOKENS) {
      const t = this.tok(j) as Token;
      // "Tập đoàn Công nghiệp - Viễn thông Quân đội": a spaced dash between two capitalised parts
      if (DASHES.has(t.text) && parts > 0 && good === j && this.isCapWord(j + 1) && this.tok(j - 1)?.end !== t.start && this.tok(j + 1)?.start !== t.end &&
        this.orgHead(j + 1) === null && this.gaz(j + 1) === null) {
        j++;
        onlyCaps = false;
        continue;
      }
      // "Trường Đại học Bách khoa - Đại học Đà Nẵng": a member school and its university
      if (DASHES.has(t.text) && parts > 0 && good === j && depth === 0 && MEMBER_HEADS.has(first.lower) && UNIVERSITY.test(this.tok(j + 1)?.text ?? '')) {
        const parent = this.orgAt(j + 1, depth + 1);
        if (parent !== null) {
          j = good = parent.end;
          break;
        }
      }
      // "Bộ Lao động, Thương binh và Xã hội": a comma inside a list of common-noun parts closed by "và"
      if (t.text === ',' && parts > 0 && good === j && this.nounListAhead(j + 1)) {
        j++;
        onlyCaps = false;
        continue;
      }
      if (!t.word) break;
      const place = this.gaz(j);
      // a place completes the name only right after a confirmed part: "Quân đội kiểm soát tỉnh Lugansk" is a clause
      // ("Trường THPT chuyên Bắc Ninh": a specialised school is named by its province)
      const confirmed = good === j || (this.tok(j - 1)?.lower === 'chuyên' && parts > 0);
      // "Trường Đại học Tôn Đức Thắng": a country word that is a given name inside a Vietnamese name
      const prevTok = this.tok(j - 1);
      const inName = place !== null && place.end === j + 1 && GIVEN_NAMES.has(t.text) && prevTok !== undefined && prevTok.cap && !prevTok.acronym &&
        isVietSyllable(prevTok.text) && j > head.end && this.isCapWord(j + 1);
      // "Trung tâm Pháp y": a one-word country that opens a lower-case compound of the name's vocabulary is no place
      const compoundAt = place !== null && place.end === j + 1 ? ORG_WORD_TRIE.longest(this.tokens, j) : null;
      const inCompound = compoundAt !== null && compoundAt.end > j + 1 && this.tokens.slice(j + 1, compoundAt.end).every((x) => x.word && !x.cap);
      if (place !== null && place.value.type === 'LOCATION' && !inName && !inCompound) {
        if (!confirmed) break;
        j = good = place.end;
        parts++;
        onlyCaps = false;
        break;
      }
      // "Hội chợ Triển lãm": "chợ" after a capitalised "Hội" is the fair's name, not a market place prefix
      const prefixed = EVENT_SYLLABLES.has(t.lower) && this.tok(j - 1)?.cap === true ? null : this.locAt(j);
      if (prefixed !== null) {
        if (!confirmed) break;
        j = good = prefixed.end;
        parts++;
        onlyCaps = false;
        break;
      }
      if (place !== null && place.value.type === 'PERSON') {
        // "Bảo tàng Hồ Chí Minh", "Đại học Tôn Đức Thắng": named after a person right after the head
        if (parts > 0 || j !== head.end || this.beforeName || SURNAMES.has(first.lower)) break;
        j = good = place.end;
        parts++;
        onlyCaps = false;
        continue;
      }
      if (t.cap) {
        if (parts > 0 && this.title(j)?.value.title === true) break;
        // "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn": after a title, the person's name is not the ministry's
        if (this.beforeName && parts > 0 && SURNAMES.has(t.lower) && this.isCapWord(j + 1) && !this.tok(j + 1)?.acronym) break;
        // "Trung tâm Hội chợ Triển lãm": "Hội chợ" (a fair) inside a name is a part, not a nested body
        const eventWord = EVENT_SYLLABLES.has(this.tok(j + 1)?.lower ?? '');
        if (this.orgHead(j) !== null && !eventWord && !(HEADS_NEED_CAP.has(t.lower) && !this.tok(j + 1)?.cap)) {
          // a nested organisation ("Văn phòng Ủy ban ...", "Cơ quan Cảnh sát điều tra Bộ Công an") continues the name
          const inner = depth < 4 ? this.orgAt(j, depth + 1) : null;
          if (inner === null) {
            // "... Viễn thông Quân đội", "... Bộ Công an": a capitalised head word that ends the name is a plain part
            const nested = this.orgHead(j);
            if (nested === null || !this.tok(j)?.cap || this.isCapWord(nested.end)) break;
            j = good = nested.end;
            parts++;
            break;
          }
          j = good = inner.end;
          parts++;
          onlyCaps = false;
          break;
        }
        // "Kiểm soát", "Tối cao": a capitalised compound whose second syllable is lower case
        const compound = ORG_WORD_TRIE.longest(this.tokens, j);
        const isCompound = compound !== null && this.tokens.slice(j + 1, compound.end).every((x) => x.word && !x.cap);
        // "Cục Quản lý cạnh tranh ...": a capitalised verb-like word takes a lower-case object; "Bộ Tài chính" does not
        verbPart = isCompound && compound.value === 'bridge';
        if (verbPart && compound !== null) verbEnd = compound.end;
        j = good = isCompound ? compound.end : j + 1;
        parts++;
        continue;
      }
      const prev = this.tok(j - 1);
      if (prev === undefined || !prev.word) break;
      onlyCaps = false;
      // "Bộ quốc phòng", "Sở y tế": a ministry written in lower case
      if (parts === 0 && LOWERCASE_HEADS.has(first.lower) && NAME_SYLLABLES.has(t.lower)) {
        j++;
        if (++lower >= 2) {
          parts = 1;
          good = j;
        }
        continue;
      }
      // "Trung tâm Chống độc,", "Trung tâm Quản lý giao thông công cộng TP.HCM": after a capitalised verb-like part, its
      // lower-case object belongs to the name when the name visibly ends after it (punctuation or a place)
      if (verbEnd === j && parts > 0 && good === j) {
        const end = this.objectEnd(j);
        if (end !== null) {
          j = good = end;
          continue;
        }
      }
      const word = ORG_WORD_TRIE.longest(this.tokens, j);
      const lowerWord = word !== null && this.tokens.slice(j, word.end).every((x) => x.word && !x.cap);
      // "Bộ Ngoại giao": the lower-case second syllable of a capitalised Vietnamese word (not "Vinamilk đầu tư")
      if (prev.cap && !prev.acronym && NAME_SYLLABLES.has(t.lower) && isVietSyllable(prev.text) && !(lowerWord && (word?.end ?? 0) > j + 1)) {
        j = good = j + 1;
        lower++;
        continue;
      }
      if (word !== null && lowerWord) {
        // "Bộ Quốc phòng và UBND TP Hà Nội": "và" before another organisation coordinates two names
        // (a government body named by its level, "Sở Tài chính và Công an tỉnh kiểm tra", is one too)
        const nextHead = t.lower === 'và' && this.isCapWord(j + 1) ? this.orgHead(j + 1) : null;
        if (nextHead !== null && (this.orgAt(j + 1, depth + 1) !== null ||
          (GOV_HEADS.has(this.tokens.slice(j + 1, nextHead.end).map((x) => x.lower).join(' ')) && ADMIN_PREFIXES.has(this.tok(nextHead.end)?.lower ?? '')))) break;
        const tail = word.value === 'tail';
        // "Bộ Tài chính quản lý ngân sách": a verb-like word right after a noun part starts the clause
        if (word.value === 'bridge' && parts > 0 && good === j && !verbPart) break;
        const text = this.tokens.slice(j, word.end).map((x) => x.lower).join(' ');
        j = word.end;
        if (tail && (parts > 0 || head.end - i > 1)) {
          good = j;
          uniqueTail = UNIQUE_TAILS.has(text);
        }
        continue;
      }
      // "Liên đoàn Điền kinh Việt Nam": a lower-case syllable between capitals
      const between = prev.cap && !prev.acronym && this.isCapWord(j + 1) && !NOT_BETWEEN.has(t.lower);
      if (NAME_SYLLABLES.has(t.lower) || between) {
        j++;
        if (between) good = j;
        continue;
      }
      // "Công an tỉnh đã khởi tố", "Chủ tịch UBND tỉnh Hồ Văn Mừng": a government body "of the province" without its name
      const admin = ADMIN_PREFIXES.has(t.lower) ? j + 1 : t.lower === 'thành' && this.tok(j + 1)?.lower === 'phố' ? j + 2 : -1;
      if (admin > 0 && good === j && GOV_HEADS.has(this.tokens.slice(i, head.end).map((x) => x.lower).join(' ')) && this.locAt(j) === null &&
        !(this.tok(admin)?.word === true && !this.tok(admin)?.cap && (ORG_WORD_TRIE.longest(this.tokens, admin)?.value ?? 'bridge') !== 'bridge')) {
        j = good = admin;
        parts++;
        break;
      }
      // "Viện Nghiên cứu cao cấp về Toán", "Ủy ban Quốc gia về Quan hệ ...": a topic after "về"
      if (t.lower === 'về' && parts > 0 && good === j && this.isCapWord(j + 1) && this.gaz(j + 1) === null && !SURNAMES.has(this.tok(j + 1)?.lower ?? '') &&
        this.orgHead(j + 1) === null) {
        j++;
        continue;
      }
      if (ORG_JOINERS.has(t.lower) && parts > 0 && this.isCapWord(j + 1) && this.orgHead(j + 1) === null) {
        j++;
        continue;
      }
      // "Trường số 2", "Dược phẩm Trung ương 1": a short number right after the name
      if (/^\d{1,3}$/.test(t.text) && (good === j || prev.lower === 'số') && !UNITS.has(this.tok(j + 1)?.lower ?? '') && this.tok(j + 1)?.text !== '%') {
        j = good = j + 1;
        parts++;
      }
      break;
    }
    // "Trường THPT chuyên Hà Nội - Amsterdam": a school's double name, one capitalised word after a spaced dash
    const dash = this.tok(good);
    if (first.lower === 'trường' && parts > 0 && dash !== undefined && DASHES.has(dash.text) && this.tok(good - 1)?.end !== dash.start &&
      this.isCapWord(good + 1) && !this.isCapWord(good + 2) && this.orgHead(good + 1) === null && this.title(good + 1) === null) good += 2;
    // "Cục Cảnh sát phòng chống tội phạm về môi trường": inside another name, a head with a lower-case tail is a part
    if (parts === 0 && (uniqueTail || (depth > 0 && good > head.end))) parts++;
    // "Bộ Tư lệnh", "Tổng Liên đoàn": a capitalised head of several words names the body
    if (parts === 0 && head.end - i > 1 && this.tok(i + 1)?.cap === true && good === head.end) parts++;
    if (parts === 0) return null;
    j = good;
    // "Bác sĩ Đoàn Thị Hồng": a head that is also a surname, followed by capitals only, is a person
    if (onlyCaps && head.end === i + 1 && SURNAMES.has(first.lower) && j - head.end <= 3) return null;
    const whole = this.gaz(i);
    if (whole !== null && whole.end === j) return { end: j, type: 'ORGANIZATION', canonical: whole.value.canonical };
    return { end: j, type: 'ORGANIZATION' };
  }

  /**
   * After a head written with lower-case words ("Hội nông dân", "Ban quản lý cao tốc"): the end of the name when up to
   * six lower-case Vietnamese syllables, none a function word or verb of a clause, lead straight to a place (a known
   * place, a prefixed one, or two places joined by a dash); else null.
   */
  private sentenceCaseOrg(k: number, noVerbs: boolean): number | null {
    let x = k;
    while (x < k + 6) {
      const t = this.tok(x);
      if (t === undefined || !t.word || t.cap || !isVietSyllable(t.text) || CLAUSE_WORDS.has(t.lower) || NOT_BETWEEN.has(t.lower) || this.locPrefix(x) !== null) break;
      if (noVerbs && ORG_WORD_TRIE.longest(this.tokens, x)?.value === 'bridge') return null;
      if (SPEECH_SET.has(t.lower) || SPEECH_SET.has(`${t.lower} ${this.tok(x + 1)?.lower ?? ''}`)) return null;
      x++;
    }
    if (x === k) return null;
    const place = this.gaz(x);
    let end = place !== null && place.value.type === 'LOCATION' ? place.end : (this.locAt(x)?.end ?? null);
    if (end === null) return null;
    // "cao tốc Hà Nội — Thái Nguyên": a route between two places
    const dash = this.tok(end);
    const other = dash !== undefined && DASHES.has(dash.text) ? this.gaz(end + 1) : null;
    if (other !== null && other.value.type === 'LOCATION') end = other.end;
    return end;
  }

  /** End of up to five lower-case syllables at k that are followed by punctuation, the end of the text or a place; else null. */
  private objectEnd(k: number): number | null {
    let x = k;
    while (x < k + 5 && this.tok(x)?.word === true && !this.tok(x)?.cap && isVietSyllable(this.tok(x)?.text ?? '') && !NOT_BETWEEN.has(this.tok(x)?.lower ?? '')) x++;
    if (x === k) return null;
    const after = this.tok(x);
    const closes = after === undefined || (!after.word && !DASHES.has(after.text)) || this.gaz(x)?.value.type === 'LOCATION' || this.locAt(x) !== null;
    return closes ? x : null;
  }

  /**
   * After a comma inside an organisation name: "Thương binh và Xã hội", "Tài chính và Chủ quyền công nghiệp".
   * Each part is a capitalised Vietnamese word with a lower-case syllable (a common noun, not a proper name, place,
   * head or person), parts are separated by commas, and the list closes with "và" + such a part. "Bộ Công an, Bộ
   * Quốc phòng và ..." (heads) and "Sở Y tế, Hà Nội và ..." (a place) are lists of names, not one name.
   */
  private nounListAhead(k: number): boolean {
    const part = (x: number): number => {
      const t = this.tok(x);
      if (t === undefined || !t.word || !t.cap || t.acronym || !isVietSyllable(t.text) || this.gaz(x) !== null || this.orgHead(x) !== null ||
        this.title(x) !== null || NOT_NAMES.has(t.lower)) return -1;
      const next = this.tok(x + 1);
      if (next === undefined || !next.word || next.cap || !(NAME_SYLLABLES.has(next.lower) || ORG_WORD_TRIE.longest(this.tokens, x) !== null)) return -1;
      return x + 2;
    };
    for (let n = 0; n < 5; n++) {
      const e = part(k);
      if (e < 0) return false;
      const sep = this.tok(e);
      if (sep?.lower === 'và') return part(e + 1) > 0;
      if (sep?.text !== ',') return false;
      k = e + 1;
    }
    return false;
  }

  /** "tỉnh Nghệ An", "TP. Hồ Chí Minh", "quận 1", "sân bay Tân Sơn Nhất" */
  private locAt(i: number): Span | null {
    const first = this.tok(i);
    if (first === undefined) return null;
    const prefix = this.locPrefix(i);
    if (prefix === null) return null;
    // a capitalised one-word prefix mid-sentence is a name ("Hồ", "Bản"), not "hồ", "bản"; "TP", "Cảng hàng không" are fine
    if (first.cap && !first.sentenceStart && first.lower !== 'tp' && prefix.end - i < 2) return null;
    let j = prefix.end;
    if (first.lower === 'tp' && this.tok(j)?.text === '.') j++;
    const gaz = this.gaz(j);
    // "các tỉnh Đồng bằng sông Cửu Long": the name already opens with its own geographic noun
    if (gaz !== null && gaz.value.type === 'LOCATION' && this.locPrefix(j) !== null) return null;
    if (gaz !== null && gaz.value.type === 'LOCATION') return { end: gaz.end, type: 'LOCATION', canonical: gaz.value.canonical };
    if (gaz !== null) return null;
    const next = this.tok(j);
    if (next === undefined || !next.word) return null;
    if (/^\d+$/.test(next.text) && NUMBERED_PREFIXES.has(this.tok(prefix.end - 1)?.lower ?? '')) return { end: j + 1, type: 'LOCATION' };
    if (!next.cap || next.acronym || this.title(j)?.value.title === true) return null;
    // "chợ Tết", "làng Sau": a grammatical or calendar word alone is no place name
    if (NOT_NAMES.has(next.lower) && !this.isCapWord(j + 1)) return null;
    // "UBND tỉnh Hồ Văn Mừng": a person's name (surname, then Văn/Thị) is no place
    if (SURNAMES.has(next.lower) && (this.tok(j + 1)?.text === 'Văn' || this.tok(j + 1)?.text === 'Thị')) return null;
    let k = j + 1;
    while (k < j + 4 && this.isCapWord(k) && this.title(k)?.value.title !== true) k++;
    return { end: k, type: 'LOCATION' };
  }

  /** A word with no space before it after another word: only a credit split off by the tokenizer ("KhoaTheo"). */
  private gluedWord(k: number): boolean {
    const t = this.tok(k);
    const p = this.tok(k - 1);
    return t !== undefined && p !== undefined && t.word && p.word && t.start === p.end;
  }

  /** The dot of a middle initial: "Robert F. Kennedy". */
  private initialDot(b: number): boolean {
    return this.tok(b)?.text === '.' && /^\p{Lu}$/u.test(this.tok(b - 1)?.text ?? '') && this.isCapWord(b + 1);
  }

  /** A run of capitalised words with no cue: type it by its shape and neighbours. */
  private capitalRun(i: number): number {
    let a = i;
    const firstTok = this.tok(a) as Token;
    const surnameLed = SURNAMES.has(firstTok.lower);
    // "Trang Avia Pro", "Hãng Bloomberg": a capitalised cue word opening the sentence
    let cued: EntityType | null = null;
    if (firstTok.sentenceStart && this.isCapWord(a + 1) && ORG_CUE_SET.has(firstTok.lower)) {
      cued = 'ORGANIZATION';
      a++;
      // a known name after the cue word is read by the gazetteer on the next step
      if (this.gaz(a) !== null) return a;
    }
    let b = a + 1;
    // "Real Madrid", "Inter Miami": a club word before a city
    const club = CLUB_PREFIXES.has(this.tok(a)?.lower ?? '') && looksForeign(this.tok(a)?.text ?? '');
    const joiner = (k: number): boolean => FOREIGN_JOINERS.has(this.tok(k)?.text ?? '') && looksForeign(firstTok.text) &&
      (this.isCapWord(k + 1) || (FOREIGN_JOINERS.has(this.tok(k + 1)?.text ?? '') && this.isCapWord(k + 2)));
    while (b < a + 6 && (this.isCapWord(b) || this.initialDot(b) || joiner(b)) && !this.gluedWord(b)) {
      if (this.title(b)?.value.title === true) break;
      const g = this.gaz(b);
      const givenName = g !== null && g.end === b + 1 && GIVEN_NAMES.has(this.tok(b)?.text ?? '') && looksVietnamese(firstTok.text) && !NOT_NAMES.has(firstTok.lower);
      const placeName = this.placeAsGivenName(a, b);
      if (placeName !== null) {
        b = placeName;
        break;
      }
      if (g !== null && !givenName && !(club && g.value.type === 'LOCATION') && (!surnameLed || g.end - b > 1 || g.value.type !== 'LOCATION')) break;
      // "Los Angeles FC": a club acronym ends the name
      if (this.tok(b)?.acronym && ORG_SUFFIXES.has(this.tok(b)?.lower ?? '') && looksForeign(firstTok.text)) {
        b++;
        break;
      }
      if (this.tok(b)?.acronym || /\d/.test(this.tok(b)?.text ?? '')) break;
      // "... Bộ Y tế": an organisation name starts inside the run
      if (this.orgHead(b) !== null && this.orgAt(b) !== null) break;
      b++;
    }
    // "Son Heung-min": a hyphen-joined lower-case tail
    if (b > a + 1 && this.hyphenTail(b)) b += 2;
    if (cued !== null) {
      this.emit(a, b, cued);
      return b;
    }
    // "báo Người Lao Động": after an organisation cue, a grammatical first word belongs to the name
    const before = this.prevWords(a);
    if (!firstTok.sentenceStart && b - a > 1 && NOT_NAMES.has(firstTok.lower) && (ORG_CUE_SET.has(before.one) || ORG_CUE_SET.has(before.two))) {
      this.emit(a, b, 'ORGANIZATION');
      return b;
    }
    // "Đoàn Văn Hậu", "Quan Thị Lan": a grammatical word that is also a surname, before Văn/Thị, opens a name
    const surnameFirst = SURNAMES.has(firstTok.lower) && (this.tok(a + 1)?.text === 'Văn' || this.tok(a + 1)?.text === 'Thị') && b - a > 2;
    if (!surnameFirst && (firstTok.sentenceStart || NOT_NAMES.has(firstTok.lower)) && (b - a === 1 || NOT_NAMES.has(firstTok.lower))) {
      if (b - a === 1) return this.single(a, firstTok.sentenceStart || NOT_NAMES.has(firstTok.lower));
      // drop the grammatical capital and read the rest afresh ("Theo Cục Thuế," is an organisation)
      return a + 1;
    }
    if (b - a === 1) return this.single(a, false);
    if (this.tok(b)?.text === ',' && this.countryAt(b + 1) && (!SURNAMES.has(this.tok(a)?.lower ?? '-') || this.tok(a - 1)?.text === '(')) {
      this.emit(a, b, 'LOCATION');
      return b;
    }
    const words = this.tokens.slice(a, b).filter((w) => w.word);
    const foreign = words.some((w) => looksForeign(w.text)) && words.every((w) => !VIET_MARKS.test(w.text));
    const prev = this.prevWords(a);
    let type: EntityType | null = null;
    if (foreign) {
      // "Siemens Mobility", "Box Office Vietnam", "Real Madrid": a company word after the first, or a club word first
      const orgWord = words.slice(1).some((w) => ORG_SUFFIXES.has(w.lower)) || club;
      type = orgWord || ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two) || ORG_CUE_SET.has(prev.three) ? 'ORGANIZATION' : 'PERSON';
      if (type === 'PERSON' && LOC_CUES.has(prev.one)) type = 'LOCATION';
      // "Emerging All", "Global Market": ordinary English words are product or index names, not people
      if (type === 'PERSON' && words.some((w) => ENGLISH_WORDS.has(w.lower))) type = null;
    } else if (ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two)) type = 'ORGANIZATION';
    else if (LOC_CUES.has(prev.one) && !SURNAMES.has(words[0]?.lower ?? '')) type = 'LOCATION';
    else if (words.length <= 4) {
      // "Bến Thành", "Cần Giờ", "Việt Á": a Vietnamese name opens with a surname; without one and without a cue
      // the words may be a place, a company or a given name ("Quang Hải"): kept only if they name something found elsewhere
      const role = this.roleAfter(b);
      const credit = this.tok(a - 1)?.text === ':' && /^(ảnh|nguồn|video|clip|đồ họa|đồ hoạ)$/i.test(this.tok(a - 2)?.text ?? '');
      if (!SURNAMES.has(words[0]?.lower ?? '') && !MIDDLE_NAMES.has(words[0]?.lower ?? '') && role === null && !credit &&
        words.every((w) => isVietSyllable(w.text)) && words.some((w) => hasVietMarks(w.text)) && !this.hyphenTail(b - 2)) {
        this.emit(a, b, null, { weak: true });
        return b;
      }
      type = 'PERSON';
    }
    // "mẫu xe Ford Expedition", "điện thoại Infinix Zero": after a product noun a foreign name is a model, no entity
    if (type === 'PERSON' && foreign && this.roleAfter(b) === null && this.productBefore(a)) return b;
    if (type === 'PERSON') {
      const role = this.roleAfter(b);
      this.emit(a, b, type, role !== null ? { role, guess: true } : { guess: true });
    } else if (type !== null) this.emit(a, b, type);
    return b;
  }

  /** One capitalised word with no cue: typed by its neighbours, or weak. */
  private single(i: number, grammatical: boolean): number {
    const t = this.tok(i) as Token;
    if (t.acronym && NOT_ACRONYMS.has(t.lower)) return i + 1;
    if (DOMAIN.test(t.text)) {
      this.emit(i, i + 1, 'ORGANIZATION');
      return i + 1;
    }
    // "ở Bali, Indonesia", "(Hồ Bắc, Trung Quốc)": a name before ", <country>" is a place
    if (this.tok(i + 1)?.text === ',' && this.countryAt(i + 2) && !grammatical) {
      this.emit(i, i + 1, 'LOCATION');
      return i + 1;
    }
    if (NOT_NAMES.has(t.lower) && grammatical) return i + 1;
    const prev = this.prevWords(i);
    // "các tỉnh phía Nam": a direction, not a place name
    if (COMPASS.has(t.lower) && (prev.one === 'phía' || prev.one === 'hướng')) return i + 1;
    const next1 = this.tok(i + 1)?.lower ?? '';
    const next2 = `${next1} ${this.tok(i + 2)?.lower ?? ''}`;
    if (!grammatical && (ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two) || ORG_CUE_SET.has(prev.three))) {
      const end = this.vietnamSubsidiary(i + 1) ?? i + 1;
      this.emit(i, end, 'ORGANIZATION');
      return end;
    }
    if (!grammatical && LOC_CUES.has(prev.one) && (looksForeign(t.text) || !this.tok(i + 1)?.word || this.tok(i + 1)?.cap)) this.emit(i, i + 1, 'LOCATION', { weak: true });
    else if (SPEECH_SET.has(next1) || SPEECH_SET.has(next2)) this.emit(i, i + 1, 'PERSON', { weak: true });
    else this.emit(i, i + 1, null, { weak: true });
    return i + 1;
  }

  private prevWords(i: number): { one: string; two: string; three: string } {
    const p1 = this.tok(i - 1);
    const p2 = this.tok(i - 2);
    const p3 = this.tok(i - 3);
    const one = p1?.word ? p1.lower : '';
    const two = p1?.word && p2?.word ? `${p2.lower} ${p1.lower}` : '';
    const three = two !== '' && p3?.word ? `${p3.lower} ${two}` : '';
    return { one, two, three };
  }

  /** "al-Sisi", "bin-Zayed": a particle glued by a dash to a capitalised name; true at the particle or the dash. */
  private gluedParticle(k: number): boolean {
    const at = DASHES.has(this.tok(k)?.text ?? '') ? k - 1 : k;
    const p = this.tok(at);
    const d = this.tok(at + 1);
    return p !== undefined && FOREIGN_JOINERS.has(p.text) && d !== undefined && DASHES.has(d.text) && p.end === d.start &&
      this.tok(at + 2)?.start === d.end && this.isCapWord(at + 2);
  }

  /** End of "Việt Nam" right at k when nothing capitalised follows it ("công ty Pouyuen Việt Nam"), else null. */
  private vietnamSubsidiary(k: number): number | null {
    const g = this.gaz(k);
    if (g === null || g.value.canonical !== 'Việt Nam' || this.tok(k)?.start !== (this.tok(k - 1)?.end ?? 0) + 1) return null;
    return this.isCapWord(g.end) ? null : g.end;
  }

  /** A dash glued to the word before it and to any word after it. */
  private hyphenGlued(k: number): boolean {
    const d = this.tok(k);
    return d !== undefined && DASHES.has(d.text) && this.tok(k - 1)?.end === d.start && this.tok(k + 1)?.start === d.end && this.tok(k + 1)?.word === true;
  }

  /** A dash glued to the word before and to a word after: "Jong-un", "Heung-min". */
  private hyphenTail(k: number): boolean {
    const d = this.tok(k);
    return d !== undefined && DASHES.has(d.text) && this.tok(k - 1)?.end === d.start && this.tok(k + 1)?.start === d.end && this.tok(k + 1)?.word === true &&
      this.tok(k + 1)?.cap === false;
  }

  /** "Electric Power Company" after "Tokyo": the end of up to four foreign capitalised words closed by a company word. */
  private orgSuffixEnd(e: number): number | null {
    let found: number | null = null;
    for (let k = e; k < e + 4 && this.isCapWord(k) && !VIET_MARKS.test(this.tok(k)?.text ?? '') && this.gaz(k) === null; k++) {
      if (ORG_SUFFIXES.has(this.tok(k)?.lower ?? '')) found = k + 1;
    }
    return found;
  }

  /** Source text of tokens [from, to] inclusive. */
  private slice(from: number, to: number): string {
    const a = this.tok(from);
    const b = this.tok(to);
    if (a === undefined || b === undefined) return '';
    return this.text.slice(a.start, b.end).replace(/\s+/g, ' ').trim();
  }
}
