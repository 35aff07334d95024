/** Is a word spelled like a Vietnamese syllable, or like a foreign (e.g. English, Slavic) name? */
const VIET_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const VIET_SHAPE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(uy|[aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$/i;

export function looksForeign(word: string): boolean {
  if (VIET_LETTERS.test(word)) return false;
  if (/[^a-z\-'’.]/i.test(word)) return false;
  return !VIET_SHAPE.test(word);
}

export function looksVietnamese(word: string): boolean {
  return VIET_LETTERS.test(word) || VIET_SHAPE.test(word);
}

/** A written Vietnamese syllable: Vietnamese shape once tone and vowel marks are dropped ("Thủy" yes, "César" no). */
export function isVietSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
  return VIET_SHAPE.test(bare);
}

/** Has a letter only Vietnamese spelling uses (a tone or vowel mark, or đ). */
export function hasVietMarks(word: string): boolean {
  return VIET_LETTERS.test(word);
}
