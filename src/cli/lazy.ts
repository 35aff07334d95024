/**
 * The CLI's heavy dependencies, loaded on first use, not at start: jsdom alone takes seconds to load, and
 * `tin-gon --help`, a bad option, a missing or empty file, or a plain-text input never need it. jsdom and
 * html-encoding-sniffer are CommonJS and parse5 is loaded through Node's require of ES modules (Node ≥ 20.19),
 * so the callers stay synchronous.
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import type * as Parse5 from 'parse5';
import type htmlEncodingSniffer from 'html-encoding-sniffer';

const load = createRequire(import.meta.url);

let jsdom: typeof Jsdom | undefined;
let parse5: typeof Parse5 | undefined;
let sniffer: typeof htmlEncodingSniffer | undefined;

export const JSDOM = (): typeof Jsdom.JSDOM => (jsdom ??= load('jsdom') as typeof Jsdom).JSDOM;
export const parse5Module = (): typeof Parse5 => (parse5 ??= load('parse5') as typeof Parse5);
/** html-encoding-sniffer's one export (module.exports is the function) */
export const sniffHtmlEncoding = (...args: Parameters<typeof htmlEncodingSniffer>): string => (sniffer ??= load('html-encoding-sniffer') as typeof htmlEncodingSniffer)(...args);
