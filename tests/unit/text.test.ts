import { describe, expect, it } from 'vitest';
import { fold, isDoubledTitle, isTimestamp, isTruncated, normalizeSpace, shape, shapeTokens } from '../../src/core/text';

describe('core/text', () => {
  it('folds case, diacritics and đ, whatever the Unicode form', () => {
    const nfc = 'Tiêu điểm'.normalize('NFC');
    const nfd = 'Tiêu điểm'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(fold(nfc)).toBe('tieu diem');
    expect(fold(nfd)).toBe('tieu diem');
    expect(shape(`  TIÊU\u00a0ĐIỂM `)).toBe('tieu diem');
  });

  it('normalises whitespace and composes accents', () => {
    expect(normalizeSpace(' a\u200b \n\t b ')).toBe('a b');
    expect(normalizeSpace('Khoá'.normalize('NFD'))).toBe('Khoá'.normalize('NFC'));
  });

  it('abstracts times, dates, numbers and site names', () => {
    expect(shape('09:18:23 11/03/2025')).toBe('<time> <date>');
    expect(shape('Theo dõi VGT trên')).toBe('theo doi <site> tren');
    expect(shape('Mời quý độc giả theo dõi VOV.VN trên').endsWith('theo doi <site> tren')).toBe(true);
    expect(shapeTokens('Tin số 12, 3,5%')).toEqual(['tin', 'so', '<num>', '<num>']);
    // an all-capitals heading is not a site name
    expect(shape('TIN MỚI')).toBe('tin moi');
  });

  it('recognises teaser shapes', () => {
    expect(isTimestamp('16:19:40 28/01/2025')).toBe(true);
    expect(isTimestamp('23:02 , 06/03/2026')).toBe(true);
    expect(isTimestamp('5 giờ trước')).toBe(true);
    expect(isTimestamp('Ngày 14/3, ông Sullivan nói')).toBe(false);
    expect(isDoubledTitle('Belarus cải tổ chính phủBelarus cải tổ chính phủ')).toBe(true);
    expect(isDoubledTitle('Belarus cải tổ chính phủ')).toBe(false);
    expect(isTruncated('Cố vấn An ninh Quốc gia...')).toBe(true);
    expect(isTruncated('Hết.')).toBe(false);
  });
});

describe('normalizeSpace fast path', () => {
  it('is exactly NFC + collapsed spaces, for every single BMP character and for decomposed Vietnamese', async () => {
    const { normalizeSpace } = await import('../../src/core/text');
    const slow = (t: string): string => t.normalize('NFC').replace(/[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `${ch}`, ` ${ch} `, `a ${ch}b`, `a${ch} b`, `${ch}${ch}`, `Tin ${ch}\u0301 mới`]) {
        if (normalizeSpace(s) !== slow(s)) throw new Error(`U+${c.toString(16)} differs in ${JSON.stringify(s)}`);
      }
    }
    for (const s of ['a  b', ' a b ', 'a\u00a0b', 'a \u200b b', 'a\u202fb', 'a\u205f b', '\ufeffa', 'a\u2028b', 'a\tb', 'plain text, one space.']) {
      expect(normalizeSpace(s)).toBe(slow(s));
    }
    const decomposed = 'Tie\u0302u \u0111ie\u0302\u0309m  Ho\u0302\u0300 Chi\u0301 Minh';
    expect(normalizeSpace(decomposed)).toBe(slow(decomposed));
    expect(normalizeSpace(decomposed)).toBe('Tiêu điểm Hồ Chí Minh');
  });
});

describe('shapeTokens without the \\p{…} regex on the hot path', () => {
  /** shapeTokens as it was: the Unicode-property regex on every word, SITE with the `u` flag. */
  function reference(text: string): string[] {
    const out: string[] = [];
    const line = normalizeSpace(text);
    const shouting = line === line.toUpperCase();
    for (const raw of line.split(' ')) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
      if (word === '') {
        if (/^[-–—]$/.test(raw)) out.push('-');
        continue;
      }
      if (/^\d{1,2}[:h]\d{2}(?::\d{2})?$/.test(word)) out.push('<time>');
      else if (/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(word)) out.push('<date>');
      else if (/^\d+(?:[.,]\d+)*%?$/.test(word)) out.push('<num>');
      else if (!shouting && /^(?:[A-ZĐ][A-Z0-9Đ]{1,}(?:\.[A-Z]{2,})*|[\w-]+\.(?:vn|com|net|org)(?:\.vn)?)$/u.test(word) && word.length <= 16) out.push('<site>');
      else for (const part of fold(word).split(/[^a-z0-9]+/)) if (part) out.push(/^\d+$/.test(part) ? '<num>' : part);
    }
    return out;
  }

  it('shapes like before around every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}a`, `Tin ${ch}${ch}mới`, `${ch}%`, `%${ch}`, `VGT${ch}`, `${ch}12`]) {
        if (shapeTokens(s).join(' ') !== reference(s).join(' ')) throw new Error(`U+${c.toString(16)} in ${JSON.stringify(s)}`);
      }
    }
    for (const s of ['“Tin liên quan”', '(Ảnh: VGT)', 'Theo dõi dantri.com.vn trên', '3,5% - Hình 2', '…', '-- a --', '%%', 'a.%', 'a%.', '\u{1d400}bc\u{1d401}', 'e\u0301']) {
      expect(shapeTokens(s)).toEqual(reference(s));
    }
  });
});

describe('normalizedLongerThan', () => {
  it('agrees with normalising the whole text, whatever the whitespace and combining marks around the cut', async () => {
    const { normalizedLongerThan } = await import('../../src/core/text');
    const pieces = ['a', 'ê', 'e\u0302', '\u0301', '\u0323', ' ', '  \n\t', '\u00a0', '\u200b', 'Tin', '\ud83d\ude00', 'ᄀ', 'ᅡ'];
    let seed = 7;
    const rand = (k: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const parts = 1 + rand(400);
      for (let j = 0; j < parts; j++) text += pieces[rand(pieces.length)];
      for (const n of [0, 5, 40, 60, 100, 160, 700]) {
        if (normalizedLongerThan(text, n) !== normalizeSpace(text).length > n) throw new Error(`${JSON.stringify(text)} ${n}`);
      }
    }
  });
});
