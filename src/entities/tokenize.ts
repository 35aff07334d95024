/**
 * One pass over the text: words (letters/digits, joined across "." "'" "&" when a letter follows,
 * so "TP.HCM" and "O'Neil" stay whole), single punctuation marks, and line breaks.
 */
import { once } from './lazy';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower-cased text, for cue-word lookups */
  lower: string;
  word: boolean;
  /** first letter is upper case ("Mỹ", "G20") */
  cap: boolean;
  /** two or more letters, all upper case ("WSJ", "TTXVN") */
  acronym: boolean;
  /** first word of a sentence, a line, a quote or a clause after ":" — capitalised by grammar */
  sentenceStart: boolean;
  /** index of the sentence (split at . ! ? … and line breaks) */
  sentence: number;
}

/**
 * Patterns made on first use, not when entities.js is evaluated (lazy.ts: `once`). A token is a run of letters, marks
 * and digits, a line break, or any other single character (`\S`: tried last, it only takes what the run did not). The
 * joins across "." "'" "’" "&" are made in `matches`, not in the pattern: a pattern with the five Unicode-property
 * classes that written grammar needs took 6–19 ms to compile on its first use in Chromium 150 (one per page; this
 * one, with one class, about 2 ms — issue 10: no step of the content script's slices may be long).
 */
const TOKEN = once(() => /([\p{L}\p{M}\p{N}]+)|\n|\S/gu);
/** what may join two runs of one word when a letter or digit follows ("TP.HCM", "O'Neil", "AT&T") */
const JOINERS = new Set(['.', "'", '’', '&']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '–', '-', '—', '•', '*', '…']);
const ABBREVIATIONS = new Set(['tp', 'jr', 'st', 'mr', 'mrs', 'dr', 'bs', 'ts', 'gs', 'pgs', 'ths', 'tt', 'q', 'p', 'x', 'h']);
const TLDS = new Set(['com', 'vn', 'net', 'org', 'io', 'co', 'info']);
const ENDERS = new Set(['.', '!', '?', '…', '\n']);
const LETTER = once(() => /\p{L}/u);
const NOT_LETTERS = once(() => /[^\p{L}]/gu);
const WORD_START = once(() => /[\p{L}\p{N}]/u);

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A dot joins two parts of one word only in "TP.HCM", "PGS.TS", "VOV.VN" or "Capital.com". */
function keepsDot(left: string, right: string): boolean {
  return (left.length <= 4 && left === left.toUpperCase()) || right === right.toUpperCase() || TLDS.has(right);
}

/** A credit word glued after a lower-case letter at the end of a word ("KhoaTheo", "hộiẢnh"). */
const GLUED_CREDIT = once(() => /(?<=\p{Ll})(?:Theo|Ảnh|Nguồn|Video|Clip)$/u);

/**
 * The tokens' raw matches: `[\p{L}\p{M}\p{N}]+(?:[.'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\n|[^\s\p{L}\p{M}\p{N}]` over the
 * text, matched as runs (TOKEN) joined here: a run followed by a joiner and a letter or digit goes on with the next run.
 */
export function* matches(text: string): Generator<{ 0: string; index: number }> {
  // (a copy per text: the generator pauses between matches, and lastIndex is the pattern's state)
  const re = new RegExp(TOKEN());
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (m[1] !== undefined) {
      for (;;) {
        if (!JOINERS.has(text[end] ?? '')) break;
        const next = text.codePointAt(end + 1);
        if (next === undefined || !WORD_START().test(String.fromCodePoint(next))) break;
        // a letter or digit at end + 1: the next match is the run that starts there
        re.lastIndex = end + 1;
        const run = re.exec(text);
        if (run === null) break;
        end = run.index + run[0].length;
      }
      re.lastIndex = end;
    }
    yield { 0: text.slice(m.index, end), index: m.index };
  }
}

/** Regex matches, with words like "Nam.Tuy" (a missing space after a full stop) split at the dot. */
function* pieces(text: string): Generator<{ raw: string; start: number; glued?: boolean }> {
  for (const match of matches(text)) {
    const raw = match[0];
    // "Minh KhoaTheo Reuters": two inline elements (author, source) glued by text extraction; split before a credit word
    const glued = raw.length > 5 ? GLUED_CREDIT().exec(raw) : null;
    if (glued !== null && glued.index > 0) {
      yield { raw: raw.slice(0, glued.index), start: match.index };
      yield { raw: raw.slice(glued.index), start: match.index + glued.index, glued: true };
      continue;
    }
    if (!raw.includes('.') || raw.length < 3) {
      yield { raw, start: match.index };
      continue;
    }
    const parts = raw.split('.');
    let word = parts[0] ?? '';
    let at = match.index;
    for (let k = 1; k < parts.length; k++) {
      const right = parts[k] ?? '';
      const last = word.slice(word.lastIndexOf('.') + 1);
      if (keepsDot(last, right)) word += `.${right}`;
      else {
        yield { raw: word, start: at };
        yield { raw: '.', start: at + word.length };
        at += word.length + 1;
        word = right;
      }
    }
    yield { raw: word, start: at };
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let sentence = 0;
  for (const piece of pieces(text)) {
    const raw = piece.raw;
    const start = piece.start;
    const first = raw[0] ?? '';
    const word = WORD_START().test(first);
    if (!word) {
      if (raw === ':' || ENDERS.has(raw)) atStart = true;
      tokens.push({ start, end: start + raw.length, text: raw, lower: raw, word: false, cap: false, acronym: false, sentenceStart: false, sentence });
      if (ENDERS.has(raw)) {
        // "TP." or "Jr." abbreviations do not end a sentence
        const prev = tokens[tokens.length - 2];
        const abbrev = raw === '.' && prev !== undefined && prev.word && prev.end === start && (ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
        if (!abbrev) sentence++;
        else atStart = false;
      }
      continue;
    }
    // a credit glued to the previous word opens a new line of text
    if (piece.glued === true) {
      sentence++;
      atStart = true;
    }
    const lower = raw.toLowerCase();
    const cap = first !== lower[0] && isUpper(first);
    // most words start with a lower-case letter and cannot be acronyms: skip the letter scan for them
    let acronym = false;
    if (cap || !LETTER().test(first)) {
      const letters = raw.replace(NOT_LETTERS(), '');
      acronym = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
    tokens.push({ start, end: start + raw.length, text: raw, lower, word: true, cap, acronym, sentenceStart: atStart, sentence });
    atStart = false;
  }
  // A word right after an opening quote, bracket or dash starts a clause and is capitalised by grammar.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (t !== undefined && p !== undefined && t.word && !p.word && OPENERS.has(p.text)) t.sentenceStart = true;
  }
  return tokens;
}
