/**
 * `npm run learn` / `tin-gon learn`: read the fixtures (fixtures.ts), run the pure learner
 * (core/learn.ts) with the priors (src/rules/priors.json), write src/rules/learned.json.
 * `npm run learn -- --import FILE`: first merge a reader's export (options page, "Xuất (JSON)") into
 * src/rules/reader.json — the learner's input of rules given back by readers, evidence kept — then learn.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { learnRules, serializeRules } from '../core/learn';
import { mergeReaderRules, parseReaderExport, type ReaderRule } from '../core/reader-rules';
import type { LearnedRules } from '../core/rules';
import { learnerPriors } from '../rules/priors';
import { READER_RULES_FILE, RULES_FILE, loadCorpus, loadReaderRules } from './fixtures';

/** An export bigger than this is not one the options page wrote (the store keeps 600 kB at most). */
const MAX_IMPORT_BYTES = 5_000_000;

/** The reader rules file with `incoming` merged in (pure: text in, text out). */
export function mergeReaderFile(existing: readonly ReaderRule[], incoming: readonly ReaderRule[], shipped: LearnedRules): string {
  const shippedOnly = shipped.rules.filter((r) => r.evidence.source !== 'reader');
  const rules = mergeReaderRules(existing, incoming, shippedOnly);
  const out: LearnedRules = { version: 1, corpus: { pages: [], sites: [...new Set(rules.map((r) => r.site))].sort() }, rules };
  return serializeRules(out);
}

/** Read and validate an export file: its rules, or an Error saying what is wrong with it. */
export function readExport(file: string): ReaderRule[] {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) throw new Error(`${file}: ${size} bytes, more than an export can be (${MAX_IMPORT_BYTES})`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return parseReaderExport(value);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runLearn(args: readonly string[] = []): Promise<number> {
  const at = args.indexOf('--import');
  if (at >= 0) {
    const file = args[at + 1];
    if (!file) {
      process.stderr.write('usage: npm run learn -- --import FILE   (a JSON export from the options page)\n');
      return 2;
    }
    try {
      const incoming = readExport(file);
      const existing = loadReaderRules();
      const shipped = JSON.parse(readFileSync(RULES_FILE, 'utf8')) as LearnedRules;
      writeFileSync(READER_RULES_FILE, mergeReaderFile(existing, incoming, shipped));
      process.stdout.write(`imported ${incoming.length} reader rules from ${file} into ${READER_RULES_FILE}\n`);
    } catch (error) {
      process.stderr.write(`learn --import: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  const corpus = loadCorpus();
  const rules = learnRules(corpus, learnerPriors);
  const text = serializeRules(rules);
  let before = '';
  try {
    before = readFileSync(RULES_FILE, 'utf8');
  } catch {
    /* first run */
  }
  if (before !== text) writeFileSync(RULES_FILE, text);
  const byKind = new Map<string, number>();
  for (const r of rules.rules) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const reader = rules.rules.filter((r) => r.evidence.source === 'reader').length;
  process.stdout.write(
    `learned ${rules.rules.length} rules from ${corpus.seeds.length} seeds + ${corpus.pages.length} pages (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})` +
      `${reader ? `, ${reader} given back by readers` : ''}\n` +
      `${before === text ? 'unchanged' : 'wrote'} ${RULES_FILE}\n`,
  );
  return 0;
}
