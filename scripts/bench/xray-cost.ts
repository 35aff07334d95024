/**
 * What a DOM call costs in Firefox's content-script world (through Xray wrappers) against the same call in the
 * page's own world, per kind of call (issue 10: the content script ≈ 1.4× the same engine as a page script).
 * A throwaway extension (written to a temp folder) runs the loop below as a content script at document_idle;
 * the same source then runs as a page script (page.evaluate, the page's world) in the same tab. Each kind:
 * one warm-up pass over every element, then passes for ~15 ms; seven rounds over all kinds, the median
 * round's µs per call (a shared machine: a GC or another process in one round does not decide).
 *
 *   flock /tmp/tin-gon-browser.lock npx tsx scripts/bench/xray-cost.ts [FIXTURE.html …]
 *
 * Figures: docs/firefox-2026-12-06.md.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureUrl, launchWithExtension } from '../../tools/browser/harness';

/** Plain JavaScript (it runs as written in both worlds): µs per call of each kind, over every element. */
const BENCH = `function xrayBench() {
  const els = Array.from(document.getElementsByTagName('*'));
  const n = els.length;
  const ops = {
    parentElement: (e) => e.parentElement,
    tagName: (e) => e.tagName,
    localName: (e) => e.localName,
    'getAttribute("class")': (e) => e.getAttribute('class'),
    className: (e) => e.className,
    id: (e) => e.id,
    textContent: (e) => e.textContent,
    firstElementChild: (e) => e.firstElementChild,
    nextElementSibling: (e) => e.nextElementSibling,
    childElementCount: (e) => e.childElementCount,
    nodeType: (e) => e.nodeType,
    compareDocumentPosition: (e, i) => e.compareDocumentPosition(els[(i + 7) % n]),
    contains: (e, i) => e.contains(els[(i + 7) % n]),
    'getElementsByTagName("a").length': (e) => e.getElementsByTagName('a').length,
    'children[0]': (e) => e.children[0],
    'classList.contains': (e) => e.classList.contains('box'),
    matches: (e) => e.matches('div.box, ul li a'),
    closest: (e) => e.closest('article'),
    querySelector: (e) => e.querySelector('a[href]'),
    firstChild: (e) => e.firstChild,
    nextSibling: (e) => e.nextSibling,
    '(no DOM call)': (e) => e,
  };
  const samples = {};
  for (let round = 0; round < 7; round++) {
    for (const [name, op] of Object.entries(ops)) {
      for (let i = 0; i < n; i++) op(els[i], i);
      let reps = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < 15) {
        for (let i = 0; i < n; i++) op(els[i], i);
        reps++;
        t = performance.now();
      }
      (samples[name] = samples[name] || []).push(((t - t0) * 1000) / (reps * n));
    }
  }
  const out = { elements: n };
  for (const [name, xs] of Object.entries(samples)) out[name] = xs.sort((a, b) => a - b)[3];
  return out;
}`;

const MANIFEST = {
  manifest_version: 3,
  name: 'xray-cost',
  version: '1.0',
  browser_specific_settings: { gecko: { id: 'xray-cost@tin-gon.test' } },
  host_permissions: ['<all_urls>'],
  content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
};

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['vnexpress.net__cach-cac-nuoc-doi-pho-cu-soc-nang-luong.html', 'tuoitre.vn__xe-buyt-ket-noi-metro-so-1.html'];
const dir = await mkdtemp(join(tmpdir(), 'xray-cost-'));
await writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
await writeFile(join(dir, 'content.js'), `${BENCH}\nsetTimeout(() => document.documentElement.setAttribute('data-xray-cost', JSON.stringify(xrayBench())), 300);\n`);
const h = await launchWithExtension('firefox', { extensionDir: dir });
try {
  const version = await h.browser.version();
  for (const file of pages) {
    const page = await h.browser.newPage();
    await page.goto(fixtureUrl(file), { waitUntil: 'load' });
    let content: string | null = null;
    for (let i = 0; i < 150 && !content; i++) {
      await new Promise((r) => setTimeout(r, 200));
      content = (await page.evaluate(`document.documentElement.getAttribute('data-xray-cost')`)) as string | null;
    }
    if (!content) throw new Error(`${file}: the content script did not report`);
    const inPage = JSON.parse((await page.evaluate(`(() => { ${BENCH}; return JSON.stringify(xrayBench()); })()`)) as string) as Record<string, number>;
    const inContent = JSON.parse(content) as Record<string, number>;
    console.log(`\n${file} (${inContent.elements} elements), ${version}\n`);
    console.log('| call | content script µs | page script µs | ratio | extra µs |\n|---|---:|---:|---:|---:|');
    for (const k of Object.keys(inContent).filter((k) => k !== 'elements')) {
      const a = inContent[k]!;
      const b = inPage[k]!;
      console.log(`| ${k} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${(a / b).toFixed(1)}× | ${(a - b).toFixed(3)} |`);
    }
    await page.close();
  }
} finally {
  await h.close();
  await rm(dir, { recursive: true, force: true });
}
