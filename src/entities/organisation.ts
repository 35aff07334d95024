/**
 * Organisations: a head ("Bộ", "Công ty", "Hội") and the parts that make its name — capitalised words, places,
 * nested bodies, lower-case words of the name's vocabulary, sentence-case names running to the place that ends them —
 * and the evidence that an unknown acronym names one body. Functions of the scan state (scan.ts).
 */
import { isCommonCaps } from './caps';
import { NAME_SYLLABLES, NOT_NAMES, ORG_JOINERS } from './cues';
import { COUNTRIES, ORG_CUE_TRIE, ORG_WORD_TRIE, SURNAMES } from './lexicon';
import { countryAt, locAt } from './place';
import type { Scan, Span } from './scan';
import { isVietSyllable, looksForeign } from './syllable';
import type { Token } from './tokenize';
import { ADMIN_PREFIXES, CLAUSE_WORDS, COMPLETE_HEADS, DASHES, DOMAIN, EVENT_SYLLABLES, GIVEN_NAMES, GOV_HEADS, HEADS_NEED_CAP, INSTITUTION_HEADS, LOWERCASE_HEADS, MEMBER_HEADS, NOT_BETWEEN, ORG_CUE_SET, SPEECH_SET, UNIQUE_TAILS, UNITS, UNIVERSITY } from './words';

/** Names are short: a bound keeps pathological input (hundreds of capitals) linear. */
const MAX_ORG_TOKENS = 18;

/**
 * Evidence that an acronym names one body: an organisation cue before it ("hãng AMD", "tờ WSJ"), a source credit
 * ("theo AP", "Ảnh: EPA"), or brackets right after an organisation's name ("Vietnam Airlines (VNA)").
 */
export function acronymEvidence(s: Scan, i: number): boolean {
  const prev = s.prevWords(i);
  if (ORG_CUE_SET.has(prev.one) || ORG_CUE_SET.has(prev.two) || ORG_CUE_SET.has(prev.three)) return true;
  if (prev.one === 'theo') return true;
  // "Giám đốc của ACT": the body a title belongs to
  if (prev.one === 'của' && s.titleEndsAt(i - 1)) return true;
  const p = s.tok(i - 1);
  if (p?.text === ':' && /^(ảnh|nguồn|video|clip|đồ họa|đồ hoạ)$/i.test(s.tok(i - 2)?.text ?? '')) return true;
  if (p?.text === '/' && s.mentions[s.mentions.length - 1]?.to === i - 1) return true;
  const last = s.mentions[s.mentions.length - 1];
  // "(AMTI)" after a capitalised name: the short form of what it follows (not of a person)
  const before = s.tok(i - 2);
  if (p?.text === '(' && s.tok(i + 1)?.text === ')' && before?.word === true && (before.cap || last?.to === i - 1) && !(last?.to === i - 1 && last.type === 'PERSON')) return true;
  return DOMAIN.test(s.tok(i)?.text ?? '') || spelledOut(s, i);
}

/** The text spells out the acronym at i: a capitalised run of words elsewhere whose initials are its letters. */
export function spelledOut(s: Scan, i: number): boolean {
  const t = s.tok(i) as Token;
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  let known = s.spelled.get(letters);
  if (known !== undefined) return known;
  known = false;
  // bounded: at most 64 distinct acronyms are looked up per text, each in one pass over the tokens
  if (letters.length >= 3 && s.spelled.size < 64) {
    const first = letters[0] as string;
    for (let k = 0; k < s.tokens.length && !known; k++) {
      const w = s.tokens[k] as Token;
      if (!w.word || !w.cap || w.acronym || w.text[0] !== first) continue;
      let x = k;
      let n = 0;
      while (n < letters.length && s.tok(x)?.word === true && (s.tok(x)?.text[0] ?? '').toUpperCase() === letters[n]) {
        x++;
        n++;
      }
      known = n === letters.length;
    }
  }
  s.spelled.set(letters, known);
  return known;
}

/** "HN Buffaloes", "HCMC Wings", "VNPT Technology": an acronym before foreign capitalised words names a team or firm. */
export function foreignTail(s: Scan, e: number): number | null {
  let k = e;
  while (k < e + 3 && s.isCapWord(k) && !s.tok(k)?.acronym && looksForeign(s.tok(k)?.text ?? '') && s.gaz(k) === null && s.title(k) === null &&
    s.tok(k)?.start === (s.tok(k - 1)?.end ?? 0) + 1) k++;
  return k > e ? k : null;
}

/**
 * "Bộ Ngoại giao Trung Quốc", "Ủy ban Công tác Ngoại sự Trung ương", "Công ty trách nhiệm hữu hạn một thành viên
 * Xổ số kiến thiết Cần Thơ": a head, then capitalised parts, places, nested organisations and lower-case words.
 * Lower-case words only stay when a capitalised part or a noun that may end a name (ORG_TAIL_WORDS) follows them,
 * so "Sở Y tế kiểm soát dịch" stops at "Sở Y tế".
 */
export function orgAt(s: Scan, i: number, depth = 0): Span | null {
  const first = s.tok(i);
  if (first === undefined || !first.word) return null;
  const head = s.orgHead(i);
  if (head === null || EVENT_SYLLABLES.has(s.tok(head.end)?.lower ?? '')) return null;
  // "bệnh viện Shriners", "công an tỉnh Quảng Bình", "hải quân Mỹ": a head of one kind of institution in lower case
  // opens a name when a capitalised part (not a title) or an administrative place follows it
  if (!first.cap && !(depth === 0 && lowerCaseHead(s, i, head.end))) return null;
  // "Chứng khoán SSI" is a broker; "Chứng khoán Mỹ giảm điểm" opening a sentence is a market
  if (first.lower === 'chứng' && (first.sentenceStart || !s.tok(head.end)?.cap) && s.gaz(head.end)?.value.type === 'LOCATION') return null;
  // "Phòng Cảnh sát giao thông" is a department; "Phòng ngừa ..." (prevent) is a verb
  if (HEADS_NEED_CAP.has(first.lower) && head.end === i + 1 && !s.tok(i + 1)?.cap) return null;
  // "Đoàn Văn Sáng": a head that is also a surname, before Văn/Thị, opens a person's name
  if (head.end === i + 1 && SURNAMES.has(first.lower) && (s.tok(i + 1)?.text === 'Văn' || s.tok(i + 1)?.text === 'Thị')) return null;
  // "Nhóm nhạc BLACKPINK": a lower-case cue ("nhóm nhạc") stays outside the name
  const cue = ORG_CUE_TRIE.longest(s.tokens, i);
  if (cue !== null && cue.end > head.end && !s.tok(head.end)?.cap) return null;
  // "Chủ tịch HĐND Nguyễn Ngọc Tuấn": after a title, an abbreviated head alone names the organisation
  if (s.beforeName && head.end === i + 1 && first.acronym && SURNAMES.has(s.tok(i + 1)?.lower ?? '') && s.isCapWord(i + 2)) {
    return { end: head.end, type: 'ORGANIZATION' };
  }
  // "Hội nông dân tỉnh Nghệ An", "Viện nghiên cứu lúa Đồng bằng sông Cửu Long": a name in sentence case runs from its
  // head through lower-case words to its natural end, the place it belongs to
  // (a body named by its head alone, "Quân đội", "Công an", takes no verb-like word: "Quân đội kiểm soát tỉnh X" is a clause)
  const completeHead = COMPLETE_HEADS.has(s.tokens.slice(i, head.end).map((x) => x.lower).join(' '));
  const sentenceCase = depth === 0 ? sentenceCaseOrg(s, head.end, completeHead) : null;
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
  while (j < s.tokens.length && j - i < MAX_ORG_TOKENS) {
    const t = s.tok(j) as Token;
    // "Tập đoàn Công nghiệp - Viễn thông Quân đội": a spaced dash between two capitalised parts
    if (DASHES.has(t.text) && parts > 0 && good === j && s.isCapWord(j + 1) && s.tok(j - 1)?.end !== t.start && s.tok(j + 1)?.start !== t.end &&
      s.orgHead(j + 1) === null && s.gaz(j + 1) === null) {
      j++;
      onlyCaps = false;
      continue;
    }
    // "Bộ GD-ĐT", "Sở KH-CN": two acronyms joined by a glued dash are one part ("GD&ĐT")
    if (DASHES.has(t.text) && parts > 0 && good === j && s.tok(j - 1)?.acronym === true && s.tok(j + 1)?.acronym === true && s.hyphenGlued(j)) {
      j += 2;
      good = j;
      continue;
    }
    // "Trường Đại học Bách khoa - Đại học Đà Nẵng": a member school and its university
    if (DASHES.has(t.text) && parts > 0 && good === j && depth === 0 && MEMBER_HEADS.has(first.lower) && UNIVERSITY.test(s.tok(j + 1)?.text ?? '')) {
      const parent = orgAt(s, j + 1, depth + 1);
      if (parent !== null) {
        j = good = parent.end;
        break;
      }
    }
    // "Bộ Lao động, Thương binh và Xã hội": a comma inside a list of common-noun parts closed by "và"
    if (t.text === ',' && parts > 0 && good === j && nounListAhead(s, j + 1)) {
      j++;
      onlyCaps = false;
      continue;
    }
    if (!t.word) break;
    const place = s.gaz(j);
    // a place completes the name only right after a confirmed part: "Quân đội kiểm soát tỉnh Lugansk" is a clause
    // ("Trường THPT chuyên Bắc Ninh": a specialised school is named by its province)
    const confirmed = good === j || (s.tok(j - 1)?.lower === 'chuyên' && parts > 0);
    // "Trường Đại học Tôn Đức Thắng": a country word that is a given name inside a Vietnamese name
    const prevTok = s.tok(j - 1);
    const inName = place !== null && place.end === j + 1 && GIVEN_NAMES.has(t.text) && prevTok !== undefined && prevTok.cap && !prevTok.acronym &&
      isVietSyllable(prevTok.text) && j > head.end && s.isCapWord(j + 1);
    // "Trung tâm Pháp y": a one-word country that opens a lower-case compound of the name's vocabulary is no place
    const compoundAt = place !== null && place.end === j + 1 ? ORG_WORD_TRIE.longest(s.tokens, j) : null;
    const inCompound = compoundAt !== null && compoundAt.end > j + 1 && s.tokens.slice(j + 1, compoundAt.end).every((x) => x.word && !x.cap);
    if (place !== null && place.value.type === 'LOCATION' && !inName && !inCompound) {
      if (!confirmed) break;
      j = good = place.end;
      parts++;
      onlyCaps = false;
      break;
    }
    // "Hội chợ Triển lãm": "chợ" after a capitalised "Hội" is the fair's name, not a market place prefix
    const prefixed = EVENT_SYLLABLES.has(t.lower) && s.tok(j - 1)?.cap === true ? null : locAt(s, j);
    if (prefixed !== null) {
      if (!confirmed) break;
      j = good = prefixed.end;
      parts++;
      onlyCaps = false;
      break;
    }
    if (place !== null && place.value.type === 'PERSON') {
      // "Bảo tàng Hồ Chí Minh", "Đại học Tôn Đức Thắng": named after a person right after the head
      if (parts > 0 || j !== head.end || s.beforeName || SURNAMES.has(first.lower)) break;
      j = good = place.end;
      parts++;
      onlyCaps = false;
      continue;
    }
    if (t.cap) {
      if (parts > 0 && s.title(j)?.value.title === true) break;
      // "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn": after a title, the person's name is not the ministry's
      if (s.beforeName && parts > 0 && SURNAMES.has(t.lower) && s.isCapWord(j + 1) && !s.tok(j + 1)?.acronym) break;
      // "Trung tâm Hội chợ Triển lãm": "Hội chợ" (a fair) inside a name is a part, not a nested body
      const eventWord = EVENT_SYLLABLES.has(s.tok(j + 1)?.lower ?? '');
      if (s.orgHead(j) !== null && !eventWord && !(HEADS_NEED_CAP.has(t.lower) && !s.tok(j + 1)?.cap)) {
        // a nested organisation ("Văn phòng Ủy ban ...", "Cơ quan Cảnh sát điều tra Bộ Công an") continues the name
        const inner = depth < 4 ? orgAt(s, j, depth + 1) : null;
        if (inner === null) {
          // "... Viễn thông Quân đội", "... Bộ Công an": a capitalised head word that ends the name is a plain part
          const nested = s.orgHead(j);
          if (nested === null || !s.tok(j)?.cap || s.isCapWord(nested.end)) break;
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
      const compound = ORG_WORD_TRIE.longest(s.tokens, j);
      const isCompound = compound !== null && s.tokens.slice(j + 1, compound.end).every((x) => x.word && !x.cap);
      // "Cục Quản lý cạnh tranh ...": a capitalised verb-like word takes a lower-case object; "Bộ Tài chính" does not
      verbPart = isCompound && compound.value === 'bridge';
      if (verbPart && compound !== null) verbEnd = compound.end;
      j = good = isCompound ? compound.end : j + 1;
      parts++;
      continue;
    }
    const prev = s.tok(j - 1);
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
      const end = objectEnd(s, j);
      if (end !== null) {
        j = good = end;
        continue;
      }
    }
    const word = ORG_WORD_TRIE.longest(s.tokens, j);
    const lowerWord = word !== null && s.tokens.slice(j, word.end).every((x) => x.word && !x.cap);
    // "Bộ Ngoại giao": the lower-case second syllable of a capitalised Vietnamese word (not "Vinamilk đầu tư")
    if (prev.cap && !prev.acronym && NAME_SYLLABLES.has(t.lower) && isVietSyllable(prev.text) && !(lowerWord && (word?.end ?? 0) > j + 1)) {
      j = good = j + 1;
      lower++;
      continue;
    }
    if (word !== null && lowerWord) {
      // "Bộ Quốc phòng và UBND TP Hà Nội": "và" before another organisation coordinates two names
      // (a government body named by its level, "Sở Tài chính và Công an tỉnh kiểm tra", is one too)
      const nextHead = t.lower === 'và' && s.isCapWord(j + 1) ? s.orgHead(j + 1) : null;
      if (nextHead !== null && (orgAt(s, j + 1, depth + 1) !== null ||
        (GOV_HEADS.has(s.tokens.slice(j + 1, nextHead.end).map((x) => x.lower).join(' ')) && ADMIN_PREFIXES.has(s.tok(nextHead.end)?.lower ?? '')))) break;
      const tail = word.value === 'tail';
      // "Bộ Tài chính quản lý ngân sách": a verb-like word right after a noun part starts the clause
      if (word.value === 'bridge' && parts > 0 && good === j && !verbPart) break;
      const text = s.tokens.slice(j, word.end).map((x) => x.lower).join(' ');
      j = word.end;
      if (tail && (parts > 0 || head.end - i > 1)) {
        good = j;
        uniqueTail = UNIQUE_TAILS.has(text);
      }
      continue;
    }
    // "Liên đoàn Điền kinh Việt Nam": a lower-case syllable between capitals
    const between = prev.cap && !prev.acronym && s.isCapWord(j + 1) && !NOT_BETWEEN.has(t.lower);
    if (NAME_SYLLABLES.has(t.lower) || between) {
      j++;
      if (between) good = j;
      continue;
    }
    // "Công an tỉnh đã khởi tố", "Chủ tịch UBND tỉnh Hồ Văn Mừng": a government body "of the province" without its name
    const admin = ADMIN_PREFIXES.has(t.lower) ? j + 1 : t.lower === 'thành' && s.tok(j + 1)?.lower === 'phố' ? j + 2 : -1;
    if (admin > 0 && good === j && GOV_HEADS.has(s.tokens.slice(i, head.end).map((x) => x.lower).join(' ')) && locAt(s, j) === null &&
      !(s.tok(admin)?.word === true && !s.tok(admin)?.cap && (ORG_WORD_TRIE.longest(s.tokens, admin)?.value ?? 'bridge') !== 'bridge')) {
      j = good = admin;
      parts++;
      break;
    }
    // "Viện Nghiên cứu cao cấp về Toán", "Ủy ban Quốc gia về Quan hệ ...": a topic after "về"
    if (t.lower === 'về' && parts > 0 && good === j && s.isCapWord(j + 1) && s.gaz(j + 1) === null && !SURNAMES.has(s.tok(j + 1)?.lower ?? '') &&
      s.orgHead(j + 1) === null) {
      j++;
      continue;
    }
    if (ORG_JOINERS.has(t.lower) && parts > 0 && s.isCapWord(j + 1) && s.orgHead(j + 1) === null) {
      j++;
      continue;
    }
    // "Trường số 2", "Dược phẩm Trung ương 1": a short number right after the name
    if (/^\d{1,3}$/.test(t.text) && (good === j || prev.lower === 'số') && !UNITS.has(s.tok(j + 1)?.lower ?? '') && s.tok(j + 1)?.text !== '%') {
      j = good = j + 1;
      parts++;
    }
    break;
  }
  // "Trường THPT chuyên Hà Nội - Amsterdam": a school's double name, one capitalised word after a spaced dash
  const dash = s.tok(good);
  if (first.lower === 'trường' && parts > 0 && dash !== undefined && DASHES.has(dash.text) && s.tok(good - 1)?.end !== dash.start &&
    s.isCapWord(good + 1) && !s.isCapWord(good + 2) && s.orgHead(good + 1) === null && s.title(good + 1) === null) good += 2;
  // "Cục Cảnh sát phòng chống tội phạm về môi trường": inside another name, a head with a lower-case tail is a part
  if (parts === 0 && (uniqueTail || (depth > 0 && good > head.end))) parts++;
  // "Bộ Tư lệnh", "Tổng Liên đoàn": a capitalised head of several words names the body
  if (parts === 0 && head.end - i > 1 && s.tok(i + 1)?.cap === true && good === head.end) parts++;
  // "khai trừ Đảng", "báo cáo Chính phủ": a body named by its head alone, capitalised inside a sentence
  if (parts === 0 && completeHead && first.cap && !first.sentenceStart && depth === 0 && !s.isCapWord(head.end)) return { end: head.end, type: 'ORGANIZATION' };
  if (parts === 0) return null;
  j = good;
  // "Bác sĩ Đoàn Thị Hồng": a head that is also a surname, followed by capitals only, is a person
  if (onlyCaps && head.end === i + 1 && SURNAMES.has(first.lower) && j - head.end <= 3) return null;
  const whole = s.gaz(i);
  if (whole !== null && whole.end === j) return { end: j, type: 'ORGANIZATION', canonical: whole.value.canonical };
  return { end: j, type: 'ORGANIZATION' };
}

const MILITARY_HEADS = new Set(['hải quân', 'không quân', 'lục quân']);

function lowerCaseHead(s: Scan, i: number, end: number): boolean {
  const head = s.tokens.slice(i, end).map((x) => x.lower).join(' ');
  if (!INSTITUTION_HEADS.has(head)) return false;
  const next = s.tok(end);
  if (next === undefined || !next.word) return false;
  // "hải quân Mỹ" is the US Navy; "căn cứ hải quân Tartus" a base named after its town
  if (MILITARY_HEADS.has(head)) return countryAt(s, end) || (s.gaz(end)?.value.type === 'LOCATION' && COUNTRIES.has(s.gaz(end)?.value.canonical ?? ''));
  if (next.cap) return s.title(end)?.value.title !== true && !(next.acronym && isCommonCaps(next.lower));
  return ADMIN_PREFIXES.has(next.lower) && locAt(s, end) !== null;
}

/**
 * After a head written with lower-case words ("Hội nông dân", "Ban quản lý cao tốc"): the end of the name when up to
 * six lower-case Vietnamese syllables, none a function word or verb of a clause, lead straight to a place (a known
 * place, a prefixed one, or two places joined by a dash); else null.
 */
export function sentenceCaseOrg(s: Scan, k: number, noVerbs: boolean): number | null {
  let x = k;
  while (x < k + 6) {
    const t = s.tok(x);
    if (t === undefined || !t.word || t.cap || !isVietSyllable(t.text) || CLAUSE_WORDS.has(t.lower) || NOT_BETWEEN.has(t.lower) || s.locPrefix(x) !== null) break;
    if (noVerbs && ORG_WORD_TRIE.longest(s.tokens, x)?.value === 'bridge') return null;
    if (SPEECH_SET.has(t.lower) || SPEECH_SET.has(`${t.lower} ${s.tok(x + 1)?.lower ?? ''}`)) return null;
    x++;
  }
  if (x === k) return null;
  const place = s.gaz(x);
  let end = place !== null && place.value.type === 'LOCATION' ? place.end : (locAt(s, x)?.end ?? null);
  if (end === null) return null;
  // "cao tốc Hà Nội — Thái Nguyên": a route between two places
  const dash = s.tok(end);
  const other = dash !== undefined && DASHES.has(dash.text) ? s.gaz(end + 1) : null;
  if (other !== null && other.value.type === 'LOCATION') end = other.end;
  return end;
}

/** End of up to five lower-case syllables at k that are followed by punctuation, the end of the text or a place; else null. */
export function objectEnd(s: Scan, k: number): number | null {
  let x = k;
  while (x < k + 5 && s.tok(x)?.word === true && !s.tok(x)?.cap && isVietSyllable(s.tok(x)?.text ?? '') && !NOT_BETWEEN.has(s.tok(x)?.lower ?? '')) x++;
  if (x === k) return null;
  const after = s.tok(x);
  const closes = after === undefined || (!after.word && !DASHES.has(after.text)) || s.gaz(x)?.value.type === 'LOCATION' || locAt(s, x) !== null;
  return closes ? x : null;
}

/**
 * After a comma inside an organisation name: "Thương binh và Xã hội", "Tài chính và Chủ quyền công nghiệp".
 * Each part is a capitalised Vietnamese word with a lower-case syllable (a common noun, not a proper name, place,
 * head or person), parts are separated by commas, and the list closes with "và" + such a part. "Bộ Công an, Bộ
 * Quốc phòng và ..." (heads) and "Sở Y tế, Hà Nội và ..." (a place) are lists of names, not one name.
 */
export function nounListAhead(s: Scan, k: number): boolean {
  const part = (x: number): number => {
    const t = s.tok(x);
    if (t === undefined || !t.word || !t.cap || t.acronym || !isVietSyllable(t.text) || s.gaz(x) !== null || s.orgHead(x) !== null ||
      s.title(x) !== null || NOT_NAMES.has(t.lower)) return -1;
    const next = s.tok(x + 1);
    if (next === undefined || !next.word || next.cap || !(NAME_SYLLABLES.has(next.lower) || ORG_WORD_TRIE.longest(s.tokens, x) !== null)) return -1;
    return x + 2;
  };
  for (let n = 0; n < 5; n++) {
    const e = part(k);
    if (e < 0) return false;
    const sep = s.tok(e);
    if (sep?.lower === 'và') return part(e + 1) > 0;
    if (sep?.text !== ',') return false;
    k = e + 1;
  }
  return false;
}
