/**
 * What a reader still sees: the page's text blocks in document order, skipping anything Tin Gọn
 * marked hidden (and script/style). Used by the CLI's text output and by the evaluation.
 */
import { HIDE_ATTR } from './marks';
import { normalizeSpace } from './text';
import { NON_CONTENT_TAGS } from './tag-sets';

/** never page content (LINK and META hold no text), and form controls, whose text is not read as the page's */
const SKIP = new Set([...NON_CONTENT_TAGS, 'SELECT', 'OPTION', 'BUTTON']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'BODY',
]);

export function visibleBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeSpace(current);
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute(HIDE_ATTR)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}
