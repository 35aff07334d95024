import { describe, expect, it } from 'vitest';
import { isVietnamese, vietnameseShare } from '../../src/content/language';

const VI = 'Sở Giao thông vận tải Hà Nội cho biết từ tháng sau, bốn tuyến xe buýt điện mới sẽ nối trung tâm thành phố với các huyện ngoại thành. '.repeat(3);
const EN = 'The city transport department said on Monday that four new electric bus routes will connect the centre with the outer districts. '.repeat(3);
const FR = "Le département des transports de la ville a annoncé lundi que quatre nouvelles lignes de bus électriques relieront le centre à la périphérie dès l'été prochain. ".repeat(3);

describe('isVietnamese', () => {
  it('separates Vietnamese from English and French prose', () => {
    expect(vietnameseShare(VI).share).toBeGreaterThan(0.06);
    expect(isVietnamese(VI, 'en')).toBe(true);
    expect(isVietnamese(EN, 'vi')).toBe(false);
    expect(isVietnamese(FR, null)).toBe(false);
  });

  it('reads decomposed (NFD) text the same', () => {
    expect(isVietnamese(VI.normalize('NFD'), null)).toBe(true);
  });

  it('falls back to <html lang> for short texts', () => {
    expect(isVietnamese('Tin ngắn', 'vi-VN')).toBe(true);
    expect(isVietnamese('Short', 'en')).toBe(false);
    expect(isVietnamese('', null)).toBe(false);
  });
});
