/**
 * A tiny DOM builder for the extension's own pages and the in-page panel.
 *
 * Why: page text (entity names, roles, site names) must reach the UI only as text. `h()` accepts
 * strings as children and always turns them into text nodes; there is no way to pass markup through it.
 */
export type Child = Node | string | number | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Create `tag` in `doc` with attributes (`false`/`null`/`undefined` are skipped) and text-safe children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** Append children; strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
  }
}

/** Replace every child of `parent`. */
export function replaceChildren(parent: Element | DocumentFragment, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}
