/**
 * The declutter engine for seed-style text (one rendered block per line), used by
 * `tin-gon clean FILE.txt` and the seed evaluation. Same rules as the DOM engine:
 * boilerplate shapes, section headings opening a run of teasers, teaser labels for celebrity
 * sections, plus two text-only shapes: "…"-truncated teasers and an appended second story.
 */
import type { Category } from './types';
import { type CompiledRules, compileRules, matchBoilerplate, matchHeading, matchLabel, type Rules, vocabCategory } from './rules';
import { endsLikeSentence, isDoubledTitle, isTimestamp, isTruncated, normalizeSpace, shapeTokens } from './text';

export interface HiddenBlock {
  category: Category;
  label: string;
  text: string;
}

export interface CleanedText {
  kept: string[];
  hidden: HiddenBlock[];
}

interface Mark {
  category: Category;
  label: string;
}

const LOOKAHEAD = 15;
const CAPTION = /(?:^|[\s(.])(?:Ảnh|Nguồn ảnh|Video)\s*:|\(Ảnh\b|- Hình \d+\s*$/iu;

function isTitleLike(line: string): boolean {
  return line.length >= 15 && line.length <= 170 && !/[.:;…]$/.test(line) && !CAPTION.test(line);
}

function teaserSignal(lines: string[], i: number, c: CompiledRules): boolean {
  const line = lines[i] ?? '';
  if (isTimestamp(line) || isDoubledTitle(line) || matchLabel(c, line)) return true;
  const next = lines[i + 1];
  return next !== undefined && next === line;
}

/** A heading opens a section when teasers (or more headings: a tab row) follow it. */
function opensSection(lines: string[], i: number, c: CompiledRules): boolean {
  let signals = 0;
  let titles = 0;
  for (let j = i + 1; j < lines.length && j <= i + LOOKAHEAD; j++) {
    const line = lines[j] ?? '';
    if (matchHeading(c, line)) {
      if (j === i + 1) return true;
      continue;
    }
    if (teaserSignal(lines, j, c)) signals++;
    else if (isTitleLike(line)) titles++;
  }
  return signals >= 2 || titles >= 3;
}

/** A second article opening (title, lead, captioned photo) after the first: a story the site appended. */
function opensAppendedStory(lines: string[], i: number): boolean {
  const title = lines[i] ?? '';
  if (!isTitleLike(title) || title.length < 25 || /[?!]$/.test(title) === false && endsLikeSentence(title)) return false;
  const lead = lines[i + 1] ?? '';
  if (lead.length < 80 || !endsLikeSentence(lead) || CAPTION.test(lead)) return false;
  for (let j = i + 2; j <= i + 4 && j < lines.length; j++) if (CAPTION.test(lines[j] ?? '')) return true;
  return false;
}

const RESUME_RUN = 3;

/** Three plain paragraphs in a row, no teaser shape among or right after them: article text again. */
function resumesArticle(lines: string[], i: number, c: CompiledRules): boolean {
  for (let j = i; j < i + RESUME_RUN; j++) {
    const line = lines[j];
    if (line === undefined || line.length < 150 || !endsLikeSentence(line) || isTruncated(line)) return false;
    if (teaserSignal(lines, j, c) || matchHeading(c, line)) return false;
    // a teaser lead follows its title: the line before must not be a short title-like line
    const before = lines[j - 1] ?? '';
    if (j === i && isTitleLike(before) && !isTimestamp(before)) return false;
    if (lines.indexOf(line) !== j || lines.lastIndexOf(line) !== j) return false;
  }
  const after = lines[i + RESUME_RUN];
  return after === undefined || !(isTimestamp(after) || matchLabel(c, after));
}

/** Run-in related links: a long line of titles with no sentence punctuation anywhere. */
function isRunInLinks(line: string): boolean {
  return line.length >= 80 && !/[.!?;:…]/.test(line) && /\p{Ll} \p{Lu}\p{Ll}*/u.test(line);
}

export function cleanTextLines(input: string[], rules: Rules): CleanedText {
  const c = compileRules(rules);
  // work on non-blank lines; blank lines carry no content
  const lines: string[] = [];
  for (const raw of input) {
    const line = normalizeSpace(raw);
    if (line !== '') lines.push(line);
  }
  const marks: (Mark | null)[] = lines.map(() => null);
  let section: Mark | null = null;
  let sectionStart = -1;
  // sections opened by a heading can end; an appended story runs to the next heading
  let resumable = false;
  let pollUntil = -1;
  let bodyStarted = false;
  const closeSection = (end: number): void => {
    if (!section || sectionStart < 0) return;
    // celebrity: most teaser labels in the section are celebrity labels
    let labelled = 0;
    let celeb = 0;
    for (let k = sectionStart; k < end; k++) {
      const rule = matchLabel(c, lines[k] ?? '');
      if (!rule) continue;
      labelled++;
      if (rule.category === 'celebrity') celeb++;
    }
    let celebrity = labelled >= 2 && celeb * 2 >= labelled;
    if (labelled < 2) {
      // no labels: the titles' own words (learned celebrity vocabulary)
      let titles = 0;
      let showbiz = 0;
      for (let k = sectionStart + 1; k < end; k++) {
        const line = lines[k] ?? '';
        if (!isTitleLike(line) || isTimestamp(line)) continue;
        titles++;
        if (vocabCategory(c, line) === 'celebrity') showbiz++;
      }
      celebrity = titles >= 3 && showbiz * 2 >= titles;
    }
    if (celebrity) for (let k = sectionStart; k < end; k++) if (marks[k]) marks[k] = { ...marks[k]!, category: 'celebrity' };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i <= pollUntil) {
      marks[i] = { category: 'inline', label: marks[i - 1]?.label ?? line };
      continue;
    }
    const boiler = matchBoilerplate(c, line);
    // a poll question takes its short answer options with it ("Có;" / "Không")
    if (boiler && line.endsWith('?')) {
      for (let j = i + 1; j < lines.length && j <= i + 4 && shapeTokens(lines[j] ?? '').length <= 2 && !matchHeading(c, lines[j] ?? ''); j++) pollUntil = j;
    }
    const heading = matchHeading(c, line);
    if (heading && opensSection(lines, i, c)) {
      // a tab row ("Tiêu điểm / Tin đang nóng / Tin mới nhất") is one section
      const continuesTabs = i > 0 && section !== null && marks[i - 1] !== null && matchHeading(c, lines[i - 1] ?? '') !== undefined;
      if (!continuesTabs) {
        closeSection(i);
        section = { category: heading.category, label: line };
        sectionStart = i;
        resumable = true;
      }
      marks[i] = { category: heading.category, label: line };
      continue;
    }
    if (section && resumable && resumesArticle(lines, i, c)) {
      // a run of plain paragraphs after a box of teasers: the article goes on (a mid-body "Tin liên quan")
      closeSection(i);
      section = null;
      sectionStart = -1;
    }
    if (section) {
      marks[i] = boiler ? { category: 'inline', label: line } : section;
      continue;
    }
    if (boiler) {
      marks[i] = { category: 'inline', label: line };
      continue;
    }
    if (!bodyStarted) {
      bodyStarted = true;
      continue;
    }
    if (isTruncated(line) && line.length >= 80) {
      marks[i] = { category: 'related', label: line.slice(0, 60) };
      continue;
    }
    if (opensAppendedStory(lines, i)) {
      section = { category: 'related', label: line };
      sectionStart = i;
      resumable = false;
      marks[i] = section;
      continue;
    }
    if (isRunInLinks(line)) {
      marks[i] = { category: 'related', label: line.slice(0, 60) };
      continue;
    }
  }
  closeSection(lines.length);
  const kept: string[] = [];
  const hidden: HiddenBlock[] = [];
  lines.forEach((line, i) => {
    const mark = marks[i];
    if (!mark) {
      kept.push(line);
      return;
    }
    const last = hidden[hidden.length - 1];
    if (last && last.label === mark.label && last.category === mark.category && marks[i - 1]) last.text += `\n${line}`;
    else hidden.push({ category: mark.category, label: mark.label, text: line });
  });
  return { kept, hidden };
}
