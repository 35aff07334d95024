/**
 * "Xem thêm trên <báo>" lines: an aggregator's pointer to the outlet that published the story ("Xem thêm trên Dân
 * Việt", "Đọc bài gốc tại VnExpress", "Xem chi tiết tại dantri.com.vn"). Its shape, not its words:
 *   (xem | đọc) [thêm | tiếp | chi tiết | bài gốc | toàn bộ bài viết] (trên | tại) <Name>
 * where <Name> is 1–MAX_NAME_WORDS capitalised words or a domain, and nothing follows it. A sentence that merely
 * starts the same way ("Xem thêm trên mạng, nhiều người cho rằng …") runs on in lower case and does not match.
 * Matched as a boilerplate shape by core/generic-lines.ts (so the article guard does not count it as article text).
 */
import { fold, normalizeSpace } from './text';

const MAX_CHARS = 80;
const MAX_NAME_WORDS = 5;
const OPENING = /^(?:xem|doc)(?: (?:them|tiep|chi tiet|bai goc|toan bo bai viet|bai viet goc))? (?:tren|tai) /;

function isNameWord(word: string): boolean {
  const first = word.replace(/^[("'“‘«]+/, '')[0];
  if (first === undefined) return false;
  return first !== first.toLowerCase() || /\d/.test(word) || /^[\w-]+\.(?:vn|com|net|org)\b/i.test(word);
}

/** Is `text` (any whitespace) a "Xem thêm trên <Name>" line? */
export function isSeeMoreOnLine(text: string): boolean {
  if (text.length > MAX_CHARS * 3) return false;
  const line = normalizeSpace(text).replace(/[.:>»›]+$/, '').trim();
  if (line.length < 8 || line.length > MAX_CHARS) return false;
  const m = OPENING.exec(fold(line));
  if (!m) return false;
  const openingWords = m[0].trim().split(' ').length;
  const name = line.split(' ').slice(openingWords);
  return name.length >= 1 && name.length <= MAX_NAME_WORDS && name.every(isNameWord);
}
