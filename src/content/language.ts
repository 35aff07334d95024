/**
 * Is this text Vietnamese? Clean mode only acts on Vietnamese articles: an English page on an added
 * origin (or e.vnexpress.net) has teaser lists too, and hiding them there was never asked for.
 * Vietnamese marks nearly every syllable (ă â đ ê ô ơ ư and five tones), so the share of letters that
 * carry a Vietnamese-only mark separates it from English, French or Portuguese (≈0) at a glance.
 */
// Letters only Vietnamese uses (à é ê ô … are shared with French, Portuguese and others: left out).
const VIETNAMESE_LETTERS = /[ạảầấậẩẫăằắặẳẵẹẻẽềếệểễỉĩịọỏồốộổỗơờớợởỡụủũưừứựửữỳỵỷỹđ]/g;
const LETTERS = /\p{L}/gu;
/** share of Vietnamese-only letters above which a text is Vietnamese (news fixtures: 17–21 %; English/French: ~0) */
export const VIETNAMESE_SHARE = 0.03;
/** below this many letters the text says too little; fall back to the page's `lang` */
export const MIN_LETTERS = 200;
/** enough text to tell (≥ 1,000 letters of a news paragraph); the check runs in every clean, so no more */
export const SAMPLE_CHARS = 2000;

export function vietnameseShare(text: string): { share: number; letters: number } {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase();
  const letters = sample.match(LETTERS)?.length ?? 0;
  const marked = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  return { share: letters === 0 ? 0 : marked / letters, letters };
}

/** `lang` is the page's <html lang>, used only when the text is too short to tell. */
export function isVietnamese(text: string, lang: string | null): boolean {
  const { share, letters } = vietnameseShare(text);
  if (letters >= MIN_LETTERS) return share >= VIETNAMESE_SHARE;
  return (lang ?? '').toLowerCase().startsWith('vi') || (letters > 0 && share >= VIETNAMESE_SHARE);
}
