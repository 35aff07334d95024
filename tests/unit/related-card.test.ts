import { describe, expect, it } from 'vitest';
import { relatedCards } from '../../src/core/related-card';
import { articleParagraphs } from '../../src/core/article';
import { BODY_PARAGRAPHS, page } from './detector-helpers';

const CARD = `<div class="card"><a href="/other-story.htm"><img src="x.jpg"></a>
  <div class="info"><a href="/other-story.htm">Trạm sạc xe máy điện phủ kín nội thành trong sáu tháng tới</a>
  <p>Hơn một nghìn trạm sạc sẽ được lắp tại các bãi gửi xe, cây xăng và chung cư.</p></div></div>`;

describe('related cards in the body (core/related-card.ts)', () => {
  it('finds a card with one target, a stand-alone title and a lead, and the guard leaves its lead out', () => {
    const { doc, guard } = page(`<div id="body">${BODY_PARAGRAPHS}${CARD}</div>`);
    const cards = relatedCards(guard.article!);
    expect(cards.map((c) => c.className)).toEqual(['card']);
    const texts = articleParagraphs(guard.article!).map((b) => b.raw);
    expect(texts.some((t) => t.includes('Hơn một nghìn trạm sạc'))).toBe(false);
    expect(texts.some((t) => t.includes('Sáng nay, Ủy ban'))).toBe(true);
    expect(doc.querySelector('.card')).not.toBeNull();
  });

  it('never takes a paragraph with an inline link, nor a box linking to two stories', () => {
    const inline = `<p>Theo <a href="/bo-y-te.htm">Bộ Y tế cho biết hôm qua rằng</a> số ca bệnh đã giảm mạnh trong tuần qua ở nhiều tỉnh.</p>`;
    const two = `<div class="list"><a href="/a.htm">Một câu chuyện khác rất đáng đọc hôm nay</a><a href="/b.htm">Và thêm một câu chuyện nữa cũng hay</a><p>Một dòng mô tả ngắn gọn cho hộp tin này.</p></div>`;
    const { guard } = page(`<div id="body">${BODY_PARAGRAPHS}${inline}${two}</div>`);
    expect(relatedCards(guard.article!)).toEqual([]);
  });

  it('a box whose text outside links is a body, not a lead, is no card', () => {
    const long = 'Đoạn văn dài của bài viết. '.repeat(20);
    const { guard } = page(`<div id="body">${BODY_PARAGRAPHS}<div class="x"><a href="/y.htm">Một tiêu đề có liên kết bốn chữ trở lên</a><p>${long}</p></div></div>`);
    expect(relatedCards(guard.article!)).toEqual([]);
  });
});
