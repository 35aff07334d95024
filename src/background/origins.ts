/**
 * Sites the reader enabled from the popup ("Bật trên trang này"). `settings.addedOrigins` is the
 * source of truth; this module makes the browser agree with it:
 *   - an added origin whose host permission is granted has a registered content script;
 *   - an added origin whose permission is gone (revoked in the browser's UI) is dropped from settings;
 *   - a registered script of ours whose origin left the settings is unregistered and its permission removed.
 * Every change goes through `syncOrigins`, serialised, so it is idempotent and safe to call from
 * startup, storage changes, permission changes and the popup's messages alike.
 */
import { browser } from '../shared/browser';
import { originOf, originPermissionPattern } from '../shared/enablement';
import type { OriginReply } from '../shared/messages';
import { isBuiltInSite } from '../shared/sites';
import { hostMatchesDomain } from '../core/hosts';
import { MAX_ADDED_ORIGINS } from '../shared/settings-items';
import { loadSettings, SettingsTooLargeError, updateSettings } from '../shared/storage';
import { CONTENT_JS } from './files';
import { serialQueue } from './serial';

const SCRIPT_PREFIX = 'tin-gon-origin-';
const serial = serialQueue();

export function scriptIdFor(origin: string): string {
  return SCRIPT_PREFIX + origin.replace(/[^a-z0-9]/gi, '_');
}

async function hasPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPermissionPattern(origin)] }).catch(() => false);
}

/** Bring registered scripts (and, for dropped origins, permissions) in line with settings. */
export function syncOrigins(): Promise<void> {
  return serial(async () => {
    const settings = await loadSettings();
    const granted: string[] = [];
    for (const origin of settings.addedOrigins) if (await hasPermission(origin)) granted.push(origin);
    if (granted.length !== settings.addedOrigins.length) {
      await updateSettings((s) => ({ ...s, addedOrigins: s.addedOrigins.filter((o) => granted.includes(o)) }));
    }
    const wanted = new Map(granted.map((origin) => [scriptIdFor(origin), origin]));
    const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
    const stale = registered.filter((s) => !wanted.has(s.id));
    if (stale.length) {
      await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
      const patterns = stale.flatMap((s) => s.matches ?? []);
      // Removing a permission the reader still wants for another added origin would break it: keep those.
      const keep = new Set(granted.map(originPermissionPattern));
      const drop = patterns.filter((p) => !keep.has(p));
      if (drop.length) await browser.permissions.remove({ origins: drop }).catch(() => false);
    }
    const have = new Set(registered.map((s) => s.id));
    const missing = [...wanted].filter(([id]) => !have.has(id));
    if (missing.length) {
      await browser.scripting.registerContentScripts(
        missing.map(([id, origin]) => ({
          id,
          matches: [originPermissionPattern(origin)],
          js: [CONTENT_JS],
          runAt: 'document_start' as const,
          persistAcrossSessions: true,
        })),
      );
    }
  });
}

/** Inject the content script into tabs already open on `origin` (the one the reader is looking at). */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: originPermissionPattern(origin) }).catch(() => []);
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && originOf(tab.url) === origin)
      .map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id as number }, files: [CONTENT_JS] }).catch(() => undefined)),
  );
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * After the popup obtained the permission: remember the origin, register its script, clean the open tab now.
 * When remembering fails (sync quota, too many sites) the permission the reader just granted for it is
 * given back: no host access is left held for a site the settings do not list.
 */
export async function enableOrigin(rawOrigin: string): Promise<OriginReply> {
  const origin = originOf(rawOrigin);
  if (!origin || origin !== rawOrigin.toLowerCase().replace(/\/$/, '')) return { ok: false, error: 'invalid-origin' };
  const hostname = new URL(origin).hostname;
  try {
    if (isBuiltInSite(hostname)) {
      // Built-in portals need no permission or registration: just make sure the reader did not switch them off.
      await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((d) => !hostMatchesDomain(hostname, d)) }));
      return { ok: true };
    }
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
  if (!(await hasPermission(origin))) return { ok: false, error: 'no-permission' };
  const before = await loadSettings();
  if (!before.addedOrigins.includes(origin) && before.addedOrigins.length >= MAX_ADDED_ORIGINS) {
    await revokeUnlisted(origin, before.addedOrigins);
    return { ok: false, error: 'too-many-sites' };
  }
  try {
    await updateSettings((s) => ({
      ...s,
      addedOrigins: [...s.addedOrigins, origin],
      disabledSites: s.disabledSites.filter((d) => d !== hostname),
    }));
  } catch (error) {
    await revokeUnlisted(origin, (await loadSettings()).addedOrigins);
    return { ok: false, error: error instanceof SettingsTooLargeError ? error.reason : errorText(error) };
  }
  try {
    await syncOrigins();
    await injectIntoOpenTabs(origin);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Give back the permission for `origin` unless an origin the settings do list needs the same pattern. */
async function revokeUnlisted(origin: string, listed: string[]): Promise<void> {
  const pattern = originPermissionPattern(origin);
  if (listed.some((o) => originPermissionPattern(o) === pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** "Remove this site": forget it, unregister its script, give the permission back. Open tabs restore via storage.onChanged. */
export async function disableOrigin(rawOrigin: string): Promise<OriginReply> {
  const origin = originOf(rawOrigin);
  if (!origin) return { ok: false, error: 'invalid-origin' };
  const hostname = new URL(origin).hostname;
  try {
    const next = await updateSettings((s) => ({
      ...s,
      addedOrigins: s.addedOrigins.filter((o) => o !== origin),
      disabledSites: s.disabledSites.filter((d) => d !== hostname),
    }));
    await syncOrigins();
    // syncOrigins gives back permissions of scripts it unregisters; also when no script was registered
    const pattern = originPermissionPattern(origin);
    if (!isBuiltInSite(hostname) && !next.addedOrigins.some((o) => originPermissionPattern(o) === pattern)) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
