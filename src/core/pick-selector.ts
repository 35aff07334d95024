/**
 * A stable CSS selector for a block the reader picked ("Chọn khối để ẩn"), to hide the same block on later visits of
 * the site. Stable means made of what survives a reload and a different article: the tag, ids and classes that read
 * like names ("box-related", "tin-lien-quan"), not volatile parts — numbers and hashes ("news-1690792",
 * "css-1x2y3z", "AV66b47cb1…"), state classes ("active", "show", "hover"), nor Tin Gọn's own marks. The selector is
 * built from the block up to MAX_DEPTH ancestors, shortest first, and returned only when it matches the block in
 * this document (verified, not assumed); null when nothing stable identifies it.
 */
const MAX_DEPTH = 4;
const STATE_CLASS = /^(?:active|show|shown|hide|hidden|open|opened|closed|hover|focus|selected|current|visible|in|fade|collapsed|loaded|lazy|lazyloaded)$/i;
const VOLATILE = /\d{3,}|[0-9a-f]{6,}|^(?:css|sc|jsx|svelte|ng|ember)-|--|__[a-z0-9]{5,}$/i;
const NAME = /^[a-z][a-z0-9_-]*$/i;

/** Is this id or class a stable name? */
export function isStableName(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && NAME.test(name) && !VOLATILE.test(name) && !STATE_CLASS.test(name) && !name.startsWith('tin-gon');
}

function escape(name: string): string {
  // stable names are [A-Za-z][A-Za-z0-9_-]*: nothing to escape but a leading digit, which NAME excludes
  return name;
}

/** The stable part of one element: tag#id or tag.class1.class2 (at most two classes), or the bare tag. */
export function stableStep(el: Element): string {
  const tag = el.localName;
  if (el.id && isStableName(el.id)) return `${tag}#${escape(el.id)}`;
  const classes = Array.from(el.classList).filter(isStableName).slice(0, 2);
  return tag + classes.map((c) => `.${escape(c)}`).join('');
}

/**
 * The shortest stable selector (descendant steps from an ancestor, at most MAX_DEPTH) whose first match in the
 * document is `el` and which matches nothing that contains `el` or sits inside it. Null when none.
 */
export function stableSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let e: Element | null = el, depth = 0; e && depth <= MAX_DEPTH && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement, depth++) {
    const step = stableStep(e);
    // a bare tag says nothing on its own but can still link two named steps
    steps.unshift(step);
    if (step === e.localName && depth > 0) continue;
    const selector = steps.join(' ');
    if (!/[.#]/.test(selector)) continue;
    let matches: Element[];
    try {
      matches = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    if (matches[0] === el && matches.every((m) => m === el || (!m.contains(el) && !el.contains(m)))) return selector;
  }
  return null;
}

/**
 * Fallback when nothing stable names the block: its position from the nearest ancestor with a stable id (or the
 * body), by `:nth-of-type` steps. Less stable across articles, still verified to match the block.
 */
export function pathSelector(el: Element): string | null {
  const steps: string[] = [];
  let e: Element | null = el;
  for (; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
    if (e !== el && e.id && isStableName(e.id)) {
      steps.unshift(`${e.localName}#${e.id}`);
      break;
    }
    const parent: Element | null = e.parentElement;
    const local = e.localName;
    const index = parent ? Array.from(parent.children).filter((c) => c.localName === local).indexOf(e) + 1 : 1;
    steps.unshift(`${local}:nth-of-type(${index})`);
  }
  if (!e || e.localName === 'body') steps.unshift('body');
  const selector = steps.join(' > ');
  try {
    return el.ownerDocument.querySelector(selector) === el ? selector : null;
  } catch {
    return null;
  }
}

/** The selector a pick is stored with: stable when possible, positional otherwise. */
export function selectorForPick(el: Element): string | null {
  return stableSelector(el) ?? pathSelector(el);
}
