/**
 * `tin-gon clean FILE [--url URL] [--format text|html|json]` — declutter a saved page or a seed-style
 * text dump with the shipped learned rules.
 */
import { CliError, loadInput, parseHtml } from './io';
import { learnedRules } from '../rules/index';
import { cleanTextLines, type HiddenBlock } from '../core/textclean';
import { planDeclutter } from '../core/declutter';
import { PageMarks } from '../core/marks';
import { articleText } from '../core/article';
import { visibleBlocks } from '../core/visible';
import { normalizeSpace } from '../core/text';
import { extractEntities } from '../core/entities/index';

export const CLEAN_HELP = `Usage: tin-gon clean FILE [--url URL] [--format text|html|json]

Declutter FILE (a saved HTML page, or a text dump with one block per line) with the learned rules.

  --url URL        the page's address (picks the site's learned selectors; default: from the file)
  --format text    (default) what a reader still sees: one block per line; for text input the kept lines
  --format html    the page with clutter MARKED, not removed: each hidden element carries
                   data-tin-gon-hide="<category>" and one <style id="tin-gon-style"> hides them
  --format json    {title, url, text, hidden: [{category, label, text}], entities}
  -h, --help       this help
`;

const FORMATS = new Set(['text', 'html', 'json']);

interface CleanArgs {
  file: string;
  url: string | undefined;
  format: 'text' | 'html' | 'json';
}

function parseArgs(args: string[]): CleanArgs | 'help' {
  let file: string | undefined;
  let url: string | undefined;
  let format: CleanArgs['format'] = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--url' || flag === '--format') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new CliError(`tin-gon clean: ${flag} needs a value\n\n${CLEAN_HELP}`);
      if (flag === '--url') {
        try {
          new URL(value);
        } catch {
          throw new CliError(`tin-gon clean: --url "${value}" is not a URL`);
        }
        url = value;
      } else {
        if (!FORMATS.has(value)) throw new CliError(`tin-gon clean: unknown format "${value}" (use text, html or json)`);
        format = value as CleanArgs['format'];
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new CliError(`tin-gon clean: unknown option "${arg}"\n\n${CLEAN_HELP}`);
    if (file !== undefined) throw new CliError(`tin-gon clean: one FILE only (got "${file}" and "${arg}")`);
    file = arg;
  }
  if (file === undefined) throw new CliError(`tin-gon clean: missing FILE\n\n${CLEAN_HELP}`);
  return { file, url, format };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page's own canonical URL when --url is not given, so known-site selectors apply. */
function declaredUrl(doc: Document): string | undefined {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return undefined;
  try {
    return new URL(href).href;
  } catch {
    return undefined;
  }
}

export async function runClean(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(CLEAN_HELP);
    return 0;
  }
  const input = await loadInput(parsed.file);
  let out: string;
  if (input.kind === 'text') {
    const cleaned = cleanTextLines(input.source.split(/\r?\n/), learnedRules);
    const text = cleaned.kept.join('\n');
    if (parsed.format === 'text') out = `${text}\n`;
    else if (parsed.format === 'html') out = `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(cleaned.kept[0] ?? '')}</title></head><body>\n${cleaned.kept.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}\n</body></html>\n`;
    else out = `${JSON.stringify(report(cleaned.kept[0] ?? '', parsed.url ?? null, cleaned.kept.join('\n\n'), cleaned.hidden), null, 2)}\n`;
  } else {
    const doc = parseHtml(input.source, parsed.url ?? 'https://example.invalid/');
    const url = parsed.url ?? declaredUrl(doc);
    const plan = planDeclutter(doc, learnedRules, url ? { url } : {});
    new PageMarks(doc).apply(plan, { showHidden: false });
    if (parsed.format === 'text') out = `${(doc.body ? visibleBlocks(doc.body) : []).join('\n')}\n`;
    else if (parsed.format === 'html') out = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
    else {
      const title = normalizeSpace(doc.querySelector('h1')?.textContent ?? '') || normalizeSpace(doc.title);
      const hidden = plan.items.map((i) => ({ category: i.category, label: i.label, text: normalizeSpace(i.element.textContent ?? '').slice(0, 500) }));
      out = `${JSON.stringify(report(title, url ?? null, plan.article ? articleText(plan.article, plan.paragraphs) : '', hidden), null, 2)}\n`;
    }
  }
  process.stdout.write(out);
  return 0;
}

function report(title: string, url: string | null, text: string, hidden: HiddenBlock[]): object {
  return { title, url, text, hidden, entities: extractEntities(text) };
}
