/**
 * Page marks: every token Tin Gọn writes into a page, and the only code that writes the hide/keep marks
 * and the stylesheet (`PageMarks.apply`, `setSiteCss`) or takes them off (`PageMarks.restore`).
 *
 * Hide, don't delete: a hidden block gets the attribute HIDE_ATTR="<category>", and one <style> of ours
 * says `[HIDE_ATTR]{display:none!important}`. The same sheet carries the per-site CSS known before the
 * page is parsed (document_start, no flash); an element the article guard spares from it gets KEEP_ATTR.
 *
 * The marks are ours, not the page's: a PageMarks holds the <style> node it created and the elements it
 * marked (with the value the page had given the same attribute, if any). It never adopts a page node found
 * by id, and restore touches only what it added, so a page that happens to use the same names (a saved copy
 * of a cleaned page, or a hostile one) is still cleaned and still restored byte for byte.
 *
 * Two instances can mark one page: Chromium leaves a content script running, orphaned, when the extension is
 * updated, and the new one (another world: neither sees the other) cleans the same page with the same names.
 * So each PageMarks signs what it writes with a token of its own — OWNER_ATTR on a hidden block and on its
 * <style>, the value of KEEP_ATTR — and restore leaves a mark another instance has signed since. A mark found
 * under ours that another instance signed is put back on restore only while that instance's <style> is still
 * in the page; an ended instance's leftovers are taken off (tests/unit/marks-owners.test.ts).
 *
 * Planners (core/declutter.ts) return what to mark and never write.
 */
import { compileRules, type Rules, siteRulesFor } from './rules';
import type { Category, HideItem } from './types';

/** On a block Tin Gọn hides; its value is the block's category (outline mode shows it). */
export const HIDE_ATTR = 'data-tin-gon-hide';
/** On an element a learned per-site selector would hide but the article guard keeps: the site CSS spares it. */
export const KEEP_ATTR = 'data-tin-gon-keep';
/** Signature of the instance that wrote a hide mark, on the block and on that instance's <style>. */
export const OWNER_ATTR = 'data-tin-gon-by';
/** id of Tin Gọn's one stylesheet (site CSS + mark CSS); found by reference, never by this id. */
export const STYLE_ID = 'tin-gon-style';
/** Tag of the element the entity panel lives in (its content is in a shadow root). */
export const PANEL_HOST_TAG = 'tin-gon-panel';
/** Tags of the element picker's and of the "Hiện lại" buttons' hosts (content in closed shadow roots). */
export const PICKER_HOST_TAG = 'tin-gon-picker';
export const UNHIDE_HOST_TAG = 'tin-gon-unhide';
/** Attribute of the <style> the highlighter adds when a document refuses adopted stylesheets. */
export const HIGHLIGHT_STYLE_ATTR = 'data-tin-gon-highlight';
/** CSS Custom Highlight names: every mention of the chosen entity, and the current one. */
export const MENTION_HIGHLIGHT = 'tin-gon-mention';
export const CURRENT_MENTION_HIGHLIGHT = 'tin-gon-mention-current';

/**
 * How hidden blocks look: gone (the default), or shown with a dashed outline and their category
 * (the reader's "show hidden blocks" setting, `Settings.showHidden`).
 */
export interface MarkStyle {
  showHidden: boolean;
}

const HIDE_CSS = `[${HIDE_ATTR}]{display:none!important}`;
const SHOW_HIDDEN_CSS =
  `[${HIDE_ATTR}]{outline:2px dashed #c0392b!important;outline-offset:-2px;opacity:.55}` +
  `[${HIDE_ATTR}]::before{content:"Tin Gọn: " attr(${HIDE_ATTR});display:block;font:12px/1.4 system-ui,sans-serif;color:#fff;background:#c0392b;padding:1px 6px}`;

/** The CSS that gives marked blocks their look. */
export function markCss(style: MarkStyle): string {
  return style.showHidden ? SHOW_HIDDEN_CSS : HIDE_CSS;
}

/** CSS for a known site, injected at document_start so its sections never flash; kept elements are spared. */
export function siteCss(rules: Rules, hostname: string, categories: ReadonlySet<Category>): string {
  const selectors = siteRulesFor(compileRules(rules), hostname)
    .filter((r) => categories.has(r.category))
    .map((r) => `${r.selector}:not([${KEEP_ATTR}])`);
  return selectors.length === 0 ? '' : `${selectors.join(',\n')}{display:none!important}\n`;
}

/** What one apply writes: blocks to hide, and elements the site CSS must spare. */
export interface Marks {
  items: readonly HideItem[];
  keep?: readonly Element[];
}

/** What an element carried under one of our attributes before we marked it (null: nothing). */
interface Before {
  value: string | null;
  owner: string | null;
}

const TOKEN = /^tg-[0-9a-z]{8}$/;

function newToken(): string {
  let token = 'tg-';
  for (let i = 0; i < 8; i++) token += Math.floor(Math.random() * 36).toString(36);
  return token;
}

/** The marks and the stylesheet Tin Gọn put on one document. */
export class PageMarks {
  private sheet: HTMLStyleElement | null = null;
  private site = '';
  private look = '';
  /** this instance's signature (OWNER_ATTR, KEEP_ATTR's value) */
  readonly token = newToken();
  /** element → what the page (or another instance) had there before, put back on restore */
  private readonly hidden = new Map<Element, Before>();
  private readonly kept = new Map<Element, Before>();

  constructor(private readonly doc: Document) {}

  /** Per-site CSS (siteCss): at document_start, before the page has a <head>, and whenever settings change. */
  setSiteCss(css: string): void {
    this.site = css;
    this.writeSheet(false);
  }

  /** Mark blocks hidden (or kept) and give them their look; adds to what is marked already. */
  apply(marks: Marks, style: MarkStyle): void {
    for (const el of marks.keep ?? []) {
      if (!this.kept.has(el)) this.kept.set(el, { value: el.getAttribute(KEEP_ATTR), owner: null });
      el.setAttribute(KEEP_ATTR, this.token);
    }
    for (const { element: el, category } of marks.items) {
      if (!this.hidden.has(el)) this.hidden.set(el, { value: el.getAttribute(HIDE_ATTR), owner: el.getAttribute(OWNER_ATTR) });
      el.setAttribute(HIDE_ATTR, category);
      el.setAttribute(OWNER_ATTR, this.token);
    }
    const first = this.look === '';
    this.look = markCss(style);
    this.writeSheet(first);
  }

  /**
   * Take off every mark this object added, putting back any same-named attribute the page had, and remove
   * its stylesheet. `keepSiteCss`: a re-plan follows at once, and the site CSS stays up meanwhile (no flash).
   */
  restore(options: { keepSiteCss?: boolean } = {}): void {
    const live = this.liveTokens();
    for (const [el, before] of this.hidden) {
      if (el.getAttribute(OWNER_ATTR) !== this.token) continue; // another instance has signed it since
      const dead = before.owner !== null && TOKEN.test(before.owner) && !live.has(before.owner);
      put(el, HIDE_ATTR, dead ? null : before.value);
      put(el, OWNER_ATTR, dead ? null : before.owner);
    }
    this.hidden.clear();
    for (const [el, before] of this.kept) {
      if (el.getAttribute(KEEP_ATTR) !== this.token) continue;
      const dead = before.value !== null && TOKEN.test(before.value) && !live.has(before.value);
      put(el, KEEP_ATTR, dead ? null : before.value);
    }
    this.kept.clear();
    this.look = '';
    if (!options.keepSiteCss) this.site = '';
    this.writeSheet(false);
  }

  /** Whether `el` is inside (or is) a block this object hid. */
  hides(el: Element): boolean {
    if (this.hidden.size === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) if (this.hidden.has(e)) return true;
    return false;
  }

  /** Whether `node` is the stylesheet this object added. */
  owns(node: Node): boolean {
    return node === this.sheet;
  }

  /** Whether this object's stylesheet is in the page (a page script may have removed it). */
  sheetInPage(): boolean {
    return this.sheet?.isConnected ?? false;
  }

  /** Signatures of the instances whose stylesheet is in the page now, other than this one. */
  private liveTokens(): Set<string> {
    const live = new Set<string>();
    for (const sheet of this.doc.querySelectorAll(`style[${OWNER_ATTR}]`)) {
      const token = sheet.getAttribute(OWNER_ATTR);
      if (token !== null && token !== this.token) live.add(token);
    }
    return live;
  }

  private writeSheet(lastInHead: boolean): void {
    const css = this.site + this.look;
    let sheet = this.sheet;
    if (!css) {
      sheet?.remove();
      this.sheet = null;
      return;
    }
    const head = this.doc.head;
    if (!sheet) {
      // filled before it is inserted: the page parses one stylesheet, once
      sheet = this.sheet = this.doc.createElement('style');
      sheet.id = STYLE_ID;
      sheet.setAttribute(OWNER_ATTR, this.token);
      sheet.textContent = css;
    } else if (sheet.textContent !== css) {
      sheet.textContent = css;
    }
    // At document_start there is no <head> yet and the sheet goes into <html>; once there is one, it moves
    // in. On the first apply it goes last in <head>, after the page's own sheets, as a sheet added then would.
    const parent = head ?? this.doc.documentElement;
    if (!parent) return;
    if (sheet.parentNode !== parent || (lastInHead && parent.lastElementChild !== sheet)) parent.appendChild(sheet);
  }
}

function put(el: Element, attr: string, value: string | null): void {
  if (value === null) el.removeAttribute(attr);
  else el.setAttribute(attr, value);
}
