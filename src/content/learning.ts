/**
 * The content script's side of on-device learning (docs/on-device-learning.md): read the site's learned rules
 * at document_start, and after a clean hand the page to the learning code in entities.js (learn-page.ts),
 * unless this is a private window. The learning itself is pure core (core/reader-signatures.ts,
 * core/reader-rules.ts); storage and its bounds are shared/learned-store.ts.
 */
import { siteKeyOf } from '../core/hosts';
import type { SiteSelectorRule } from '../core/rules';
import { browser } from '../shared/browser';
import { learningAllowed, readSiteRules, type LocalArea } from '../shared/learned-store';
import type { RunSteps } from '../core/steps';
import type { CleanedPage, learnPage } from './learn-page';

export type { CleanedPage } from './learn-page';

const local = (): LocalArea => browser.storage.local as unknown as LocalArea;

/** Rules learned for this page's site ([] on any failure: the page is cleaned as if nothing was learned). */
export async function loadReaderRules(hostname: string): Promise<SiteSelectorRule[]> {
  try {
    return await readSiteRules(local(), siteKeyOf(hostname));
  } catch {
    return [];
  }
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
