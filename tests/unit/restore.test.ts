import { describe, expect, it } from 'vitest';
import { planDeclutter } from '../../src/core/declutter';
import { PageMarks } from '../../src/core/marks';
import { learnedRules } from '../../src/rules/index';
import { loadPage, pageNames, pageUrl } from '../../src/offline/fixtures';

describe('PageMarks.restore is exact on every fixture', () => {
  for (const name of pageNames()) {
    // the real 24h page is 1.1 MB: more than a unit test's 30 s on a loaded machine
    it(name, { timeout: 180_000 }, () => {
      const page = loadPage(name);
      const doc = page.document;
      const before = doc.documentElement.outerHTML;
      const plan = planDeclutter(doc, learnedRules, { url: pageUrl(page.gold, name) });
      const marks = new PageMarks(doc);
      marks.apply(plan, { showHidden: true });
      marks.apply(plan, { showHidden: false });
      expect(doc.documentElement.outerHTML).not.toBe(before);
      marks.restore();
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});
