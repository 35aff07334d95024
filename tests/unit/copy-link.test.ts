import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { clipboardTools, isUrlLine } from '../../src/core/copy-link';
import { genericLineRule } from '../../src/core/generic-lines';

describe('copy-link and source-link tools (core/copy-link.ts)', () => {
  it('a short line that is mostly a bare address is a URL line', () => {
    for (const line of ['Nguồn: https://nld.com.vn/lanh-dao-nhieu-tap-doan-196250819.htm', 'Link bài gốc https://danviet.vn/mot-hang-xe-dien-50261205.htm Lấy link', 'markettimes.vn/thoi-diem-nang-hang-109319.html']) {
      expect(isUrlLine(line), line).toBe(true);
    }
    expect(genericLineRule('Nguồn: https://nld.com.vn/a-b-c-196250819.htm')?.id).toBe('generic:url-line');
  });

  it('captions and sentences that quote an address are not', () => {
    for (const line of ['Nguồn: Zing News', 'Ảnh: Sài Gòn Giải Phóng', 'Người dân có thể đăng ký trực tuyến tại https://dichvucong.gov.vn từ hôm nay']) {
      expect(isUrlLine(line), line).toBe(false);
    }
  });

  it('clipboard controls go with their otherwise empty row; a control among other things goes alone', () => {
    const doc = new JSDOM(`<body><div class="row"><a class="btn-getlink" data-clipboard-text="https://x.vn/a">Lấy link</a></div><div class="share"><a href="#">Facebook</a><button class="copy-link">Copy link</button></div><div class="copyright">Bản quyền</div></body>`).window.document;
    expect(clipboardTools(doc.body).map((e) => e.className)).toEqual(['row', 'copy-link']);
  });
});
