/**
 * Vietnamese text normalisation for matching. Pages mix NFC and decomposed accents, odd spaces and
 * site names; every matcher (learner, engine, text cleaner) compares *shapes* built here.
 */

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;
/**
 * Text made only of Latin (U+0000–02FF), precomposed Vietnamese (U+1EA0–1EF9) and general punctuation
 * is already NFC: nothing there is a singleton, and every composition needs a second character outside
 * these ranges (a combining mark). Anything else goes through String.prototype.normalize.
 */
const NEEDS_NFC = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u206f\u20a0-\u20bf]/;

/**
 * Text that normalises by trimming alone: NFC already (see NEEDS_NFC), and its only whitespace is
 * single ASCII spaces. Flags anything else: a character NEEDS_NFC flags (U+200B among them), any
 * whitespace but the space ([^\S ]: U+00A0, U+202F and U+205F sit inside NEEDS_NFC's ranges), two spaces.
 */
const NEEDS_WORK = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u206f\u20a0-\u20bf]|[^\S ]| {2}/;

/** NFC + collapse every kind of whitespace to one space + trim. */
export function normalizeSpace(text: string): string {
  // Hot path (every candidate block): most text is NFC with single spaces, and one scan says so
  // (collapsing would rebuild the string at every space).
  if (!NEEDS_WORK.test(text)) return text.trim();
  // most of the rest is markup indentation around clean text ("\n    Tin liên quan\n  "): trimming is all
  // it needs when what is left passes the same test (nothing composes with a space, and \s is what trim strips)
  const trimmed = text.trim();
  if (trimmed.length < text.length && !NEEDS_WORK.test(trimmed)) return trimmed;
  const nfc = NEEDS_NFC.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(SPACES, ' ').trim();
}

/**
 * normalizeSpace(text).length > n, without normalising all of a long text (a section's or a column's
 * text can be tens of kilobytes). A prefix normalises to a prefix of the whole, give or take what
 * composes or collapses across the cut: a few characters of margin cover it.
 */
export function normalizedLongerThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  const head = 2 * n + 64;
  if (text.length > head && normalizeSpace(text.slice(0, head)).length > n + 8) return true;
  return normalizeSpace(text).length > n;
}

/** Lower case, no diacritics, đ → d: "Tiêu điểm" → "tieu diem". Works on NFC or decomposed input. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

const TIME = /^\d{1,2}[:h]\d{2}(?::\d{2})?$/;
const DATE = /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/;
const NUMBER = /^\d+(?:[.,]\d+)*%?$/;
/** A site or brand name: an all-capitals token (VGT, VOV.VN) or a domain (dantri.com.vn). */
// (no `u` flag: it would not change a match, every character here is in the BMP, and it is slower to compile)
const SITE = /^(?:[A-ZĐ][A-Z0-9Đ]{1,}(?:\.[A-Z]{2,})*|[\w-]+\.(?:vn|com|net|org)(?:\.vn)?)$/;
/** Punctuation around a word: not a letter or digit at the start, not a letter, digit or % at the end. */
const WORD_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;

/**
 * 1 when a UTF-16 unit is a letter or digit (\p{L}, \p{N}), 0 when it is not, -1 when only WORD_EDGES
 * knows. On a cold page that regex costs milliseconds to compile: the scripts news pages are written
 * in are answered here (ASCII, Latin-1 and Latin Extended A/B, Vietnamese, general punctuation).
 */
function wordUnit(c: number): number {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  // Latin-1 symbols (« » © · °…); letters ª µ º and digits ² ³ ¹ ¼ ½ ¾
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0x1ea0 && c <= 0x1ef9) return 1;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  return -1;
}

/** Punctuation around a word, a trailing % included (core/follow.ts `bare`). */
const BARE_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * `raw` without WORD_EDGES (or, with `keepPercent` false, without BARE_EDGES): the \p{…} regex only
 * for characters wordUnit does not know.
 */
export function stripWord(raw: string, keepPercent = true): string {
  let start = 0;
  let end = raw.length;
  for (; start < end; start++) {
    const k = wordUnit(raw.charCodeAt(start));
    if (k < 0) return raw.replace(keepPercent ? WORD_EDGES : BARE_EDGES, '');
    if (k === 1) break;
  }
  for (; end > start; end--) {
    const c = raw.charCodeAt(end - 1);
    if (c === 37 && keepPercent) break;
    const k = wordUnit(c);
    if (k < 0) return raw.replace(keepPercent ? WORD_EDGES : BARE_EDGES, '');
    if (k === 1) break;
  }
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** 1 when a UTF-16 unit is a letter (\p{L}), 0 when it is not, -1 when only a \p{L} regex knows (see wordUnit). */
function letterUnit(c: number): number {
  return (c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe) ? 0 : wordUnit(c);
}

/** Two letters in a row (/\p{L}{2}/u), without compiling that regex for the scripts wordUnit knows. */
export function hasLetterPair(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterUnit(text.charCodeAt(i));
    if (k < 0) return /\p{L}{2}/u.test(text);
    run = k === 1 ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/**
 * A plain word: a letter, then lower-case letters (Vietnamese included), wrapped in ordinary
 * punctuation ("Tin", "quan", "khóa:", "(Ảnh"). Its shape token is its folded letters whatever the
 * line is: no digit (number, time, date), no second capital or dot (site name), nothing to compose.
 */
const PLAIN_WORD =
  /^[(["'“‘«]*([a-zA-ZàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]*)[.,:;!?…)\]"'”’»]*$/;
const ASCII_WORD = /^[a-zA-Z]+$/;

/** Words repeat on a page and across pages ("của", "người", "Tin"): their plain tokens are remembered ('' = not plain). */
const plainTokens = new Map<string, string>();

/** The shape token of a plain word (see PLAIN_WORD), or undefined when the word needs the full shaper. */
export function plainWordToken(word: string): string | undefined {
  let token = plainTokens.get(word);
  if (token === undefined) {
    const letters = PLAIN_WORD.exec(word)?.[1];
    token = letters === undefined ? '' : ASCII_WORD.test(letters) ? letters.toLowerCase() : fold(letters);
    if (plainTokens.size >= 20000) plainTokens.clear();
    plainTokens.set(word, token);
  }
  return token === '' ? undefined : token;
}

/**
 * Shape tokens of a line: folded words with numbers, times, dates and site names abstracted.
 * "09:18:23 11/03/2025" → ["<time>", "<date>"]; "Mời quý độc giả theo dõi VOV.VN trên" →
 * [..., "theo", "doi", "<site>", "tren"]. A lone dash is kept: it separates "Title - Hình 1".
 */
export function shapeTokens(text: string, lineIsCapitals?: boolean): string[] {
  const out: string[] = [];
  const line = normalizeSpace(text);
  // in an all-capitals heading ("TIN MỚI", "CÙNG CHUYÊN MỤC") capitals do not mark a site name
  const shouting = lineIsCapitals ?? line === line.toUpperCase();
  for (const raw of line.split(' ')) {
    // most words: letters in punctuation (hot: the engine shapes candidate lines of every page)
    const plain = plainWordToken(raw);
    if (plain !== undefined) {
      out.push(plain);
      continue;
    }
    const word = stripWord(raw);
    if (word === '') {
      if (/^[-–—]$/.test(raw)) out.push('-');
      continue;
    }
    if (TIME.test(word)) out.push('<time>');
    else if (DATE.test(word)) out.push('<date>');
    else if (NUMBER.test(word)) out.push('<num>');
    else if (!shouting && SITE.test(word) && word.length <= 16) out.push('<site>');
    else for (const part of fold(word).split(/[^a-z0-9]+/)) if (part) out.push(/^\d+$/.test(part) ? '<num>' : part);
  }
  return out;
}

/** Shape of a line as one string (the key learned rules are stored under). */
export function shape(text: string): string {
  return shapeTokens(text).join(' ');
}

export function wordCount(text: string): number {
  const t = normalizeSpace(text);
  return t === '' ? 0 : t.split(' ').length;
}

/** "09:18:23 11/03/2025", "23:02 , 06/03/2026", "5 giờ trước", "Thứ bảy, 07/03/2026 - 08:07". */
export function isTimestamp(text: string): boolean {
  const s = shape(text);
  if (s === '') return false;
  if (/^(?:<time> )?<date>(?: <time>)?$|^<time>(?: <date>)?$/.test(s)) return true;
  return /^<num> (?:giay|phut|gio|ngay|tuan|thang|nam) truoc$/.test(s);
}

/** "TitleTitle": a teaser whose link and image alt both print the same title. */
export function isDoubledTitle(text: string): boolean {
  const t = normalizeSpace(text);
  if (t.length < 16 || t.length % 2 !== 0) return false;
  const half = t.length / 2;
  return t.slice(0, half) === t.slice(half);
}

/** A lead cut short by the site: ends with "…" or "...". */
export function isTruncated(text: string): boolean {
  return /(?:\.\.\.|…)\s*$/.test(text);
}

/** Ends like a sentence (what article paragraphs do and titles usually don't). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;"”»)]\s*$/.test(normalizeSpace(text));
}
