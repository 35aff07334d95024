/**
 * `npm run add-fixture -- URL-or-FILE [--name HOST__SLUG] [--licence TEXT]`: start a new fixture page.
 * Copies the page (a saved HTML file, or fetched from URL) to fixtures/pages/HOST__SLUG.html, writes a
 * gold skeleton HOST__SLUG.gold.json to fill in by hand — before the engine runs on the page — and adds
 * its source to fixtures/pages/SOURCES.tsv. Refuses to overwrite a page. See CONTRIBUTING.md.
 */
import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageGold } from '../../src/core/gold';
import { PAGES_DIR } from '../../src/offline/fixtures';

const USAGE = 'usage: npm run add-fixture -- URL-or-FILE [--name HOST__SLUG] [--url URL] [--licence TEXT]';

/** HOST__SLUG from a page address: host without www., the last path segment without its extension. */
export function caseName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const last = url.pathname.split('/').filter(Boolean).pop() ?? 'index';
  const slug = last.replace(/\.[a-z]+$/i, '').replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'index';
  return `${host}__${slug}`;
}

async function fetchPage(url: URL): Promise<string> {
  try {
    const response = await fetch(url, { redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    throw new Error(`could not fetch ${url.href} (${error instanceof Error ? error.message : String(error)}); offline? Save the page in a browser and pass the file instead.`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, url: { type: 'string' }, licence: { type: 'string' } } });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new Error(USAGE);
  const isUrl = /^https?:\/\//i.test(source);
  if (!isUrl && !existsSync(source)) throw new Error(`no such file: ${source}\n${USAGE}`);
  const html = isUrl ? await fetchPage(new URL(source)) : readFileSync(source, 'utf8');
  const pageUrl = isUrl ? source : (values.url ?? /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)/i.exec(html)?.[1]);
  const name = values.name ?? (pageUrl ? caseName(new URL(pageUrl)) : undefined);
  if (!name || !/^[a-z0-9.-]+\.[a-z]{2,}__[a-z0-9.-]+$/.test(name)) throw new Error(`give the page a name HOST__SLUG (--name), or its address (--url)\n${USAGE}`);
  const file = join(PAGES_DIR, `${name}.html`);
  if (existsSync(file)) throw new Error(`${file} exists already: nothing written`);
  const site = name.split('__')[0]!;
  const gold: PageGold = {
    file: `${name}.html`,
    site,
    url: pageUrl ?? `https://${site}/`,
    article: [],
    clutter: [],
    notes: 'Fill in by hand BEFORE running the engine on this page: article passages that must stay, clutter (text + category) that must go.',
  };
  writeFileSync(file, html);
  writeFileSync(join(PAGES_DIR, `${name}.gold.json`), `${JSON.stringify(gold, null, 2)}\n`);
  appendFileSync(join(PAGES_DIR, 'SOURCES.tsv'), `${name}.html\t${site}\t${isUrl ? source : basename(source)}\t-\t-\t${values.licence ?? 'UNKNOWN: fill in'}\tunchecked\n`);
  console.log(`wrote ${file}\nwrote ${join(PAGES_DIR, `${name}.gold.json`)} (fill it in, commit it, then npm run learn)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
