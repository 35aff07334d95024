/**
 * The reader's own corrections for one site, applied on top of a plan: they beat learned and shipped rules.
 *  - hide: blocks the reader picked ("Chọn khối để ẩn"), by a stable selector (core/pick-selector.ts). They obey
 *    the article guard like every rule — a selector that later matches article text on another page is spared —
 *    unless the reader confirmed the pick although it held article text (`confirmed`).
 *  - show: blocks the reader brought back ("Hiện lại"). No plan item may hide one of them or anything holding one,
 *    and they and their ancestors are kept from the per-site CSS (KEEP marks, core/marks.ts).
 * Pure: reads the document, never writes it.
 */
import type { HideItem } from './types';

export interface Correction {
  selector: string;
  /** short label for the options page (the block's first words), never article text beyond that */
  label: string;
  /** ms since epoch, when the reader made it */
  at: number;
  /** hide: the reader was told the block held article text and hid it anyway */
  confirmed?: boolean;
}

export interface SiteCorrections {
  hide: Correction[];
  show: Correction[];
}

export const NO_CORRECTIONS: SiteCorrections = { hide: [], show: [] };

/** Id prefix of the plan items corrections add (the popup and stats count them by it). */
export const PICK_RULE_PREFIX = 'correction:';

function matchAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function matchesSelf(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export interface CorrectedPlan {
  items: HideItem[];
  keep: Element[];
}

/**
 * Apply corrections under `root` (the body for a whole page, an added subtree later) to planned `items`.
 * `isProtected` is the article guard's test; `keep` what the plan already keeps from the site CSS.
 */
export function correctPlan(
  root: Element,
  items: readonly HideItem[],
  keep: readonly Element[],
  corrections: SiteCorrections,
  isProtected: (el: Element) => boolean,
): CorrectedPlan {
  if (corrections.hide.length === 0 && corrections.show.length === 0) return { items: [...items], keep: [...keep] };
  const doc = root.ownerDocument;
  // shown blocks anywhere on the page (an added subtree may hold an ancestor of one)
  const shown = corrections.show.flatMap((c) => matchAll(doc, c.selector));
  const holdsShown = (el: Element): boolean => shown.some((s) => el === s || el.contains(s));
  const out = items.filter((i) => !holdsShown(i.element));
  const outKeep = new Set(keep);
  for (const s of shown) for (let e: Element | null = s; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) outKeep.add(e);
  const planned = new Set(out.map((i) => i.element));
  for (const c of corrections.hide) {
    const found = matchesSelf(root, c.selector) ? [root, ...matchAll(root, c.selector)] : matchAll(root, c.selector);
    for (const el of found) {
      if (planned.has(el) || holdsShown(el)) continue;
      if (!c.confirmed && isProtected(el)) continue;
      planned.add(el);
      out.push({ element: el, category: 'inline', ruleId: `${PICK_RULE_PREFIX}${c.selector}`, label: c.label });
    }
  }
  // outermost only, in document order, as the planner returns them
  const kept = out.filter((i) => !out.some((o) => o !== i && o.element !== i.element && o.element.contains(i.element)));
  kept.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  return { items: kept, keep: [...outKeep] };
}
