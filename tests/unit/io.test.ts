import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, loadInput, looksLikeHtml, sniffCharset } from '../../src/cli/io';

const enc = (s: string) => new TextEncoder().encode(s);
// "Hà Nội" in windows-1258: H à(0xE0) space N ô(0xF4) ̣(combining dot below 0xF2) i
const hanoi1258 = Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);

describe('sniffCharset', () => {
  it('honours a BOM and a declared charset', () => {
    expect(sniffCharset(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(sniffCharset(enc('<html><head><meta charset="windows-1258"></head>'))).toBe('windows-1258');
    expect(sniffCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'))).toBe('utf-8');
  });

  it('finds a meta charset that comes after a long script in the head', () => {
    const page = `<html><head><script>${'x'.repeat(20000)}</script><meta charset="windows-1258"></head><body></body>`;
    expect(sniffCharset(enc(page))).toBe('windows-1258');
  });

  it('defaults to utf-8 for valid UTF-8 without a declaration, to windows-1258 otherwise', () => {
    expect(sniffCharset(enc('<p>Hà Nội</p>'))).toBe('utf-8');
    expect(sniffCharset(Uint8Array.from([...enc('<p>'), ...hanoi1258]))).toBe('windows-1258');
  });

  it('ignores an unknown charset label', () => {
    expect(sniffCharset(enc('<meta charset="klingon"><p>Hà Nội</p>'))).toBe('utf-8');
  });
});

describe('loadInput', () => {
  it('decodes a legacy-encoded page without mojibake', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tin-gon-io-'));
    const file = join(dir, 'legacy.html');
    await writeFile(file, Uint8Array.from([...enc('<html><head><meta charset="windows-1258"></head><body><p>'), ...hanoi1258, ...enc('</p></body></html>')]));
    const input = await loadInput(file);
    expect(input.kind).toBe('html');
    expect(input.source.normalize('NFC')).toContain('Hà Nội');
  });

  it('gives a clear error for a missing file, a directory and an unreadable file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tin-gon-io-'));
    await expect(loadInput(join(dir, 'nope.html'))).rejects.toThrow(/cannot read .*nope\.html: no such file/);
    await expect(loadInput(dir)).rejects.toBeInstanceOf(CliError);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.txt');
      await writeFile(locked, 'x');
      await chmod(locked, 0o000);
      await expect(loadInput(locked)).rejects.toThrow(/permission denied/);
    }
  });

  it('rejects a binary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tin-gon-io-'));
    const file = join(dir, 'image.png');
    await writeFile(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await expect(loadInput(file)).rejects.toThrow(/binary/);
  });

  it('tells text dumps from HTML', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Tin liên quan\nTiêu điểm\n')).toBe(false);
  });
});
