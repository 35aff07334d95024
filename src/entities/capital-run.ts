/**
 * A run of capitalised words (or one word) with no cue before it: typed by its shape (foreign, Vietnamese, surname
 * first) and its neighbours, or kept weak (only an alias of a name found elsewhere). Functions of the scan state.
 */
import type { EntityType } from '../core/types';
import { CLUB_PREFIXES, LOC_CUES, MIDDLE_NAMES, NOT_ACRONYMS, NOT_NAMES } from './cues';
import { SURNAMES } from './lexicon';
import { orgAt } from './organisation';
import { placeAsGivenName, roleAfter, vietOpenerAfterForeign } from './person';
import { countryAt } from './place';
import type { Scan } from './scan';
import { hasVietMarks, isVietSyllable, looksForeign, looksVietnamese } from './syllable';
import type { Token } from './tokenize';
import { COMPASS, DASHES, DOMAIN, ENGLISH_WORDS, EVENT_WORDS, FOREIGN_JOINERS, GIVEN_NAMES, MODEL_NOUNS, NOT_BETWEEN, ORG_CUE_SET, ORG_SUFFIXES, SENTENCE_CASE_CUES, SCHOOL_SUBJECTS, SPEECH_SET, VIET_MARKS } from './words';

/** A product noun in the three words before k ("mẫu xe", "điện thoại", "phiên bản"). */
export function productBefore(s: Scan, k: number): boolean {
  for (let x = k - 1; x >= k - 3; x--) {
    const t = s.tok(x);
    if (t === undefined || !t.word) return false;
    if (MODEL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** A run of capitalised words with no cue: type it by its shape and neighbours. */
export function capitalRun(s: Scan, i: number): number {
  let a = i;
  const firstTok = s.tok(a) as Token;
  const surnameLed = SURNAMES.has(firstTok.lower);
  // "Trang Avia Pro", "Hãng Bloomberg": a capitalised cue word opening the sentence
  let cued: EntityType | null = null;
  if (firstTok.sentenceStart && s.isCapWord(a + 1) && ORG_CUE_SET.has(firstTok.lower)) {
    cued = 'ORGANIZATION';
    a++;
    // a known name after the cue word is read by the gazetteer on the next step
    if (s.gaz(a) !== null) return a;
  }
  // "Chiếc McLaren", "Dòng Note 8": a product noun opening the sentence is a product's, not part of a name
  const productLed = cued === null && firstTok.sentenceStart && MODEL_NOUNS.has(firstTok.lower) && s.isCapWord(a + 1) && looksForeign(s.tok(a + 1)?.text ?? '');
  if (productLed) a++;
  // "Zing.vn Hồ Phi Khánh" (a photo credit glued to a name): a site's address is a name of its own
  if (DOMAIN.test(s.tok(a)?.text ?? '')) {
    s.emit(a, a + 1, 'ORGANIZATION');
    return a + 1;
  }
  let b = a + 1;
  // "Real Madrid", "Inter Miami": a club word before a city
  const club = CLUB_PREFIXES.has(s.tok(a)?.lower ?? '') && looksForeign(s.tok(a)?.text ?? '');
  const joiner = (k: number): boolean => FOREIGN_JOINERS.has(s.tok(k)?.text ?? '') && looksForeign(firstTok.text) &&
    (s.isCapWord(k + 1) || (FOREIGN_JOINERS.has(s.tok(k + 1)?.text ?? '') && s.isCapWord(k + 2)));
  while (b < a + 6 && (s.isCapWord(b) || s.initialDot(b) || joiner(b)) && !s.gluedWord(b)) {
    if (DOMAIN.test(s.tok(b)?.text ?? '') || s.title(b)?.value.title === true || s.opensSentence(b) || vietOpenerAfterForeign(s, a, b)) break;
    const g = s.gaz(b);
    const givenName = g !== null && g.end === b + 1 && GIVEN_NAMES.has(s.tok(b)?.text ?? '') && looksVietnamese(firstTok.text) && !NOT_NAMES.has(firstTok.lower);
    const placeName = placeAsGivenName(s, a, b);
    if (placeName !== null) {
      b = placeName;
      break;
    }
    if (g !== null && !givenName && !(club && g.value.type === 'LOCATION') && (!surnameLed || g.end - b > 1 || g.value.type !== 'LOCATION')) break;
    // "Los Angeles FC": a club acronym ends the name
    if (s.tok(b)?.acronym && ORG_SUFFIXES.has(s.tok(b)?.lower ?? '') && looksForeign(firstTok.text)) {
      b++;
      break;
    }
    if (s.tok(b)?.acronym || /\d/.test(s.tok(b)?.text ?? '')) break;
    // "... Bộ Y tế": an organisation name starts inside the run
    if (s.orgHead(b) !== null && orgAt(s, b) !== null) break;
    b++;
  }
  // "Son Heung-min": a hyphen-joined lower-case tail
  if (b > a + 1 && s.hyphenTail(b)) b += 2;
  // "Toán, Ngữ Văn, Vật Lý": a school subject printed in title case is a word
  if (b > a + 1 && SCHOOL_SUBJECTS.has(s.tokens.slice(a, b).map((w) => w.lower).join(' '))) return b;
  if (cued !== null) {
    s.emit(a, b, cued);
    return b;
  }
  // "báo Người Lao Động": after an organisation cue, a grammatical first word belongs to the name
  const before = s.prevWords(a);
  if (!firstTok.sentenceStart && b - a > 1 && NOT_NAMES.has(firstTok.lower) && (ORG_CUE_SET.has(before.one) || ORG_CUE_SET.has(before.two))) {
    s.emit(a, b, 'ORGANIZATION');
    return b;
  }
  // "Đoàn Văn Hậu", "Quan Thị Lan": a grammatical word that is also a surname, before Văn/Thị, opens a name
  const surnameFirst = SURNAMES.has(firstTok.lower) && (s.tok(a + 1)?.text === 'Văn' || s.tok(a + 1)?.text === 'Thị') && b - a > 2;
  if (!surnameFirst && (firstTok.sentenceStart || NOT_NAMES.has(firstTok.lower)) && (b - a === 1 || NOT_NAMES.has(firstTok.lower))) {
    if (b - a === 1) return single(s, a, firstTok.sentenceStart || NOT_NAMES.has(firstTok.lower));
    // drop the grammatical capital and read the rest afresh ("Theo Cục Thuế," is an organisation)
    return a + 1;
  }
  if (b - a === 1) return single(s, a, false);
  if (s.tok(b)?.text === ',' && countryAt(s, b + 1) && (!SURNAMES.has(s.tok(a)?.lower ?? '-') || s.tok(a - 1)?.text === '(')) {
    s.emit(a, b, 'LOCATION');
    return b;
  }
  const words = s.tokens.slice(a, b).filter((w) => w.word);
  const foreign = words.some((w) => looksForeign(w.text)) && words.every((w) => !VIET_MARKS.test(w.text));
  const prev = s.prevWords(a);
  let type: EntityType | null = null;
  // "Premier League", "Vietnam Idol", "Champions League": an event, competition or show is not an entity
  if (foreign && words.some((w) => EVENT_WORDS.has(w.lower))) return b;
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
    const role = roleAfter(s, b);
    const credit = s.tok(a - 1)?.text === ':' && /^(ảnh|nguồn|video|clip|đồ họa|đồ hoạ)$/i.test(s.tok(a - 2)?.text ?? '');
    if (!SURNAMES.has(words[0]?.lower ?? '') && !MIDDLE_NAMES.has(words[0]?.lower ?? '') && role === null && !credit &&
      words.every((w) => isVietSyllable(w.text)) && words.some((w) => hasVietMarks(w.text)) && !s.hyphenTail(b - 2)) {
      s.emit(a, b, null, { weak: true });
      return b;
    }
    type = 'PERSON';
  }
  // "mẫu xe Ford Expedition", "điện thoại Infinix Zero": after a product noun a foreign name is a model, no entity
  if (type === 'PERSON' && foreign && roleAfter(s, b) === null && (productBefore(s, a) || productLed)) {
    // the same name elsewhere in the article, with no product noun before it, is that product too (dropProducts)
    s.products.add(s.spanText(a, b));
    return b;
  }
  if (type === 'PERSON') {
    const role = roleAfter(s, b);
    s.emit(a, b, type, role !== null ? { role, guess: true } : { guess: true });
  } else if (type !== null) s.emit(a, b, type);
  return b;
}

/**
 * "báo Trí thức trẻ,", "tờ Người lao động.", "đảng Cộng hòa và": after a cue of a name that may be written in sentence
 * case, the name runs from its capitalised first word through one or two lower-case Vietnamese syllables to its
 * natural end — punctuation, the end of the line, or a function word ("và", "của", "cho") — else null.
 */
export function publicationEnd(s: Scan, i: number): number | null {
  const prev = s.prevWords(i);
  if (!SENTENCE_CASE_CUES.has(prev.one) && !SENTENCE_CASE_CUES.has(prev.two)) return null;
  let x = i + 1;
  while (x < i + 3 && s.tok(x)?.word === true && !s.tok(x)?.cap && isVietSyllable(s.tok(x)?.text ?? '') && !NOT_BETWEEN.has(s.tok(x)?.lower ?? '')) x++;
  if (x === i + 1) return null;
  const after = s.tok(x);
  return after === undefined || (!after.word && !DASHES.has(after.text)) || NOT_BETWEEN.has(after.lower) ? x : null;
}

/** One capitalised word with no cue: typed by its neighbours, or weak. */
export function single(s: Scan, i: number, grammatical: boolean): number {
  const t = s.tok(i) as Token;
  if (t.acronym && NOT_ACRONYMS.has(t.lower)) return i + 1;
  if (DOMAIN.test(t.text)) {
    s.emit(i, i + 1, 'ORGANIZATION');
    return i + 1;
  }
  // "ở Bali, Indonesia", "(Hồ Bắc, Trung Quốc)": a name before ", <country>" is a place
  if (s.tok(i + 1)?.text === ',' && countryAt(s, i + 2) && !grammatical) {
    s.emit(i, i + 1, 'LOCATION');
    return i + 1;
  }
  if (NOT_NAMES.has(t.lower) && grammatical) return i + 1;
  const prev = s.prevWords(i);
  // "các tỉnh phía Nam": a direction, not a place name
  if (COMPASS.has(t.lower) && (prev.one === 'phía' || prev.one === 'hướng')) return i + 1;
  const next1 = s.tok(i + 1)?.lower ?? '';
  const next2 = `${next1} ${s.tok(i + 2)?.lower ?? ''}`;
  if (!grammatical && (ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two) || ORG_CUE_SET.has(prev.three))) {
    const end = s.vietnamSubsidiary(i + 1) ?? publicationEnd(s, i) ?? i + 1;
    s.emit(i, end, 'ORGANIZATION');
    return end;
  }
  if (!grammatical && LOC_CUES.has(prev.one) && (looksForeign(t.text) || !s.tok(i + 1)?.word || s.tok(i + 1)?.cap)) s.emit(i, i + 1, 'LOCATION', { weak: true });
  else if (SPEECH_SET.has(next1) || SPEECH_SET.has(next2)) s.emit(i, i + 1, 'PERSON', { weak: true });
  else s.emit(i, i + 1, null, { weak: true });
  return i + 1;
}
