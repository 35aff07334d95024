/**
 * Derive the two shipped manifests from the one source manifest (Chrome MV3).
 * Pure functions: unit-tested in tests/unit/manifest.test.ts.
 */
import { matchPatternFor } from '../../src/shared/sites';
import minVersions from './min-versions.json';

export type Target = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches: string[]; js?: string[]; run_at?: string }[];
};

export const GECKO_ID = 'tin-gon@tin-gon.github.io';
/** The oldest supported browsers, from scripts/build/min-versions.json (one place: manifests, esbuild target, compat test, .ci/run). */
export const CHROME_MIN_VERSION: string = minVersions.chrome;
export const FIREFOX_MIN_VERSION: string = minVersions.firefox;
export const FIREFOX_ANDROID_MIN_VERSION: string = minVersions.firefoxAndroid;
const SITES_PLACEHOLDER = '__NEWS_SITES__';

/** Replace the `__NEWS_SITES__` placeholder in content-script matches with the built-in portals. */
export function expandSiteMatches(source: Manifest, sites: readonly string[]): Manifest {
  const manifest = structuredClone(source);
  manifest.content_scripts = (manifest.content_scripts ?? []).map((cs) => ({
    ...cs,
    matches: cs.matches.flatMap((m) => (m === SITES_PLACEHOLDER ? sites.map(matchPatternFor) : [m])),
  }));
  return manifest;
}

/**
 * Content-script matches copied into `host_permissions`. The warning a user sees is the same (the
 * content scripts already run there), but it lets the background re-inject into portal tabs that were
 * open at install or update, and read those tabs' URLs without the broader `tabs` permission.
 */
function withMatchesAsHostPermissions(manifest: Manifest): Manifest {
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches);
  const hosts = new Set([...((manifest.host_permissions as string[] | undefined) ?? []), ...matches]);
  return { ...manifest, host_permissions: [...hosts] };
}

export function chromeManifest(source: Manifest, sites: readonly string[]): Manifest {
  return { ...withMatchesAsHostPermissions(expandSiteMatches(source, sites)), minimum_chrome_version: CHROME_MIN_VERSION };
}

/**
 * Firefox MV3: no service-worker background (use `background.scripts`), gecko settings,
 * and content-script matches copied into `host_permissions`, which Firefox shows and grants separately.
 */
export function firefoxManifest(source: Manifest, sites: readonly string[]): Manifest {
  const manifest = withMatchesAsHostPermissions(expandSiteMatches(source, sites));
  const worker = manifest.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker] };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    // data_collection_permissions arrived in Firefox 140 on desktop but 142 on Android.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}

/** Every file path a manifest names (icons, scripts, pages), for the post-build existence check. */
export function filesNamedBy(manifest: Manifest): string[] {
  const files = new Set<string>();
  const icons = (v: unknown) => {
    if (v && typeof v === 'object') for (const p of Object.values(v)) if (typeof p === 'string') files.add(p);
  };
  icons(manifest.icons);
  const action = manifest.action as { default_popup?: string; default_icon?: unknown } | undefined;
  if (action?.default_popup) files.add(action.default_popup);
  icons(action?.default_icon);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const s of manifest.background?.scripts ?? []) files.add(s);
  const options = manifest.options_ui as { page?: string } | undefined;
  if (options?.page) files.add(options.page);
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) files.add(js);
  const war = (manifest.web_accessible_resources as { resources: string[] }[] | undefined) ?? [];
  for (const w of war) for (const r of w.resources) if (!r.includes('*')) files.add(r);
  return [...files].sort();
}
