/**
 * Every DOM call one first clean makes (PageCleaner.apply, as the content script at DOMContentLoaded), by kind,
 * per page, under jsdom: in Firefox's content-script world each is an Xray call (scripts/bench/xray-cost.ts
 * prices them). Calls jsdom makes inside another DOM call (a selector query walking the tree) are not counted:
 * a browser does them natively. "Receivers": distinct nodes the call was made on (calls ÷ receivers = rereads).
 *
 *   npx tsx scripts/dev/dom-calls.ts [KIND …]     (case kinds, default: heldout)
 *   DOM_CALLS_SITES=1 npx tsx scripts/dev/dom-calls.ts   (also: where in src/ the calls come from, per kind)
 *   DOM_CALLS_PAGES='^24h' npx tsx scripts/dev/dom-calls.ts train   (only the cases whose name matches)
 */
import { JSDOM } from 'jsdom';
import { cases, caseSource, caseUrl, type CaseKind } from '../../src/offline/fixtures';
import { PageCleaner } from '../../src/content/cleaner';
import { learnedRules } from '../../src/rules';
import { compileRules } from '../../src/core/rules';
import { CATEGORIES } from '../../src/core/types';

type Fn = (this: unknown, ...a: unknown[]) => unknown;
const INTERFACES = ['Node', 'Element', 'Document', 'HTMLElement', 'CharacterData', 'DOMTokenList', 'TreeWalker', 'HTMLCollection', 'NodeList', 'NamedNodeMap', 'Attr'];

const kinds = (process.argv.slice(2).length ? process.argv.slice(2) : ['heldout']) as CaseKind[];
const only = process.env.DOM_CALLS_PAGES ? new RegExp(process.env.DOM_CALLS_PAGES) : null;
const pages = cases(...kinds).filter((c) => !only || only.test(c.name));
const calls = new Map<string, number>();
const receivers = new Map<string, number>();
// with DOM_CALLS_SITES: calls per (kind, the innermost src/ frame that made them)
const bySite = process.env.DOM_CALLS_SITES ? new Map<string, number>() : null;
Error.stackTraceLimit = 200;
const siteOf = (): string => {
  const frames = (new Error().stack ?? '').split('\n').slice(3);
  // DOM_CALLS_SITES=N: the N innermost src/ frames (default 1)
  const own = frames.filter((f) => f.includes('/src/') && !f.includes('node_modules')).slice(0, Number(process.env.DOM_CALLS_SITES) || 1);
  return own.length ? own.map((f) => f.replace(/^\s*at\s+/, '').replace(/\(?\S*\/src\//, 'src/').replace(/\)$/, '')).join(' ← ') : '?';
};
for (const c of pages) {
  const dom = new JSDOM(caseSource(c.name), { url: caseUrl(c.name) });
  const w = dom.window as unknown as Record<string, { prototype: object }>;
  const seen = new Map<string, Set<unknown>>();
  let counting = false;
  let depth = 0;
  const counted = (name: string, fn: Fn): Fn =>
    function (this: unknown, ...a: unknown[]) {
      if (counting && depth === 0) {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        let s = seen.get(name);
        if (!s) seen.set(name, (s = new Set()));
        s.add(this);
        if (bySite) {
          const key = `${name} ← ${siteOf()}`;
          bySite.set(key, (bySite.get(key) ?? 0) + 1);
        }
      }
      depth++;
      try {
        return fn.apply(this, a);
      } finally {
        depth--;
      }
    };
  for (const iface of INTERFACES) {
    const proto = w[iface]!.prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name)!;
      if (name === 'constructor' || !d.configurable) continue;
      if (d.get) Object.defineProperty(proto, name, { ...d, get: counted(`${iface}.${name}`, d.get as Fn) });
      else if (typeof d.value === 'function') Object.defineProperty(proto, name, { ...d, value: counted(`${iface}.${name}`, d.value as Fn) });
    }
  }
  // the content script's globals (its observer, timers' clock) come from the page's window
  for (const name of ['MutationObserver', 'Node', 'Element', 'HTMLElement', 'NodeFilter', 'getComputedStyle']) (globalThis as Record<string, unknown>)[name] = (dom.window as unknown as Record<string, unknown>)[name];
  compileRules(learnedRules); // document_start work, not in the clean
  const doc = (dom.window as unknown as { document: Document }).document;
  const cleaner = new PageCleaner(doc, learnedRules, () => {}, (where, error) => {
    throw new Error(`${c.name}: ${where}: ${String(error)}`);
  });
  counting = true;
  cleaner.apply({ url: caseUrl(c.name), categories: new Set(CATEGORIES), showHidden: false });
  counting = false;
  if (cleaner.cleaning) throw new Error(`${c.name}: not cleaned in one go`);
  for (const [k, s] of seen) receivers.set(k, (receivers.get(k) ?? 0) + s.size);
  cleaner.restore();
}
const total = [...calls.values()].reduce((a, b) => a + b, 0);
console.log(`${pages.length} pages (${kinds.join(', ')}): ${Math.round(total / pages.length)} DOM calls per page in one first clean\n`);
console.log('| call | per page | share | receivers per page |\n|---|---:|---:|---:|');
for (const [k, v] of [...calls].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`| ${k} | ${Math.round(v / pages.length)} | ${((100 * v) / total).toFixed(1)} % | ${Math.round((receivers.get(k) ?? 0) / pages.length)} |`);
}
if (bySite) {
  console.log('\n| call ← where (src/) | per page |\n|---|---:|');
  for (const [k, v] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`| ${k} | ${(v / pages.length).toFixed(1)} |`);
}
