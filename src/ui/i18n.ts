/**
 * Translation for the extension's pages. Pure: the entry file passes `browser.i18n.getMessage`, tests
 * pass a reader of `src/_locales/vi/messages.json`, so views render the same strings in both.
 */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** `t(key, ...subs)`; a missing key shows the key itself, which a test or a reader will notice. */
export function makeTranslate(getMessage: GetMessage): Translate {
  return (key, ...subs) => {
    let text = '';
    try {
      text = getMessage(key, subs.length ? subs.map(String) : undefined);
    } catch {
      text = '';
    }
    return text || key;
  };
}

/**
 * Fill static markup: `data-i18n="key"` sets textContent; `data-i18n-attr="aria-label:key title:key2"`
 * sets attributes. Only text, never markup.
 */
export function localizeStatic(root: ParentNode, t: Translate): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.getAttribute('data-i18n');
    if (key) el.textContent = t(key);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.getAttribute('data-i18n-attr') ?? '').split(/\s+/)) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}
