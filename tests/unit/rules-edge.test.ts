import { describe, expect, it } from 'vitest';
import { caseSource, pageNames } from '../../src/offline/fixtures';
import { edgeToken } from '../../src/core/rules';
import { shapeTokens } from '../../src/core/text';

/** What edgeToken computed before its fast path: the edge word shaped as part of its line. */
function reference(text: string, last: boolean): string {
  const t = text.trim();
  const cut = last ? t.lastIndexOf(' ') : t.indexOf(' ');
  const word = cut < 0 ? t : last ? t.slice(cut + 1) : t.slice(0, cut);
  const tokens = shapeTokens(word, t === t.toUpperCase());
  return (last ? tokens[tokens.length - 1] : tokens[0]) ?? '';
}

describe('edgeToken fast path', () => {
  it('gives the shaped token for every word of the fixture pages, at either edge, in any line', () => {
    const words = new Set<string>();
    for (const name of pageNames()) {
      for (const w of caseSource(name).replace(/<[^>]*>/g, ' ').split(/\s+/)) words.add(w);
    }
    expect(words.size).toBeGreaterThan(5000);
    for (const w of words) {
      for (const line of [w, `Tin ${w}`, `${w} mới`, `TIN ${w}`, `${w} MỚI`]) {
        for (const last of [false, true]) if (edgeToken(line, last) !== reference(line, last)) throw new Error(`${JSON.stringify(line)} ${last}`);
      }
    }
  });

  it('handles punctuation, capitals, digits, decomposed accents and odd spaces like the shaper', () => {
    const lines = [
      'Từ khóa:', '(Ảnh minh họa)', '“Tin liên quan”', 'Video đang HOT', 'Theo dõi VGT trên', 'Theo dõi dantri.com.vn', 'Hình 12',
      'TIN MỚI', 'Đọc nhiều', 'khoa\u0301', 'Kho\u0301a', 'a\u00a0b', 'Tin…', '«Xem»', '3,5%', '09:18', 'COVID-19', 'iPhone', 'x', '', ' ', '—', 'Ǆ',
    ];
    for (const line of lines) for (const last of [false, true]) expect(edgeToken(line, last)).toBe(reference(line, last));
  });
});

describe('matchBoilerplate prefilter (last two tokens)', () => {
  it('matches exactly what shaping the whole line matches', async () => {
    const { compileRules, matchBoilerplate } = await import('../../src/core/rules');
    const { matchBoilerPrefix } = await import('../../src/core/follow');
    // the generic line shapes (core/generic-lines.ts) answer whenever no learned rule does
    const { genericLineRule } = await import('../../src/core/generic-lines');
    const { learnedRules } = await import('../../src/rules/index');
    const c = compileRules(learnedRules);
    // matchBoilerplate before the prefilter: the last edge token, then the whole line shaped
    const reference = (text: string): string | undefined => learned(text) ?? genericLineRule(text)?.id;
    const learned = (text: string): string | undefined => {
      const prefix = matchBoilerPrefix(c.boilerPrefix, text);
      if (prefix >= 0) return c.boilerPrefix[prefix]?.id;
      if (!c.boilerLast.has(edgeToken(text, true))) return undefined;
      const tokens = shapeTokens(text);
      if (tokens.length === 0 || tokens.length > 40) return undefined;
      const exact = c.boilerExact.get(tokens.join(' '));
      if (exact) return exact.id;
      for (const { tokens: suffix, rule } of c.boilerSuffix) {
        if (tokens.length < suffix.length || tokens.length > suffix.length + 30) continue;
        if (suffix.every((t, i) => tokens[tokens.length - suffix.length + i] === t)) return rule.id;
      }
      return undefined;
    };
    const lines = new Set<string>(['Từ khóa:', 'Video đang HOT', 'VIDEO ĐANG HOT', 'Theo dõi VGT trên', 'Mời quý độc giả theo dõi VOV.VN trên', 'Ảnh đẹp - Hình 3', 'Hình 3', '3', '- Hình 3', 'Bạn thấy bài viết này có hữu ích không?', 'MBS, FTSE', 'Giá vàng 2.350']);
    for (const name of pageNames()) {
      for (const block of caseSource(name).replace(/<(script|style)[^]*?<\/\1>/g, ' ').split(/<[^>]*>/)) {
        const line = block.trim();
        if (line.length > 0 && line.length <= 400) lines.add(line);
      }
    }
    expect(lines.size).toBeGreaterThan(500);
    let matched = 0;
    for (const line of lines) {
      const got = matchBoilerplate(c, line)?.id;
      if (got !== reference(line)) throw new Error(JSON.stringify(line));
      if (got) matched++;
    }
    expect(matched).toBeGreaterThan(5);
  });
});
