/** The options page's handle on what was learned: storage.local through shared/learned-store.ts. */
import { browser } from '../shared/browser';
import { exportLearned, forgetAll, forgetSite, INDEX_KEY, listLearned, type LocalArea } from '../shared/learned-store';
import type { LearnedStore } from './learned';

export function learnedStore(): LearnedStore {
  const area = browser.storage.local as unknown as LocalArea;
  return {
    list: () => listLearned(area),
    forgetSite: (site) => forgetSite(area, site),
    forgetAll: () => forgetAll(area),
    exportAll: () => exportLearned(area),
    onChange: (listener) => {
      // every write of the store rewrites the index: one key to watch
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && INDEX_KEY in changes) listener();
      });
    },
  };
}
