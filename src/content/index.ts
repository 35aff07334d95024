/**
 * Tin Gọn content script — runs at document_start on the built-in portals (manifest) and on origins the
 * reader added (scripting.registerContentScripts). Its parts:
 *
 *   lifecycle.ts   one live instance per page (a slot on the content-script world the page cannot reach);
 *                  teardown on a newer instance or a dead extension context
 *   session.ts     settings → page state → cleaner / panel / badge; answers runtime messages
 *   page-state.ts  pure: is clean mode on here, which categories, hide or show hidden
 *   cleaner.ts     plan after DOMContentLoaded, apply and restore exactly with core/marks.ts (whose
 *                  one stylesheet also carries the known per-site CSS from document_start: no flash)
 *   observer.ts    later content, in time-boxed slices (slices.ts: uBO's 4 ms / 64 nodes / 64 ms / 30 s)
 *   panel-host.ts  mounts the in-page entity panel (src/panel)
 *   entity-bundle.ts, bundle-loader.ts
 *                  the recogniser, gazetteers and panel are not in this bundle: they ship as entities.js
 *                  (entry entities-entry.ts), which the background injects into this world on request
 *                  once the page is cleaned; stats and panel requests wait for it
 *   stats.ts       the `tin-gon/stats` reply
 *   report.ts      never throw into the page: catch, log once
 */
import { learnedRules } from '../rules';
import { browser } from '../shared/browser';
import { claimPage, contextAlive, watchContext } from './lifecycle';
import { guarded, reportOnce } from './report';
import { ContentSession } from './session';

function main(): void {
  if (window.top !== window) return; // top frame only (also when injected by executeScript)
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const life = claimPage();
  const invalidated = (): void => life.abort();
  const session = new ContentSession(document, location.href, learnedRules, life.signal, invalidated);
  watchContext(invalidated, life.signal);

  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!contextAlive()) {
      invalidated();
      return undefined;
    }
    const reply = session.handle(message);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => {
      reportOnce('message', error);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  life.signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
      } catch {
        // context already gone
      }
    },
    { once: true },
  );
}

guarded('start', main)();
