/**
 * Serves fixture pages under their real portal hostnames.
 * The browser maps every host to this server (Chromium --host-resolver-rules,
 * Firefox an HTTP proxy), so http://vnexpress.net/cach-cac-nuoc.html reaches the case
 * fixtures/cases/vnexpress.net__cach-cac-nuoc/page.html and the content script's real `matches` apply.
 *
 * Lookup, for host H and path /P (the cases are listed by src/offline/fixtures.ts):
 *   the page case whose meta.json gives H/P as its real URL (a path ending in / also finds H/Pindex.html)
 *   the page case named H__S where P is /S.html (fixtureUrl)
 *   hostile-pages.ts               (generated pages of the budget suite, on hostile.vnexpress.net)
 * Anything else is a 404, so no test can reach the network by accident.
 * One port speaks both plain HTTP and TLS (sniffed from the first byte), for portals a browser
 * upgrades to https on its own (HSTS preload).
 */
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:tls';
import { createServer as createNetServer } from 'node:net';
import type { Duplex } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { hostilePage } from './hostile-pages';
import { cases, pageFile } from '../../src/offline/fixtures';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface FixtureServer {
  port: number;
  /** every request seen, as "host/path", for asserting the extension made none of its own */
  requests: string[];
  close(): Promise<void>;
}

/** URL under which a fixture file is served: 'vnexpress.net__slug.html' → 'http://vnexpress.net/slug.html'. */
export function fixtureUrl(file: string): string {
  const [host, slug] = file.split('__');
  if (!host || !slug) throw new Error(`fixtureUrl: expected HOST__SLUG.html, got ${file}`);
  return `http://${host}/${slug}`;
}

/** host+pathname → page file: each page case under its real URL and under its name (HOST__SLUG → HOST/SLUG.html). */
function caseRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const c of cases()) {
    if (c.meta.kind === 'seed') continue;
    const file = pageFile(c);
    const [host, slug] = c.name.split('__');
    if (host && slug) routes.set(`${host}/${slug}.html`, file);
    if (c.meta.url) {
      const url = new URL(c.meta.url);
      routes.set(`${url.hostname}${url.pathname}`, file);
    }
  }
  return routes;
}

const routes = caseRoutes();

/** Only the pages of the cases are served: no path is ever joined onto a folder. */
function resolveFixture(host: string, path: string): string | null {
  return routes.get(`${host}${path}`) ?? (path.endsWith('/') ? routes.get(`${host}${path}index.html`) : undefined) ?? null;
}

export interface ServerOptions {
  /** serve pages without the script-blocking CSP: the portals' own scripts run */
  pageScripts?: boolean;
  /**
   * Base64 SHA-256 digests of inline scripts the pages may run (the benchmark's probe, inserted as a
   * page script); the portals' own scripts stay blocked.
   */
  scriptHashes?: readonly string[];
}

export async function startFixtureServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const csp = `script-src ${options.scriptHashes?.length ? options.scriptHashes.map((h) => `'sha256-${h}'`).join(' ') : "'none'"}`;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      // Through a proxy (Firefox) the request line carries the absolute URL; through host mapping (Chromium) the Host header does.
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const host = url.hostname.toLowerCase();
      requests.push(`${host}${url.pathname}`);
      // the budget suite's pages are generated (hostile-pages.ts) and run their own scripts
      const generated = hostilePage(host, url.pathname, url.searchParams);
      if (generated !== null) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(generated);
        return;
      }
      const file = resolveFixture(host, url.pathname);
      if (!file || !/\.(html|chn|htm)$/.test(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
        return;
      }
      const progressive = progressiveOptions(url);
      if (progressive) {
        await sendProgressively(res, await readFile(file), progressive);
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      // Saved pages carry the portals' own scripts, which would only fail against this offline server and
      // make the DOM nondeterministic; content scripts are not subject to the page's CSP.
      if (!options.pageScripts) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(await readFile(file));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  const tls = createTlsServer(selfSignedCertificate(), (socket) => server.emit('connection', socket));
  // Firefox reaches https pages through the proxy with CONNECT host:443: answer, then speak TLS on that socket.
  server.on('connect', (req, socket: Duplex, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  const front = createNetServer((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return;
      socket.unshift(first);
      // 0x16: a TLS handshake record
      (first[0] === 0x16 ? tls : server).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}

/**
 * Progressive delivery, as a network does it: `?tin-gon-chunks=N&tin-gon-delay=MS` sends the page in N
 * chunks MS apart (so the parser, and the paint, catch up with each chunk before the next arrives), with a
 * main-world probe script first in <head> (the page's own scripts stay blocked; the probe runs under a
 * nonce). The probe records, as `window.__tinGonProbe`:
 *   interactive  the elements that are display:none (themselves) when readyState turns 'interactive',
 *                i.e. when the parser is done and before DOMContentLoaded
 *   shown        elements that were rendered (checkVisibility) in the first mutation callback after they
 *                arrived — before any paint could show them; what is not in it never flashed
 *   arrived      element → performance.now() of that callback
 *   earlyCssAt   when the extension's stylesheet (core/marks.ts, <style id="tin-gon-style">) first had per-site CSS
 *                in it (a selector sparing the keep mark: the shipped site rules and the ones learned here)
 *   startAt      when the probe ran: right after document_start (the content script), first chunk in
 *   styleAtInteractive  the text of the extension's stylesheet at 'interactive' (which CSS the content script had
 *                put in by then; CSS the background inserted with scripting.insertCSS is not in any node)
 * Self-contained, so it moves with the server.
 */
export interface Progressive {
  chunks: number;
  delayMs: number;
}

function progressiveOptions(url: URL): Progressive | null {
  const chunks = Number(url.searchParams.get('tin-gon-chunks'));
  if (!Number.isInteger(chunks) || chunks < 1) return null;
  const delayMs = Number(url.searchParams.get('tin-gon-delay') ?? '50');
  return { chunks: Math.min(chunks, 200), delayMs: Number.isFinite(delayMs) ? Math.min(Math.max(delayMs, 0), 2000) : 50 };
}

const PROBE_NONCE = 'tin-gon-probe';
/**
 * core/marks.ts STYLE_ID and the KEEP_ATTR test of its site CSS, written out: importing marks.ts would pull the
 * engine into the import graph of every script that starts this server.
 */
const STYLE_ID = 'tin-gon-style';
const SITE_CSS_MARK = ':not([data-tin-gon-keep])';
const PROBE = `(() => {
  const STYLE_ID = ${JSON.stringify(STYLE_ID)};
  const SITE_CSS = ${JSON.stringify(SITE_CSS_MARK)};
  const probe = { interactive: null, shown: new WeakSet(), arrived: new WeakMap(), interactiveAt: 0, earlyCssAt: 0, startAt: performance.now() };
  window.__tinGonProbe = probe;
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 3 && n.parentNode && n.parentNode.id === STYLE_ID && n.textContent.includes(SITE_CSS) && !probe.earlyCssAt) probe.earlyCssAt = now;
      if (n.nodeType !== 1) continue;
      if (n.id === STYLE_ID && n.textContent.includes(SITE_CSS) && !probe.earlyCssAt) probe.earlyCssAt = now;
      probe.arrived.set(n, now);
      for (const d of n.querySelectorAll('*')) probe.arrived.set(d, now);
      if (visible(n)) probe.shown.add(n);
      for (const d of n.querySelectorAll('*')) if (visible(d)) probe.shown.add(d);
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    probe.interactiveAt = performance.now();
    probe.styleAtInteractive = (document.getElementById(STYLE_ID) || { textContent: '' }).textContent;
    probe.interactive = new Set([...document.querySelectorAll('body *')].filter((e) => getComputedStyle(e).display === 'none'));
  });
})();`;

/** Send `html` in chunks with the probe injected (see above). */
export async function sendProgressively(res: import('node:http').ServerResponse, html: Buffer, options: Progressive): Promise<void> {
  const text = html.toString('utf8').replace(/<head[^>]*>/i, (head) => `${head}<script nonce="${PROBE_NONCE}">${PROBE}</script>`);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `script-src 'nonce-${PROBE_NONCE}'`,
  });
  const size = Math.ceil(bytes.length / options.chunks);
  for (let i = 0; i < bytes.length; i += size) {
    if (i > 0) await new Promise((r) => setTimeout(r, options.delayMs));
    if (res.destroyed) return;
    res.write(bytes.subarray(i, i + size));
  }
  res.end();
}

/** A throwaway certificate for the fixture server's TLS side (browsers are told to ignore certificate errors). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tin-gon-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=tin-gon-fixtures',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
