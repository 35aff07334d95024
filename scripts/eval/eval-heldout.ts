/**
 * `npx tsx scripts/eval/eval-heldout.ts` (also part of `npm run eval`): how Tin Gọn does on portals it has never
 * seen. The held-out cases (fixtures/cases/*, kind heldout) are synthetic pages of portals that are in no training
 * fixture, annotated before the engine ran on them (fixtures/heldout.md); the learner never reads them.
 *  1. declutter in jsdom with the shipped rules: article passages kept, clutter removed, menu texts kept —
 *     and, for every miss, which element and which rule (or none);
 *  2. Readability (Firefox Reader View's engine) on the same gold;
 *  3. entities: precision/recall/F1 on the held-out annotations, scored like src/offline/entity-eval.ts.
 * Prints figures only; it does not fail the eval (the held-out set measures, it is not a target).
 */
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { PageGold } from '../../src/core/gold';
import type { PageDoc } from '../../src/core/learn';
import type { EntityType } from '../../src/core/types';
import { planDeclutter } from '../../src/core/declutter';
import { visibleBlocks } from '../../src/core/visible';
import { normalizeSpace } from '../../src/core/text';
import { extractEntities } from '../../src/entities/index';
import { extractBaseline } from '../../src/entities/baseline';
import { learnedRules } from '../../src/rules/index';
import { casePart, casePath, cases, caseSource, hasPart } from '../../src/offline/fixtures';
import { describeElement, hiderOf, holder, scorePage, type Score } from '../../src/offline/declutter-eval';
import { scoreReadabilityOn, type ReadabilityScore } from './eval-readability';
import { caseNameOf, loadGold, score as scoreEntities } from '../../src/offline/entity-eval';

/** The gold format of the training cases, plus menu/footer texts that must stay visible. */
export interface HeldoutGold extends PageGold {
  chrome?: string[];
}

export function heldoutNames(): string[] {
  return cases('heldout').map((c) => c.name);
}

export function loadHeldoutGold(name: string): HeldoutGold {
  const gold = casePart<HeldoutGold>(name, 'gold.json');
  if (!gold) throw new Error(`held-out case ${name} has no gold.json`);
  return gold;
}

function loadHeldoutHtml(name: string): string {
  return caseSource(name);
}

function freshDocument(name: string, gold: HeldoutGold): Document {
  return new JSDOM(loadHeldoutHtml(name), { url: gold.url }).window.document;
}

export interface HeldoutScore extends Score {
  chrome: number;
  chromeKept: number;
  /** one line per miss: the element and the rule (or none) */
  why: string[];
}

/** The nearest ancestors with a class or id, innermost first: "div.box-category > div.detail__sidebar". */
function path(el: Element, depth = 3): string {
  const out: string[] = [];
  for (let e: Element | null = el; e && out.length < depth; e = e.parentElement) {
    if (e.id || e.classList.length > 0 || e === el) out.push(describeElement(e));
  }
  return out.join(' < ');
}

/** Score one held-out page the way src/offline/declutter-eval.ts scores the training cases, then explain each miss. */
export function scoreHeldout(name: string): HeldoutScore {
  const gold = loadHeldoutGold(name);
  const page: PageDoc = { name, document: freshDocument(name, gold), gold };
  const base = scorePage(page, learnedRules);
  const visible = page.document.body ? visibleBlocks(page.document.body).join('\n') : '';
  const chrome = gold.chrome ?? [];
  const chromeKept = chrome.filter((t) => visible.includes(normalizeSpace(t))).length;
  const misses = [...base.misses, ...chrome.filter((t) => !visible.includes(normalizeSpace(t))).map((t) => `chrome hidden: ${t}`)];

  // explain on a fresh copy: the plan's items, the element holding each missed text
  const doc = freshDocument(name, gold);
  const plan = planDeclutter(doc, learnedRules, { url: gold.url });
  const why: string[] = [];
  const explain = (kind: string, text: string): void => {
    const el = doc.body ? holder(doc.body, text) : null;
    if (!el) return void why.push(`${kind} "${text.slice(0, 50)}": text not found`);
    const item = hiderOf(el, plan.items);
    const inArticle = plan.article?.contains(el) ? ' [inside the article root]' : '';
    if (item) why.push(`${kind} "${text.slice(0, 50)}": hidden by ${item.ruleId} (${item.category}, "${item.label.slice(0, 40)}") on ${path(item.element)}`);
    else why.push(`${kind} "${text.slice(0, 50)}": no rule; element ${path(el)}${inArticle}`);
  };
  // what caught the clutter that is gone: rule id, and whether its category agrees with the gold
  const caught = new Map<string, number>();
  let agreed = 0;
  let removed = 0;
  for (const c of gold.clutter) {
    if (visible.includes(normalizeSpace(c.text))) continue;
    const el = doc.body ? holder(doc.body, c.text) : null;
    const item = el ? hiderOf(el, plan.items) : undefined;
    if (!item) continue;
    removed++;
    if (item.category === c.category) agreed++;
    const rule = item.ruleId.startsWith('generic:') ? item.ruleId : `${item.ruleId.split(':')[0] ?? item.ruleId}:${item.label.slice(0, 24)}`;
    caught.set(rule, (caught.get(rule) ?? 0) + 1);
  }
  why.push(`hidden by: ${[...caught].map(([r, n]) => `${r} ×${n}`).join(', ') || '-'}; category agrees on ${agreed}/${removed}`);
  for (const p of gold.article) if (!visible.includes(normalizeSpace(p))) explain('ARTICLE HIDDEN', p);
  for (const c of gold.clutter) if (visible.includes(normalizeSpace(c.text))) explain(`${c.category} kept`, c.text);
  for (const t of chrome) if (!visible.includes(normalizeSpace(t))) explain('CHROME HIDDEN', t);
  why.unshift(`article root: ${plan.article ? path(plan.article) : 'none'}; ${plan.items.length} hide items`);
  return { ...base, misses, chrome: chrome.length, chromeKept, why };
}

/** Readability on the held-out gold, scored exactly like scripts/eval/eval-readability.ts scores the training cases. */
export function scoreHeldoutReadability(name: string): ReadabilityScore {
  const gold = loadHeldoutGold(name);
  return scoreReadabilityOn(name, freshDocument(name, gold), gold);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION'];

function prf(c: Counts): [number, number, number] {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
}

export interface HeldoutEntityFigures {
  docs: number;
  /** system → type (and ALL) → entity-level counts */
  entity: Record<string, Map<string, Counts>>;
  mention: Record<string, Map<string, Counts>>;
  /** rules system: per-file missed and spurious entity names, for the diagnosis */
  errors: string[];
}

export function measureHeldoutEntities(): HeldoutEntityFigures {
  const docs = cases('heldout').filter((c) => hasPart(c, 'entities.json')).map((c) => loadGold(casePath(c, 'entities.json')));
  const out: HeldoutEntityFigures = { docs: docs.length, entity: {}, mention: {}, errors: [] };
  for (const [system, run] of Object.entries({ rules: extractEntities, baseline: extractBaseline })) {
    const entity = new Map<string, Counts>([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    const mention = new Map<string, Counts>([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    for (const doc of docs) {
      const predicted = run(doc.text);
      const s = scoreEntities(doc, predicted);
      for (const t of TYPES) {
        for (const [into, from] of [[entity, s.entity], [mention, s.mention]] as const) {
          for (const key of [t, 'ALL']) {
            const a = into.get(key) as Counts;
            const b = from.get(t) as Counts;
            a.tp += b.tp;
            a.fp += b.fp;
            a.fn += b.fn;
          }
        }
      }
      if (system === 'rules') {
        const fold = (x: string): string => x.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
        const present = new Set(doc.spans.filter((sp) => sp.entity >= 0).map((sp) => sp.entity));
        const goldNames = (t: EntityType): Set<string> => new Set(doc.gold.filter((g, k) => present.has(k) && g.type === t).flatMap((g) => g.mentions.map(fold)));
        const ignored = doc.spans.filter((sp) => sp.entity === -1);
        const onlyIgnored = (e: (typeof predicted)[number]): boolean => e.mentions.every((m) => ignored.some((sp) => m.start < sp.end && m.end > sp.start));
        const spurious = predicted.filter((e) => !onlyIgnored(e) && ![e.name, ...e.aliases].some((n) => goldNames(e.type).has(fold(n)))).map((e) => `${e.type[0]}:${e.name}`);
        const found = (g: (typeof doc.gold)[number]): boolean => predicted.some((e) => e.type === g.type && [e.name, ...e.aliases].some((n) => g.mentions.map(fold).includes(fold(n))));
        const missed = doc.gold.filter((g, k) => present.has(k) && !found(g)).map((g) => `${g.type[0]}:${g.name}`);
        const file = `${caseNameOf(doc.file)}.entities.json`;
        if (missed.length || spurious.length) out.errors.push(`${file}\n      missed: ${missed.join(', ') || '-'}\n      spurious/wrong type: ${spurious.join(', ') || '-'}`);
      }
    }
    out.entity[system] = entity;
    out.mention[system] = mention;
  }
  return out;
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f3 = (x: number): string => x.toFixed(3);

export function evalHeldout(): { declutter: HeldoutScore; readability: ReadabilityScore; entityF1: number } {
  const names = heldoutNames();
  const sites = new Set(names.map((n) => loadHeldoutGold(n).site));
  const scores = names.map(scoreHeldout);
  const t = scores.reduce(
    (a, s) => ({ ...a, article: a.article + s.article, kept: a.kept + s.kept, clutter: a.clutter + s.clutter, removed: a.removed + s.removed, chrome: a.chrome + s.chrome, chromeKept: a.chromeKept + s.chromeKept }),
    { name: 'TOTAL', article: 0, kept: 0, clutter: 0, removed: 0, chrome: 0, chromeKept: 0, misses: [], why: [] } as HeldoutScore,
  );
  console.log(`\nHeld-out: ${names.length} held-out pages from ${sites.size} unseen portals (held-out cases, synthetic, never learned from), jsdom, shipped rules`);
  console.log(`  ${names.length} held-out pages from ${sites.size} unseen portals: article kept ${t.kept}/${t.article}, clutter removed ${t.removed}/${t.clutter} (${pct(t.removed, t.clutter).trim()}), menu/footer texts kept ${t.chromeKept}/${t.chrome}`);
  console.log(`  ${'page'.padEnd(52)} ${'article kept'.padStart(15)} ${'clutter removed'.padStart(17)} ${'chrome kept'.padStart(12)}`);
  for (const s of scores) {
    console.log(`  ${s.name.slice(0, 52).padEnd(52)} ${`${s.kept}/${s.article}`.padStart(8)} ${pct(s.kept, s.article)} ${`${s.removed}/${s.clutter}`.padStart(10)} ${pct(s.removed, s.clutter)} ${`${s.chromeKept}/${s.chrome}`.padStart(12)}`);
    for (const w of s.why) console.log(`      - ${w}`);
  }

  // how much rests on the heading vocabulary: the same pages with every heading rule removed (structure only)
  const noHeadings = { ...learnedRules, rules: learnedRules.rules.filter((rule) => rule.kind !== 'heading') };
  const ablation = names.map((name) => {
    const gold = loadHeldoutGold(name);
    return scorePage({ name, document: freshDocument(name, gold), gold }, noHeadings);
  });
  const sum = (k: 'kept' | 'article' | 'removed' | 'clutter'): number => ablation.reduce((n, s) => n + s[k], 0);
  console.log(`  without any heading rule (structure and boilerplate only): article kept ${sum('kept')}/${sum('article')}, clutter removed ${sum('removed')}/${sum('clutter')} (${pct(sum('removed'), sum('clutter')).trim()})`);

  const r = names.map(scoreHeldoutReadability);
  const rt = r.reduce((a, s) => ({ ...a, article: a.article + s.article, kept: a.kept + s.kept, clutter: a.clutter + s.clutter, dropped: a.dropped + s.dropped }), { name: 'TOTAL', article: 0, kept: 0, clutter: 0, dropped: 0 });
  console.log('\nHeld-out: Readability (Firefox Reader View engine) on the same gold, jsdom');
  console.log(`  ${'page'.padEnd(52)} ${'passages kept'.padStart(15)} ${'clutter dropped'.padStart(17)}`);
  for (const s of [...r, rt]) console.log(`  ${s.name.slice(0, 52).padEnd(52)} ${`${s.kept}/${s.article}`.padStart(8)} ${pct(s.kept, s.article)} ${`${s.dropped}/${s.clutter}`.padStart(10)} ${pct(s.dropped, s.clutter)}`);

  const e = measureHeldoutEntities();
  console.log(`\nHeld-out: entities on ${e.docs} annotated held-out articles (scored as in scripts/eval/eval-entities.ts)`);
  console.log('system    type          | entity  P     R     F1   | mention P     R     F1   (exact span+type)');
  for (const system of Object.keys(e.entity)) {
    for (const type of [...TYPES, 'ALL']) {
      const en = prf(e.entity[system]?.get(type) as Counts);
      const mn = prf(e.mention[system]?.get(type) as Counts);
      console.log(`${system.padEnd(9)} ${type.padEnd(13)} |       ${en.map(f3).join(' ')} |       ${mn.map(f3).join(' ')}`);
    }
  }
  for (const err of e.errors) console.log(`  - ${err}`);
  const entityF1 = prf(e.entity['rules']?.get('ALL') as Counts)[2];
  return { declutter: t, readability: rt, entityF1 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) evalHeldout();
