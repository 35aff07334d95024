/**
 * `npm run add-fixture -- URL-or-FILE [--name HOST__SLUG] [--url URL] [--licence TEXT] [--source TEXT] [--kind K] [--origin O]`:
 * start a new fixture case. Writes the case folder fixtures/cases/HOST__SLUG/ (src/offline/fixtures.ts owns the
 * layout): page.html (a saved HTML file, or fetched from URL), meta.json (kind — train unless --kind heldout,
 * revisit or e2e —, origin, portal hostname, address, source, licence, date added) and a gold skeleton gold.json to
 * fill in by hand, before the engine runs on the page. Refuses to overwrite a case. See CONTRIBUTING.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PageGold } from '../../src/core/gold';
import { CASE_KINDS, CASES_DIR, createCase, type CaseKind, type CaseMeta, type CaseOrigin } from '../../src/offline/fixtures';

const USAGE = 'usage: npm run add-fixture -- URL-or-FILE [--name HOST__SLUG] [--url URL] [--licence TEXT] [--source TEXT] [--kind train|heldout|revisit|e2e] [--origin real|derived|reconstructed|synthetic]';

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

const today = (): string => new Date().toISOString().slice(0, 10);

export async function main(argv: string[], casesDir = CASES_DIR): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, url: { type: 'string' }, licence: { type: 'string' }, kind: { type: 'string' }, origin: { type: 'string' }, source: { type: 'string' } },
  });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new Error(USAGE);
  const kind = (values.kind ?? 'train') as CaseKind;
  if (!CASE_KINDS.includes(kind) || kind === 'seed') throw new Error(`--kind must be one of ${CASE_KINDS.filter((k) => k !== 'seed').join(', ')}\n${USAGE}`);
  const isUrl = /^https?:\/\//i.test(source);
  if (!isUrl && !existsSync(source)) throw new Error(`no such file: ${source}\n${USAGE}`);
  const html = isUrl ? await fetchPage(new URL(source)) : readFileSync(source, 'utf8');
  const pageUrl = isUrl ? source : (values.url ?? /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)/i.exec(html)?.[1]);
  const name = values.name ?? (pageUrl ? caseName(new URL(pageUrl)) : undefined);
  if (!name || !/^[a-z0-9.-]+\.[a-z]{2,}__[a-z0-9.-]+$/.test(name)) throw new Error(`give the page a name HOST__SLUG (--name), or its address (--url)\n${USAGE}`);
  const site = name.split('__')[0]!;
  const url = pageUrl ?? `https://${site}/`;
  const gold: PageGold = {
    file: `${name}.html`,
    site,
    url,
    article: [],
    clutter: [],
    notes: 'Fill in by hand BEFORE running the engine on this page: article passages that must stay, clutter (text + category) that must go.',
  };
  const meta: CaseMeta = {
    kind,
    origin: (values.origin ?? 'real') as CaseOrigin,
    site,
    url,
    source: values.source ?? (isUrl ? source : basename(source)),
    licence: values.licence ?? 'UNKNOWN: fill in',
    added: today(),
  };
  const dir = createCase(casesDir, name, { html, meta, gold });
  console.log(`wrote ${dir}/ (page.html, meta.json, gold.json): fill in gold.json and the source and licence in meta.json, commit, then npm run learn`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
