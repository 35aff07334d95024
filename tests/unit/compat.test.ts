/**
 * Nothing newer than the oldest supported browsers (scripts/build/min-versions.json: Chrome 150, Firefox 140,
 * Firefox for Android 142), checked against @mdn/browser-compat-data:
 *  - every extension API member src/ calls (`browser.ns.member`, `chrome.ns.member`);
 *  - every key (and permission) of both built manifests;
 *  - the bundles name no web API or JS built-in that a supported browser lacks at its minimum version.
 * esbuild's target (scripts/build/build.ts) takes care of syntax. CI runs on the oldest browsers where it can
 * (.ci/run checks the versions); this test keeps a newer machine from letting something slip.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  type BrowserId,
  type CompatProblem,
  extensionApiPath,
  extensionApiUses,
  featuresNamedIn,
  manifestCompatPath,
  manifestKeyPaths,
  MIN_VERSIONS,
  problemsWith,
  webFeaturesNewerThanMinimum,
} from '../../scripts/build/compat';
import { chromeManifest, firefoxManifest, type Manifest } from '../../scripts/build/manifest';
import { ENTRIES, ESBUILD_TARGET, scriptBuildOptions } from '../../scripts/build/build';
import { NEWS_SITES } from '../../src/shared/sites';

const ROOT = new URL('../..', import.meta.url).pathname;
const ALL: BrowserId[] = ['chrome', 'firefox', 'firefox_android'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

/**
 * Known, accepted gaps, each with its reason. The test fails on any other problem, and on a gap listed
 * here that no longer occurs (so the table stays true).
 */
const ACCEPTED: Record<string, string> = {
  // Firefox for Android has no keyboard shortcuts; the manifest key is ignored there and the popup's switch does the same.
  'webextensions.api.commands.onCommand firefox_android': 'no shortcuts on Android: the listener never fires',
  'webextensions.manifest.commands firefox_android': 'ignored on Android (no keyboard shortcuts)',
  'webextensions.api.commands.getAll firefox_android': 'the popup reads the shortcut with a .catch: no hint line on Android',
  // gecko_android is the Android half of browser_specific_settings: desktop Firefox ignores it by design.
  'webextensions.manifest.browser_specific_settings.gecko_android firefox': 'Android-only key, ignored on desktop',
};

const key = (p: CompatProblem): string => `${p.path} ${p.browser}`;

describe('compat data (sanity: the checker can fail)', () => {
  it('reports an extension API added after a minimum', () => {
    // storage.session arrived in Chrome 102 and Firefox 115
    expect(problemsWith('webextensions.api.storage.session', ['chrome'], { ...MIN_VERSIONS, chrome: 100 })).toEqual([
      { path: 'webextensions.api.storage.session', browser: 'chrome', added: 102, minimum: 100 },
    ]);
    expect(problemsWith('webextensions.api.storage.session', ['chrome', 'firefox'])).toEqual([]);
  });

  it('finds API members as written in code, and their compat-data entries', () => {
    expect(extensionApiUses('await browser.storage.sync.get(k); chrome.runtime.onMessage.addListener(f); browser.tabs.Tab')).toEqual([
      'runtime.onMessage.addListener',
      'storage.sync.get',
    ]);
    expect(extensionApiPath('runtime.onMessage.addListener')).toBe('webextensions.api.runtime.onMessage');
    expect(extensionApiPath('nosuch.thing')).toBeUndefined();
  });

  it('knows web features newer than the minimums, and finds them in code', () => {
    const newer = webFeaturesNewerThanMinimum();
    // Element.moveBefore: Chrome 133 but Firefox 144 — newer than ESR 140
    expect(newer.get('moveBefore')).toEqual(expect.arrayContaining(['api.Element.moveBefore']));
    // a name an old feature shares is not searchable (Set.size is old)
    expect(newer.has('size')).toBe(false);
    expect(featuresNamedIn('a.moveBefore(b,c);var s="moveBefore"', newer)).toEqual(['moveBefore']);
    expect(featuresNamedIn('var s="moveBefore"', newer)).toEqual([]);
  });
});

describe('the extension needs nothing newer than its minimum versions', () => {
  const minimums = `Chrome ${MIN_VERSIONS.chrome}, Firefox ${MIN_VERSIONS.firefox}, Firefox for Android ${MIN_VERSIONS.firefox_android}`;

  it(`every extension API src/ calls exists in ${minimums}`, () => {
    const uses = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) for (const use of extensionApiUses(readFileSync(file, 'utf8'))) uses.add(use);
    expect(uses.size).toBeGreaterThan(20);
    const unknown = [...uses].filter((use) => !extensionApiPath(use));
    expect(unknown, 'API members compat-data does not know (typo, or not an extension API)').toEqual([]);
    const problems = [...uses].flatMap((use) => problemsWith(extensionApiPath(use)!, ALL));
    expect(problems.filter((p) => !ACCEPTED[key(p)])).toEqual([]);
  });

  it('every key of both manifests is supported by the browsers that read it', () => {
    const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
    const problems: CompatProblem[] = [];
    const unknown: string[] = [];
    const check = (manifest: Manifest, browsers: BrowserId[]) => {
      for (const keyPath of manifestKeyPaths(manifest)) {
        // Chrome's own key, absent from the cross-browser data; Chrome has read it since its first extensions
        if (keyPath === 'minimum_chrome_version') continue;
        const path = manifestCompatPath(keyPath);
        if (!path) unknown.push(keyPath);
        else problems.push(...problemsWith(path, browsers));
      }
    };
    check(chromeManifest(source, NEWS_SITES), ['chrome']);
    check(firefoxManifest(source, NEWS_SITES), ['firefox', 'firefox_android']);
    expect(unknown).toEqual([]);
    const seen = new Set(problems.map(key));
    expect([...seen].filter((k) => !ACCEPTED[k])).toEqual([]);
    // every accepted gap still occurs (API or manifest): the table cannot go stale
    const apiProblems = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const use of extensionApiUses(readFileSync(file, 'utf8'))) for (const p of problemsWith(extensionApiPath(use) ?? '', ALL)) apiProblems.add(key(p));
    }
    expect(Object.keys(ACCEPTED).filter((k) => !seen.has(k) && !apiProblems.has(k))).toEqual([]);
  });

  it(`esbuild targets the minimum versions (${ESBUILD_TARGET.join(', ')})`, () => {
    expect(ESBUILD_TARGET).toEqual([`chrome${MIN_VERSIONS.chrome}`, `firefox${MIN_VERSIONS.firefox}`]);
    expect(scriptBuildOptions(true).target).toEqual(ESBUILD_TARGET);
  });

  /**
   * Names of our own members that happen to equal a newer web feature's name, each with what it really is.
   * Listed names must still occur (else the entry goes).
   */
  const SAME_NAME: Record<string, string> = {
    local: 'storage.local (extension API), not RTCIceCandidatePair.local',
    dispose: 'SlicedQueue.dispose (src/content/slices.ts), not DisposableStack',
    disposed: 'SlicedQueue.disposed, not DisposableStack.disposed',
    side: 'the panel\'s dataset.side, not SVGTextPathElement.side',
    yield: 'the generator keyword of the pausable planners (src/core/steps.ts, ES2015), not Scheduler.yield',
  };

  it('no bundle names a web API or JS built-in newer than the minimum versions', async () => {
    const result = await build({ ...scriptBuildOptions(true), entryPoints: ENTRIES, outdir: 'out', write: false });
    const newer = webFeaturesNewerThanMinimum(['chrome', 'firefox']);
    const found = new Map<string, string>();
    for (const file of result.outputFiles) {
      for (const name of featuresNamedIn(file.text, newer)) found.set(name, `${file.path.split('/').pop()}: ${newer.get(name)!.join(' | ')}`);
    }
    const unexpected = [...found].filter(([name]) => !SAME_NAME[name]);
    expect(unexpected, 'features newer than the minimum versions (or an own name to add to SAME_NAME with its reason)').toEqual([]);
    expect(Object.keys(SAME_NAME).filter((name) => !found.has(name))).toEqual([]);
  }, 60_000);
});
