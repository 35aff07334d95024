/**
 * Held-out batches #3–#6 (tests/unit/entities-batches.ts): mention-level F1 floors, so later rule changes
 * cannot quietly lose what the batches measured. Batch 3 was scored before the rules it prompted (0.756 then);
 * batches 4, 5 and 6 were written after rule changes and first scored untouched (0.937, 0.898, 0.914 raw /
 * 0.922 after one annotation fix). All are in-sample now (6 only for 'Đảng bộ' and a few company names).
 */
import { describe, expect, it } from 'vitest';
import { scoreSentences } from '../../scripts/eval-entities';
import { extractEntities } from '../../src/core/entities/index';
import { BATCH3, BATCH4, BATCH5, BATCH6 } from './entities-batches';

const f1 = (c: { tp: number; fp: number; fn: number }): number => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);

describe('held-out batches: mention-level F1 floors', () => {
  it('batch #3 (63 sentences) stays at or above 0.97', () => {
    const { counts } = scoreSentences(BATCH3);
    expect(f1(counts.get('ALL') as { tp: number; fp: number; fn: number })).toBeGreaterThanOrEqual(0.97);
  });

  it('batch #4 (35 sentences) stays at or above 0.96', () => {
    const { counts } = scoreSentences(BATCH4);
    expect(f1(counts.get('ALL') as { tp: number; fp: number; fn: number })).toBeGreaterThanOrEqual(0.96);
  });

  it('batch #6 (35 sentences) stays at or above 0.93', () => {
    const { counts } = scoreSentences(BATCH6);
    expect(f1(counts.get('ALL') as { tp: number; fp: number; fn: number })).toBeGreaterThanOrEqual(0.93);
  });

  it('batch #5 (40 sentences) stays at or above 0.97', () => {
    const { counts } = scoreSentences(BATCH5);
    expect(f1(counts.get('ALL') as { tp: number; fp: number; fn: number })).toBeGreaterThanOrEqual(0.97);
  });
});

describe('rules the batches prompted', () => {
  const got = (text: string): string[] => extractEntities(text).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`)).sort();

  it('ends a lower-case organisation name on a noun, not on a verb', () => {
    expect(got('Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng đề nghị gỡ bỏ sản phẩm.')).toEqual(['ORGANIZATION:Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng']);
    expect(got('Sở Y tế kiểm soát dịch bệnh tại Hà Nội.')).toEqual(['LOCATION:Hà Nội', 'ORGANIZATION:Sở Y tế']);
    expect(got('Bộ Tài chính quản lý ngân sách.')).toEqual(['ORGANIZATION:Bộ Tài chính']);
    expect(got('Công ty Vinamilk đầu tư vào Mỹ.')).toEqual(['LOCATION:Mỹ', 'ORGANIZATION:Công ty Vinamilk']);
  });

  it('splits coordinated organisations and reads member units', () => {
    expect(got('Thủ tướng yêu cầu Bộ Công an, Bộ Quốc phòng và UBND TP Hà Nội phối hợp.')).toEqual(
      ['ORGANIZATION:Bộ Công an', 'ORGANIZATION:Bộ Quốc phòng', 'ORGANIZATION:UBND TP Hà Nội']);
    expect(got('Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ (CDC) cảnh báo.')).toEqual(
      ['ORGANIZATION:CDC', 'ORGANIZATION:Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ']);
    expect(got('Đoàn Văn Sáng (SN 1990) bị bắt.')).toEqual(['PERSON:Đoàn Văn Sáng']);
  });

  it('reads a government body named by its level, and skips designations like V-League', () => {
    expect(got('Tại V-League, Công an tỉnh đã khởi tố 5 đối tượng.')).toEqual(['ORGANIZATION:Công an tỉnh']);
    expect(got('Chủ tịch UBND tỉnh Hồ Văn Mừng dự lễ.')).toEqual(['ORGANIZATION:UBND tỉnh', 'PERSON:Hồ Văn Mừng']);
  });

  it('joins a multi-word short name in brackets and keeps "chính quyền" out of titles', () => {
    const es = extractEntities('Tổng công ty Hàng không Việt Nam (Vietnam Airlines) mua 50 máy bay. Đại học Harvard kiện chính quyền Tổng thống Trump.');
    expect(es.find((e) => e.name === 'Tổng công ty Hàng không Việt Nam')?.aliases).toEqual(['Vietnam Airlines']);
    expect(es.find((e) => e.name === 'Trump')?.role).toBe('Tổng thống');
  });

  it('reads institutions named after people, embassies opening a sentence and awards', () => {
    expect(got('Bảo tàng Hồ Chí Minh và Trường Đại học Tôn Đức Thắng ký kết hợp tác.')).toEqual(
      ['ORGANIZATION:Bảo tàng Hồ Chí Minh', 'ORGANIZATION:Trường Đại học Tôn Đức Thắng']);
    expect(got('Đại sứ quán Anh tại Hà Nội thông báo.')).toEqual(['LOCATION:Hà Nội', 'ORGANIZATION:Đại sứ quán Anh']);
    expect(got('Giải Nobel Hòa bình được trao cho María Corina Machado.')).toEqual(['PERSON:María Corina Machado']);
  });

  it('reads foreign company and club names', () => {
    expect(got('Siemens Mobility ký hợp đồng với Los Angeles FC và Real Madrid.')).toEqual(
      ['ORGANIZATION:Los Angeles FC', 'ORGANIZATION:Real Madrid', 'ORGANIZATION:Siemens Mobility']);
  });

  it('skips storms and works, and leaves surname-less Vietnamese pairs untyped unless they name something', () => {
    expect(got('Bão Yagi đổ bộ vào Quảng Ninh.')).toEqual(['LOCATION:Quảng Ninh']);
    expect(got('Vụ án Việt Á có 38 bị cáo.')).toEqual([]);
    expect(got('Ông Nguyễn Quang Hải ghi bàn. Quang Hải nói vui.')).toEqual(['PERSON:Nguyễn Quang Hải', 'PERSON:Quang Hải']);
    expect(got('Tuyến metro Bến Thành - Suối Tiên chạy thử.')).toEqual(['LOCATION:Bến Thành', 'LOCATION:Suối Tiên']);
  });
});
