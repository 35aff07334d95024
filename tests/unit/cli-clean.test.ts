import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/offline/fixtures';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tin-gon.mjs');
const SEED = pageFile('003_587915966a4c247b');
const PAGE = pageFile('dantri.com.vn__2022-chien-thuat-nga-xe-tang-donbass.DERIVED');

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'clean', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tin-gon clean (real binary)', () => {
  it('text input → the kept lines, in order', () => {
    const r = run(SEED);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    const source = readFileSync(SEED, 'utf8').split('\n').map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines[0]).toBe(source[0]);
    expect(lines).toHaveLength(11);
    expect(r.out).not.toContain('Tin liên quan');
    expect(r.out).not.toContain('Mời quý độc giả');
    // order is preserved
    expect(lines.map((l) => source.indexOf(l))).toEqual([...lines.map((l) => source.indexOf(l))].sort((a, b) => a - b));
  });

  it('--format json gives title, text, hidden and entities', () => {
    const r = run(PAGE, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { title: string; text: string; hidden: { category: string; label: string; text: string }[]; entities: unknown[] };
    expect(json.title).toContain('Chiến thuật của Nga');
    expect(json.text).toContain('Uralvagonzavod');
    expect(json.hidden.some((h) => h.category === 'related' && h.label === 'Tin liên quan')).toBe(true);
    expect(Array.isArray(json.entities)).toBe(true);
  });

  it('--format html marks hidden elements (not removed) with one stylesheet', () => {
    const r = run(PAGE, '--format=html', '--url', 'https://dantri.com.vn/the-gioi/x.htm');
    expect(r.code).toBe(0);
    expect(r.out).toContain('data-tin-gon-hide="related"');
    expect(r.out.match(/id="tin-gon-style"/g)).toHaveLength(1);
    expect(r.out).toContain('Quan chức Lugansk');
  });

  it('--format text on HTML prints what a reader still sees', () => {
    const r = run(PAGE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nhà thầu quốc phòng Nga Uralvagonzavod');
    expect(r.out).not.toContain('Quan chức Lugansk nói Nga');
  });

  it('decodes a page by its declared charset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tin-gon-'));
    const file = join(dir, 'latin.html');
    const html = '<html><head><meta charset="windows-1252"></head><body><h1>Café résumé naïve headline</h1><p>Un paragraphe assez long pour compter comme texte, avec des accents: é, è, à, ç, et ainsi de suite.</p></body></html>';
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const r = run(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Café résumé naïve headline');
  });

  it('fails clearly on a missing file, a bad flag or a bad format', () => {
    const missing = run(join(ROOT, 'fixtures', 'nope.html'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/cannot read .*nope\.html: no such file/);
    const flag = run(SEED, '--bogus');
    expect(flag.code).not.toBe(0);
    expect(flag.err).toMatch(/unknown option .--bogus./i);
    const format = run(SEED, '--format', 'xml');
    expect(format.code).not.toBe(0);
    expect(format.err).toMatch(/unknown format "xml"/);
    expect(run().code).not.toBe(0);
    expect(run('--help').out).toMatch(/MARKED, not removed/);
  });
});
