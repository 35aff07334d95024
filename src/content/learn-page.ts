/**
 * What one cleaned page teaches about its site, stored (docs/on-device-learning.md). Runs in entities.js,
 * the half of the content script injected after the first clean (entity-bundle.ts): the signature and merge
 * code is nothing the early CSS needs, and content.js stays small. No browser API: the caller hands over
 * storage.local, and has checked already that this is no private window.
 */
import { pageSignaturesSteps } from '../core/reader-signatures';
import { drain, type RunSteps } from '../core/steps';
import { siteKeyOf } from '../core/hosts';
import type { SiteSelectorRule } from '../core/rules';
import type { HideItem } from '../core/types';
import { learnPage as storePage, type LocalArea } from '../shared/learned-store';

export interface CleanedPage {
  doc: Document;
  url: string;
  article: Element | null;
  items: readonly HideItem[];
  /** what the plan spared from site rules (HidePlan.keep): a learned rule matching one of these hits article text */
  keep: readonly Element[];
  /** the site's learned rules the page was cleaned with */
  readerRules: readonly SiteSelectorRule[];
}

const inOneGo: RunSteps = (steps) => Promise.resolve(drain(steps));

/**
 * `run`: how the signatures are computed. They read every link and block outside the article that the
 * clean did not hide (a page can grow those without bound: infinite scroll), so the content script runs
 * them in slices.
 */
export async function learnPage(area: LocalArea, page: CleanedPage, now: number, run: RunSteps = inOneGo): Promise<void> {
  const signatures = await run(
    pageSignaturesSteps(page.doc, {
      url: page.url,
      article: page.article,
      items: page.items,
      learnedSelectors: page.readerRules.map((r) => r.selector),
      keep: page.keep,
    }),
  );
  await storePage(area, siteKeyOf(new URL(page.url).hostname), signatures, now);
}
