/**
 * Passes over the proposed mentions once the scan is done: coordination ("X và Y" share a type), routes ("từ A về B",
 * "cao tốc A - B" are places), players in match reports, and brands whose models were read as people.
 */
import { isCommonCaps } from './caps';
import { LOC_CUES, NOT_NAMES } from './cues';
import { vietOpenerAfterForeign } from './person';
import type { RawMention, Scan } from './scan';
import { hasVietMarks, isVietSyllable, looksForeign } from './syllable';
import type { Token } from './tokenize';
import { ADMIN_PREFIXES, COMPANY_TAILS, COMPASS, DASHES, ENGLISH_WORDS, EVENT_WORDS, MODEL_NOUNS, ROAD_NOUNS, ROUTE_LINKS, SPORTS_CUES } from './words';

/**
 * "cú đúp của Lewandowski", "Saka và Odegaard cùng chấn thương": in a sentence about a match, an unknown single
 * foreign word (not a Vietnamese syllable, not an acronym, not in the gazetteer, so no known club) is a player.
 */
export function typeSportsPeople(s: Scan): void {
  const sports = new Set<number>();
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k] as Token;
    if (!t.word) continue;
    if (SPORTS_CUES.has(t.lower) || SPORTS_CUES.has(`${t.lower} ${s.tok(k + 1)?.lower ?? ''}`)) sports.add(t.sentence);
  }
  if (sports.size === 0) return;
  for (const m of s.mentions) {
    const t = s.tok(m.from);
    if (m.type !== null || !m.weak || m.to - m.from !== 1 || t === undefined || !sports.has(t.sentence) || t.acronym) continue;
    if (isVietSyllable(t.text) || hasVietMarks(t.text) || NOT_NAMES.has(t.lower) || EVENT_WORDS.has(t.lower) || s.gaz(m.from) !== null) continue;
    m.type = 'PERSON';
    m.weak = false;
  }
}

/**
 * "ÔNG NGUYỄN VĂN AN TỪ CHỨC", "VIỆT NAM THẮNG": a heading or caption in capitals names what the body names in normal
 * case. A run of words printed in capitals (not read as names: caps.ts calls them words) that spells, case aside, a
 * name the text has typed elsewhere is a mention of it, with its type.
 */
export function typeCapsHeadings(s: Scan): void {
  const known = new Map<string, RawMention>();
  for (const m of s.mentions) {
    if (m.type === null || m.weak) continue;
    const key = s.tokens.slice(m.from, m.to).map((t) => t.lower).join(' ');
    if (!known.has(key)) known.set(key, m);
  }
  if (known.size === 0) return;
  const covered = new Set<number>();
  for (const m of s.mentions) for (let k = m.from; k < m.to; k++) covered.add(k);
  const found: RawMention[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    if (covered.has(k) || !isCapsRunWord(s, k)) continue;
    // the longest run of up to five capitalised words from k that a typed name spells
    let best = -1;
    let key = '';
    for (let e = k; e < k + 5 && isCapsRunWord(s, e) && !covered.has(e); e++) {
      key = key === '' ? (s.tok(e) as Token).lower : `${key} ${(s.tok(e) as Token).lower}`;
      if (known.has(key)) best = e + 1;
    }
    if (best < 0) continue;
    const like = known.get(s.tokens.slice(k, best).map((t) => t.lower).join(' ')) as RawMention;
    found.push({ from: k, to: best, type: like.type, weak: false, ...(like.canonical !== undefined ? { canonical: like.canonical } : {}) });
    k = best - 1;
  }
  if (found.length > 0) s.mentions.push(...found);
}

function isCapsRunWord(s: Scan, k: number): boolean {
  const t = s.tok(k);
  return t !== undefined && t.word && t.acronym && (hasVietMarks(t.text) || isVietSyllable(t.text));
}

/** What closes the sentence before a byline ("… thừa nhận sai phạm. VIỆT KHÁNH"). */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '”', '"', ')', '/.']);

/**
 * The byline at the end of an article: two to four capitalised Vietnamese syllables (or the same in capitals,
 * "VIỆT KHÁNH") after the last sentence or after "Theo", closing the text, or followed only by a source ("/Báo Tin
 * Tức", "(TTXVN)", "(Theo Reuters)") — the reporter, a person, though the name has no cue and no surname.
 */
export function typeByline(s: Scan): void {
  let e = s.tokens.length - 1;
  const text = (k: number): string => s.tok(k)?.text ?? '';
  // a source in brackets, a trailing dash or dot
  while (e > 0 && (text(e) === '-' || text(e) === '.' || text(e) === '–')) e--;
  if (text(e) === ')') {
    let k = e;
    while (k > e - 16 && k > 0 && text(k) !== '(') k--;
    if (text(k) !== '(') return;
    e = k - 1;
  }
  // "Hà Linh/Báo Tin Tức": the reporter before the paper
  for (let k = e; k > e - 6 && k > 0; k--) {
    if (text(k) === '/' && s.tok(k - 1)?.word === true) {
      e = k - 1;
      break;
    }
  }
  let a = e;
  while (a > e - 4 && a > 0 && isBylineWord(s, a)) a--;
  const from = a + 1;
  if (e - from < 1 || !isBylineWord(s, e)) return;
  const before = s.tok(a);
  if (before === undefined || !(SENTENCE_ENDS.has(before.text) || before.lower === 'theo')) return;
  if (s.gaz(from) !== null && (s.gaz(from)?.end ?? 0) > from + 1 && s.gaz(from)?.value.type !== 'PERSON') return;
  const keep = s.mentions.filter((m) => m.to <= from || m.from > e);
  s.mentions.length = 0;
  s.mentions.push(...keep, { from, to: e + 1, type: 'PERSON', weak: false });
}

function isBylineWord(s: Scan, k: number): boolean {
  const t = s.tok(k);
  return t !== undefined && t.word && t.cap && isVietSyllable(t.text) && !NOT_NAMES.has(t.lower) && (!t.acronym || hasVietMarks(t.text) || t.text.length > 2);
}

/**
 * A capitalised word or a number right beside a word ("Maybach G650", "Expedition 2018", "Ducati Superleggera"): the
 * word is part of a longer name or a model designation, not a name on its own.
 */
function modelNeighbour(s: Scan, k: number): boolean {
  const t = s.tok(k);
  return t !== undefined && (/\d/.test(t.text) || (t.word && t.cap));
}

/** Occurrences (at least two of them inside a sentence) that make an unknown word a name of the text. */
const RECURRING = 3;

/**
 * "Jessica lên đường … Jessica xuất hiện … của Jessica", "thành viên SNSD … SNSD": a single unknown word that is not
 * Vietnamese (no tone or vowel mark, not a word of the corpus in capitals), not in the gazetteer and not after a place
 * cue, used as a name three times or more in one text (twice inside a sentence, not only as a sentence opener), never
 * beside another capitalised word or a number (a model: "Expedition 2018", "Maybach G650"), names something the text is about: an acronym is an organisation, any other word a person. (A weak word is otherwise kept
 * only as an alias of a name found elsewhere, and a name used without any cue was lost.)
 */
export function typeRecurringNames(s: Scan): void {
  const bySurface = new Map<string, RawMention[]>();
  // a word typed elsewhere by evidence ("thành phố Lysychansk", "đến Severodonetsk") keeps that type: merge.ts makes the
  // rest its aliases
  const typed = new Set(s.mentions.filter((m) => m.type !== null && !(m.weak && m.type === 'PERSON')).map((m) => s.tok(m.from)?.text));
  for (const m of s.mentions) {
    const t = s.tok(m.from);
    if (m.type !== null || !m.weak || m.to - m.from !== 1 || t === undefined || typed.has(t.text)) continue;
    const list = bySurface.get(t.text) ?? [];
    list.push(m);
    bySurface.set(t.text, list);
  }
  // "Y Phụng sang Mỹ … Y Phụng vẫn còn … Y Phụng xuất thân": an untyped run of two or three Vietnamese syllables with no
  // surname (a stage name, kept weak) used three times, twice inside a sentence, and never typed otherwise nor after a
  // place or organisation cue, names a person the text is about
  const runs = new Map<string, RawMention[]>();
  const typedRuns = new Set(s.mentions.filter((m) => m.type !== null).map((m) => s.slice(m.from, m.to - 1)));
  for (const m of s.mentions) {
    if (m.type !== null || !m.weak || m.to - m.from < 2 || m.to - m.from > 3) continue;
    const words = s.tokens.slice(m.from, m.to);
    if (!words.every((w) => w.word && w.cap && !w.acronym && isVietSyllable(w.text)) || !words.some((w) => hasVietMarks(w.text))) continue;
    const key = s.slice(m.from, m.to - 1);
    if (typedRuns.has(key)) continue;
    const list = runs.get(key) ?? [];
    list.push(m);
    runs.set(key, list);
  }
  for (const list of runs.values()) {
    if (list.length < RECURRING || list.filter((m) => s.tok(m.from)?.sentenceStart !== true).length < 2) continue;
    if (list.some((m) => LOC_CUES.has(s.prevWords(m.from).one))) continue;
    for (const m of list) Object.assign(m, { type: 'PERSON', weak: false });
  }
  for (const [text, list] of bySurface) {
    if (list.length < RECURRING) continue;
    const t = s.tok((list[0] as RawMention).from) as Token;
    if (hasVietMarks(text) || NOT_NAMES.has(t.lower) || EVENT_WORDS.has(t.lower) || ENGLISH_WORDS.has(t.lower) || (t.acronym ? isCommonCaps(t.lower) : isVietSyllable(text) && !looksForeign(text) && text.length < 4)) continue;
    if (list.filter((m) => s.tok(m.from)?.sentenceStart !== true).length < 2) continue;
    if (list.some((m) => LOC_CUES.has(s.prevWords(m.from).one) || s.gaz(m.from) !== null || modelNeighbour(s, m.from - 1) || (modelNeighbour(s, m.from + 1) && !vietOpenerAfterForeign(s, m.from, m.from + 1)))) continue;
    for (const m of list) {
      m.type = t.acronym ? 'ORGANIZATION' : 'PERSON';
      m.weak = false;
    }
  }
}

/**
 * "Chevrolet Trax" once after "xe" and then alone: a name read as a product where a product noun stood before it is a
 * product wherever the text repeats it as a guessed name.
 */
export function dropProducts(s: Scan): void {
  if (s.products.size === 0) return;
  const keep = s.mentions.filter((m) => !(m.guess === true && m.role === undefined && s.products.has(s.spanText(m.from, m.to))));
  s.mentions.length = 0;
  s.mentions.push(...keep);
}

/**
 * "Ford Expedition", "Ford Diện", "Ducati Superleggera" … "Ducati": a foreign name guessed a person by its shape
 * whose first word also opens another guessed name or stands alone is a brand with its models, not a person
 * (people are named by full name, then by surname — never by their first word with another surname).
 */
export function dropBrandModels(s: Scan): void {
  const firsts = new Map<string, Set<string>>();
  const key = (m: RawMention): string => s.spanText(m.from, m.to);
  // "Lily Maymac (Lily Macapinlac)": a second name in brackets right after the first is the same person's other name
  const inBrackets = (m: RawMention): boolean => s.tok(m.from - 1)?.text === '(' && s.mentions.some((o) => o.to === m.from - 1 && o.guess === true);
  const guessed = s.mentions.filter((m) => m.guess === true && m.role === undefined && m.to - m.from > 1 && looksForeign(s.tok(m.from)?.text ?? '') && !inBrackets(m));
  for (const m of guessed) {
    const first = s.tok(m.from)?.text ?? '';
    const set = firsts.get(first) ?? new Set<string>();
    set.add(key(m));
    firsts.set(first, set);
  }
  // the first word standing alone makes a brand only where it reads as one: typed an organisation ("hãng Ducati"),
  // right after a product noun ("xe Ducati", not "điện thoại của Anna") or beside a model ("Ducati 2018"). A person is named by a full name and then
  // by the first name alone as often ("Reuben Paul, cậu bé 11 tuổi … Reuben đã dùng"): that is no brand.
  const brandAlone = (m: RawMention): boolean => m.type === 'ORGANIZATION' || MODEL_NOUNS.has(s.tok(m.from - 1)?.lower ?? '') || /\d/.test(s.tok(m.from + 1)?.text ?? '');
  const alone = new Set(s.mentions.filter((m) => m.to - m.from === 1 && brandAlone(m)).map((m) => s.tok(m.from)?.text ?? ''));
  // "Ford Expedition 2018": a guessed name followed by a model year or code is a model, its first word the brand (not
  // an age or a score: "Anna Shemet 27 tuổi", "Venus Williams 6-3")
  const modelled = new Set(guessed.filter((m) => /^((19|20)\d\d|\d+[a-z]\w*)$/i.test(s.tok(m.to)?.text ?? '')).map((m) => s.tok(m.from)?.text ?? ''));
  const brands = new Set([...firsts].filter(([first, set]) => set.size > 1 || alone.has(first) || modelled.has(first)).map(([first]) => first));
  if (brands.size === 0) return;
  // one filtering pass (not a splice per mention: linear on huge text)
  const keep = s.mentions.filter((m) => !(brands.has(s.tok(m.from)?.text ?? '') && ((m.guess === true && m.role === undefined) || (m.to - m.from === 1 && m.type !== 'ORGANIZATION'))));
  s.mentions.length = 0;
  s.mentions.push(...keep);
}

/** "từ Phan Rang về Nha Trang", "Phan Rang - Nha Trang": the other end of a route from a place is a place. */
export function typeByRoute(s: Scan): void {
  const ms = s.mentions;
  const place = (m: RawMention | undefined): boolean => m !== undefined && !m.weak && m.type === 'LOCATION';
  const loose = (m: RawMention | undefined): m is RawMention => m !== undefined && m.role === undefined && (m.guess === true || (m.type === null && m.weak) || place(m));
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as RawMention;
    // "cao tốc Cam Lộ - La Sơn", "tuyến Hà Nội - Lào Cai": after a road word, both ends of a dash are places
    const end = ms[k + 1];
    const before = s.prevWords(m.from);
    if (loose(m) && loose(end) && DASHES.has(s.tok(m.to)?.text ?? '') && end.from === m.to + 1 &&
      (ROAD_NOUNS.has(before.one) || ROAD_NOUNS.has(before.two)) && !COMPASS.has(s.tok(m.from)?.lower ?? '') && !COMPASS.has(s.tok(end.from)?.lower ?? '')) {
      for (const e of [m, end]) Object.assign(e, { type: 'LOCATION', guess: false, weak: false });
    }
    const untyped = m.type === null && m.weak && m.to - m.from > 1;
    if ((m.guess !== true && !untyped) || m.role !== undefined) continue;
    const next = ms[k + 1];
    const prev = ms[k - 1];
    const link = s.tok(m.to)?.lower ?? '';
    const from = s.tok(m.from - 1)?.lower === 'từ' && ROUTE_LINKS.has(link) && place(next) && next?.from === m.to + 1;
    const dashNext = DASHES.has(link) && place(next) && next?.from === m.to + 1;
    const dashPrev = DASHES.has(s.tok(m.from - 1)?.text ?? '') && place(prev) && prev?.to === m.from - 1;
    if (from || dashNext || dashPrev) {
      m.type = 'LOCATION';
      m.guess = false;
      m.weak = false;
    }
  }
}

/**
 * "Severodonetsk và Lysychansk": an unknown word coordinated with a place or organisation shares its type; a guessed
 * person between two coordinated places is a place.
 */
export function typeByCoordination(s: Scan): void {
  const ms = s.mentions;
  const linked = (a: RawMention | undefined, b: RawMention | undefined): boolean => {
    const link = a === undefined || b === undefined || b.from !== a.to + 1 ? undefined : s.tok(a.to);
    return link !== undefined && (link.text === ',' || link.lower === 'và' || link.lower === 'hoặc');
  };
  const place = (m: RawMention | undefined): boolean => m !== undefined && m.type === 'LOCATION' && !m.weak;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as RawMention;
    // "New York, Los Angeles, Boca Raton và Florida": a name guessed a person by its shape inside a list of places
    if (m.guess === true && m.role === undefined && place(ms[k - 1]) && place(ms[k + 1]) && linked(ms[k - 1], m) && linked(m, ms[k + 1])) {
      Object.assign(m, { type: 'LOCATION', guess: false });
      continue;
    }
    // "Ali Hoàng Dương, Hiền Mai, Anh Tú và Hiền Hồ": an untyped run of capitalised words (a name with no surname,
    // kept weak) listed beside a person is a person
    if (m.type === null && m.weak && m.to - m.from > 1) {
      if ([ms[k - 1], ms[k + 1]].some((o) => o !== undefined && o.type === 'PERSON' && !o.weak && (o.to <= m.from ? linked(o, m) : linked(m, o)))) {
        Object.assign(m, { type: 'PERSON', weak: false });
        // the runs before it in the same list
        for (let b = k - 1; b >= 0; b--) {
          const p = ms[b] as RawMention;
          if (!(p.type === null && p.weak && p.to - p.from > 1 && linked(p, ms[b + 1]))) break;
          Object.assign(p, { type: 'PERSON', weak: false });
        }
      }
      continue;
    }
    if (m.type !== null || m.to - m.from !== 1) continue;
    // an unknown acronym takes no place or person type from its neighbours ("Nội Bài, VNA đã" lists a place and an
    // airline), only an organisation's ("FPT, TCX, VPL và GEE": a list of listed companies)
    const acronym = s.tok(m.from)?.acronym === true;
    for (const other of [ms[k - 1], ms[k + 1]]) {
      if (other === undefined || other.weak || other.type === null || (acronym && other.type !== 'ORGANIZATION')) continue;
      // "Haaland và Saka": a foreign-looking word beside a foreign person is a person
      if (other.type === 'PERSON' && !(looksForeign(s.tok(m.from)?.text ?? '') && s.tokens.slice(other.from, other.to).some((t) => t.word && looksForeign(t.text)))) continue;
      const link = other.to <= m.from ? s.tok(m.from - 1) : s.tok(m.to);
      const gapOk = other.to <= m.from ? other.to === m.from - 1 : other.from === m.to + 1;
      if (gapOk && link !== undefined && (link.text === ',' || link.lower === 'và' || link.lower === 'hoặc')) {
        m.type = other.type;
        m.weak = false;
        break;
      }
    }
  }
}

/**
 * "Giám đốc Trungnam Group", "Thiên Minh Group", "theo Daily Mail", "Ảnh: Getty Images": a name read as a person (by a
 * title before it, or by its shape) whose last word is a company or publication word is an organisation.
 */
export function typeCompanyTails(s: Scan): void {
  for (const m of s.mentions) {
    if (m.type !== 'PERSON' || m.to - m.from < 2) continue;
    const last = s.tok(m.to - 1);
    if (last === undefined || !last.cap || !COMPANY_TAILS.has(last.lower)) continue;
    m.type = 'ORGANIZATION';
    delete m.role;
    delete m.guess;
  }
}

/**
 * "xã Ninh Xá … trú ở Ninh Xá", "huyện Thuận Thành … Thuận Thành": a name the article gives as a place after an
 * administrative prefix is that place where it stands bare and only its shape made it a person.
 */
export function typePrefixedPlaces(s: Scan): void {
  const words = (from: number, to: number): string => s.tokens.slice(from, to).filter((t) => t.word).map((t) => t.lower).join(' ');
  const places = new Set<string>();
  for (const m of s.mentions) {
    if (m.type !== 'LOCATION') continue;
    const all = s.tokens.slice(m.from, m.to).filter((t) => t.word).map((t) => t.lower);
    for (let k = 1; k < all.length; k++) if (ADMIN_PREFIXES.has(all.slice(0, k).join(' '))) places.add(all.slice(k).join(' '));
  }
  if (places.size === 0) return;
  for (const m of s.mentions) {
    if (m.type !== 'PERSON' || m.guess !== true || m.role !== undefined || !places.has(words(m.from, m.to))) continue;
    m.type = 'LOCATION';
    delete m.guess;
  }
}

