/**
 * The element vocabularies of the engine, in one place: what is never rendered, what is never page content,
 * what is navigation, what may be a paragraph, what makes a block. Each list is written once; the sets by tag name
 * (upper case, as `tagName` gives HTML elements) and by local name (lower case, as `localName` gives every element,
 * an <svg> too) are derived from it.
 */

/** Text in these is never rendered: scripts, styles, noscript fallbacks, templates. */
export const UNRENDERED_TAGS: readonly string[] = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];

/** Never page content: the unrendered elements, embedded documents and graphics, and metadata. The planner walks none. */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set([...UNRENDERED_TAGS, 'SVG', 'IFRAME', 'HEAD', 'LINK', 'META']);
/** NON_CONTENT_TAGS by local name (an <svg>'s tagName is lower case). */
export const NON_CONTENT_LOCAL: ReadonlySet<string> = new Set([...NON_CONTENT_TAGS].map((t) => t.toLowerCase()));

/** Landmarks and menus — lists in here are navigation, never "other stories" sections: these elements, and these ARIA roles. */
export const NAVIGATION_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'menu']);
export const NAVIGATION_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'menubar', 'menu']);
/** The roles alone, as one selector (roles are rare: one match finds them all). */
export const NAVIGATION_ROLE_SELECTOR = [...NAVIGATION_ROLES].map((role) => `[role="${role}"]`).join(',');
/**
 * Never the article: navigation (the tags and every navigation role), asides, forms and the page's footer role.
 * (Until 2026-12-06 core/article.ts spelled it out without the menubar and menu roles; same plans on every fixture.)
 */
export const NOT_ARTICLE_SELECTOR = [...NAVIGATION_TAGS, 'aside', 'form', ...[...NAVIGATION_ROLES, 'contentinfo'].map((role) => `[role="${role}"]`)].join(', ');

/** What the article finder reads as paragraphs (a <div> only when it holds no other block), by local name. */
const PARAGRAPHS = ['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'li', 'td', 'th', 'figcaption', 'div'];
export const PARAGRAPH_LOCAL: ReadonlySet<string> = new Set(PARAGRAPHS);
export const PARAGRAPH_SELECTOR = PARAGRAPHS.join(', ');

/** The blocks that make a <div> a container instead of a paragraph. */
const BLOCKS = ['div', 'p', 'ul', 'ol', 'table', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
export const BLOCK_LOCAL: ReadonlySet<string> = new Set(BLOCKS);
export const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCKS.map((t) => t.toUpperCase()));
