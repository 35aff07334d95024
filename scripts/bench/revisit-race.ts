/**
 * `npx tsx scripts/bench/revisit-race.ts [chrome|firefox] [REVISITS] [CHUNKS]` (after `npm run build`;
 * TIN_GON_DIST=<dir> for another build) — the race at document_start of docs/on-device-learning.md, measured
 * many times: visit a portal's page A and page B (learned), then revisit A REVISITS times (default 12) with the
 * page delivered in CHUNKS chunks (default 1: the whole page in one write, as from a cache — the hard case).
 * For each revisit: whether the learned CSS was in the extension's stylesheet when readyState turned
 * 'interactive' (server.ts probe) and how much of A's gold clutter was display:none then.
 * The e2e (tests/e2e/revisit.test.ts) asserts one revisit per site; this prints the distribution.
 */
import type { Page } from 'puppeteer-core';
import { type BrowserKind, launchWithExtension } from '../../tools/browser/harness';
import { casePart, fixtureCase } from '../../src/offline/fixtures';

interface Gold {
  url: string;
  clutter: { text: string }[];
}
const gold = (name: string): Gold => {
  const g = casePart<Gold>(fixtureCase(name), 'gold.json');
  if (!g) throw new Error(`${name}: no gold.json`);
  return g;
};

const SITES = [
  { site: 'tuoitre.vn', a: gold('tuoitre.vn__xe-buyt-ket-noi-metro-so-1'), b: gold('tuoitre.vn__ha-noi-thi-diem-vung-phat-thai-thap') },
  { site: 'znews.vn', a: gold('znews.vn__nhat-ban-tai-khoi-dong-dien-hat-nhan'), b: gold('znews.vn__indonesia-duong-sat-toc-do-cao') },
];

const kind = (process.argv[2] ?? 'firefox') as BrowserKind;
const REVISITS = Number(process.argv[3] ?? 12);
const CHUNKS = Number(process.argv[4] ?? 1);
const url = (g: Gold, chunks: number, i: number): string => `${g.url.replace(/^https:/, 'http:')}?tin-gon-chunks=${chunks}&tin-gon-delay=60&r=${i}`;

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * [hidden at interactive, clutter, style text at interactive, ms from document_start to interactive]. A string, not
 * a function: tsx (esbuild keepNames) would wrap the function's inner helpers in a `__name` the page does not have.
 */
const AT_INTERACTIVE = `(texts) => {
  const probe = window.__tinGonProbe;
  const norm = (s) => s.normalize('NFC').replace(/\\s+/g, ' ').trim();
  const all = [...document.body.querySelectorAll('*')];
  let hidden = 0;
  for (const text of texts) {
    let best = null;
    for (const el of all) if (norm(el.textContent || '').includes(norm(text))) best = el;
    for (let e = best; e; e = e.parentElement) if (probe.interactive && probe.interactive.has(e)) { hidden++; break; }
  }
  return [hidden, texts.length, probe.styleAtInteractive || '', Math.round(probe.interactiveAt - probe.startAt)];
}`;
const atInteractive = (page: Page, g: Gold): Promise<[number, number, string, number]> =>
  page.evaluate(`(${AT_INTERACTIVE})(${JSON.stringify(g.clutter.map((c) => c.text))})`) as Promise<[number, number, string, number]>;

const h = await launchWithExtension(kind);
try {
  for (const { site, a, b } of SITES) {
    const learned = async (): Promise<string[]> =>
      h.inExtension(async (api, s: string) => {
        const key = `tin-gon/learned/site/${s}`;
        const record = (await api.storage.local.get(key))[key] as { pages?: object; rules?: { selector?: string }[] } | undefined;
        return Object.keys(record?.pages ?? {}).length >= 2 ? (record?.rules ?? []).map((r) => String(r.selector)) : [];
      }, site);
    for (const [i, g] of [a, b].entries()) {
      const p = await h.browser.newPage();
      await p.goto(url(g, 12, -1 - i), { waitUntil: 'load' });
      await until(() => p.evaluate(() => document.querySelectorAll('[data-tin-gon-hide]').length), (n) => n > 0);
      await new Promise((r) => setTimeout(r, 1500)); // learning runs at idle after the clean
      await p.close();
    }
    const selectors = await until(learned, (s) => s.length > 0);
    let inTime = 0;
    let allHidden = 0;
    const parse: number[] = [];
    for (let i = 0; i < REVISITS; i++) {
      const p = await h.browser.newPage();
      await p.goto(url(a, CHUNKS, i), { waitUntil: 'load' });
      const [hidden, clutter, style, ms] = await atInteractive(p, a);
      if (selectors.every((s) => style.includes(s))) inTime++;
      if (hidden >= 0.9 * clutter) allHidden++;
      parse.push(ms);
      await p.close();
    }
    parse.sort((x, y) => x - y);
    process.stdout.write(
      `${kind} ${site} ${CHUNKS} chunk(s): learned CSS in place at interactive ${inTime}/${REVISITS}; ≥ 90 % of A's clutter hidden at interactive ${allHidden}/${REVISITS}; ` +
        `document_start → interactive median ${parse[Math.floor(parse.length / 2)]} ms\n`,
    );
  }
} finally {
  await h.close();
}
