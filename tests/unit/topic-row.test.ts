import { describe, expect, it } from 'vitest';
import { isTopicRow, topicRowsSteps } from '../../src/core/topic-row';
import { drain } from '../../src/core/steps';
import { BODY_PARAGRAPHS, notNav, page } from './detector-helpers';

describe('topic rows (core/topic-row.ts)', () => {
  it('a topic label with one short link is a row, whatever wraps the label', () => {
    const { doc, guard } = page(`<div id="body">${BODY_PARAGRAPHS}</div><div class="t1"><b>Chủ đề:</b> <a href="/xe-dien">Xe điện</a></div><div class="t2">Chuyên đề <a href="/k">Kinh tế biển</a></div>`);
    expect(drain(topicRowsSteps(doc.body, guard, notNav)).map((i) => i.element.className)).toEqual(['t1', 't2']);
  });

  it('a sentence opening with "Chủ đề", a breadcrumb and a long link are not', () => {
    const { doc } = page(`<p class="a">Chủ đề của buổi họp là <a href="/x">giá điện</a> trong năm tới.</p><div class="b">Thời sự › <a href="/x">Xã hội</a></div><div class="c">Chủ đề: <a href="/x">một tiêu đề dài hơn sáu chữ thì không phải chủ đề</a></div>`);
    for (const cls of ['a', 'b', 'c']) expect(isTopicRow(doc.querySelector(`.${cls}`)!), cls).toBe(false);
  });

  it('never before the article starts, never in navigation', () => {
    const { doc, guard } = page(`<div class="top">Chủ đề: <a href="/x">Bầu cử</a></div><div id="body">${BODY_PARAGRAPHS}</div><div class="t">Chủ đề: <a href="/y">Bầu cử</a></div>`);
    expect(drain(topicRowsSteps(doc.body, guard, notNav)).map((i) => i.element.className)).toEqual(['t']);
    expect(drain(topicRowsSteps(doc.body, guard, () => true))).toEqual([]);
  });
});
