import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEntities } from '../../src/cli/entities';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'tin-gon-entities-'));
const text = join(dir, 'a.txt');
writeFileSync(text, 'Ngoại trưởng Mỹ Antony Blinken gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Bali. Ông Vương nói rõ.\n');
const html = join(dir, 'b.html');
writeFileSync(
  html,
  '<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body><article><h1>Tin</h1>' +
    '<p>Thủ tướng Phạm Minh Chính hôm nay làm việc với lãnh đạo tỉnh Nghệ An về dự án cao tốc mới qua địa bàn.</p>' +
    '<p>Theo Bộ Xây dựng, dự án dài 90 km, nối Nghệ An với Hà Tĩnh, dự kiến hoàn thành năm 2027 như kế hoạch.</p>' +
    '</article></body></html>',
);

describe('tin-gon entities', () => {
  it('prints a grouped human summary with roles and counts', async () => {
    expect(await runEntities([text])).toBe(0);
    expect(out).toContain('Người (2)');
    expect(out).toContain('Vương Nghị — Bộ trưởng Ngoại giao Trung Quốc ×2');
    expect(out).toContain('Địa điểm');
  });

  it('prints one JSON object for one file', async () => {
    expect(await runEntities([html, '--json'])).toBe(0);
    const body = JSON.parse(out) as { file: string; entities: Array<{ name: string; type: string }> };
    expect(body.file).toBe(html);
    expect(body.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Phạm Minh Chính', 'Nghệ An', 'Bộ Xây dựng']));
  });

  it('prints JSON lines for several files, reports unreadable files and exits non-zero', async () => {
    expect(await runEntities(['--json', text, join(dir, 'missing.txt'), html])).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([text, html]);
    expect(err).toContain('missing.txt');
  });
});
