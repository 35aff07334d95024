/**
 * Held-out batches #3–#6 (src/offline/entity-batches.ts): mention-level F1 floors, so later rule changes
 * cannot quietly lose what the batches measured. Batch 3 was scored before the rules it prompted (0.756 then);
 * batches 4, 5 and 6 were written after rule changes and first scored untouched (0.937, 0.898, 0.914 raw /
 * 0.922 after one annotation fix). All are in-sample now (6 only for 'Đảng bộ' and a few company names).
 * Batch 7 (50 sentences) was scored untouched at 0.846 and then prompted the rules below; batch 8 (28 sentences),
 * written after those rules, scored 0.924 untouched (0.917 after two annotation fixes; 0.978 with the fixes it prompted).
 */
import { describe, expect, it } from 'vitest';
import { scoreSentences } from '../../src/offline/entity-eval';
import { extractEntities } from '../../src/entities/index';
import { BATCH3, BATCH4, BATCH5, BATCH6, BATCH7, BATCH8 } from '../../src/offline/entity-batches';

const f1 = (c: { tp: number; fp: number; fn: number }): number => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);

const FLOORS: Array<[string, typeof BATCH3, number]> = [
  ['#3', BATCH3, 0.97],
  ['#4', BATCH4, 0.96],
  ['#5', BATCH5, 0.97],
  ['#6', BATCH6, 0.93],
  ['#7', BATCH7, 0.98],
  ['#8', BATCH8, 0.95],
];

describe('held-out batches: mention-level F1 floors', () => {
  it.each(FLOORS)('batch %s stays at or above its floor', (_name, batch, floor) => {
    expect(batch.length).toBeGreaterThan(20);
    const { counts } = scoreSentences(batch);
    expect(f1(counts.get('ALL') as { tp: number; fp: number; fn: number })).toBeGreaterThanOrEqual(floor);
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

  it('reads commas inside a ministry name, but not between listed bodies', () => {
    expect(got('Bộ Lao động, Thương binh và Xã hội ban hành thông tư.')).toEqual(['ORGANIZATION:Bộ Lao động, Thương binh và Xã hội']);
    expect(got('Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản (METI) cho biết.')).toEqual(
      ['ORGANIZATION:Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản', 'ORGANIZATION:METI']);
    expect(got('Thủ tướng giao Bộ Tài chính, Bộ Xây dựng và Ngân hàng Nhà nước rà soát.')).toEqual(
      ['ORGANIZATION:Bộ Tài chính', 'ORGANIZATION:Bộ Xây dựng', 'ORGANIZATION:Ngân hàng Nhà nước']);
    expect(got('Sở Xây dựng, Sở Tài chính và Công an tỉnh kiểm tra.')).toEqual(
      ['ORGANIZATION:Công an tỉnh', 'ORGANIZATION:Sở Tài chính', 'ORGANIZATION:Sở Xây dựng']);
  });

  it('reads a province after a clear surname as a given name', () => {
    expect(got('Ông Đỗ Hà Nam, Phó chủ tịch hiệp hội, nhận định.')).toEqual(['PERSON:Đỗ Hà Nam']);
    expect(got('Bị cáo Lưu Bình Dương khai ở Long An.')).toEqual(['LOCATION:Long An', 'PERSON:Lưu Bình Dương']);
    expect(got('Đoàn công tác tới Hà Nam và Thái Bình.')).toEqual(['LOCATION:Hà Nam', 'LOCATION:Thái Bình']);
  });

  it('keeps sentence-initial kinship pronouns out, but not the country', () => {
    expect(got('Cô cho biết đã trở lại Đà Lạt.')).toEqual(['LOCATION:Đà Lạt']);
    expect(got('Chú cho biết như vậy. Anh ấy kể lại.')).toEqual([]);
    expect(got('Anh tuyên bố trục xuất hai nhà ngoại giao.')).toEqual(['LOCATION:Anh']);
    expect(got('Cô Hoa cho biết.')).toEqual(['PERSON:Hoa']);
  });

  it('reads governed places, verb-object names, road ends and players', () => {
    expect(got('Thống đốc Niigata tuyên bố chấp thuận.')).toEqual(['LOCATION:Niigata']);
    expect(got('Bệnh nhân được chuyển tới Trung tâm Chống độc, Bệnh viện Bạch Mai.')).toEqual(
      ['ORGANIZATION:Bệnh viện Bạch Mai', 'ORGANIZATION:Trung tâm Chống độc']);
    expect(got('Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng đề nghị gỡ bỏ.')).toEqual(['ORGANIZATION:Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng']);
    // an expressway is one place, prefix inside (real-news guidelines, fixtures/entities/blind-2026-12-05/README.md)
    expect(got('Cao tốc Cam Lộ - La Sơn thông xe; cao tốc Bắc - Nam chậm.')).toEqual(['LOCATION:Cao tốc Cam Lộ - La Sơn']);
    expect(got('Barcelona thắng nhờ cú đúp của Lewandowski.')).toEqual(['ORGANIZATION:Barcelona', 'PERSON:Lewandowski']);
    expect(got('Trung tâm Pháp y Hà Nội khám nghiệm.')).toEqual(['ORGANIZATION:Trung tâm Pháp y Hà Nội']);
  });

  it('splits a credit glued to a byline by text extraction, and reads festival cities and school double names', () => {
    expect(got('Minh KhoaTheo Reuters, NHK')).toEqual(['ORGANIZATION:NHK', 'ORGANIZATION:Reuters', 'PERSON:Minh Khoa']);
    expect(got('Phim tranh giải tại Liên hoan phim Cannes.')).toEqual(['LOCATION:Cannes']);
    expect(got('Em học Trường THPT chuyên Hà Nội - Amsterdam.')).toEqual(['ORGANIZATION:Trường THPT chuyên Hà Nội - Amsterdam']);
  });
});
