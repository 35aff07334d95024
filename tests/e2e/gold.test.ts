/**
 * Every annotated page (fixtures/pages/NAME.gold.json), served under its real URL, cleaned by the built
 * extension in real Chromium and Firefox ESR: article passages must stay visible to the reader and the
 * clutter must not. "Visible" is what the browser renders: `document.body.innerText` skips display:none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, launchWithExtension, type Harness } from './harness';
import { ROOT } from './server';

interface Gold {
  file: string;
  url: string;
  article: string[];
  clutter: { text: string; category: string }[];
}

const dir = join(ROOT, 'fixtures', 'pages');
const golds: Gold[] = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.each(BROWSERS)('gold pages in %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps every article passage visible and hides at least 95 % of the clutter', async () => {
    expect(golds.length).toBeGreaterThanOrEqual(8);
    let passages = 0;
    let kept = 0;
    let clutter = 0;
    let hidden = 0;
    const misses: string[] = [];
    for (const gold of golds) {
      // Chromium speaks https to the fixture server; Firefox reaches it as an http proxy.
      const url = kind === 'chrome' ? gold.url.replace(/^http:/, 'https:') : gold.url.replace(/^https:/, 'http:');
      const page = await h.open(url);
      const stats = await h.stats(page); // the content script has answered: the first pass is applied
      expect(stats, `${gold.file}: content script answered`).not.toBeNull();
      const seen = norm(await page.evaluate(() => document.body.innerText));
      let pageKept = 0;
      let pageHidden = 0;
      for (const passage of gold.article) {
        passages++;
        if (seen.includes(norm(passage))) pageKept++;
        else misses.push(`${gold.file}: passage hidden: ${passage.slice(0, 70)}`);
      }
      for (const c of gold.clutter) {
        clutter++;
        if (!seen.includes(norm(c.text))) pageHidden++;
        else misses.push(`${gold.file}: ${c.category} visible: ${c.text.slice(0, 70)}`);
      }
      kept += pageKept;
      hidden += pageHidden;
      console.log(`[${kind}] ${gold.file}: passages ${pageKept}/${gold.article.length}, clutter hidden ${pageHidden}/${gold.clutter.length}`);
      await page.close();
    }
    console.log(`[${kind}] TOTAL passages ${kept}/${passages}, clutter hidden ${hidden}/${clutter} (${((100 * hidden) / clutter).toFixed(1)} %)`);
    if (misses.length) console.log(misses.join('\n'));
    expect(misses.filter((m) => m.includes('passage hidden'))).toEqual([]);
    expect(hidden / clutter).toBeGreaterThanOrEqual(0.95);
  });
});
