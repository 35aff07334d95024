/**
 * The fixture cases: the one module that lists and reads fixtures/cases/ (file I/O only; the learner itself is pure).
 * Every consumer — the learner, the evals, the benches, the unit and e2e tests, the fixture server, `npm start`
 * and `npm run add-fixture` — goes through here instead of listing folders itself.
 *
 * A case is a folder fixtures/cases/NAME/ (NAME = HOST__SLUG for a page, NNN_HASH for a seed) holding
 *   meta.json      where it comes from and what it is for (CaseMeta; required)
 *   page.html      the page (page.txt for a seed: a text dump, one rendered block per line)
 *   gold.json      the declutter annotation (src/core/gold.ts), when annotated
 *   entities.json  the entity annotation (src/offline/entity-eval.ts), when annotated
 *   late.json      held-out pages: what the portal's scripts add after load (tests/e2e/gold.test.ts)
 *   fundus.json    one page: the fundus project's expected extraction
 * The kind in meta.json says who reads the case: the learner reads `seed` and `train` only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Corpus, PageDoc, SeedDoc } from '../core/learn';
import { parseReaderExport, type ReaderRule } from '../core/reader-rules';
import type { PageGold, SeedGold } from '../core/gold';

/** The repository root (from this file's path: a string, so it works under the jsdom test environment too, whose URL is not Node's). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES_DIR = join(ROOT, 'fixtures', 'cases');
export const RULES_FILE = join(ROOT, 'src', 'rules', 'learned.json');
/** Site rules readers gave back (`npm run learn -- --import FILE`): an input of the learner, like the fixtures. */
export const READER_RULES_FILE = join(ROOT, 'src', 'rules', 'reader.json');

/**
 * seed: a text dump the learner learns from; train: an HTML page the learner learns from; heldout: a page of a
 * portal the learner never saw (scored, never learned from); revisit: a second page of a held-out template (on-device
 * learning); e2e: a page written for the browser tests (non-news, English, hostile).
 */
export const CASE_KINDS = ['seed', 'train', 'heldout', 'revisit', 'e2e'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
/** real: saved as published; derived: a saved page modified (see completeness); reconstructed: our markup around real text; synthetic: written by us */
export const CASE_ORIGINS = ['real', 'derived', 'reconstructed', 'synthetic'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

export interface CaseMeta {
  kind: CaseKind;
  origin: CaseOrigin;
  /** the portal's hostname (without www.) */
  site: string;
  /** the page's real address: the fixture server answers it, the engine plans with it (none for a seed) */
  url?: string;
  /** where it comes from: repository, path and commit, a URL, or who wrote it */
  source: string;
  licence: string;
  /** how complete the saved copy is, when it is not the page as published */
  completeness?: string;
  /** YYYY-MM-DD */
  added: string;
}

export interface FixtureCase {
  name: string;
  dir: string;
  meta: CaseMeta;
}

/** The parts a case folder may hold (see the header). */
export type CasePart = 'page.html' | 'page.txt' | 'gold.json' | 'entities.json' | 'late.json' | 'fundus.json' | 'meta.json';

const CASE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** A case's meta.json, checked: a clear error names the file and the field. */
export function checkMeta(value: unknown, where: string): CaseMeta {
  const m = value as Partial<Record<keyof CaseMeta, unknown>> | null;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return fail('not a JSON object');
  if (!CASE_KINDS.includes(m.kind as CaseKind)) fail(`kind must be one of ${CASE_KINDS.join(', ')}`);
  if (!CASE_ORIGINS.includes(m.origin as CaseOrigin)) fail(`origin must be one of ${CASE_ORIGINS.join(', ')}`);
  for (const key of ['site', 'source', 'licence', 'added'] as const) if (typeof m[key] !== 'string' || m[key] === '') fail(`${key} must be a non-empty string`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.added as string)) fail('added must be a date YYYY-MM-DD');
  if (m.url !== undefined && (typeof m.url !== 'string' || !/^https?:\/\//.test(m.url))) fail('url must be an http(s) address');
  if (m.completeness !== undefined && typeof m.completeness !== 'string') fail('completeness must be a string');
  return m as CaseMeta;
}

/** The case folders of `dir`, sorted by name, each with its checked meta.json. */
export function listCases(dir: string): FixtureCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const caseDir = join(dir, name);
      if (!CASE_NAME.test(name)) throw new Error(`${caseDir}: a case is named HOST__SLUG (or a seed's NNN_HASH)`);
      const metaFile = join(caseDir, 'meta.json');
      if (!existsSync(metaFile)) throw new Error(`${metaFile}: missing (every case says where it comes from)`);
      return { name, dir: caseDir, meta: checkMeta(JSON.parse(readFileSync(metaFile, 'utf8')), metaFile) };
    });
}

let all: FixtureCase[] | undefined;

/** Every case of fixtures/cases (sorted by name), or those of the given kinds. */
export function cases(...kinds: CaseKind[]): FixtureCase[] {
  all ??= listCases(CASES_DIR);
  return kinds.length === 0 ? all : all.filter((c) => kinds.includes(c.meta.kind));
}

/**
 * Start a new page case `dir/name/`: page.html, meta.json and, when given, gold.json. Refuses to touch a
 * case that exists (nothing written); the meta is checked before anything is written.
 */
export function createCase(dir: string, name: string, parts: { html: string; meta: CaseMeta; gold?: PageGold }): string {
  if (!CASE_NAME.test(name)) throw new Error(`${name}: a case is named HOST__SLUG`);
  const caseDir = join(dir, name);
  if (existsSync(caseDir)) throw new Error(`${caseDir} exists already: nothing written`);
  const meta = checkMeta(parts.meta, join(caseDir, 'meta.json'));
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'page.html'), parts.html);
  writeFileSync(join(caseDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  if (parts.gold) writeFileSync(join(caseDir, 'gold.json'), `${JSON.stringify(parts.gold, null, 2)}\n`);
  all = undefined;
  return caseDir;
}

/** The case called `name` (any kind); a clear error when there is none. */
export function fixtureCase(name: string): FixtureCase {
  const found = cases().find((c) => c.name === name);
  if (!found) throw new Error(`no fixture case ${name} in ${CASES_DIR}`);
  return found;
}

/**
 * The case a command-line argument names: its name, its folder, or a file in its folder
 * (`NAME`, `fixtures/cases/NAME`, `fixtures/cases/NAME/page.html`).
 */
export function caseFromArg(arg: string): FixtureCase {
  const trimmed = arg.replace(/[/\\]+$/, '');
  const parts = trimmed.split(/[/\\]/);
  const last = parts[parts.length - 1] ?? '';
  const name = /^(page\.(html|txt)|[a-z]+\.json)$/.test(last) ? (parts[parts.length - 2] ?? '') : last;
  return fixtureCase(name);
}

const asCase = (c: FixtureCase | string): FixtureCase => (typeof c === 'string' ? fixtureCase(c) : c);

/** Path of one part of a case (whether it exists or not). */
export function casePath(c: FixtureCase | string, part: CasePart): string {
  return join(asCase(c).dir, part);
}

export function hasPart(c: FixtureCase | string, part: CasePart): boolean {
  return existsSync(casePath(c, part));
}

/** The page file: page.html, or page.txt for a seed. */
export function pageFile(c: FixtureCase | string): string {
  const k = asCase(c);
  return casePath(k, k.meta.kind === 'seed' ? 'page.txt' : 'page.html');
}

/** The page as text (HTML, or a seed's dump). */
export function caseSource(c: FixtureCase | string): string {
  return readFileSync(pageFile(c), 'utf8');
}

/** A JSON part of a case, or undefined when the case has none. */
export function casePart<T>(c: FixtureCase | string, part: 'gold.json' | 'entities.json' | 'late.json' | 'fundus.json'): T | undefined {
  return readJson<T>(casePath(c, part));
}

/** The address the page is planned and served under: its meta url, else its host's root. */
export function caseUrl(c: FixtureCase | string): string {
  const k = asCase(c);
  return k.meta.url ?? `https://${k.meta.site}/`;
}

/** A fresh jsdom document of a case's page, at its address. */
export function caseDocument(c: FixtureCase | string): Document {
  return new JSDOM(caseSource(c), { url: caseUrl(c) }).window.document;
}

// --- the learner's corpus (seed and train cases) ---

export function loadSeeds(): SeedDoc[] {
  return cases('seed').map((c) => {
    const gold = casePart<SeedGold>(c, 'gold.json');
    return { name: c.name, lines: caseSource(c).split(/\r?\n/), ...(gold ? { gold } : {}) };
  });
}

export function pageUrl(gold: PageGold | undefined, name: string): string {
  return gold?.url ?? caseUrl(name);
}

export function loadPageHtml(name: string): string {
  return caseSource(name);
}

export function loadPageGold(name: string): PageGold | undefined {
  return casePart<PageGold>(name, 'gold.json');
}

/** The training pages (kind train) by name. */
export function pageNames(): string[] {
  return cases('train').map((c) => c.name);
}

/** A page case (any kind but seed) as the learner and the scorers take it: its document at its address, and its gold. */
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
