/**
 * The one place that imports webextension-polyfill. Everything else imports `browser` from here,
 * so dropping the polyfill later (Chrome ≥ 148 ships `browser.*`) is a one-file change.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs, Scripting } from 'webextension-polyfill';
