/**
 * Bundled by scripts/bench.ts and injected into each fixture page in real Chromium.
 * Times our engine and Readability on the same live DOM, in the same browser.
 */
import { Readability } from '@mozilla/readability';
import { applyPlan, planDeclutter, restorePage } from '../../src/core/declutter';
import { articleText, findArticleRoot } from '../../src/core/article';
import { extractEntities } from '../../src/core/entities';
import { learnedRules } from '../../src/rules';

export interface ProbeResult {
  declutterMs: number;
  hidden: number;
  readabilityMs: number;
  entitiesMs: number;
  articleChars: number;
  entities: number;
}

function run(): ProbeResult {
  const t0 = performance.now();
  const plan = planDeclutter(document, learnedRules, { url: location.href });
  applyPlan(document, plan.items, 'hide');
  const t1 = performance.now();
  restorePage(document);

  const root = findArticleRoot(document);
  const text = root ? articleText(root) : '';
  const t2 = performance.now();
  const entities = extractEntities(text);
  const t3 = performance.now();

  // Readability mutates the document it parses: give it a clone (not timed), time parse() alone.
  const clone = document.cloneNode(true) as Document;
  const t4 = performance.now();
  new Readability(clone).parse();
  const t5 = performance.now();

  return { declutterMs: t1 - t0, hidden: plan.items.length, readabilityMs: t5 - t4, entitiesMs: t3 - t2, articleChars: text.length, entities: entities.length };
}

(globalThis as unknown as { __tinGonProbe: () => ProbeResult }).__tinGonProbe = run;
