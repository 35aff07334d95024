/**
 * Build both extensions from one source:
 *   npm run build    → dist/chrome/, dist/firefox/ (unpacked)
 *   npm run package  → also artifacts/tin-gon-<target>-<version>.zip and a source zip for AMO review
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { parseArgs } from 'node:util';
import { cp, mkdir, readFile, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { INJECTED_FILES } from '../../src/background/files';
import { runtimeRulesModule } from '../../src/rules/pack';
import type { LearnedRules } from '../../src/core/rules';
import { NEWS_SITES } from '../../src/shared/sites';
import { CHROME_MIN_VERSION, chromeManifest, filesNamedBy, FIREFOX_MIN_VERSION, firefoxManifest, type Manifest, type Target } from './manifest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

/** Script bundles: output name → source entry. */
export const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  /** cleaning only; at document_start on every listed page, so kept small */
  content: 'src/content/index.ts',
  /** entity recogniser + gazetteers + panel, injected by the background after the first clean */
  entities: 'src/content/entities-entry.ts',
  /** element picker and "Hiện lại" buttons, injected by the background when the reader corrects a page */
  picker: 'src/content/picker-entry.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
};
/** Optional bundles: built when their entry exists. */
const OPTIONAL_ENTRIES: Record<string, string> = {
  reader: 'src/reader/reader.ts',
};
/** Folders whose .html and .css files are copied to the extension root. */
const PAGE_DIRS = ['src/popup', 'src/options', 'src/reader', 'src/ui'];

/**
 * Ship the learned rules without their evidence (src/rules/pack.ts): learned.json keeps it for
 * review, the CLI and the tests; the engine never reads it.
 */
export const runtimeRulesPlugin: Plugin = {
  name: 'runtime-rules',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]rules[\\/]learned\.json$/ }, async (args) => ({
      contents: runtimeRulesModule(JSON.parse(await readFile(args.path, 'utf8')) as LearnedRules),
      loader: 'js',
    }));
  },
};

/**
 * esbuild's syntax target: the oldest supported browsers (scripts/build/min-versions.json), so no syntax newer
 * than they parse lands in a bundle (esbuild lowers it or fails the build).
 */
export const ESBUILD_TARGET: string[] = [`chrome${CHROME_MIN_VERSION.split('.')[0]}`, `firefox${FIREFOX_MIN_VERSION.split('.')[0]}`];

/** esbuild options every script bundle is built with (scripts/bench/bench.ts measures with the same). */
export function scriptBuildOptions(production: boolean): BuildOptions {
  return {
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    target: ESBUILD_TARGET,
    minify: production,
    sourcemap: production ? false : 'inline',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
    plugins: [runtimeRulesPlugin],
  };
}

async function bundle(outdir: string, production: boolean): Promise<void> {
  const entryPoints: Record<string, string> = { ...ENTRIES };
  for (const [name, path] of Object.entries(OPTIONAL_ENTRIES)) if (existsSync(join(root, path))) entryPoints[name] = path;
  for (const [name, path] of Object.entries(entryPoints)) {
    if (!existsSync(join(root, path))) throw new Error(`build: entry ${name} is missing: ${path}`);
  }
  await build({ ...scriptBuildOptions(production), entryPoints, outdir });
}

async function copyStatic(outdir: string): Promise<void> {
  await cp(join(root, 'src/_locales'), join(outdir, '_locales'), { recursive: true });
  await mkdir(join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await cp(join(root, `icons/icon-${size}.png`), join(outdir, `icons/icon-${size}.png`));
  }
  for (const dir of PAGE_DIRS) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of await readdir(join(root, dir))) {
      if (file.endsWith('.html') || file.endsWith('.css')) await cp(join(root, dir, file), join(outdir, file));
    }
  }
}

async function assertFilesExist(outdir: string, manifest: Manifest): Promise<void> {
  const missing = filesNamedBy(manifest).filter((f) => !existsSync(join(outdir, f)));
  if (missing.length) throw new Error(`build: ${outdir}/manifest.json names missing files: ${missing.join(', ')}`);
  const notInjectable = INJECTED_FILES.filter((f) => !existsSync(join(outdir, f)));
  if (notInjectable.length) throw new Error(`build: ${outdir} lacks files the background injects: ${notInjectable.join(', ')}`);
}

export async function buildTarget(target: Target, production = true): Promise<string> {
  const outdir = join(dist, target);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const manifest = target === 'chrome' ? chromeManifest(source, NEWS_SITES) : firefoxManifest(source, NEWS_SITES);
  await bundle(outdir, production);
  await copyStatic(outdir);
  await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await assertFilesExist(outdir, manifest);
  return outdir;
}

async function filesUnder(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const name of (await readdir(dir)).sort()) {
    const full = join(dir, name);
    if ((await stat(full)).isDirectory()) Object.assign(out, await filesUnder(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = new Uint8Array(await readFile(full));
  }
  return out;
}

async function packageAll(version: string): Promise<string[]> {
  const artifacts = join(root, 'artifacts');
  await mkdir(artifacts, { recursive: true });
  const written: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const zip = zipSync(await filesUnder(join(dist, target)), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    const path = join(artifacts, `tin-gon-${target}-${version}.zip`);
    await writeFile(path, zip);
    written.push(path);
  }
  // addons.mozilla.org asks for the source of minified code: the tracked files of this repository.
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const sources: Record<string, Uint8Array> = {};
  for (const file of tracked) if (existsSync(join(root, file))) sources[file] = new Uint8Array(await readFile(join(root, file)));
  const sourcePath = join(artifacts, `tin-gon-source-${version}.zip`);
  await writeFile(sourcePath, zipSync(sources, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  written.push(sourcePath);
  return written;
}

async function main(): Promise<void> {
  // strict: an unknown flag is an error, not a silent default build
  const { values: args } = parseArgs({ options: { dev: { type: 'boolean', default: false }, package: { type: 'boolean', default: false } } });
  const production = !args.dev;
  const started = performance.now();
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = await buildTarget(target, production);
    console.log(`built ${target}: ${dir}`);
  }
  if (args.package) {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const path of await packageAll(version)) console.log(`packaged ${path}`);
  }
  console.log(`build done in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
