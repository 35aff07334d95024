import { describe, expect, it } from 'vitest';
import { newsletterBoxes } from '../../src/core/newsletter';
import { BODY_PARAGRAPHS, notNav, page } from './detector-helpers';

describe('newsletter sign-up boxes (core/newsletter.ts)', () => {
  it('hides the small box around an e-mail field', () => {
    const { doc, guard } = page(`<div id="body">${BODY_PARAGRAPHS}</div><div class="nl"><h4>Nhận bản tin mỗi sáng</h4><form><input type="email"><button>Gửi</button></form></div>`);
    const items = newsletterBoxes(doc.body, guard, notNav);
    expect(items.map((i) => i.element.className)).toEqual(['nl']);
    expect(items[0]!.ruleId).toBe('generic:newsletter');
  });

  it('recognises a text field named for e-mail, and leaves comment forms, search boxes and navigation alone', () => {
    const named = `<div class="a"><b>Đăng ký</b><input type="text" placeholder="Nhập email"></div>`;
    const comment = `<div class="c"><input type="email"><textarea></textarea><button>Gửi bình luận</button></div>`;
    const search = `<div class="s"><input type="search" name="q"></div>`;
    const { doc, guard } = page(`<div id="body">${BODY_PARAGRAPHS}</div>${named}${comment}${search}`);
    expect(newsletterBoxes(doc.body, guard, notNav).map((i) => i.element.className)).toEqual(['a']);
    expect(newsletterBoxes(doc.body, guard, () => true)).toEqual([]);
  });
});
