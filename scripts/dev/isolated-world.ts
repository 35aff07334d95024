/**
 * Why is the Chromium content script's clean slower than the same engine as a page script? (issue 10: ~1.5×.)
 * Runs the page-script build of the engine (scripts/bench/page-probe.ts) in ONE browser without the extension, on
 * the same page, each load in a fresh tab, the variants interleaved (their order alternates per round), so that
 * one thing differs at a time:
 *   world   main: the page's own world (CDP Runtime.evaluate in the default context); iso: an isolated world
 *           (Page.createIsolatedWorld, or addScriptToEvaluateOnNewDocument with a worldName), as Blink makes one
 *           per extension — DOM wrappers kept per world
 *   moment  load: put in and run after `load` (as the bench's page-script column); dcl: put in at document
 *           start, run in its DOMContentLoaded listener (as the content script)
 *   sliced  one go (engineCold, as the bench's page script) or in 8 ms slices with real timers (engineSliced,
 *           as the content script)
 * ISO_VARIANTS lists them as world-moment[-sliced[:budget ms]], comma-separated (default main-load,iso-load). Prints per variant
 * the medians of the first run (cold) and the same again (warm), per page and over pages, and each variant's
 * ratio to the first.
 *   ISO_VARIANTS=main-load,iso-dcl,iso-dcl-sliced flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/isolated-world.ts [rounds=5] [page regex]
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../tools/browser/harness';
import { startFixtureServer } from '../../tools/browser/server';
import { benchPages, loadUrl } from '../bench/pages';
import { median } from '../bench/stats';
import type { ColdResult } from '../bench/page-probe';

const ROUNDS = Number(process.argv[2] ?? 5);
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const VARIANTS = (process.env.ISO_VARIANTS ?? 'main-load,iso-load').split(',');
const RESULT_ATTR = 'data-tin-gon-probe';

const { scriptBuildOptions } = await import('../build/build');
const code = (await build({ ...scriptBuildOptions(true), entryPoints: ['scripts/bench/page-probe.ts'], write: false, charset: 'ascii' })).outputFiles[0]?.text ?? '';
const server = await startFixtureServer();
const profile = await mkdtemp(join(tmpdir(), 'tin-gon-iso-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  userDataDir: profile,
  args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`, '--ignore-certificate-errors'],
});

async function once(url: string, variant: string): Promise<ColdResult> {
  const [world, moment, sliced] = variant.split('-');
  // sliced, or sliced:MS (the slice budget; Infinity: one slice, through the same code)
  const call = sliced?.startsWith('sliced') ? `engineSliced(${sliced.split(':')[1] ?? ''})` : 'engineCold()';
  const worldName = world === 'iso' ? 'tin-gon-probe' : undefined;
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    if (moment === 'dcl') {
      // the result goes through the DOM both worlds share
      const source = `${code};document.addEventListener('DOMContentLoaded',()=>{Promise.resolve(globalThis.__tinGonBench.${call}).then((r)=>document.documentElement.setAttribute('${RESULT_ATTR}',JSON.stringify(r)))},{once:true})`;
      await cdp.send('Page.enable');
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, ...(worldName ? { worldName } : {}) });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const out = await page.waitForFunction((attr) => document.documentElement.getAttribute(attr), { timeout: 30_000 }, RESULT_ATTR);
      return JSON.parse((await out.jsonValue()) as string) as ColdResult;
    }
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let contextId: number | undefined;
    if (worldName) {
      const frameId = (page.mainFrame() as unknown as { _id: string })._id;
      ({ executionContextId: contextId } = (await cdp.send('Page.createIsolatedWorld', { frameId, worldName })) as { executionContextId: number });
    }
    const run = async (expression: string): Promise<unknown> => {
      const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, ...(contextId !== undefined ? { contextId } : {}) })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
      return r.result.value;
    };
    await run(code);
    return (await run(`globalThis.__tinGonBench.${call}`)) as ColdResult;
  } finally {
    await page.close();
  }
}

try {
  const cold = new Map<string, number[]>(VARIANTS.map((v) => [v, []]));
  const warm = new Map<string, number[]>(VARIANTS.map((v) => [v, []]));
  const rows: string[] = [];
  for (const p of benchPages()) {
    if (only && !only.test(p.name)) continue;
    const c = new Map<string, number[]>(VARIANTS.map((v) => [v, []]));
    const w = new Map<string, number[]>(VARIANTS.map((v) => [v, []]));
    for (let i = 0; i < ROUNDS; i++) {
      for (const v of i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
        const r = await once(loadUrl(p.url, i, `iso-${v}`), v);
        c.get(v)!.push(r.ms);
        w.get(v)!.push(r.warmMs);
      }
    }
    for (const v of VARIANTS) {
      cold.get(v)!.push(median(c.get(v)!));
      warm.get(v)!.push(median(w.get(v)!));
    }
    rows.push(`| ${p.name} | ${VARIANTS.map((v) => `${median(c.get(v)!).toFixed(1)} / ${median(w.get(v)!).toFixed(1)}`).join(' | ')} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const base = VARIANTS[0]!;
  const ratio = (m: Map<string, number[]>, v: string): string => median(m.get(v)!.map((x, i) => x / m.get(base)![i]!)).toFixed(2);
  console.log(`Cold / warm ms, median of ${ROUNDS} loads per page; variants interleaved in one browser without the extension.\n`);
  console.log(`| page | ${VARIANTS.join(' | ')} |`);
  console.log(`|---|${VARIANTS.map(() => '---:').join('|')}|`);
  for (const row of rows) console.log(row);
  console.log(`| **median over pages** | ${VARIANTS.map((v) => `${median(cold.get(v)!).toFixed(1)} / ${median(warm.get(v)!).toFixed(1)}`).join(' | ')} |`);
  console.log(`| **÷ ${base}, median over pages** | ${VARIANTS.map((v) => `${ratio(cold, v)}× / ${ratio(warm, v)}×`).join(' | ')} |`);
} finally {
  await browser.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
