/**
 * The content script's side of on-device learning (docs/on-device-learning.md): read the site's learned rules
 * at document_start, and after a clean hand the page to the learning code in entities.js (learn-page.ts),
 * unless this is a private window. The learning itself is pure core (core/reader-signatures.ts,
 * core/reader-rules.ts); storage and its bounds are shared/learned-store.ts.
 */
import { siteKeyOf } from '../core/hosts';
import { isSafeSelector } from '../core/reader-rules';
import type { SiteSelectorRule } from '../core/rules';
import { CATEGORIES } from '../core/types';
import { browser } from '../shared/browser';
import { learningAllowed, readSiteRules, type LocalArea } from '../shared/learned-store';
import type { Message } from '../shared/messages';
import type { RunSteps } from '../core/steps';
import type { CleanedPage, learnPage } from './learn-page';

export type { CleanedPage } from './learn-page';

const local = (): LocalArea => browser.storage.local as unknown as LocalArea;

/** Rules learned for this page's site, as two answers to one question (docs/on-device-learning.md). */
export interface ReaderRulesLoad {
  /** the first answer: the background's memory or storage.local, whichever comes back first */
  first: Promise<SiteSelectorRule[]>;
  /** storage.local itself ([] on any failure: the page is cleaned as if nothing was learned) */
  stored: Promise<SiteSelectorRule[]>;
}

/** A rule as the background sent it, checked again: it reaches the page as CSS. */
const isRule = (r: unknown): r is SiteSelectorRule => {
  const rule = r as Partial<SiteSelectorRule> | null;
  return typeof rule === 'object' && rule !== null && rule.kind === 'site-selector' && typeof rule.selector === 'string' &&
    isSafeSelector(rule.selector) && (CATEGORIES as readonly unknown[]).includes(rule.category);
};

/**
 * Ask for this site's learned rules at document_start, twice at once: the content script's own storage.local
 * read, and a message to the background, which keeps them in memory (background/learned-cache.ts). In
 * Firefox ESR 140 the message comes back first most of the time, in time for pages that arrive in one chunk;
 * in Chromium the read mostly does. `first` is whichever answers first (the read when the message fails);
 * `stored` is the read, which has the last word.
 */
export function loadReaderRules(hostname: string): ReaderRulesLoad {
  const stored = readSiteRules(local(), siteKeyOf(hostname)).catch((): SiteSelectorRule[] => []);
  let asked: Promise<SiteSelectorRule[]>;
  try {
    asked = Promise.resolve(browser.runtime.sendMessage({ type: 'tin-gon/learned-rules' } satisfies Message)).then((reply: unknown) =>
      Array.isArray(reply) ? reply.filter(isRule) : stored,
    );
  } catch {
    asked = stored;
  }
  const first = new Promise<SiteSelectorRule[]>((resolve) => {
    void stored.then(resolve);
    asked.then(resolve, () => undefined); // a failed message leaves it to the read
  });
  return { first, stored };
}

/** The same rules (by selector and category, in order)? Then nothing needs doing again. */
export function sameRules(a: readonly SiteSelectorRule[] | null, b: readonly SiteSelectorRule[]): boolean {
  return a !== null && a.length === b.length && a.every((r, i) => r.selector === b[i]?.selector && r.category === b[i]?.category);
}

/** Is this a private window? Then nothing is learned. */
export function inPrivateWindow(): boolean {
  try {
    return browser.extension.inIncognitoContext === true;
  } catch {
    return true; // cannot tell: do not learn
  }
}

/** Store what one cleaned page teaches about its site. Resolves to false when nothing was stored. */
export async function learnFromPage(learn: typeof learnPage, page: CleanedPage, now = Date.now(), run?: RunSteps): Promise<boolean> {
  if (!learningAllowed({ incognito: inPrivateWindow() })) return false;
  await learn(local(), page, now, run);
  return true;
}
