/**
 * Boilerplate lines recognised by their shape on any portal, next to the learned boilerplate (core/rules.ts
 * matchBoilerplate asks here last): "Xem thêm trên <báo>" (core/see-more-on.ts) and URL lines — "Nguồn: https://…",
 * "Link bài gốc https://… Lấy link" (core/copy-link.ts). They come back as boilerplate rules with a `generic:` id,
 * so the planner hides them like learned boilerplate and the article guard never counts them as article text.
 */
import type { BoilerplateRule } from './rules';
import { isSeeMoreOnLine } from './see-more-on';
import { isUrlLine, mayHoldUrl } from './copy-link';

/** A shape is no learned rule: a runtime boilerplate rule (core/rules.ts `Rule`), which carries no evidence. */
function shapeRule(id: string): BoilerplateRule {
  return { id, kind: 'boilerplate', pattern: '', match: 'exact', category: 'inline' };
}

export const SEE_MORE_ON_RULE = shapeRule('generic:see-more-on');
export const URL_LINE_RULE = shapeRule('generic:url-line');

/** The generic shape a short line (normalised) has, if any. Hot (every short block): cheap tests first. */
export function genericLineRule(text: string): BoilerplateRule | undefined {
  const first = text.charCodeAt(0);
  // x, X, đ, Đ, d, D open every "xem/đọc …" line
  if ((first === 120 || first === 88 || first === 273 || first === 272 || first === 100 || first === 68) && isSeeMoreOnLine(text)) return SEE_MORE_ON_RULE;
  if (mayHoldUrl(text) && isUrlLine(text)) return URL_LINE_RULE;
  return undefined;
}
