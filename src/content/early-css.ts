/**
 * No flash: at document_start, before the page has a <head>, hide what the learned per-site selectors
 * already know about, with one <style> node. The planner later marks article parts that a selector
 * would wrongly catch with KEEP_ATTR, which the CSS spares. The node is removed on restore, so the DOM
 * serialises as the page's own again.
 */
export const EARLY_STYLE_ID = 'tin-gon-early';

export function setEarlyCss(doc: Document, css: string): void {
  let style = doc.getElementById(EARLY_STYLE_ID);
  if (!css) {
    style?.remove();
    return;
  }
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return;
  if (!style) {
    style = doc.createElement('style');
    style.id = EARLY_STYLE_ID;
    parent.appendChild(style);
  } else if (doc.head && style.parentNode !== doc.head) {
    // At document_start there is no <head> yet and the node sits before it; once there is one, move it
    // in, so a page cleaned again after a toggle serialises exactly like the first time.
    doc.head.appendChild(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

export function removeEarlyCss(doc: Document): void {
  doc.getElementById(EARLY_STYLE_ID)?.remove();
}
