/**
 * The one place that reaches the extension API. Everything else imports `browser` from here.
 * The supported minimums (Chrome/Chromium 150, Firefox 140: scripts/build/min-versions.json) expose the
 * promise-based `browser.*` namespace natively in every extension context (content scripts, background /
 * service worker, extension pages), so no polyfill is bundled; @types/webextension-polyfill only types it.
 */
import type Browser from 'webextension-polyfill';

export const browser: Browser.Browser = (globalThis as unknown as { browser: Browser.Browser }).browser;

export type { Runtime, Storage, Tabs, Scripting } from 'webextension-polyfill';
