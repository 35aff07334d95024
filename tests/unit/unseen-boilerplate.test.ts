/**
 * Detectors added for portals the learner never saw (fixtures/heldout.md, "after seeing the held-out
 * pages"): prefix follow-us lines (core/follow.ts), tag rows (core/tags.ts) and heading-less story boxes beside
 * the article root (core/sibling-boxes.ts) — each with the chrome and article text it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { planDeclutter } from '../../src/core/declutter';
import { compileRules, matchBoilerplate } from '../../src/core/rules';
import { learnedRules } from '../../src/rules/index';

const PARA = (n: number): string =>
  `<p>Đoạn ${n}: Bộ trưởng cho biết chính phủ sẽ tiếp tục theo dõi sát diễn biến thị trường, đồng thời yêu cầu các bộ, ngành phối hợp chặt chẽ để bảo đảm ổn định.</p>`;
const BODY = [1, 2, 3, 4, 5].map(PARA).join('');

function doc(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`, { url: 'https://cong-moi.example.vn/bai-viet.html' }).window.document;
}

/** Texts of the blocks the plan hides. */
function hiddenTexts(d: Document): string[] {
  return planDeclutter(d, learnedRules).items.map((i) => (i.element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function ruleFor(d: Document, sel: string): string | undefined {
  const el = d.querySelector(sel)!;
  return planDeclutter(d, learnedRules).items.find((i) => i.element === el || i.element.contains(el))?.ruleId;
}

describe('prefix follow-us lines', () => {
  const c = compileRules(learnedRules);
  const rule = (text: string): string | undefined => matchBoilerplate(c, text)?.id;

  it('the learner keeps the seeds\' follow-us shape as a prefix rule with its evidence', () => {
    const prefix = learnedRules.rules.find((r) => r.kind === 'boilerplate' && r.match === 'prefix' && r.pattern === 'theo doi <site> tren');
    expect(prefix?.evidence.pages.length).toBeGreaterThan(0);
  });

  it.each([
    'Theo dõi Báo Thanh Niên trên Google News',
    'Theo dõi Kenh14 trên Google News để không bỏ lỡ tin tức mới nhất',
    'Mời quý độc giả theo dõi VOV.VN trên Zalo',
    'Mời bạn đọc theo dõi Báo Lao Động trên YouTube',
    'Follow Znews trên TikTok',
    'Theo dõi VGT trên',
  ])('matches "%s"', (text) => {
    expect(rule(text)).toMatch(/^boilerplate:/);
  });

  it.each([
    'Theo dõi',
    'Theo dõi chúng tôi',
    'Người dân theo dõi bão trên truyền hình',
    'Theo dõi Facebook trên điện thoại, chị Lan phát hiện tài khoản bị lạ.',
    'Theo dõi bệnh nhân trên giường bệnh suốt đêm',
    `Theo dõi Sở Y tế trên Facebook, người dân ${'được cập nhật thông tin về dịch bệnh mỗi ngày và '.repeat(3)}`,
  ])('leaves "%s" alone', (text) => {
    expect(rule(text)).toBeUndefined();
  });

  it('hides a whole-link follow line, never the byline beside it, nor a menu "Theo dõi" link, nor a long paragraph', () => {
    const long = 'Theo dõi Báo Thanh Niên trên Google News, nhiều bạn đọc cho biết họ cập nhật tin tức nhanh hơn, nhất là vào mùa mưa bão khi các tuyến đường bị chia cắt.';
    const d = doc(`<header><ul class="menu"><li><a href="/theo-doi">Theo dõi</a></li><li><a href="/">Trang chủ</a></li></ul></header>
<div class="detail"><h1>Tiêu đề bài báo về thị trường vàng hôm nay</h1>
<div class="author"><span class="name">Quế Chi</span><span>|</span><a class="follow" href="https://news.google.com/x">Theo dõi Báo Lao Động trên Google News</a></div>
<div class="body">${BODY}<p class="long">${long}</p></div></div>`);
    const hidden = hiddenTexts(d);
    expect(hidden).toContain('Theo dõi Báo Lao Động trên Google News');
    expect(hidden.some((t) => t.includes('Quế Chi'))).toBe(false);
    expect(hidden.some((t) => t.includes('Trang chủ') || t === 'Theo dõi')).toBe(false);
    expect(hidden.some((t) => t.includes('nhiều bạn đọc'))).toBe(false);
  });
});

describe('tag rows', () => {
  const ARTICLE = `<div class="detail"><h1>Tiêu đề bài báo về thị trường vàng hôm nay</h1><div class="body">${BODY}</div>`;

  it('hides unlabelled hashtag rows, rows of tag links and rows under a "Tags" label', () => {
    const d = doc(`${ARTICLE}
<div class="lst-tags"><ul><li><a href="https://cong-moi.example.vn/tags/vang">#Giá vàng</a></li><li><a href="https://cong-moi.example.vn/tags/ngan-hang">#Ngân hàng</a></li></ul></div>
<div class="row-a"><ul class="t"><li><a href="/vang.tag">giá vàng</a></li><li><a href="/ty-gia.tag">tỷ giá</a></li></ul></div>
<p class="row-b"><strong>Tags</strong> <a href="/vang.html">vàng miếng</a> <a href="/sjc.html">SJC</a></p></div>`);
    expect(ruleFor(d, '.lst-tags a')).toBe('generic:tag-row');
    expect(ruleFor(d, '.row-a a')).toBe('generic:tag-row');
    expect(ruleFor(d, '.row-b a')).toBe('generic:tag-row');
    const item = planDeclutter(d, learnedRules).items.find((i) => i.ruleId === 'generic:tag-row');
    expect(item?.category).toBe('inline');
  });

  it('leaves a header hashtag bar, a hashtag bar above the article, a breadcrumb, a menu and a paragraph with tag links alone', () => {
    const d = doc(`<header class="site"><div class="trend"><a href="/chu-de/gia-vang">#Giá vàng</a> <a href="/chu-de/bao-lu">#Bão lũ</a></div></header>
<div class="hot-tags"><a href="/hashtag/sap-nhap">#Sáp nhập tỉnh</a> <a href="/hashtag/bau-cu">#Bầu cử</a></div>
${ARTICLE}
<div class="bread-crumb"><a href="/chu-de/kinh-te">Kinh tế</a> » <a href="/chu-de/thi-truong">Thị trường</a></div>
<div class="crumbs"><a href="/tags/kinh-te">Kinh tế</a> › <a href="/tags/vang">Vàng</a></div>
<ul class="menu-bottom"><li><a href="/tag/the-thao">Thể thao</a></li><li><a href="/tag/giai-tri">Giải trí</a></li></ul>
<div class="body2"><p class="mentions">Bài viết nhắc tới <a href="/tags/sjc">SJC</a> và <a href="/tags/pnj">PNJ</a> như hai thương hiệu vàng lớn nhất hiện nay trên thị trường.</p></div></div>`);
    const items = planDeclutter(d, learnedRules).items;
    const touched = (sel: string): boolean => items.some((i) => i.element.contains(d.querySelector(sel)!) || d.querySelector(sel)!.contains(i.element));
    for (const sel of ['.trend', '.hot-tags', '.bread-crumb', '.crumbs', '.menu-bottom', '.mentions']) expect(touched(sel), sel).toBe(false);
  });
});

describe('story boxes beside the article root', () => {
  const TEASE = (n: number): string => `<li><a href="/tin-khac-${n}.html">Ca sĩ trẻ hé lộ kế hoạch lưu diễn ${n} thành phố trong năm tới</a></li>`;

  it('hides a heading-less two-story box between the sapo and the body', () => {
    const d = doc(`<div class="main"><h1>Tiêu đề bài báo về đêm nhạc giữa rừng thông Đà Lạt</h1>
<div class="wrap"><h2 class="sapo">Đêm nhạc khép lại với màn song ca bất ngờ và khoảnh khắc cả khán phòng ngoài trời đồng thanh hát bản hit đầu tay.</h2>
<div class="relate"><ul>${TEASE(1)}${TEASE(2)}</ul></div>
<div class="content">${BODY}</div></div></div>`);
    expect(ruleFor(d, '.relate a')).toBe('generic:near-body-links');
    expect(hiddenTexts(d).some((t) => t.includes('song ca bất ngờ'))).toBe(false);
  });

  it('leaves a two-story box inside a menu, and off-site or "#" buttons, alone', () => {
    const d = doc(`<div class="main"><h1>Tiêu đề bài báo về đêm nhạc giữa rừng thông Đà Lạt</h1>
<div class="wrap"><nav class="quick"><ul>${TEASE(1)}${TEASE(2)}</ul></nav>
<div class="menu-hot"><ul>${TEASE(3)}${TEASE(4)}</ul></div>
<div class="share"><a href="https://news.google.com/publications/x">Nhận tin mới nhất trên ứng dụng Google News</a></div>
<div class="save"><a href="#">Lưu bài viết này để đọc lại sau khi rảnh</a></div>
<div class="content">${BODY}</div></div></div>`);
    const items = planDeclutter(d, learnedRules).items;
    for (const sel of ['.quick', '.menu-hot', '.share', '.save']) {
      expect(items.some((i) => i.element.contains(d.querySelector(sel)!) || d.querySelector(sel)!.contains(i.element)), sel).toBe(false);
    }
  });

  it('keeps the category a box\'s own heading gives it', () => {
    const d = doc(`<main><article class="story"><h1>Tiêu đề bài báo về đêm nhạc giữa rừng thông Đà Lạt</h1>${BODY}</article>
<section class="most"><h3>Đọc nhiều</h3><ul>${TEASE(5)}${TEASE(6)}</ul></section></main>`);
    const item = planDeclutter(d, learnedRules).items.find((i) => i.element === d.querySelector('.most'));
    expect(item?.category).toBe('trending');
  });
});
