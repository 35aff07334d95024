/**
 * Capitalisation-only baseline, reported next to the real recogniser by src/offline/entity-eval.ts so
 * readers see what the cue rules, gazetteers and alias merging add. Every maximal run of capitalised
 * words is a mention, except a lone capitalised word opening a sentence. Type by shape alone:
 * all-caps → ORGANIZATION, one word → LOCATION, several words → PERSON. Same surface = same entity.
 */
import type { Entity, EntityType } from '../core/types';
import { tokenize } from './tokenize';

export function extractBaseline(input: string): Entity[] {
  const text = input.normalize('NFC');
  const tokens = tokenize(text);
  const byKey = new Map<string, Entity>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined || !t.word || !t.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (tokens[j]?.word && tokens[j]?.cap) j++;
    if (!(j - i === 1 && t.sentenceStart)) {
      const start = t.start;
      const end = tokens[j - 1]?.end ?? t.end;
      const surface = text.slice(start, end);
      const type: EntityType = j - i === 1 && t.acronym ? 'ORGANIZATION' : j - i === 1 ? 'LOCATION' : 'PERSON';
      const key = `${type}:${surface}`;
      let e = byKey.get(key);
      if (e === undefined) {
        e = { type, name: surface, aliases: [], count: 0, firstSentence: '', mentions: [] };
        byKey.set(key, e);
      }
      e.mentions.push({ start, end, text: surface });
      e.count++;
    }
    i = j;
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
