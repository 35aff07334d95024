/**
 * Highlights entity mentions in the page without changing the page's DOM tree.
 *
 * Preferred: the CSS Custom Highlight API (`CSS.highlights` + `Highlight` of Ranges) styled by a
 * constructed stylesheet adopted by the document (no node is added; `destroy()` un-adopts it). If the
 * document refuses adopted sheets, a single `<style data-tin-gon-highlight>` is added and removed again.
 * Without the API (older browsers, jsdom) the current mention becomes the page selection instead.
 */
import { CURRENT_MENTION_HIGHLIGHT as CURRENT, HIGHLIGHT_STYLE_ATTR, MENTION_HIGHLIGHT as ALL } from '../core/marks';

// !important: adopted sheets come after the page's own in the cascade, so among important
// declarations ours win over a page rule that targets these highlight names.
const HIGHLIGHT_CSS = `
::highlight(${ALL}) { background-color: rgba(255, 203, 71, 0.45) !important; }
::highlight(${CURRENT}) { background-color: #ffb300 !important; color: #111 !important; }
@media (prefers-color-scheme: dark) {
  ::highlight(${ALL}) { background-color: rgba(255, 203, 71, 0.35) !important; }
  ::highlight(${CURRENT}) { background-color: #ffca28 !important; color: #111 !important; }
}`;

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export type HighlighterKind = 'css-highlights' | 'selection';

export interface Highlighter {
  readonly kind: HighlighterKind;
  /** Mark every range, and `current` more strongly. */
  show(all: readonly Range[], current: Range | null): void;
  clear(): void;
  /** Clear and remove the stylesheet. */
  destroy(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  if (registry && typeof Ctor === 'function') return cssHighlighter(doc, registry, Ctor);
  return selectionHighlighter(doc);
}

function cssHighlighter(doc: Document, registry: HighlightRegistryLike, Ctor: HighlightCtor): Highlighter {
  let removeStyles: (() => void) | null = null;
  const clear = (): void => {
    registry.delete(ALL);
    registry.delete(CURRENT);
  };
  return {
    kind: 'css-highlights',
    show(all, current) {
      removeStyles ??= addStyles(doc, HIGHLIGHT_CSS);
      registry.set(ALL, new Ctor(...all));
      if (current) registry.set(CURRENT, new Ctor(current));
      else registry.delete(CURRENT);
    },
    clear,
    destroy() {
      clear();
      removeStyles?.();
      removeStyles = null;
    },
  };
}

/** Adopt a constructed sheet when the document allows it, else add one `<style>`. Returns the undo. */
function addStyles(doc: Document, css: string): () => void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && Array.isArray(doc.adoptedStyleSheets)) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        };
      }
    }
  } catch {
    // Some content-script worlds cannot hand a sheet to the page; use an element instead.
  }
  const style = doc.createElement('style');
  style.setAttribute(HIGHLIGHT_STYLE_ATTR, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

function selectionHighlighter(doc: Document): Highlighter {
  let ours: Range | null = null;
  const clear = (): void => {
    const selection = doc.getSelection();
    if (ours && selection && selection.rangeCount === 1 && sameRange(selection.getRangeAt(0), ours)) selection.removeAllRanges();
    ours = null;
  };
  return {
    kind: 'selection',
    show(_all, current) {
      const selection = doc.getSelection();
      if (!selection) return;
      selection.removeAllRanges();
      if (current) {
        ours = current.cloneRange();
        selection.addRange(ours);
      }
    },
    clear,
    destroy: clear,
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
