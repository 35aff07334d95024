/**
 * Places: a prefix and its name ("tỉnh Nghệ An", "TP. Hồ Chí Minh", "quận 1"), a country that ends a phrase, short
 * country words joined by a dash ("Mỹ-Trung"). Functions of the scan state (scan.ts).
 */
import { NOT_NAMES, NUMBERED_PREFIXES } from './cues';
import { COUNTRIES, SURNAMES } from './lexicon';
import type { Scan, Span } from './scan';
import type { Token } from './tokenize';
import { COMPASS, DASHES, ROAD_NOUNS, SHORT_COUNTRIES, SPORTS_CUES, TEAM_AFTER, TEAM_BEFORE } from './words';

/**
 * The paragraph of token k or one next to it reports a match: a sports word ("ghi bàn", "hậu vệ", "trận đấu") in it. Counted once per scan, per paragraph (so a text read in paragraph-aligned slices, sliced.ts,
 * reads the same as a whole).
 */
export function sportsNear(s: Scan, k: number): boolean {
  if (s.sports === undefined) {
    const paragraph = new Int32Array(s.tokens.length);
    const count = [0];
    let p = 0;
    for (let x = 0; x < s.tokens.length; x++) {
      const t = s.tokens[x] as Token;
      if (t.text === '\n' && s.tok(x - 1)?.text !== '\n') count[++p] = 0;
      paragraph[x] = p;
      if (t.word && (SPORTS_CUES.has(t.lower) || SPORTS_CUES.has(`${t.lower} ${s.tok(x + 1)?.lower ?? ''}`))) count[p] = (count[p] ?? 0) + 1;
    }
    s.sports = { paragraph, count };
  }
  const p = s.sports.paragraph[k] ?? 0;
  const c = s.sports.count;
  return (c[p - 1] ?? 0) + (c[p] ?? 0) + (c[p + 1] ?? 0) >= 1;
}

/**
 * "tuyển Mỹ", "hạ New Zealand", "Jordan vùi dập Campuchia 7-0": in a match report (sportsNear), a country [i, end) that
 * competes is the team (an organisation), not the place. Read from the words around it; a country named as a place
 * ("tại Hàn Quốc", "người Pháp") keeps its type.
 */
export function countryAsTeam(s: Scan, i: number, end: number): boolean {
  const prev = s.prevWords(i);
  const next1 = s.tok(end)?.word === true ? (s.tok(end)?.lower ?? '') : (s.tok(end)?.text ?? '');
  const next2 = `${next1} ${s.tok(end + 1)?.lower ?? ''}`;
  if (!(TEAM_BEFORE.has(prev.one) || TEAM_BEFORE.has(prev.two) || TEAM_AFTER.has(next1) || TEAM_AFTER.has(next2))) return false;
  return sportsNear(s, i);
}

/** A country name starts at k and ends the phrase ("Zurich, Thụy Sĩ,"). */
export function countryAt(s: Scan, k: number): boolean {
  const g = s.gaz(k);
  return g !== null && g.value.type === 'LOCATION' && !s.tok(g.end)?.word && COUNTRIES.has(g.value.canonical);
}

/** "Mỹ-Trung", "Trung – Mỹ": a short country word joined by a dash to a country. */
export function besideCountry(s: Scan, i: number): boolean {
  const isCountry = (k: number): boolean => {
    const g = s.gaz(k);
    return (g !== null && g.value.type === 'LOCATION') || SHORT_COUNTRIES[s.tok(k)?.text ?? ''] !== undefined;
  };
  if (DASHES.has(s.tok(i + 1)?.text ?? '') && isCountry(i + 2)) return true;
  if (DASHES.has(s.tok(i - 1)?.text ?? '')) {
    for (let k = i - 2; k >= Math.max(0, i - 3); k--) {
      const g = s.gaz(k);
      if (g !== null && g.end === i - 1 && g.value.type === 'LOCATION') return true;
      if (SHORT_COUNTRIES[s.tok(k)?.text ?? ''] !== undefined && k === i - 2) return true;
    }
  }
  return false;
}

/** "tỉnh Nghệ An", "TP. Hồ Chí Minh", "quận 1", "sân bay Tân Sơn Nhất" */
export function locAt(s: Scan, i: number): Span | null {
  const first = s.tok(i);
  if (first === undefined) return null;
  const prefix = s.locPrefix(i);
  if (prefix === null) return null;
  // a capitalised one-word prefix mid-sentence is a name ("Hồ", "Bản"), not "hồ", "bản"; "TP", "Cảng hàng không" are fine
  // ("Quận 7", "Phường 5": a number after it makes it the prefix)
  const numbered = NUMBERED_PREFIXES.has(first.lower) && /^\d+$/.test(s.tok(prefix.end)?.text ?? '');
  if (first.cap && !first.sentenceStart && first.lower !== 'tp' && prefix.end - i < 2 && !numbered) return null;
  let j = prefix.end;
  if (first.lower === 'tp' && s.tok(j)?.text === '.') j++;
  const gaz = s.gaz(j);
  // "các tỉnh Đồng bằng sông Cửu Long": the name already opens with its own geographic noun
  if (gaz !== null && gaz.value.type === 'LOCATION' && s.locPrefix(j) !== null) return null;
  if (gaz !== null && gaz.value.type === 'LOCATION') {
    const road = roadEnd(s, i, prefix.end, gaz.end);
    if (road !== null) return { end: road, type: 'LOCATION' };
    return { end: gaz.end, type: 'LOCATION', canonical: gaz.value.canonical };
  }
  if (gaz !== null) return null;
  const next = s.tok(j);
  if (next === undefined || !next.word) return null;
  if (/^\d+$/.test(next.text) && NUMBERED_PREFIXES.has(s.tok(prefix.end - 1)?.lower ?? '')) return { end: j + 1, type: 'LOCATION' };
  if (!next.cap || next.acronym || s.title(j)?.value.title === true) return null;
  // "chợ Tết", "làng Sau": a grammatical or calendar word alone is no place name
  if (NOT_NAMES.has(next.lower) && !s.isCapWord(j + 1)) return null;
  // "UBND tỉnh Hồ Văn Mừng": a person's name (surname, then Văn/Thị) is no place
  // (streets are named after people: "đường Nguyễn Văn Linh")
  const street = STREET_PREFIXES.has(s.tokens.slice(i, prefix.end).map((x) => x.lower).join(' '));
  if (!street && SURNAMES.has(next.lower) && (s.tok(j + 1)?.text === 'Văn' || s.tok(j + 1)?.text === 'Thị')) return null;
  let k = j + 1;
  while (k < j + 4 && s.isCapWord(k) && s.title(k)?.value.title !== true && !s.opensSentence(k)) k++;
  // "cao tốc Bắc - Nam": directions, not places
  if (COMPASS.has(next.lower) && k === j + 1) return DASHES.has(s.tok(k)?.text ?? '') && ROAD_NOUNS.has(s.tokens.slice(i, prefix.end).map((x) => x.lower).join(' ')) ? null : { end: k, type: 'LOCATION' };
  return { end: roadEnd(s, i, prefix.end, k) ?? k, type: 'LOCATION' };
}

const STREET_PREFIXES = new Set(['đường', 'phố']);

/**
 * "cao tốc Hà Nội – Thái Nguyên", "cao tốc Nghi Sơn - Diễn Châu": after a road prefix, a place, a dash and another
 * place (known, or up to three capitalised words) are one place; the end of it, or null.
 */
function roadEnd(s: Scan, i: number, prefixEnd: number, end: number): number | null {
  const dash = s.tok(end);
  if (dash === undefined || !DASHES.has(dash.text) || !ROAD_NOUNS.has(s.tokens.slice(i, prefixEnd).map((x) => x.lower).join(' '))) return null;
  const other = s.gaz(end + 1);
  if (other !== null) return other.value.type === 'LOCATION' ? other.end : null;
  let k = end + 1;
  while (k < end + 4 && s.isCapWord(k) && !s.tok(k)?.acronym && s.title(k) === null && s.orgHead(k) === null && !s.opensSentence(k)) k++;
  return k > end + 1 ? k : null;
}
