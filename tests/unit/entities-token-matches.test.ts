/**
 * The tokenizer's raw matches (src/entities/tokenize.ts `matches`) are the one-pattern tokenizer's: runs of letters,
 * marks and digits joined in code across "." "'" "’" "&" give exactly what
 * `[\p{L}\p{M}\p{N}]+(?:[.'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\n|[^\s\p{L}\p{M}\p{N}]` matched (issue 10: that pattern
 * cost 6–19 ms to compile on a page's first use). Checked on every annotated article in fixtures/entities and on
 * edge cases (astral letters, combining marks, joiners at the ends, doubled joiners).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matches } from '../../src/entities/tokenize';

const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:[.'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\n|[^\s\p{L}\p{M}\p{N}]/gu;
const reference = (text: string): string[] => [...text.matchAll(REFERENCE)].map((m) => `${m.index}:${m[0]}`);
const ours = (text: string): string[] => [...matches(text)].map((m) => `${m.index}:${m[0]}`);

const EDGES = [
  "TP.HCM, AT&T, O'Neil, O’Brien, VOV.VN, dantri.com.vn, 1.000.000 đồng, e.g. Nam.Tuy",
  "a..b x.'y a.𝐀b 𝐀.𝐁 😀.a a.😀 a&&b a'’b A.1 x'\u0301y a\u0301.b ’a ' & . a. .a",
  '\u0301\u0301a a\u0301\u0301.\u0301b KhoaTheo hộiẢnh\n\n“Hà Nội” (TTXVN) – 12/3',
  '',
  '   ',
  'a',
];

describe('tokenizer matches', () => {
  it('are the one-pattern matches on edge cases', () => {
    for (const text of EDGES) expect(ours(text)).toEqual(reference(text));
  });

  it('are the one-pattern matches on every annotated fixture article', () => {
    const root = 'fixtures/entities';
    let n = 0;
    for (const dir of readdirSync(root))
      for (const f of readdirSync(join(root, dir)))
        if (/^\d+_\d+\.txt$/.test(f)) {
          const text = readFileSync(join(root, dir, f), 'utf8');
          expect(ours(text)).toEqual(reference(text));
          n++;
        }
    expect(n).toBeGreaterThan(500);
  });
});
