/**
 * Counts what code run under jsdom gets from the page (issue 10, the 10 MB page; docs/speed-2026-12-06e.md §7):
 *  - elements: the distinct elements the DOM handed to the code, by any call — a walk's step, a parent, a query's
 *    match read from its list. In Chromium each element a content script is handed gets a wrapper in the script's
 *    world, kept in a table that stalls the call which grows it (the 65,536th and 131,072nd: 30–60 ms each);
 *  - texts: the strings read from the page (textContent, nodeValue, data): in Chromium each new one is a string
 *    the browser makes for the script, and its table of those stalls the same way (the 32,767th, 65,535th).
 * Calls jsdom makes inside another DOM call (a selector query walking the tree) are not counted: a browser makes
 * them natively. Elements read from a NodeList or HTMLCollection are counted too (through the list's implementation:
 * jsdom indexes a collection through a proxy the prototypes do not show).
 */
type Fn = (this: unknown, ...a: unknown[]) => unknown;

const symbolOf = (o: object, description: string): symbol | undefined => Object.getOwnPropertySymbols(o).find((s) => s.description === description);

export interface Touches {
  /** distinct elements handed to the code */
  readonly elements: number;
  /** strings read from the page */
  readonly texts: number;
  /** whether `el` was handed to the code */
  touched(el: Element): boolean;
  restore(): void;
}

/** Start counting (in the jsdom environment of the current test file); `restore()` stops. */
export function countTouches(doc: Document, onTouch?: (el: Element) => void): Touches {
  const seen = new Set<object>();
  let texts = 0;
  let depth = 0;
  const undo: (() => void)[] = [];
  // a collection's implementation, and how an implementation element maps to its wrapper
  const list = doc.querySelectorAll('*');
  const implSym = symbolOf(list, 'impl')!;
  const wrapperSym = symbolOf((list as unknown as Record<symbol, object>)[implSym]!, 'wrapper')!;
  const note = (v: unknown): void => {
    if (depth === 0 && v instanceof Element && !seen.has(v)) {
      seen.add(v);
      onTouch?.(v);
    }
  };
  const counted = (fn: Fn, isText = false): Fn =>
    function (this: unknown, ...a: unknown[]) {
      const outer = depth === 0;
      depth++;
      let v: unknown;
      try {
        v = fn.apply(this, a);
      } finally {
        depth--;
      }
      if (outer) {
        note(v);
        if (isText && typeof v === 'string') texts++;
      }
      return v;
    };
  const wrap = (proto: object, name: string, isText = false): void => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    if (d.get) Object.defineProperty(proto, name, { ...d, get: counted(d.get as Fn, isText) });
    else Object.defineProperty(proto, name, { ...d, value: counted(d.value as Fn, isText) });
    undo.push(() => Object.defineProperty(proto, name, d));
  };
  const win = doc.defaultView!;
  // (the queries too, though they return no element or a list: what jsdom does inside them is not counted)
  for (const name of ['firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling', 'closest', 'querySelector', 'querySelectorAll', 'matches', 'getElementsByTagName', 'getElementsByClassName', 'children', 'childElementCount']) wrap(win.Element.prototype, name);
  for (const name of ['parentElement', 'parentNode', 'firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'contains', 'compareDocumentPosition']) wrap(win.Node.prototype, name);
  for (const name of ['textContent', 'nodeValue']) wrap(win.Node.prototype, name, true);
  // writes (our stylesheet, our marks): what jsdom does inside them (a stylesheet's base URL query) is native in a browser
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild']) wrap(win.Node.prototype, name);
  for (const name of ['append', 'prepend', 'remove', 'before', 'after', 'setAttribute', 'removeAttribute', 'toggleAttribute', 'attachShadow']) wrap(win.Element.prototype, name);
  wrap(win.CharacterData.prototype, 'data', true);
  for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementById', 'body', 'documentElement']) wrap(win.Document.prototype, name);
  for (const name of ['nextNode', 'previousNode', 'firstChild', 'nextSibling', 'parentNode']) wrap(win.TreeWalker.prototype, name);
  // list items: the implementations' item(), called by the lists' index access
  for (const sample of [doc.querySelectorAll('*'), doc.getElementsByTagName('*')]) {
    const proto = Object.getPrototypeOf((sample as unknown as Record<symbol, object>)[implSym]) as { item: (i: number) => unknown };
    const item = proto.item;
    proto.item = function (this: unknown, i: number) {
      const v = item.call(this, i) as Record<symbol, unknown> | null;
      if (depth === 0 && v) note(v[wrapperSym]);
      return v;
    };
    undo.push(() => void (proto.item = item));
  }
  return {
    get elements() {
      return seen.size;
    },
    get texts() {
      return texts;
    },
    touched: (el) => seen.has(el),
    restore: () => undo.reverse().forEach((u) => u()),
  };
}
