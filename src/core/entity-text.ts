/**
 * What the entity recogniser reads on a page: the article's own paragraphs — not its comment section
 * (some portals put it inside <article>), not what the clean hid — up to ENTITY_TEXT_CAP characters, cut
 * at a paragraph boundary. The recogniser's cost grows faster than its input (issue 10: 3,000 comments,
 * 3.2 s); a news article is 2,000–15,000 characters, so the cap only bites on pages like that one, and
 * the stats reply then says how much was read (the panel and popup show it).
 */
import { blockText, type TextBlock } from './article';
import { drain, STEP_EVERY, type Steps } from './steps';

/** Characters of article text the recogniser reads at most (about 3–4 long news articles). */
export const ENTITY_TEXT_CAP = 20_000;

/** A comment thread or reader reply by its class or id: "comment-item", "binh-luan", "box_y_kien", "reply". */
const COMMENT_NAME = /comment|binh[-_]?luan|y[-_]?kien|reply|replies|disqus/i;

export interface EntityText {
  text: string;
  /** characters read (text.length) */
  read: number;
  /** characters of article text there were, comments and hidden blocks left out */
  total: number;
}

/** Whether `el` sits in a comment thread or a hidden block below `root` (the article). */
function leftOut(el: Element, root: Element, hidden: ReadonlySet<Element>, verdicts: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let out = false;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const known = verdicts.get(e);
    if (known !== undefined) {
      out = known;
      break;
    }
    path.push(e);
    if (hidden.has(e) || COMMENT_NAME.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) {
      out = true;
      break;
    }
  }
  // ancestors are shared by many paragraphs (60,000 comments in one thread): each is judged once
  for (const e of path) verdicts.set(e, out);
  return out;
}

export function entityText(root: Element, paragraphs: readonly TextBlock[], hidden: ReadonlySet<Element>, cap = ENTITY_TEXT_CAP): EntityText {
  return drain(entityTextSteps(root, paragraphs, hidden, cap));
}

/** entityText, pausable every STEP_EVERY paragraphs (steps.ts): a comment thread of 60,000 paragraphs is looked at in slices. */
export function* entityTextSteps(root: Element, paragraphs: readonly TextBlock[], hidden: ReadonlySet<Element>, cap = ENTITY_TEXT_CAP): Steps<EntityText> {
  const verdicts = new Map<Element, boolean>();
  const parts: string[] = [];
  let read = 0;
  let total = 0;
  let full = false;
  let n = 0;
  for (const block of paragraphs) {
    if (++n % STEP_EVERY === 0) yield;
    if (leftOut(block.el, root, hidden, verdicts)) continue;
    const text = blockText(block);
    const add = (parts.length > 0 ? 2 : 0) + text.length;
    total += add;
    if (full) continue;
    if (read + add > cap) {
      full = true;
      continue;
    }
    parts.push(text);
    read += add;
  }
  return { text: parts.join('\n\n'), read, total };
}

/** Plain text (the CLI's .txt input) capped the same way: at the last line break before `cap`. */
export function capText(text: string, cap = ENTITY_TEXT_CAP): string {
  if (text.length <= cap) return text;
  const cut = text.lastIndexOf('\n', cap);
  return text.slice(0, cut > 0 ? cut : cap);
}
