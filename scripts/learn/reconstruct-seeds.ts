/**
 * Rebuild HTML pages from the five seed cases (their text dump page.txt + gold.json), so the DOM engine is
 * tested on the seed sites too: the training cases fixtures/cases/seed-NNN.reconstructed/ (page.html, gold.json, meta.json).
 * The markup imitates each site's article layout (vietgiaitri.com, vov.vn); it is NOT a saved page,
 * and every file says so in its first comment. Run: `npx tsx scripts/learn/reconstruct-seeds.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Category } from '../../src/core/types';
import type { PageGold, SeedGold } from '../../src/core/gold';
import { expandRange } from '../../src/core/gold';
import { isDoubledTitle, isTimestamp, normalizeSpace, shapeTokens } from '../../src/core/text';
import { CASES_DIR, loadSeeds, type CaseMeta } from '../../src/offline/fixtures';

const SECTION_HEADINGS = new Set(['Tin liên quan', 'Tiêu điểm', 'Tin đang nóng', 'Tin mới nhất', 'Có thể bạn quan tâm']);
const NAV = ['Trang chủ', 'Thế giới', 'Tiêu điểm', 'Sao Việt', 'Video'];
const CAPTION = /Ảnh:|\(Ảnh|\(ảnh\)/;
const ECHO = / - Hình \d+$/;

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Teaser {
  title: string;
  label?: string;
  time?: string;
  lead?: string;
}

interface Line {
  n: number;
  text: string;
  label: Category | 'article';
  block: number;
  note: string;
}

function lineTable(lines: string[], gold: SeedGold): Line[] {
  const out: Line[] = [];
  const owner = new Map<number, { label: Category | 'article'; block: number; note: string }>();
  gold.article.forEach((r, i) => expandRange(r).forEach((n) => owner.set(n, { label: 'article', block: -1 - i, note: '' })));
  gold.clutter.forEach((c, i) => expandRange(c.lines).forEach((n) => owner.set(n, { label: c.category, block: i, note: c.note ?? '' })));
  lines.forEach((raw, i) => {
    const text = normalizeSpace(raw);
    const o = owner.get(i + 1);
    if (text && o) out.push({ n: i + 1, text, ...o });
  });
  return out;
}

function parseTeasers(lines: string[]): { headings: string[]; groups: { headings: string[]; items: Teaser[] }[] } {
  const groups: { headings: string[]; items: Teaser[] }[] = [];
  let group: { headings: string[]; items: Teaser[] } | null = null;
  let cur: Teaser | null = null;
  lines.forEach((line, i) => {
    if (SECTION_HEADINGS.has(line) && !isTimestamp(lines[i + 1] ?? '')) {
      if (!group || group.items.length > 0) {
        group = { headings: [], items: [] };
        groups.push(group);
      }
      group.headings.push(line);
      cur = null;
      return;
    }
    if (!group) {
      group = { headings: [], items: [] };
      groups.push(group);
    }
    if (isTimestamp(line) && cur) cur.time = line;
    else if (cur && (line === cur.title || line === cur.lead)) return;
    else if (isDoubledTitle(line)) group.items.push((cur = { title: line.slice(0, line.length / 2) }));
    else if (cur && shapeTokens(line).length <= 4 && isTimestamp(lines[i + 1] ?? '')) cur.label = line;
    else if (cur && !cur.lead && line.length > 100 && (cur.time !== undefined || lines[i - 1] === cur.title || lines[i - 2] === cur.title)) cur.lead = line;
    else group.items.push((cur = { title: line }));
  });
  return { headings: groups.flatMap((g) => g.headings), groups };
}

let counter = 0;
function teaserHtml(t: Teaser, vov: boolean): string {
  const k = ++counter;
  if (vov)
    return `<article class="article-item"><a class="article-thumb" href="/tin/${k}.vov"><img src="/img/${k}.jpg" alt="${esc(t.title)}"></a><h3 class="article-title"><a href="/tin/${k}.vov">${esc(t.title)}</a></h3>${t.lead ? `<p class="article-sapo">${esc(t.lead)}</p>` : ''}</article>`;
  return `<li class="news-item"><a class="thumb" href="/bai/${k}.html"><img src="/i/${k}.jpg" alt="${esc(t.title)}"></a><h4 class="news-item__title"><a href="/bai/${k}.html">${esc(t.title)}</a></h4>${
    t.label ? `<a class="news-item__cat" href="/c/${k}">${esc(t.label)}</a>` : ''
  }${t.time ? `<span class="news-item__time">${esc(t.time)}</span>` : ''}${t.lead ? `<p class="news-item__sapo">${esc(t.lead)}</p>` : ''}</li>`;
}

function sectionHtml(lines: string[], vov: boolean): string {
  const { groups } = parseTeasers(lines);
  return groups
    .map((g) => {
      const items = g.items.map((t) => teaserHtml(t, vov)).join('\n');
      if (vov) return `<section class="related-article"><div class="section-header"><h2 class="section-title">${esc(g.headings[0] ?? '')}</h2></div><div class="article-list">\n${items}\n</div></section>`;
      if (g.headings.length > 1)
        return `<div class="box-tabs"><ul class="tabs">${g.headings.map((h, i) => `<li${i === 0 ? ' class="active"' : ''}><a href="#tab-${i}">${esc(h)}</a></li>`).join('')}</ul><div class="tab-pane"><ul class="news-list">\n${items}\n</ul></div></div>`;
      return `<div class="box-news"><div class="box-news__head"><h3>${esc(g.headings[0] ?? '')}</h3></div><ul class="news-list">\n${items}\n</ul></div>`;
    })
    .join('\n');
}

function bodyLine(l: Line): string {
  if (ECHO.test(l.text)) return `<figure class="image"><img src="/img/${l.n}.jpg" alt="${esc(l.text)}"></figure>`;
  if (CAPTION.test(l.text)) return `<figure class="image"><img src="/img/${l.n}.jpg" alt=""><figcaption>${esc(l.text)}</figcaption></figure>`;
  return `<p>${esc(l.text)}</p>`;
}

function inlineHtml(block: Line[], vov: boolean): string {
  const first = block[0]!.text;
  if (/theo dõi/i.test(first)) return `<div class="${vov ? 'vov-follow' : 'follow-news'}">${esc(first)} <a href="https://news.google.com/" rel="nofollow">Google News</a></div>`;
  if (/^Video đang HOT$/i.test(first)) return `<div class="video-hot"><div class="video-hot__head">${esc(first)}</div><div class="video-hot__player" data-video="1"></div></div>`;
  if (ECHO.test(first)) return bodyLine(block[0]!);
  return `<div class="poll"><p class="poll__question">${esc(first)}</p>${block
    .slice(1)
    .map((l) => `<a class="poll__option" href="#vote">${esc(l.text)}</a>`)
    .join('')}</div>`;
}

function relatedHtml(block: Line[]): string {
  if (block.length === 1) return `<div class="related-box"><a href="/bai/lien-quan-${block[0]!.n}.html">${esc(block[0]!.text)}</a></div>`;
  // an appended second story: its title links to the story, then its lead, photos and body
  const [title, ...rest] = block;
  return `<div class="related-story"><h2 class="related-story__title"><a href="/bai/${title!.n}.html">${esc(title!.text)}</a></h2>\n${rest.map(bodyLine).join('\n')}\n</div>`;
}

export function reconstruct(name: string, lines: string[], gold: SeedGold): { html: string; gold: PageGold } {
  const vov = gold.site === 'vov.vn';
  const table = lineTable(lines, gold);
  const title = table[0]!.text;
  const inArticle: string[] = [];
  const after: string[] = [];
  let sectionsStarted = false;
  for (let i = 0; i < table.length; ) {
    const l = table[i]!;
    let j = i + 1;
    while (j < table.length && table[j]!.block === l.block) j++;
    const block = table.slice(i, j);
    i = j;
    if (l.label === 'article') {
      const lines = block[0]!.n === table[0]!.n ? block.slice(1) : block;
      inArticle.push(...lines.map(bodyLine));
      continue;
    }
    if (l.label === 'inline') {
      (sectionsStarted ? after : inArticle).push(inlineHtml(block, vov));
      continue;
    }
    if (l.label === 'related' && !SECTION_HEADINGS.has(l.text)) {
      inArticle.push(relatedHtml(block));
      continue;
    }
    sectionsStarted = true;
    after.push(sectionHtml(block.map((b) => b.text), vov));
  }
  const host = vov ? 'vov.vn' : 'vietgiaitri.com';
  const url = `https://${host}/reconstructed-seed-${name.slice(0, 3)}.html`;
  const html = `<!DOCTYPE html>
<!-- RECONSTRUCTED page, not a saved copy: rebuilt by scripts/learn/reconstruct-seeds.ts from the text dump of the seed case fixtures/cases/${name}
     and its gold annotation. The markup imitates a ${host} article layout; see fixtures/README.md. -->
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${url}"></head>
<body>
<header class="site-header"><a class="logo" href="/">${vov ? 'VOV.VN' : 'Việt Giải Trí'}</a>
<nav class="main-nav"><ul>${NAV.map((n) => `<li><a href="/${encodeURIComponent(n)}/">${n}</a></li>`).join('')}</ul></nav></header>
<div class="container"><div class="main-column">
<article class="${vov ? 'article' : 'post-detail'}"><h1 class="${vov ? 'article__title' : 'post-title'}">${esc(title)}</h1>
<div class="${vov ? 'article__body' : 'post-content'}">
${inArticle.join('\n')}
</div></article>
${after.join('\n')}
</div></div>
<footer class="site-footer"><p>© ${host} — bản dựng lại để kiểm thử</p></footer>
</body></html>
`;
  const navText = NAV.join('\n');
  const article = table.filter((l) => l.label === 'article').map((l) => l.text.slice(0, 90));
  const seen = new Set<string>();
  const clutter: PageGold['clutter'] = [];
  for (const l of table) {
    if (l.label === 'article' || ECHO.test(l.text) || seen.has(l.text)) continue;
    seen.add(l.text);
    const text = isDoubledTitle(l.text) ? l.text.slice(0, l.text.length / 2) : l.text;
    // short labels ("Sức khỏe") and words the nav also shows cannot be checked by visibility
    if ((text.length < 12 && !SECTION_HEADINGS.has(text)) || navText.includes(text) || article.some((a) => a.includes(text))) continue;
    clutter.push({ text: text.slice(0, 90), category: l.label });
  }
  return {
    html,
    gold: {
      file: `seed-${name.slice(0, 3)}.reconstructed.html`,
      site: gold.site,
      url,
      article,
      clutter,
      notes: `RECONSTRUCTED from the seed case fixtures/cases/${name}; labels transferred line by line from its gold.json. Alt-text echoes ('- Hình 1') became img alt attributes, so they are not visible text and not scored. Nav items (incl. a 'Tiêu điểm' menu link) are chrome, not clutter.`,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const seed of loadSeeds()) {
    if (!seed.gold) continue;
    const { html, gold } = reconstruct(seed.name, seed.lines, seed.gold);
    const base = `seed-${seed.name.slice(0, 3)}.reconstructed`;
    const dir = join(CASES_DIR, base);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'page.html'), html);
    writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(gold, null, 2)}\n`);
    const meta: CaseMeta = {
      kind: 'train',
      origin: 'reconstructed',
      site: gold.site,
      url: gold.url ?? `https://${gold.site}/`,
      source: `reconstructed by scripts/learn/reconstruct-seeds.ts from the seed case ${seed.name} (markup ours, imitating the portal; text and gold from the seed)`,
      licence: 'the seed text: as the seed case; the markup: MIT (this project)',
      added: existsSync(join(dir, 'meta.json')) ? (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as CaseMeta).added : new Date().toISOString().slice(0, 10),
    };
    writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    process.stdout.write(`wrote ${dir} (${gold.article.length} passages, ${gold.clutter.length} clutter texts)\n`);
  }
}
