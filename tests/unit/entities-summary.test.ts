/**
 * The summary a reader sees (issue 14): over every fixture page and seed, no top-10 entry is a single letter or
 * initials, an all-caps common word or generic abbreviation, a head or cue word alone, or a cut name (several words
 * ending on a word that opens a name, "Trung tâm Hội"). And the order is salience: a name in the
 * title comes before one mentioned as often only in the body.
 */
import { describe, expect, it } from 'vitest';
import { cases, pageFile } from '../../src/offline/fixtures';
import { articleTextOf } from '../../src/offline/entity-eval';
import { isCommonCaps } from '../../src/entities/caps';
import { ORG_HEADS } from '../../src/entities/cues';
import { extractEntities } from '../../src/entities/index';
import { CONFIDENCE, DOUBT, notAName, rankSummary } from '../../src/entities/summary';
import type { Entity } from '../../src/core/types';

/** Single words that open organisation names: a name never ends on one capitalised ("Trung tâm Hội"). */
const OPENERS = new Set(ORG_HEADS.filter((w) => !w.includes(' ') && !w.includes('.')));

const files = [
  ...cases('train').map(pageFile),
  ...cases('seed').map(pageFile),
];

/** A reason the entry is no name, judged from the entry and the text alone. */
function problem(text: string, e: ReturnType<typeof extractEntities>[number]): string | null {
  const name = e.name.trim();
  if ([...name.replace(/[.\s]/g, '')].length < 2) return 'single letter';
  if (/^(?:\p{Lu}\.){2,}/u.test(name) || /\s[A-ZĐ]\.?$/u.test(name)) return 'initials';
  if (/^[\p{Lu}\p{N}.&]+$/u.test(name) && isCommonCaps(name.toLowerCase())) return 'common caps';
  // a cut name: several words ending on a word that opens a name ("Trung tâm Hội", "Viện Hàn lâm Trung tâm")
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const beforeLast = words[words.length - 2] ?? '';
  if (/^\p{Ll}/u.test(beforeLast) && e.type !== 'PERSON' && /^\p{Lu}/u.test(last) && OPENERS.has(last.toLowerCase())) return `cut after "${last}"`;
  return notAName(e);
}

describe('entity summary over every fixture page and seed', () => {
  it.each(files)('%s: no top-10 entry is a letter, initials, a common all-caps word, a head alone or a cut name', (file) => {
    const text = articleTextOf(file);
    const bad = extractEntities(text)
      .slice(0, 10)
      .map((e) => [e.name, problem(text, e)])
      .filter(([, p]) => p !== null);
    expect(bad).toEqual([]);
  });
});

describe('summary rules', () => {
  it('leaves out initials, generic abbreviations and words in capitals', () => {
    const names = extractEntities('Ông S. và Công ty N. bị HĐXX tuyên phạt. PV có mặt. KHÔNG ai ngờ. Bà Nguyễn Thị Lan nói với DN tại Hà Nội.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Thị Lan', 'Hà Nội']));
    for (const bad of ['S', 'Công ty N', 'HĐXX', 'PV', 'KHÔNG', 'DN']) expect(names).not.toContain(bad);
  });

  it('ranks a name in the title above one mentioned as often only in the body', () => {
    const text = 'Đà Nẵng đón khách\nHôm qua, Hà Nội và Hải Phòng có mưa. Hà Nội lạnh. Đà Nẵng nắng. Hải Phòng gió.';
    // (the two body names tie on salience: the surer one first, summary.ts)
    const names = extractEntities(text).map((e) => e.name);
    expect(names[0]).toBe('Đà Nẵng');
    expect([...names].sort()).toEqual(['Đà Nẵng', 'Hà Nội', 'Hải Phòng'].sort());
  });

  it('puts a doubtful entry (named once or twice, not in the title, the model unsure) after the confident ones, and keeps it', () => {
    const text = 'Tiêu đề\nMột. Hai. Ba. Bốn.';
    const at = (word: string): Entity['mentions'][number] => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word });
    const e = (name: string, word: string, sure: number | undefined): Entity => {
      const x: Entity = { type: 'PERSON', name, aliases: [], count: 1, firstSentence: '', mentions: [at(word)] };
      if (sure !== undefined) CONFIDENCE.set(x, sure);
      return x;
    };
    // all four named once in the lead: first mention first, except the doubtful one, last
    const ranked = rankSummary([e('An Một', 'Một', DOUBT - 1), e('Bình Hai', 'Hai', DOUBT + 1), e('Chi Ba', 'Ba', undefined), e('Dũng Bốn', 'Bốn', DOUBT + 3)], text);
    expect(ranked.map((x) => x.name)).toEqual(['Dũng Bốn', 'Bình Hai', 'Chi Ba', 'An Một']);
  });
});
