/**
 * All-capitals tokens that are not names (issue 14: "KHÔNG", "SỐC" as organisations; "PV", "DN", "CĐV" too).
 * An acronym is an entity only when it names one body; a word printed in capitals is still a word:
 *  - a Vietnamese syllable with tone or vowel marks in capitals ("KHÔNG", "THUẬN"), or an unmarked syllable the
 *    corpus uses as a lower-case word ("AN", "TOP"), is a word (emphasis, a heading, a name in capitals);
 *  - a common-noun abbreviation ("PV" phóng viên, "DN" doanh nghiệp, "CĐV" cổ động viên) names a kind of person or
 *    thing: learned from real news (data/corpus-tables.json, recipe scripts/build/entity-corpus-stats.ts) plus roles the
 *    corpus does not define (CUE list below);
 *  - a Roman numeral ("XVII") is a number.
 */
import tables from './data/corpus-tables.json';
import { NOT_ACRONYMS } from './cues';
import { LazySet } from './lazy';
import { hasVietMarks, isVietSyllable } from './syllable';

const split = (s: string): ReadonlySet<string> => new LazySet(() => s.split(' ').filter(Boolean));
const CORPUS_ABBREVIATIONS = split(tables.abbreviations);
const PLAIN_WORDS = split(tables.plainWords);
/** Roles and documents abbreviated in court, council and sports reports that the corpus rarely spells out. */
const ROLE_ABBREVIATIONS = split('hđxx ntk gđ gđđh bql ccn ub nq bch cbcs cbcnv cnv ct pct ptgđ tgđ kts nsx btv đbqh ncs cs');
const ROMAN = /^(?=[ivxlcdm]{2,})m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** An all-capitals token that is a word printed in capitals, not an acronym. */
export function isCapsWord(lower: string): boolean {
  return isVietSyllable(lower) && (hasVietMarks(lower.replace(/đ/g, 'd')) || PLAIN_WORDS.has(lower));
}

/** An all-capitals token that never names one body on its own (word, common-noun abbreviation, unit, numeral). */
export function isCommonCaps(lower: string): boolean {
  return NOT_ACRONYMS.has(lower) || CORPUS_ABBREVIATIONS.has(lower) || ROLE_ABBREVIATIONS.has(lower) || ROMAN.test(lower) || isCapsWord(lower);
}
