/**
 * One left-to-right pass over the tokens that proposes entity mentions:
 *   title/cue (+ place or organisation) + name  → PERSON with role        (person.ts)
 *   gazetteer phrase · organisation head ("Bộ", "Công ty") + name          (organisation.ts)
 *   place prefix ("tỉnh") + name                                            (place.ts)
 *   acronym → ORGANIZATION only with evidence · run of capitalised words → typed by shape and context (capital-run.ts)
 * then passes over the mentions (post-passes.ts). Single capitalised words with no evidence are "weak": merge.ts keeps
 * them only as aliases. The scan state and token tests are in scan.ts, the word lists in data/recogniser-words.json.
 */
import { drain, type Steps } from '../core/steps';
import { capitalRun } from './capital-run';
import { isCommonCaps } from './caps';
import { COUNTRIES, THING_CUE_TRIE } from './lexicon';
import { acronymEvidence, foreignTail, orgAt } from './organisation';
import { afterCue, cueAt, inPersonName, pronounAt, roleAfter } from './person';
import { besideCountry, countryAsTeam, locAt } from './place';
import { dropBrandModels, dropProducts, typeByCoordination, typeByline, typeByRoute, typeCapsHeadings, typeCompanyTails, typePrefixedPlaces, typeRecurringNames, typeSportsPeople } from './post-passes';
import { type RawMention, Scan, type Span } from './scan';
import type { Token } from './tokenize';
import { ADMIN_PREFIXES, AGE_TEAM_CUES, EVENT_WORDS, GIVEN_NAMES, ORG_SUFFIXES, PRODUCT_NOUNS, SHORT_COUNTRIES } from './words';

export type { RawMention } from './scan';

/** The passes over the proposed mentions, in order (post-passes.ts). */
const POST_PASSES: ReadonlyArray<(scan: Recogniser) => void> = [
  typeByline,
  typeRecurringNames,
  typeByCoordination,
  typeByRoute,
  typeSportsPeople,
  typeCompanyTails,
  typePrefixedPlaces,
  dropProducts,
  dropBrandModels,
  typeCapsHeadings,
];

/** Word tokens scanned between two points where the recogniser may stop (`runSteps`): ~1 ms of a cold scan. */
const SCAN_STEP_WORDS = 24;

export class Recogniser extends Scan {
  run(): RawMention[] {
    return drain(this.runSteps());
  }

  /**
   * The scan and the passes after it, pausable (issue 10: a step of the content script's slices stays well under
   * 8 ms even on a slow, cold JIT): a stop every SCAN_STEP_WORDS words and after each pass. The same work as one
   * go, in the same order: what it returns does not depend on where it stopped.
   */
  *runSteps(): Steps<RawMention[]> {
    let i = 0;
    let words = 0;
    const n = this.tokens.length;
    while (i < n) {
      const t = this.tokens[i];
      if (t === undefined || !t.word) {
        i++;
        continue;
      }
      i = this.step(i);
      if (++words % SCAN_STEP_WORDS === 0) yield;
    }
    for (const pass of POST_PASSES) {
      yield;
      pass(this);
    }
    this.mentions.sort((a, b) => a.from - b.from);
    return this.mentions;
  }

  /** Recognise whatever starts at token i; returns the next index. */
  private step(i: number): number {
    // "bão Kajiki", "phim Avatar": a storm, a work or an operation is not an entity
    const thing = THING_CUE_TRIE.longest(this.tokens, i);
    // "Liên hoan phim Busan", "Liên hoan phim Cannes": a film festival is named after its city
    const festival = this.tok(i)?.lower === 'phim' && this.tok(i - 1)?.lower === 'hoan' && this.tok(i - 2)?.lower === 'liên';
    if (festival && this.isCapWord(i + 1) && this.gaz(i + 1) === null && !this.tok(i + 1)?.acronym) {
      let k = i + 2;
      while (k < i + 4 && this.isCapWord(k) && this.gaz(k) === null) k++;
      this.emit(i + 1, k, 'LOCATION');
      return k;
    }
    if (thing !== null && !festival && this.isCapWord(thing.end) && this.title(thing.end) === null) {
      let k = thing.end;
      while (k < thing.end + 6 && this.isCapWord(k)) k++;
      return k;
    }
    // "tiếng Anh", "tiếng Việt": a language, not the country
    if (this.tok(i)?.lower === 'tiếng' && this.isCapWord(i + 1)) {
      const lang = this.gaz(i + 1);
      const end = lang !== null && lang.value.type === 'LOCATION' ? lang.end : SHORT_COUNTRIES[this.tok(i + 1)?.text ?? ''] !== undefined ? i + 2 : null;
      if (end !== null) return end;
    }
    // "U20 Anh", "U23 Việt Nam", "U.20 Việt Nam", "U-22 Argentina": an age-group team is an organisation
    const age = /^U\.?\d{2}$/.test(this.tok(i)?.text ?? '') ? i + 1 : this.tok(i)?.text === 'U' && this.hyphenGlued(i + 1) && /^\d{2}$/.test(this.tok(i + 2)?.text ?? '') ? i + 3 : null;
    if (age !== null && this.isCapWord(age)) {
      const country = this.gaz(age);
      if (country !== null && country.value.type === 'LOCATION') {
        this.emit(i, country.end, 'ORGANIZATION');
        return country.end;
      }
    }
    // "lên tuyển U-22", "của U20": an age group alone, not before a capitalised name, is the team of that age
    if (age !== null && !this.isCapWord(age) && this.tok(i - 1)?.word === true && AGE_TEAM_CUES.has(this.tok(i - 1)?.lower ?? '')) {
      this.emit(i, age, 'ORGANIZATION');
      return age;
    }
    // "V-League", "K-pop", "F-16": a capital letter glued by a dash names a competition, genre or model
    const t0 = this.tokens[i] as Token;
    if (t0.text.length === 1 && t0.cap && this.hyphenGlued(i + 1)) return i + 3;
    // "Cô ấy nói", "Chú cho biết", "Anh kể": a kinship pronoun opening the sentence is the speaker, not a name
    const pronounEnd = pronounAt(this, i);
    if (pronounEnd !== null) return pronounEnd;
    const cue = cueAt(this, i);
    if (cue !== null) {
      const next = afterCue(this, i, cue.end, cue.title);
      if (next !== null) return next;
    }
    const named = this.namedAt(i);
    if (named !== null) {
      const extra: Partial<RawMention> = named.canonical !== undefined ? { canonical: named.canonical } : {};
      const role = named.type === 'PERSON' ? roleAfter(this, named.end) : null;
      if (role !== null) extra.role = role;
      // "tuyển Mỹ", "Jordan vùi dập Campuchia": a country that competes in a match report is the team
      const team = named.type === 'LOCATION' && named.canonical !== undefined && COUNTRIES.has(named.canonical) && countryAsTeam(this, i, named.end);
      this.emit(i, named.end, team ? 'ORGANIZATION' : named.type, extra);
      // "Công ty Cổ phần Sữa Việt Nam (Vinamilk)": a one-word short name in brackets is the same organisation
      const inner = this.tok(named.end + 1);
      if (named.type === 'ORGANIZATION' && this.tok(named.end)?.text === '(' && this.tok(named.end + 2)?.text === ')' && inner?.cap && inner.word && this.gaz(named.end + 1) === null) {
        this.emit(named.end + 1, named.end + 2, 'ORGANIZATION');
        return named.end + 3;
      }
      return named.end;
    }
    const t = this.tokens[i] as Token;
    if (t.acronym) {
      // "YG Entertainment": an acronym closed by a company word
      // ("IM Group": a company word closes even an acronym that is also a word)
      const suffix = this.orgSuffixEnd(i + 1) ?? (isCommonCaps(t.lower) ? null : foreignTail(this, i + 1));
      if (suffix !== null) {
        // "SEA Games", "VBA Draft": an acronym before an event word names the event
        if (!this.tokens.slice(i + 1, suffix).some((w) => EVENT_WORDS.has(w.lower))) this.emit(i, suffix, 'ORGANIZATION');
        return suffix;
      }
      // "FLC Thanh Hóa", "XSKT Cần Thơ", "SHB Đà Nẵng": an acronym directly before a province or city names a team or
      // a branch (a body of that place), not the place
      const place = isCommonCaps(t.lower) || /\d/.test(t.text) ? null : this.gaz(i + 1);
      if (place !== null && place.value.type === 'LOCATION' && !COUNTRIES.has(place.value.canonical) && this.tok(i + 1)?.start === t.end + 1) {
        this.emit(i, place.end, 'ORGANIZATION');
        return place.end;
      }
      // "xe chiến đấu BTR", "quỹ ETF", "TTCK", "KHÔNG": designations, units, abbreviations and words are not organisations
      const prev = this.tok(i - 1);
      const product = prev !== undefined && prev.word && PRODUCT_NOUNS.has(prev.lower);
      if (isCommonCaps(t.lower) || /\d/.test(t.text) || product || this.modelCode(i)) return i + 1;
      // an unknown acronym names one body only with evidence; otherwise it is kept only if it spells one found elsewhere
      this.emit(i, i + 1, acronymEvidence(this, i) ? 'ORGANIZATION' : null, acronymEvidence(this, i) ? {} : { weak: true });
      return i + 1;
    }
    if (/\d/.test(t.text)) return i + 1;
    if (t.cap) return capitalRun(this, i);
    return i + 1;
  }

  /** Gazetteer phrase, organisation-head name or prefixed place at i; the longest wins. */
  override namedAt(i: number): Span | null {
    const t = this.tok(i);
    if (t === undefined || !t.word) return null;
    let best: Span | null = null;
    const gaz = this.gaz(i);
    if (gaz !== null) best = { end: gaz.end, type: gaz.value.type, canonical: gaz.value.canonical };
    // "Los Angeles FC", "Tokyo Electric Power Company": a known place or name closed by a company word
    if (gaz !== null && gaz.value.type !== 'PERSON') {
      const e = this.orgSuffixEnd(gaz.end);
      if (e !== null) return { end: e, type: 'ORGANIZATION' };
    }
    if (best?.type === 'LOCATION' && best.end > i + 1) return best;
    const org = orgAt(this, i);
    if (org !== null && (best === null || org.end > best.end)) best = org;
    const loc = locAt(this, i);
    if (loc !== null && (best === null || loc.end > best.end)) best = loc;
    if (best !== null && best.type !== 'PERSON') {
      // "Samsung Electronics", "Vietjet Air Group": an English company suffix extends a known name
      let e = best.end;
      while (this.isCapWord(e) && ORG_SUFFIXES.has(this.tok(e)?.lower ?? '')) e++;
      if (e > best.end) best = { end: e, type: 'ORGANIZATION' };
      // "Samsung Việt Nam", "Quốc hội Việt Nam": a known organisation's Vietnamese branch or body
      const branch = best.type === 'ORGANIZATION' && gaz !== null && gaz.end === best.end ? this.vietnamSubsidiary(best.end) : null;
      if (branch !== null) best = { end: branch, type: 'ORGANIZATION' };
      // "Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị": an administrative place completes an organisation's name
      if (best.type === 'ORGANIZATION' && ADMIN_PREFIXES.has(this.tok(best.end)?.lower ?? '')) {
        const place = locAt(this, best.end);
        if (place !== null) best = { end: place.end, type: 'ORGANIZATION' };
      }
    }
    if (best?.type === 'LOCATION' && best.end === i + 1 && GIVEN_NAMES.has(t.text) && inPersonName(this, i)) return null;
    if (best === null) {
      const short = SHORT_COUNTRIES[t.text];
      if (short !== undefined && besideCountry(this, i)) best = { end: i + 1, type: 'LOCATION', canonical: short };
    }
    return best;
  }
}
