/**
 * What the oldest supported browsers (scripts/build/min-versions.json) can run, from @mdn/browser-compat-data.
 * Pure functions over the data; tests/unit/compat.test.ts applies them to the extension APIs src/ calls,
 * to the keys of both built manifests, and to the web APIs the bundles name.
 */
import { createRequire } from 'node:module';
import minVersions from './min-versions.json';

// Loaded by Node, not through the test runner's transform: the data is ~15 MB of JSON.
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as Record<string, unknown>;

export type BrowserId = 'chrome' | 'firefox' | 'firefox_android';

/** The oldest supported version of each browser, as a number (150, 140, 142). */
export const MIN_VERSIONS: Record<BrowserId, number> = {
  chrome: Number.parseFloat(minVersions.chrome),
  firefox: Number.parseFloat(minVersions.firefox),
  firefox_android: Number.parseFloat(minVersions.firefoxAndroid),
};

interface SupportStatement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown[];
  prefix?: string;
  alternative_name?: string;
  partial_implementation?: boolean;
}
export interface CompatNode {
  __compat?: { support: Partial<Record<string, SupportStatement | SupportStatement[]>> };
  [key: string]: unknown;
}

/** The compat-data node at a dotted path ("webextensions.api.storage.sync"), or undefined. */
export function compatNode(path: string): CompatNode | undefined {
  let node: unknown = bcd;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as CompatNode;
}

/** "≤58" → 58, "preview" / false / null → Infinity (not shipped). */
function versionNumber(v: string | boolean | null | undefined): number {
  if (typeof v !== 'string') return v === true ? 0 : Number.POSITIVE_INFINITY;
  const n = Number.parseFloat(v.replace(/^≤/, ''));
  return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
}

/**
 * The first version of `browser` that ships the feature unprefixed, under its own name and without a flag
 * (Infinity: none does yet; undefined: the data has no statement for this browser).
 */
export function addedIn(node: CompatNode, browser: BrowserId): number | undefined {
  const raw = node.__compat?.support[browser];
  if (raw === undefined) return undefined;
  const statements = Array.isArray(raw) ? raw : [raw];
  let first = Number.POSITIVE_INFINITY;
  for (const s of statements) {
    if (s.flags || s.prefix || s.alternative_name) continue;
    if (s.version_removed && typeof s.version_removed === 'string') continue; // removed again: not shipped now
    first = Math.min(first, versionNumber(s.version_added));
  }
  return first;
}

export interface CompatProblem {
  path: string;
  browser: BrowserId;
  /** the version the feature arrived in (Infinity: not shipped), or 'no data' */
  added: number | 'no data';
  minimum: number;
}

/** Problems with one feature: every browser of `browsers` whose minimum version predates it. */
export function problemsWith(path: string, browsers: readonly BrowserId[], minimums: Record<BrowserId, number> = MIN_VERSIONS): CompatProblem[] {
  const node = compatNode(path);
  if (!node?.__compat) return browsers.map((browser) => ({ path, browser, added: 'no data', minimum: minimums[browser] }));
  const out: CompatProblem[] = [];
  for (const browser of browsers) {
    const added = addedIn(node, browser);
    if (added === undefined) out.push({ path, browser, added: 'no data', minimum: minimums[browser] });
    else if (added > minimums[browser]) out.push({ path, browser, added, minimum: minimums[browser] });
  }
  return out;
}

/**
 * The compat-data path of an extension API member as written in code ("runtime.onMessage.addListener"
 * → webextensions.api.runtime.onMessage): the deepest path the data knows, at least namespace.member.
 */
export function extensionApiPath(dotted: string): string | undefined {
  const parts = dotted.split('.');
  for (let n = parts.length; n >= 2; n--) {
    const path = `webextensions.api.${parts.slice(0, n).join('.')}`;
    if (compatNode(path)?.__compat) return path;
  }
  return undefined;
}

/** `browser.ns.member(.sub)` / `chrome.ns.member(.sub)` as written in source, without the global. */
export function extensionApiUses(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\b(?:browser|chrome)\s*\.\s*([a-z][a-zA-Z0-9]*)\s*\.\s*([a-z][a-zA-Z0-9]*)(?:\s*\.\s*([a-z][a-zA-Z0-9]*))?/g)) {
    found.add(m.slice(1).filter(Boolean).join('.'));
  }
  return [...found].sort();
}

/**
 * Every key path of a manifest as compat-data names it ("browser_specific_settings.gecko.strict_min_version",
 * "permissions.storage"): objects by key, arrays of objects flattened, permission names as keys.
 */
export function manifestKeyPaths(manifest: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string' && /(?:^|\.)permissions$/.test(path) && !item.includes(':')) out.add(`${path}.${item}`);
        else visit(item, path);
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      out.add(childPath);
      visit(child, childPath);
    }
  };
  visit(manifest, '');
  return [...out].sort();
}

/**
 * Where compat-data records a manifest key: the deepest ancestor it has data for (keys below that are
 * free-form: a command's name, an icon size, a locale message).
 */
export function manifestCompatPath(keyPath: string): string | undefined {
  const parts = keyPath.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const path = `webextensions.manifest.${parts.slice(0, n).join('.')}`;
    if (compatNode(path)?.__compat) return path;
  }
  return undefined;
}

/**
 * Web platform features (api.* interfaces and members, javascript.builtins.*) that a supported browser lacks
 * at its minimum version but a newer version has — what must not appear in a bundle — keyed by name
 * ("moveBefore" → ["api.Document.moveBefore", "api.Element.moveBefore"]). Only names that a bundle can be
 * searched for: identifiers that no feature supported at the minimum shares (a new `GPUBuffer.size` says
 * nothing about `Set.size`).
 */
export function webFeaturesNewerThanMinimum(browsers: readonly BrowserId[] = ['chrome', 'firefox']): Map<string, string[]> {
  const newer = new Map<string, string[]>();
  const old = new Set<string>();
  const visit = (node: CompatNode, path: string, name: string): void => {
    if (node.__compat && /^[A-Za-z$][A-Za-z0-9$]*$/.test(name)) {
      const lacking = browsers.some((browser) => {
        const added = addedIn(node, browser);
        // Infinity: shipped nowhere we run, so nothing can rely on it unnoticed (every e2e run would fail)
        return added !== undefined && added > MIN_VERSIONS[browser] && added !== Number.POSITIVE_INFINITY;
      });
      if (lacking) newer.set(name, [...(newer.get(name) ?? []), path]);
      else old.add(name);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === '__compat' || !child || typeof child !== 'object') continue;
      visit(child as CompatNode, `${path}.${key}`, key);
    }
  };
  for (const root of ['api', 'javascript.builtins']) {
    const node = compatNode(root);
    if (node) visit(node, root, root);
  }
  for (const name of old) newer.delete(name);
  return newer;
}

/**
 * Names of `features` a bundle reaches for: a property (`.name`) or an interface / global (`Name`,
 * capitalised, as a whole word). A word in a string or a local variable of the same name is not a use.
 */
export function featuresNamedIn(bundle: string, features: ReadonlyMap<string, string[]>): string[] {
  const properties = new Set([...bundle.matchAll(/\.\s*([A-Za-z$][A-Za-z0-9$]*)/g)].map((m) => m[1]));
  const globals = new Set(bundle.match(/\b[A-Z][A-Za-z0-9$]*\b/g) ?? []);
  return [...features.keys()].filter((name) => properties.has(name) || globals.has(name)).sort();
}
