/**
 * Copy-link and source-link tools ("Link bài gốc https://… · Lấy link", "Nguồn: https://nld.com.vn/…", a "Copy link"
 * button). Two generic shapes:
 *  - a URL line: a short line that is mostly a bare address — at least one URL token, URL characters at least half of
 *    the text, at most MAX_WORDS other words (a label such as "Nguồn:" or "Link bài gốc", a button "Lấy link").
 *    A caption "Ảnh: Zing News" has no URL and stays; a sentence quoting an address has more words than that;
 *    Matched as a boilerplate shape by core/generic-lines.ts (the article guard does not count it as article text);
 *  - a clipboard control: an element that copies the page's address (`data-clipboard-text`, or a class/id named
 *    for copying a link) together with its row when the row holds nothing else (`clipboardTools`).
 */
import { normalizeSpace } from './text';
import { attrOf, elementsOf, parentOf, tagOf, textOf } from './reads';

const MAX_CHARS = 300;
const MAX_WORDS = 6;
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)\/\S*$/i;
const CLIPBOARD_NAME = /(?:^|[-_ ])(?:copy|get|lay)[-_]?link|clipboard|copylink|getlink/i;

/** Is `text` a URL line (see above)? */
export function isUrlLine(text: string): boolean {
  if (text.length > MAX_CHARS * 2) return false;
  const line = normalizeSpace(text);
  if (line.length === 0 || line.length > MAX_CHARS) return false;
  let urlChars = 0;
  let words = 0;
  for (const token of line.split(' ')) {
    if (URL_TOKEN.test(token)) urlChars += token.length;
    else if (/[\p{L}\p{N}]/u.test(token)) words++;
  }
  return urlChars > 0 && urlChars * 2 >= line.length && words <= MAX_WORDS;
}

function isClipboardControl(el: Element): boolean {
  if (el.hasAttribute('data-clipboard-text') || el.hasAttribute('data-clipboard-target')) return true;
  return CLIPBOARD_NAME.test(attrOf(el, 'class') ?? '') || CLIPBOARD_NAME.test(el.id);
}

/** Cheap pre-filter for the walk's hot path: could `text` hold a URL token at all? */
export function mayHoldUrl(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('.vn/') || text.includes('.com/');
}

/** Where clipboard controls can be, by one case-sensitive selector match (no per-element attribute reads). */
export const CLIPBOARD_SELECTOR = '[data-clipboard-text],[data-clipboard-target],[class*="copy"],[class*="getlink"],[class*="get-link"],[class*="lay-link"],[id*="copy"]';

/**
 * Clipboard controls under `root`, each with its row when the row holds nothing but the control. `candidates`:
 * the elements under `root` matching CLIPBOARD_SELECTOR in document order, when the caller listed them itself (in
 * steps, on a big page: one query over 180k elements is a 56 ms task); by default one query.
 */
export function clipboardTools(root: Element, candidates?: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const el of candidates ?? elementsOf(root.querySelectorAll(CLIPBOARD_SELECTOR))) {
    if (!isClipboardControl(el) || out.some((o) => o.contains(el))) continue;
    const text = normalizeSpace(textOf(el));
    if (text === '' || text.split(' ').length > MAX_WORDS) continue;
    let row = el;
    for (let p = parentOf(el); p && !/^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(p)) && normalizeSpace(textOf(p)) === text; p = parentOf(p)) row = p;
    out.push(row);
  }
  return out;
}
