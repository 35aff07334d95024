/**
 * People: a title or person cue and the name after it ("Thủ tướng Phạm Minh Chính", "ông Trump"), the name's own end
 * (capitalised words, foreign particles, hyphen tails), the role in an apposition, and the kinship pronouns that open
 * a sentence ("Anh kể", "Cô ấy nói") and are no name. Functions of the scan state (scan.ts).
 */
import { isCapsWord } from './caps';
import { LOC_CUES, NAME_SYLLABLES, NOT_ACRONYMS, NOT_NAMES } from './cues';
import { SURNAMES } from './lexicon';
import { orgAt } from './organisation';
import type { RawMention, Scan, Span } from './scan';
import { hasVietMarks, isVietSyllable, looksForeign, looksVietnamese } from './syllable';
import type { Token } from './tokenize';
import { ACADEMIC, CLAUSE_WORDS, CLEAR_SURNAMES, DASHES, FOREIGN_JOINERS, NARRATIVE_VERBS, NOT_BETWEEN, PRONOUNS, PRONOUN_TAILS, SPEECH_SET, VIET_MARKS } from './words';

/**
 * End of a sentence-initial kinship pronoun ("Cô ấy", "Chú", "Anh ta") or null. "Anh" is also the country: it is a
 * pronoun only before "ấy"/"ta"/"mình" or a verb of personal narrative ("Anh kể", not "Anh tuyên bố").
 */
export function pronounAt(s: Scan, i: number): number | null {
  const t = s.tok(i) as Token;
  if (!t.cap || !t.sentenceStart || !PRONOUNS.has(t.lower)) return null;
  const next = s.tok(i + 1);
  if (next === undefined || !next.word || next.cap) return null;
  if (PRONOUN_TAILS.has(next.lower)) return i + 2;
  const two = `${next.lower} ${s.tok(i + 2)?.lower ?? ''}`;
  // "Bác sĩ Lê Văn A", "Cô giáo Phạm Thị Lan": a longer cue or noun is read as before
  const verb = NARRATIVE_VERBS.has(next.lower) || NARRATIVE_VERBS.has(two);
  // "Anh là diễn giả", "Anh luôn chăm sóc": in a text that speaks of a man as "anh" and never of England as a place
  // ("nước Anh", "tại Anh", "người Anh"), a sentence-opening "Anh" before a lower-case word is the pronoun
  if (t.lower === 'anh') return verb || (next.lower !== 'và' && next.lower !== 'quốc' && anhIsPronoun(s)) ? i + 1 : null;
  return verb || SPEECH_SET.has(next.lower) || SPEECH_SET.has(two) ? i + 1 : null;
}

/**
 * The text uses "anh" as a pronoun (lower case, mid-sentence) and either never puts "Anh" after a place cue ("người
 * Anh", "tại Anh"), or uses the pronoun at least three times and twice as often: a story about an Englishman
 * ("chàng rể người Anh … dạy anh nói … Anh lấy hết sức") speaks of him as "anh" far more often than of his country.
 */
export function anhIsPronoun(s: Scan): boolean {
  if (s.anhPronoun !== undefined) return s.anhPronoun;
  let pronoun = 0;
  let country = 0;
  for (let k = 1; k < s.tokens.length; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === 'anh' && !t.sentenceStart) pronoun++;
    else if (t.text === 'Anh' && !t.sentenceStart && LOC_CUES.has(s.tok(k - 1)?.lower ?? '')) country++;
  }
  return (s.anhPronoun = pronoun > 0 && (country === 0 || (pronoun >= 3 && pronoun >= 2 * country)));
}

/** A title or person cue at i ("Tổng thống", "cựu Ngoại trưởng", "ông"). */
export function cueAt(s: Scan, i: number): { end: number; title: boolean } | null {
  const hit = s.title(i);
  if (hit === null) return null;
  // "Đại sứ quán Anh": an organisation head longer than the title ("Đại sứ") wins
  const head = s.orgHead(i);
  if (head !== null && head.end > hit.end) return null;
  // "Bà Rịa-Vũng Tàu", "Bà Chiểu": a known place or organisation that opens with a person cue is that name
  const known = s.gaz(i);
  if (known !== null && known.value.type !== 'PERSON' && known.end > hit.end) return null;
  // "chính quyền Tổng thống Trump": "quyền" here closes "chính quyền" (administration), it is not "acting"
  if (s.tok(i)?.lower === 'quyền' && s.tok(i - 1)?.lower === 'chính') return null;
  // "Trưởng Ban Kinh tế Trung ương": a title ending on a capitalised head ("Trưởng ban") leaves the head to the body it opens
  const last = hit.end - 1;
  if (last > i && hit.value.title && s.tok(last)?.cap === true && s.orgHead(last) !== null && orgAt(s, last) !== null) return { end: last, title: true };
  // "Anh" capitalised is the country unless a name follows; handled by afterCue returning null.
  return { end: hit.end, title: hit.value.title };
}

/** After a cue: optional portfolio, place/organisation, then the name. Null if no name follows. */
export function afterCue(s: Scan, start: number, cueEnd: number, title: boolean): number | null {
  let j = cueEnd;
  if (title) {
    // portfolio words: "Bộ trưởng Tài chính", "Cố vấn an ninh quốc gia"
    while (s.tok(j)?.word && NAME_SYLLABLES.has(s.tok(j + 1)?.lower ?? '') && !s.tok(j + 1)?.cap && orgAt(s, j) === null && s.gaz(j) === null) j += 2;
  }
  const context: Array<{ from: number; span: Span }> = [];
  if (title) {
    // in an apposition ("Đỗ Anh Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh,") the name came before the title
    s.beforeName = !afterPerson(s, start);
    for (let k = 0; k < 3; k++) {
      let at = j;
      const link = s.tok(at);
      if (k > 0 && link !== undefined && (link.lower === 'tại' || link.lower === 'ở' || link.lower === 'của')) at++;
      let span = s.namedAt(at);
      // "Chủ tịch FPT Trương Gia Bình": an unknown acronym between a title and a name is the employer
      const acr = s.tok(at);
      if (span === null && acr?.acronym && !NOT_ACRONYMS.has(acr.lower) && s.isCapWord(at + 1)) span = { end: at + 1, type: 'ORGANIZATION' };
      if (span === null || span.type === 'PERSON') break;
      context.push({ from: at, span });
      j = span.end;
    }
    s.beforeName = false;
  }
  let nameEnd = personNameEnd(s, j);
  // "Ca sĩ Mỹ Tâm", "tiền vệ Đức Huy": a country word that opens a two-syllable Vietnamese name
  const lastCtx = context[context.length - 1];
  if (lastCtx !== undefined && nameEnd === j + 1 && lastCtx.span.end === j && lastCtx.from === j - 1 && lastCtx.span.type === 'LOCATION' &&
    VIET_MARKS.test(s.tok(j)?.text ?? '') && s.gaz(j) === null) {
    context.pop();
    j = lastCtx.from;
  }
  // "Bà Mai Kiều Liên, Tổng giám đốc Vinamilk,": in an apposition one word after the title is the employer
  if (nameEnd === j + 1 && title && afterPerson(s, start) && s.gaz(j)?.value.type !== 'PERSON') {
    // "Trưởng khoa Nội Bệnh viện Bạch Mai": a word before a named employer is a department, not the employer
    const employer = s.namedAt(nameEnd);
    if (employer !== null && employer.type !== 'PERSON') context.push({ from: nameEnd, span: employer });
    else context.push({ from: j, span: { end: j + 1, type: 'ORGANIZATION' } });
    j = employer !== null && employer.type !== 'PERSON' ? employer.end : nameEnd;
    nameEnd = null;
  }
  if (nameEnd === null) {
    // a title with no name ("Ngoại trưởng Mỹ cho biết") is still not a name itself
    if (context.length === 0) return title ? cueEnd : null;
    for (const c of context) s.emit(c.from, c.span.end, c.span.type, c.span.canonical !== undefined ? { canonical: c.span.canonical } : {});
    return j;
  }
  for (const c of context) s.emit(c.from, c.span.end, c.span.type, c.span.canonical !== undefined ? { canonical: c.span.canonical } : {});
  const extra: Partial<RawMention> = {};
  if (title) extra.role = s.slice(start, j - 1);
  const gaz = s.gaz(j);
  if (gaz !== null && gaz.value.type === 'PERSON' && gaz.end === nameEnd) extra.canonical = gaz.value.canonical;
  const appositive = roleAfter(s, nameEnd);
  if (appositive !== null && (extra.role === undefined || ACADEMIC.test(extra.role))) extra.role = appositive;
  s.emit(j, nameEnd, 'PERSON', extra);
  return nameEnd;
}

/**
 * "… chiêu mộ Lukaku Mùa hè này", "Messi Nhờ có Messi": a heading glued to the next sentence. After a foreign name
 * (no Vietnamese marks), a capitalised word with Vietnamese marks followed by a lower-case word, or a marked function word,
 * opens the next sentence rather than continuing the name ("Noo Phước Thịnh", a name mixing both, runs on: a
 * capital follows its Vietnamese word).
 */
export function vietOpenerAfterForeign(s: Scan, from: number, k: number): boolean {
  const t = s.tok(k);
  if (t === undefined || !t.word || !t.cap || t.acronym) return false;
  for (let x = from; x < k; x++) {
    const w = s.tok(x);
    if (w !== undefined && w.word && !looksForeign(w.text)) return false;
  }
  // "Kylian Mbappé", "Victor Vũ": a foreign spelling or a Vietnamese surname continues the name
  if (!hasVietMarks(t.text) || !isVietSyllable(t.text) || SURNAMES.has(t.lower) || s.tok(from)?.text.includes("'")) return false;
  if (NOT_NAMES.has(t.lower)) return true;
  const next = s.tok(k + 1);
  return next !== undefined && next.word && !next.cap && next.start === t.end + 1;
}

/** The title at `start` follows "<person>," or "<person> –". */
export function afterPerson(s: Scan, start: number): boolean {
  const sep = s.tok(start - 1);
  if (sep === undefined || !(sep.text === ',' || DASHES.has(sep.text))) return false;
  const last = s.mentions[s.mentions.length - 1];
  return last !== undefined && last.type === 'PERSON' && last.to === start - 1;
}

/** End of a person name starting at j (capitalised words, hyphen-joined parts), or null. */
export function personNameEnd(s: Scan, j: number): number | null {
  const gaz = s.gaz(j);
  if (gaz !== null && gaz.value.type === 'PERSON') return gaz.end;
  if (!s.isCapWord(j) || s.title(j)?.value.title === true) return null;
  // "Bác sĩ Đoàn Thị Hồng": a head word that reads as no organisation opens the name
  if (s.orgHead(j) !== null && orgAt(s, j) !== null) return null;
  const first = s.tok(j) as Token;
  // "Giám đốc của ACT": an acronym opens no person's name (a name in capitals is read as words, see caps.ts)
  if (first.acronym && !isCapsWord(first.lower)) return null;
  if (gaz !== null && gaz.value.type !== 'PERSON' && !SURNAMES.has(first.lower)) return null;
  let k = j + 1;
  // "Mohammed bin Salman", "Ursula von der Leyen": lower-case particles inside a foreign name
  const particle = (x: number): boolean => FOREIGN_JOINERS.has(s.tok(x)?.text ?? '') && looksForeign(first.text) &&
    (s.isCapWord(x + 1) || (FOREIGN_JOINERS.has(s.tok(x + 1)?.text ?? '') && s.isCapWord(x + 2)));
  while (k < j + 6 && (s.isCapWord(k) || s.initialDot(k) || particle(k) || s.gluedParticle(k)) && s.title(k)?.value.title !== true && !startsOtherName(s, k) &&
    !s.gluedWord(k) && !s.opensSentence(k) && !capsClauseWord(s, k) && !vietOpenerAfterForeign(s, j, k)) k++;
  const placeName = placeAsGivenName(s, j, k);
  if (placeName !== null) return placeName;
  // "Kim Jong-un": a hyphen-joined lower-case tail
  if (DASHES.has(s.tok(k)?.text ?? '') && s.tok(k)?.end === s.tok(k + 1)?.start && s.tok(k - 1)?.end === s.tok(k)?.start && s.tok(k + 1)?.word) k += 2;
  return k;
}

/**
 * "Đỗ Hà Nam", "Nguyễn Thái Bình", "Nguyễn Thị Hà Giang": a two-syllable Vietnamese place right after a clear
 * surname (and at most a middle name), with no capital after it, is the given name. Returns the name's end.
 */
export function placeAsGivenName(s: Scan, from: number, k: number): number | null {
  if (k - from > 2 || !CLEAR_SURNAMES.has(s.tok(from)?.lower ?? '')) return null;
  for (let x = from + 1; x < k; x++) if (!s.isCapWord(x) || !looksVietnamese(s.tok(x)?.text ?? '') || s.gaz(x) !== null) return null;
  const g = s.gaz(k);
  if (g === null || g.value.type !== 'LOCATION' || g.end - k !== 2 || s.isCapWord(g.end) || s.tok(g.end)?.text === '.' && s.isCapWord(g.end + 1)) return null;
  if (!s.tokens.slice(k, g.end).every((t) => t.word && t.cap && isVietSyllable(t.text)) || s.tok(k)?.start !== (s.tok(k - 1)?.end ?? 0) + 1) return null;
  return g.end;
}

/** An organisation or multi-word place starts at k: a person's name cannot run into it. */
export function startsOtherName(s: Scan, k: number): boolean {
  const g = s.gaz(k);
  if (g !== null && g.value.type !== 'PERSON' && (g.value.type === 'ORGANIZATION' || g.end - k > 1)) return true;
  return orgAt(s, k) !== null;
}

/** "Nikolai Patrushev – Thư ký Hội đồng An ninh Nga": a title right after the name. */
export function roleAfter(s: Scan, i: number): string | null {
  const sep = s.tok(i);
  if (sep === undefined || !(DASHES.has(sep.text) || sep.text === ',')) return null;
  const hit = s.title(i + 1);
  if (hit === null || !hit.value.title) return null;
  // the title, then its organisations and places as the recogniser reads them ("Trưởng Trung tâm Kiểm soát bệnh tật
  // tỉnh Nghệ An", "Thư ký Hội đồng An ninh Nga"), not the verb after them
  let k = hit.end;
  let named = false;
  for (let n = 0; n < 3; n++) {
    let at = k;
    const link = s.tok(at)?.lower;
    if (n > 0 && (link === 'tại' || link === 'ở' || link === 'của')) at++;
    const span = s.namedAt(at);
    if (span === null || span.type === 'PERSON') break;
    k = span.end;
    named = true;
  }
  if (!named) while (k < s.tokens.length && s.tok(k)?.word && (s.tok(k)?.cap || NAME_SYLLABLES.has(s.tok(k)?.lower ?? '') || s.isCapWord(k + 1))) k++;
  return s.slice(i + 1, k - 1);
}

/** "Tuấn Anh", "Đức Hoàng", "Thúy Nga": a country word that is part of a Vietnamese name. */
export function inPersonName(s: Scan, i: number): boolean {
  const plain = (k: number): boolean => {
    const t = s.tok(k);
    return t !== undefined && t.word && t.cap && !t.acronym && looksVietnamese(t.text) && !NOT_NAMES.has(t.lower) &&
      s.gaz(k) === null && s.title(k) === null && s.orgHead(k) === null;
  };
  const prev = s.tok(i - 1);
  const prevOk = prev !== undefined && prev.end < (s.tok(i)?.start ?? 0) && plain(i - 1) && !(prev.sentenceStart && NOT_NAMES.has(prev.lower));
  return prevOk || plain(i + 1);
}

/** "ÔNG NGUYỄN VĂN AN NÓI": in a heading in capitals, a verb or function word ends the name. */
function capsClauseWord(s: Scan, k: number): boolean {
  const t = s.tok(k);
  return t !== undefined && t.acronym && (SPEECH_SET.has(t.lower) || CLAUSE_WORDS.has(t.lower) || NOT_BETWEEN.has(t.lower));
}
