/**
 * File input for the CLI: read bytes, decode by the page's declared charset,
 * parse HTML with jsdom. Kept apart so every command reads pages the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { JSDOM } from 'jsdom';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export interface LoadedInput {
  path: string;
  kind: 'html' | 'text';
  /** decoded text of the file */
  source: string;
  charset: string;
}

/**
 * The largest input the CLI reads (MERGE POINT: one constant and one check, in loadInput). Time and memory
 * are about linear in the input (docs/budgets.md: the table for 1–10 MB); past this a page is not a news
 * article any more, and jsdom's DOM alone would take over a gigabyte.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * The charset a page declares (BOM first, then a <meta> anywhere in the head, looking at up to 64 KiB:
 * saved pages often carry long scripts before their meta), else utf-8 when the bytes are valid UTF-8,
 * else windows-1258 (the legacy Vietnamese code page).
 */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  const headEnd = head.search(/<\/head>|<body[\s>]/i);
  if (headEnd >= 0) head = head.slice(0, headEnd);
  const declared = CHARSET_IN_META.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    try {
      new TextDecoder(declared);
      return declared;
    } catch {
      /* unknown label: decide from the bytes */
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
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
  const charset = sniffCharset(bytes);
  const source = new TextDecoder(charset).decode(bytes);
  if (source.includes('\u0000')) throw new CliError(`tin-gon: ${path} is a binary file, not a page or text`);
  return { path, kind: looksLikeHtml(source) ? 'html' : 'text', source, charset };
}

export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  return new JSDOM(html, { url }).window.document;
}
