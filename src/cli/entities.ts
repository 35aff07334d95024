/**
 * `tin-gon entities FILE... [--url URL] [--json]` — the entity summary of saved pages or text files.
 * HTML: the entities of the article the engine finds; text: of the whole text.
 * --json: one file → one JSON object {file, entities}; several files → one such object per line.
 * A file that cannot be read is reported on stderr; the others are still processed; exit code 1.
 */
import { checkUrl, CliError, loadInput, parseCommandLine, parseHtml } from './io';
import { articleParagraphs, articleText, findArticleRoot } from '../core/article';
import { capText, entityText } from '../core/entity-text';
import { extractEntities } from '../entities/index';
import type { Entity, EntityType } from '../core/types';

export const ENTITIES_HELP = `Usage: tin-gon entities FILE... [--url URL] [--json]

People, places and organisations named in FILE (a saved HTML page: its article; a text file: all of it).

  --url URL   the page's address, used when parsing HTML (default: a placeholder)
  --json      JSON: one object {file, entities} for one file, one object per line (JSON lines) for several
  -h, --help  this help
`;

interface EntitiesArgs {
  files: string[];
  url: string | undefined;
  json: boolean;
}

function parseEntitiesArgs(args: string[]): EntitiesArgs | 'help' {
  const { values, positionals } = parseCommandLine('entities', args, ENTITIES_HELP, {
    url: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  // checked before any file is read: a bad --url is the same mistake for every file
  const url = values.url === undefined ? undefined : checkUrl('entities', values.url);
  if (positionals.length === 0) throw new CliError(`tin-gon entities: no FILE given\n${ENTITIES_HELP}`);
  return { files: positionals, url, json: values.json === true };
}

/** The text whose entities a file stands for. */
export async function entityTextOf(path: string, url?: string): Promise<string> {
  const input = await loadInput(path);
  // the same cap as in the browser (core/entity-text.ts): the article's own paragraphs, 20,000 characters
  if (input.kind === 'text') return capText(input.source);
  const doc = parseHtml(input.source, url);
  const article = findArticleRoot(doc);
  const text = article !== null ? entityText(article, articleParagraphs(article), new Set()).text : '';
  return text.trim() !== '' ? text : capText(blockText(doc));
}

/** When no article is found: the page's text blocks, one per line (never one run-on string). */
function blockText(doc: Document): string {
  const blocks = Array.from(doc.querySelectorAll('h1, h2, h3, p, li, blockquote, figcaption, td'));
  return blocks
    .filter((el) => el.querySelector('p, li, h1, h2, h3') === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join('\n');
}

const GROUPS: ReadonlyArray<[EntityType, string]> = [
  ['PERSON', 'Người'],
  ['LOCATION', 'Địa điểm'],
  ['ORGANIZATION', 'Tổ chức'],
];

/** Human summary: Người / Địa điểm / Tổ chức, most-mentioned first, with roles, counts and aliases. */
export function formatSummary(file: string, entities: readonly Entity[]): string {
  const lines = [`${file}`];
  if (entities.length === 0) lines.push('  (không tìm thấy thực thể nào)');
  for (const [type, label] of GROUPS) {
    const group = entities.filter((e) => e.type === type);
    if (group.length === 0) continue;
    lines.push(`  ${label} (${group.length})`);
    for (const e of group) {
      const role = e.role !== undefined ? ` — ${e.role}` : '';
      const aka = e.aliases.length > 0 ? `  [${e.aliases.join(', ')}]` : '';
      lines.push(`    ${e.name}${role} ×${e.count}${aka}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runEntities(args: string[]): Promise<number> {
  const parsed = parseEntitiesArgs(args);
  if (parsed === 'help') {
    process.stdout.write(ENTITIES_HELP);
    return 0;
  }
  let failed = false;
  let first = true;
  for (const file of parsed.files) {
    let entities: Entity[];
    try {
      entities = extractEntities(await entityTextOf(file, parsed.url));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      failed = true;
      continue;
    }
    if (parsed.json) {
      const body = { file, entities };
      process.stdout.write(parsed.files.length === 1 ? `${JSON.stringify(body, null, 2)}\n` : `${JSON.stringify(body)}\n`);
    } else {
      process.stdout.write(`${first ? '' : '\n'}${formatSummary(file, entities)}`);
    }
    first = false;
  }
  return failed ? 1 : 0;
}
