/**
 * Word lists of the recogniser (grammar of news prose, not gazetteer): loaded from data/recogniser-words.json, one
 * named set per use, with what each is for. Phrases are lower case, words separated by one space, entries by commas.
 */
import tables from './data/corpus-tables.json';
import W from './data/recogniser-words.json';
import { ORG_CUES, SPEECH_VERBS } from './cues';
import { LazySet } from './lazy';

/** A list of data/recogniser-words.json: words or phrases separated by commas (built on first use: lazy.ts). */
const list = (s: string): ReadonlySet<string> => new LazySet(() => s.split(','));

export const ORG_SUFFIXES: ReadonlySet<string> = list(W.orgSuffixes);
/** Last words that make a name a company or a publication whatever comes before ("Trungnam Group", "Getty Images", "Daily Mail"). */
export const COMPANY_TAILS: ReadonlySet<string> = list(W.companyTails);
export const ACADEMIC = /^(gs|pgs|ts|ths|bs|bs\.ck\w*|ts\.bs|ths\.bs|pgs\.ts|gs\.ts|bác sĩ|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|ông|bà)$/i;
/** Function words that never sit inside an organisation name between two capitals. */
export const NOT_BETWEEN: ReadonlySet<string> = list(W.notBetween);
/** Tails that make a bare head a name: "Tòa án nhân dân tối cao". */
export const UNIQUE_TAILS: ReadonlySet<string> = list(W.uniqueTails);
/** Words after a number that make it a quantity, not part of a name ("Bộ Y tế 12 ca"). */
export const UNITS: ReadonlySet<string> = list(W.units);
/** Words that start a clause, not a name: auxiliaries, negation, prepositions, linking verbs. */
export const CLAUSE_WORDS: ReadonlySet<string> = list(W.clauseWords);
/** Heads that name a body on their own (the army, the police, the government). */
export const COMPLETE_HEADS: ReadonlySet<string> = list(W.completeHeads);
export const EVENT_SYLLABLES: ReadonlySet<string> = list(W.eventSyllables);
export const LOWERCASE_HEADS: ReadonlySet<string> = list(W.lowercaseHeads);
export const FOREIGN_JOINERS: ReadonlySet<string> = list(W.foreignJoiners);
export const DOMAIN = /\.(com|net|org|vn|io|co|info|au|uk|us|ca|fr|de|jp|kr|cn|ru|tv|me|biz|asia|sg|my|th|ph|id|in)$/i;
export const VIET_MARKS = /[^\x00-\x7f]/;
/** Nouns before an acronym that make it a model or product designation. */
export const PRODUCT_NOUNS: ReadonlySet<string> = list(W.productNouns);
/** Nouns before a model name: "mẫu xe Ford Expedition", "smartphone Infinix Zero", "phiên bản G500". */
export const MODEL_NOUNS: ReadonlySet<string> = list(W.modelNouns);
/** English words that are no part of a person's name: index and product names ("Global Market", "Wifi Hotspot", "Android Auto"). */
export const ENGLISH_WORDS: ReadonlySet<string> = list(W.englishWords);
/** English words that make a capitalised run an event, competition or show ("Premier League", "SEA Games", "Vietnam Idol"): no entity. */
export const EVENT_WORDS: ReadonlySet<string> = list(W.eventWords);
/** Country words that are also Vietnamese given names. */
export const GIVEN_NAMES: ReadonlySet<string> = list(W.givenNames);
export const DASHES: ReadonlySet<string> = list(W.dashes);
/** Words of a football (or other match) report; one or two words, lower case. */
export const SPORTS_CUES: ReadonlySet<string> = list(W.sportsCues);
/** Words naming a road or route: "cao tốc Cam Lộ - La Sơn" joins two places. */
export const ROAD_NOUNS: ReadonlySet<string> = list(W.roadNouns);
/** Kinship words used as pronouns ("Cô ấy", "Chú cho biết"); a name after one is read by the person cue instead. */
export const PRONOUNS: ReadonlySet<string> = list(W.pronouns);
export const PRONOUN_TAILS: ReadonlySet<string> = list(W.pronounTails);
export const NARRATIVE_VERBS: ReadonlySet<string> = list(W.narrativeVerbs);
/** Surnames that are rarely ordinary capitalised words (not "Hồ", "Mai", "Hà", "Cao"): a place name after one is a given name. */
export const CLEAR_SURNAMES: ReadonlySet<string> = list(W.clearSurnames);
/** Government bodies that can be named by their level alone ("Công an tỉnh", "UBND xã"). */
export const GOV_HEADS: ReadonlySet<string> = list(W.govHeads);
/** One-word heads that are ordinary words unless a capital follows: "Phòng ngừa", "Đội tuyển Việt Nam" (a team). */
export const HEADS_NEED_CAP: ReadonlySet<string> = list(W.headsNeedCap);
/**
 * Heads that open a name written in lower case ("bệnh viện Shriners", "trường đại học Bristol", "công an tỉnh Quảng
 * Bình", "hải quân Mỹ"): nouns for one kind of institution, never a verb or a common word before a capital.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = list(W.institutionHeads);
export const MEMBER_HEADS: ReadonlySet<string> = list(W.memberHeads);
export const UNIVERSITY = /^(Đại|ĐH|ĐHQG)$/;
export const COMPASS: ReadonlySet<string> = list(W.compass);
/** Words right before a country that make it the team in a match report: "tuyển Mỹ", "hạ New Zealand", "hậu vệ Malaysia" */
export const TEAM_BEFORE: ReadonlySet<string> = list(W.teamBefore);
/** ... and right after it: "Việt Nam hòa 1-1", "Jordan vùi dập Campuchia", "Đức vs Chile" */
export const TEAM_AFTER: ReadonlySet<string> = list(W.teamAfter);
/** Words before an age group alone that make it a team ("đội U20", "tuyển U-22", "của U-22"), not a competition ("vòng loại U-23") */
export const AGE_TEAM_CUES: ReadonlySet<string> = list(W.ageTeamCues);
/** Lower-case words before a name that may be written in sentence case: a newspaper, site or channel ("báo Trí thức
 * trẻ", "tờ Người lao động"), a party ("đảng Cộng hòa") */
export const SENTENCE_CASE_CUES: ReadonlySet<string> = list(W.sentenceCaseCues);
/** School subjects, capitalised by convention in education news ("các môn: Toán, Ngữ Văn, Vật Lý"): words, not names */
export const SCHOOL_SUBJECTS: ReadonlySet<string> = list(W.schoolSubjects);
export const ROUTE_LINKS: ReadonlySet<string> = list(W.routeLinks);
export const ADMIN_PREFIXES: ReadonlySet<string> = list(W.adminPrefixes);
export const SHORT_COUNTRIES: Record<string, string> = { Trung: 'Trung Quốc', Nhật: 'Nhật Bản', Hàn: 'Hàn Quốc', Việt: 'Việt Nam', Triều: 'Triều Tiên', Xô: 'Liên Xô' };
/** Organisation cues and speech verbs of cues.ts, as sets for one-lookup tests. */
export const ORG_CUE_SET: ReadonlySet<string> = new LazySet(() => ORG_CUES);
export const SPEECH_SET: ReadonlySet<string> = new LazySet(() => SPEECH_VERBS);
/**
 * Two words that open sentences and are rarely a name's last word before the next ("liên quan", "trước đó", "ngày #"
 * with # a number): learned from real news (data/corpus-tables.json, recipe scripts/build/entity-corpus-stats.ts).
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new LazySet(() => tables.sentenceOpeners.split(','));
