/**
 * File input for the CLI: read bytes, decode by the page's declared charset,
 * parse HTML with jsdom. Kept apart so every command reads pages the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { capDepth, deeperThan } from './depth';
import { CliError } from './errors';
import { JSDOM, sniffHtmlEncoding } from './lazy';

export { CliError } from './errors';

export interface LoadedInput {
  path: string;
  kind: 'html' | 'text';
  /** decoded text of the file */
  source: string;
  charset: string;
}

/** what the sniffer returns when neither a BOM nor a <meta> in the first 1,024 bytes names an encoding */
const UNDECLARED = '';
/** how far into a saved page a late <meta charset> is still looked for (long inline scripts come first) */
const LATE_META_BYTES = 65_536;

/**
 * The largest input the CLI reads (one constant and one check, in loadInput). Time and memory
 * are about linear in the input (docs/budgets.md: the table for 1–10 MB); past this a page is not a news
 * article any more, and jsdom's DOM alone would take over a gigabyte.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * UTF-16 without a BOM: text in Latin or Vietnamese script has a zero byte in every other position.
 * Returns the byte order when at least 40% of one parity and almost none of the other are zero.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'UTF-16LE';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * The encoding of an HTML byte stream by the HTML standard's sniffing algorithm (html-encoding-sniffer,
 * the one jsdom uses): a BOM wins; else a <meta charset> or http-equiv in the first 1,024 bytes, where a
 * declared UTF-16 means UTF-8 (a page that could declare it in ASCII is not UTF-16) and x-user-defined
 * means windows-1252. Beyond the standard, for saved pages: UTF-16 without a BOM by its zero bytes; valid
 * a <meta> later in the first 64 KiB (read by the same rules); valid UTF-8; else windows-1258, the legacy
 * Vietnamese code page. Returns a WHATWG encoding name, lower-cased ("utf-8", "windows-1258", "utf-16le").
 */
export function sniffCharset(bytes: Uint8Array): string {
  return sniffEncodingName(bytes).toLowerCase();
}

function sniffEncodingName(bytes: Uint8Array): string {
  const declared = sniffHtmlEncoding(bytes, { defaultEncoding: UNDECLARED });
  if (declared !== UNDECLARED) return declared;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, LATE_META_BYTES));
  for (const match of head.matchAll(/<meta[\s/]/gi)) {
    const late = sniffHtmlEncoding(bytes.subarray(match.index, match.index + 1024), { defaultEncoding: UNDECLARED });
    if (late !== UNDECLARED) return late;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    return 'windows-1258';
  }
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text) || /<\/(p|div|article|body)>/i.test(text.slice(0, 20000));
}

export async function loadInput(path: string): Promise<LoadedInput> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_INPUT_BYTES) {
      const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new CliError(`tin-gon: ${path} is ${mb(size)}; the most tin-gon reads is ${mb(MAX_INPUT_BYTES)} (a news page is well under 2 MB)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((error as Error).message);
    throw new CliError(`tin-gon: cannot read ${path}: ${why}`);
  }
  if (bytes.length === 0) throw new CliError(`tin-gon: ${path} is empty`);
  const charset = sniffCharset(bytes);
  let source: string;
  try {
    source = new TextDecoder(charset).decode(bytes);
  } catch {
    // e.g. "replacement" (ISO-2022-KR and other labels the standard retires): nothing readable comes out
    throw new CliError(`tin-gon: ${path} declares the encoding ${charset}, which cannot be read`);
  }
  if (source.includes('\u0000')) throw new CliError(`tin-gon: ${path} is a binary file, not a page or text`);
  if (source.replace(/^\uFEFF/, '').trim() === '') throw new CliError(`tin-gon: ${path} has no text (only white space)`);
  return { path, kind: looksLikeHtml(source) ? 'html' : 'text', source, charset };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Command-line options by node:util's parseArgs (strict: unknown options and missing values are errors),
 * its errors turned into a message with the command's usage. `--` ends the options; "-" is a file name.
 */
export function parseCommandLine<T extends OptionSpec>(command: string, args: string[], usage: string, options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new CliError(`tin-gon ${command}: ${why}\n\n${usage}`);
  }
}

/** A URL given on the command line: absolute http(s) only, else a clear error naming the option. */
export function checkUrl(command: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`tin-gon ${command}: --url "${value}" is not a URL (example: https://vnexpress.net/bai-viet.html)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`tin-gon ${command}: --url "${value}" is not an http(s) address`);
  return url.href;
}

/** Parse a page for the engine; pages nested deeper than browsers build are flattened as they would (depth.ts). */
export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  const Dom = JSDOM();
  const doc = new Dom(html, { url }).window.document;
  // ordinary pages are parsed once; only a page deeper than browsers build is parsed again, flattened
  return deeperThan(doc.documentElement) ? new Dom(capDepth(html).html, { url }).window.document : doc;
}
