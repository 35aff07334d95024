/**
 * Load the learning corpus from fixtures/ (file I/O only; the learner itself is pure).
 * Seeds: fixtures/seeds/NNN_*.txt (+ NNN_*.gold.json). Pages: fixtures/pages/*.html (+ NAME.gold.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Corpus, PageDoc, SeedDoc } from '../core/learn';
import { parseReaderExport, type ReaderRule } from '../core/reader-rules';
import type { PageGold, SeedGold } from '../core/gold';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const SEEDS_DIR = join(ROOT, 'fixtures', 'seeds');
export const PAGES_DIR = join(ROOT, 'fixtures', 'pages');
export const RULES_FILE = join(ROOT, 'src', 'rules', 'learned.json');
/** Site rules readers gave back (`npm run learn -- --import FILE`): an input of the learner, like the fixtures. */
export const READER_RULES_FILE = join(ROOT, 'src', 'rules', 'reader.json');

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

export function loadSeeds(): SeedDoc[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const gold = readJson<SeedGold>(join(SEEDS_DIR, `${name}.gold.json`));
      return { name, lines: readFileSync(join(SEEDS_DIR, f), 'utf8').split(/\r?\n/), ...(gold ? { gold } : {}) };
    });
}

export function pageUrl(gold: PageGold | undefined, name: string): string {
  return gold?.url ?? `https://${name.split('__')[0] ?? 'example.invalid'}/`;
}

export function loadPageHtml(name: string): string {
  return readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
}

export function loadPageGold(name: string): PageGold | undefined {
  return readJson<PageGold>(join(PAGES_DIR, `${name}.gold.json`));
}

export function pageNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => f.replace(/\.html$/, ''));
}

export function loadPage(name: string): PageDoc {
  const gold = loadPageGold(name);
  const document = new JSDOM(loadPageHtml(name), { url: pageUrl(gold, name) }).window.document;
  return { name, document, ...(gold ? { gold } : {}) };
}

/** The reader rules committed in src/rules/reader.json ([] when there is none yet). */
export function loadReaderRules(file = READER_RULES_FILE): ReaderRule[] {
  if (!existsSync(file)) return [];
  try {
    return parseReaderExport(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function loadCorpus(): Corpus {
  return { seeds: loadSeeds(), pages: pageNames().map(loadPage), readerRules: loadReaderRules() };
}
