import { describe, expect, it } from 'vitest';
import { isSeeMoreOnLine } from '../../src/core/see-more-on';
import { genericLineRule } from '../../src/core/generic-lines';

describe('"Xem thêm trên <báo>" lines (core/see-more-on.ts)', () => {
  it('matches the shape with any outlet name, in NFC or NFD', () => {
    for (const line of ['Xem thêm trên Dân Việt', 'Đọc bài gốc tại VnExpress', 'Xem chi tiết tại dantri.com.vn', 'XEM THÊM TRÊN BÁO MỚI', 'Xem thêm trên Dân Việt'.normalize('NFD')]) {
      expect(isSeeMoreOnLine(line), line).toBe(true);
    }
    expect(genericLineRule('Xem thêm trên Dân Việt')?.id).toBe('generic:see-more-on');
  });

  it('a sentence that starts the same way is not the line', () => {
    for (const line of ['Xem thêm trên mạng, nhiều người cho rằng giá sẽ tăng', 'Xem thêm trên', 'Đọc thêm tại nhà nếu có thời gian', 'Xem thêm: Giá vàng hôm nay tăng mạnh']) {
      expect(isSeeMoreOnLine(line), line).toBe(false);
    }
  });
});
