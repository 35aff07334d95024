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
