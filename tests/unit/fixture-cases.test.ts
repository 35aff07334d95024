/**
 * The fixture cases (src/offline/fixtures.ts): one folder per case with its meta.json; the loader lists them by kind,
 * `npm run add-fixture` starts one, and the fixture server answers each page case under its address.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES_DIR, type CaseMeta, caseUrl, cases, casePart, checkMeta, createCase, listCases, pageFile } from '../../src/offline/fixtures';
import type { PageGold } from '../../src/core/gold';
import { main as addFixture } from '../../scripts/dev/add-fixture';
import { fixtureUrl, startFixtureServer, type FixtureServer } from '../../tools/browser/server';

const PARTS = new Set(['meta.json', 'page.html', 'page.txt', 'gold.json', 'entities.json', 'late.json', 'fundus.json']);
const META: CaseMeta = { kind: 'train', origin: 'real', site: 'vi.example', url: 'https://vi.example/bai.html', source: 'a test', licence: 'MIT', added: '2026-12-05' };

describe('fixture cases', () => {
  it('every folder of fixtures/cases is a case with a checked meta.json, its page and only known parts', () => {
    const folders = readdirSync(CASES_DIR);
    expect(folders.every((f) => statSync(join(CASES_DIR, f)).isDirectory()), 'nothing but case folders').toBe(true);
    expect(cases().map((c) => c.name)).toEqual([...folders].sort());
    for (const c of cases()) {
      expect(statSync(pageFile(c)).size, c.name).toBeGreaterThan(0);
      for (const part of readdirSync(c.dir)) expect(PARTS.has(part), `${c.name}/${part}`).toBe(true);
      // the page is planned and served under one address: meta.json's, the same as its gold's
      const gold = casePart<PageGold>(c, 'gold.json');
      if (gold?.url) expect(caseUrl(c), c.name).toBe(gold.url);
      if (c.meta.kind === 'seed') expect(c.meta.url).toBeUndefined();
      else expect(c.meta.url, c.name).toMatch(/^https?:\/\//);
    }
  });

  it('lists them by kind: 5 seeds, the training pages, the held-out and revisit pages, the e2e pages', () => {
    const count = (k: Parameters<typeof cases>[0]) => cases(k).length;
    expect(count('seed')).toBe(5);
    expect(count('train')).toBeGreaterThanOrEqual(14);
    expect(count('heldout')).toBeGreaterThanOrEqual(10);
    expect(count('revisit')).toBe(2);
    expect(count('e2e')).toBeGreaterThanOrEqual(7);
    expect(cases('seed', 'train').length).toBe(count('seed') + count('train'));
    // held-out pages carry what their portal adds after load; nothing else does
    expect(cases().filter((c) => readdirSync(c.dir).includes('late.json')).every((c) => c.meta.kind === 'heldout')).toBe(true);
  });

  it('a meta.json that is wrong is refused with the file and the field', () => {
    expect(() => checkMeta({ ...META, kind: 'pages' }, 'x/meta.json')).toThrow(/x\/meta.json: kind must be one of seed, train/);
    expect(() => checkMeta({ ...META, licence: '' }, 'm')).toThrow(/licence/);
    expect(() => checkMeta({ ...META, added: '5/12/2026' }, 'm')).toThrow(/added/);
    expect(() => checkMeta({ ...META, url: 'vi.example/bai.html' }, 'm')).toThrow(/url/);
    expect(() => checkMeta([], 'm')).toThrow(/not a JSON object/);
    expect(checkMeta(META, 'm')).toEqual(META);
  });
});

describe('starting a case', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tin-gon-cases-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('createCase writes page, meta and gold, listCases reads them back, and an existing case is never overwritten', () => {
    const dir = join(tmp, 'a');
    createCase(dir, 'vi.example__bai', { html: '<p>x</p>', meta: META });
    expect(listCases(dir)).toEqual([{ name: 'vi.example__bai', dir: join(dir, 'vi.example__bai'), meta: META }]);
    expect(() => createCase(dir, 'vi.example__bai', { html: '<p>other</p>', meta: META })).toThrow(/exists already: nothing written/);
    expect(readFileSync(join(dir, 'vi.example__bai', 'page.html'), 'utf8')).toBe('<p>x</p>');
    expect(() => createCase(dir, 'vi.example__hong', { html: '', meta: { ...META, origin: 'copied' as never } })).toThrow(/origin/);
    expect(readdirSync(dir)).toEqual(['vi.example__bai']);
  });

  it('npm run add-fixture FILE makes a case folder named after the canonical address, with its meta and a gold skeleton', async () => {
    const dir = join(tmp, 'b');
    const saved = join(tmp, 'saved.html');
    writeFileSync(saved, '<html><head><link rel="canonical" href="https://www.bao.example.vn/thoi-su/tin-moi-123.html"></head><body></body></html>');
    expect(await addFixture([saved, '--licence', 'CC BY 4.0', '--kind', 'heldout', '--origin', 'synthetic'], dir)).toBe(0);
    const [made] = listCases(dir);
    expect(made?.name).toBe('bao.example.vn__tin-moi-123');
    expect(made?.meta).toEqual({
      kind: 'heldout',
      origin: 'synthetic',
      site: 'bao.example.vn',
      url: 'https://www.bao.example.vn/thoi-su/tin-moi-123.html',
      source: 'saved.html',
      licence: 'CC BY 4.0',
      added: new Date().toISOString().slice(0, 10),
    });
    expect(readFileSync(pageFile(made!), 'utf8')).toBe(readFileSync(saved, 'utf8'));
    expect(casePart<PageGold>(made!, 'gold.json')).toMatchObject({ site: 'bao.example.vn', article: [], clutter: [] });
    await expect(addFixture([saved], dir)).rejects.toThrow(/exists already/);
    await expect(addFixture([saved, '--kind', 'seed'], dir)).rejects.toThrow(/--kind must be one of train, heldout, revisit, e2e/);
  });
});

describe('the fixture server answers every page case', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const fetchAs = (url: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const u = new URL(url);
      get({ host: '127.0.0.1', port: server.port, path: u.pathname, headers: { host: u.hostname } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      }).on('error', reject);
    });

  it('under its address and under its name, and nothing outside the cases', async () => {
    const pages = cases().filter((c) => c.meta.kind !== 'seed');
    for (const c of pages) {
      const html = readFileSync(pageFile(c), 'utf8');
      const byName = c.name.includes('__') ? [fixtureUrl(`${c.name}.html`)] : [];
      for (const url of [c.meta.url!.replace(/^https:/, 'http:'), ...byName]) {
        const r = await fetchAs(url);
        expect(r.status, url).toBe(200);
        expect(r.body === html, url).toBe(true);
      }
    }
    expect((await fetchAs('http://cua-hang.test/')).status).toBe(200);
    expect((await fetchAs('http://vnexpress.net/../package.json')).status).toBe(404);
    expect((await fetchAs('http://vnexpress.net/khong-co.html')).status).toBe(404);
  }, 60_000);
});
