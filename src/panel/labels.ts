/**
 * Every string the panel shows. Vietnamese by default, so the panel works (and is testable) without
 * `browser.i18n`; the content script passes `panelLabels(browser.i18n.getMessage)` to follow the
 * browser's language (keys `panel_*` in src/_locales).
 */
import type { EntityType } from '../core/types';

export interface PanelLabels {
  /** accessible name of the whole panel region */
  region: string;
  title: string;
  groups: Record<EntityType, string>;
  openButton: string;
  openButtonTitle: string;
  close: string;
  prev: string;
  next: string;
  clear: string;
  empty: string;
  hint: string;
  notFound: string;
  aliases: string;
  less: string;
  /** "Lần 2/5" */
  position: (index: number, total: number) => string;
  /** accessible text for a count badge: "5 lần nhắc" */
  mentions: (count: number) => string;
  /** "Xem thêm 4" */
  more: (hidden: number) => string;
  /** the list covers only the first `percent`% of a very long article */
  partial: (percent: number) => string;
}

export const VI_LABELS: PanelLabels = {
  region: 'Tin Gọn: người, địa điểm, tổ chức trong bài',
  title: 'Trong bài này',
  groups: { PERSON: 'Người', LOCATION: 'Địa điểm', ORGANIZATION: 'Tổ chức' },
  openButton: 'Tóm tắt',
  openButtonTitle: 'Mở bảng người, địa điểm, tổ chức trong bài',
  close: 'Đóng bảng tóm tắt',
  prev: 'Chỗ nhắc trước',
  next: 'Chỗ nhắc sau',
  clear: 'Bỏ tô sáng',
  empty: 'Chưa tìm thấy người, địa điểm hay tổ chức nào trong bài.',
  hint: 'Bấm vào một tên để tô sáng trong bài, bấm lại để sang chỗ tiếp theo.',
  notFound: 'Không tìm thấy chỗ nhắc tên này trên trang.',
  aliases: 'Còn gọi là',
  less: 'Thu gọn',
  position: (index, total) => `${index}/${total}`,
  mentions: (count) => `${count} lần nhắc`,
  more: (hidden) => `Xem thêm ${hidden}`,
  partial: (percent) => `Bài rất dài: danh sách chỉ tính ${percent}% đầu của bài.`,
};

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Labels from the extension's locale files, falling back to Vietnamese for any key the
 * browser does not return (getMessage returns "" for unknown keys).
 */
export function panelLabels(getMessage: GetMessage): PanelLabels {
  const msg = (key: string, fallback: string, subs?: string[]): string => {
    try {
      return getMessage(key, subs) || fallback;
    } catch {
      return fallback;
    }
  };
  const v = VI_LABELS;
  return {
    region: msg('panel_region', v.region),
    title: msg('panel_title', v.title),
    groups: {
      PERSON: msg('panel_group_person', v.groups.PERSON),
      LOCATION: msg('panel_group_location', v.groups.LOCATION),
      ORGANIZATION: msg('panel_group_organization', v.groups.ORGANIZATION),
    },
    openButton: msg('panel_open_button', v.openButton),
    openButtonTitle: msg('panel_open_button_title', v.openButtonTitle),
    close: msg('panel_close', v.close),
    prev: msg('panel_prev', v.prev),
    next: msg('panel_next', v.next),
    clear: msg('panel_clear', v.clear),
    empty: msg('panel_empty', v.empty),
    hint: msg('panel_hint', v.hint),
    notFound: msg('panel_not_found', v.notFound),
    aliases: msg('panel_aliases', v.aliases),
    less: msg('panel_less', v.less),
    position: (i, n) => msg('panel_position', v.position(i, n), [String(i), String(n)]),
    mentions: (n) => msg('panel_mentions', v.mentions(n), [String(n)]),
    more: (n) => msg('panel_more', v.more(n), [String(n)]),
    partial: (n) => msg('panel_partial', v.partial(n), [String(n)]),
  };
}
