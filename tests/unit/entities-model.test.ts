import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawMention } from '../../src/entities/scan';
import { applyMentionModel, bucketOf, candidatesOf, classScores, mentionFeatures, packModel, variantsOf, type MentionModel } from '../../src/entities/mention-model';
import { extractEntities } from '../../src/entities';
import { Merger } from '../../src/entities/merge';
import { Recogniser } from '../../src/entities/recognise';
import { tokenize } from '../../src/entities/tokenize';
import { examplesOfBatches, shippedModelJson, TRAIN_BATCHES, train } from '../../src/offline/mention-train';

describe('learned mention model', () => {
  it('src/entities/data/mention-model.json is what scripts/build/mention-model.ts trains from the fixtures (seeded)', () => {
    const examples = examplesOfBatches(TRAIN_BATCHES.map((b) => `fixtures/entities/${b}`));
    expect(examples.length).toBeGreaterThan(6000);
    expect(readFileSync('src/entities/data/mention-model.json', 'utf8')).toBe(shippedModelJson(examples));
  }, 180_000);

  it('training is deterministic and learns a separable toy problem', () => {
    const ex = [
      { features: ['b', 'caps'], label: 3 },
      { features: ['b', 'title'], label: 1 },
      { features: ['b', 'tỉnh'], label: 2 },
      { features: ['b', 'lower'], label: 0 },
    ];
    const data = Array.from({ length: 5 }, () => ex).flat();
    const a = train(data, { minCount: 1 });
    expect(train(data, { minCount: 1 })).toEqual(a);
    const best = (f: string): number => {
      const s = classScores(a, ['b', f]);
      return s.indexOf(Math.max(...s));
    };
    expect(['caps', 'title', 'tỉnh', 'lower'].map(best)).toEqual([3, 1, 2, 0]);
  });

  it('drops, retypes and re-bounds only where its weights say so, past the margins', () => {
    const text = 'Binh lính quân đội Syria tiến vào Hà Nội.\n\nhết.';
    const tokens = tokenize(text);
    const raw = new Recogniser(tokens, text).run();
    const groups = new Merger(tokens, text).merge(raw);
    const base = candidatesOf(raw, groups);
    // grouped mentions first, then a raw proposal no group holds (the sentence-initial "Binh", weak)
    expect(base.map((c) => `${c.group?.type ?? '-'}:${text.slice(tokens[c.m.from]?.start, tokens[c.m.to - 1]?.end)}`)).toEqual(['LOCATION:Syria', 'LOCATION:Hà Nội', '-:Binh']);
    expect(variantsOf(base, tokens).map((c) => c.variant?.kind)).toEqual(['ext1', 'ext2', 'ext1', 'ext2', 'cutL', 'cutR']);
    const spans = (gs: ReturnType<typeof applyMentionModel>): string[] =>
      gs.flatMap((g) => g.mentions.map((m: RawMention) => `${g.type}:${text.slice(tokens[m.from]?.start, tokens[m.to - 1]?.end)}`));
    const none: MentionModel = { bits: 0, w: '', scale: 1, margin: 0, dropMargin: 0 };
    const model = (f: string, w: number[], margin: number, dropMargin: number): MentionModel =>
      packModel(new Map([[bucketOf(f, 12), w]]), { bits: 12, scale: 1, margin, dropMargin });
    expect(spans(applyMentionModel(raw, groups, tokens, text, none))).toEqual(['LOCATION:Syria', 'LOCATION:Hà Nội']);
    // "quân đội" before a place: an organisation (one word more before → the variant wins)
    const army = model('vw=ext2|quân đội', [0, 0, 0, 5], 1, 1);
    expect(spans(applyMentionModel(raw, groups, tokens, text, army)).sort()).toEqual(['LOCATION:Hà Nội', 'ORGANIZATION:quân đội Syria']);
    // below the margin nothing changes
    expect(spans(applyMentionModel(raw, groups, tokens, text, { ...army, margin: 6 }))).toEqual(['LOCATION:Syria', 'LOCATION:Hà Nội']);
    const drop = model('p1=vào', [9, 0, 0, 0], 1, 5);
    expect(spans(applyMentionModel(raw, groups, tokens, text, drop))).toEqual(['LOCATION:Syria']);
    // a text of one line (not an article: what the model never saw) is left to the rules
    const line = text.split('\n')[0] as string;
    const lineTokens = tokenize(line);
    const lineRaw = new Recogniser(lineTokens, line).run();
    expect(spans(applyMentionModel(lineRaw, new Merger(lineTokens, line).merge(lineRaw), lineTokens, line, drop))).toEqual(['LOCATION:Syria', 'LOCATION:Hà Nội']);
  });

  it('reads the context of a name: the word before it, the names beside it in a list, how capitalised its line is', () => {
    const text = 'Quán cà phê mới ở phố cổ\nQuán nằm tại số 31 Nguyễn Thái Học, Hội An. Anh cho biết sẽ mở thêm quán ở Huế.\nTin Tức Mới Nhất Về Du Lịch Đà Nẵng Hôm Nay';
    const tokens = tokenize(text);
    const raw = new Recogniser(tokens, text).run();
    const cands = candidatesOf(raw, new Merger(tokens, text).merge(raw));
    const feats = mentionFeatures(cands, tokens, text);
    const of = (name: string): string[] => {
      const k = cands.findIndex((c) => text.slice(tokens[c.m.from]?.start, tokens[c.m.to - 1]?.end) === name);
      expect(k, name).toBeGreaterThanOrEqual(0);
      return feats[k] as string[];
    };
    const street = of('Nguyễn Thái Học');
    expect(street.filter((f) => f.startsWith('p1sh='))).toEqual(['p1sh=d|PERSON']);
    // the next name of the list, one comma away, is a place the gazetteer knows
    expect(street.some((f) => f.startsWith('la=LOCATION/LOCATION|'))).toBe(true);
    expect(of('Hội An').some((f) => f.startsWith('lb='))).toBe(true);
    expect(of('Đà Nẵng').some((f) => f.startsWith('cl=title|'))).toBe(true);
    expect(of('Huế').some((f) => f.startsWith('cl=few|'))).toBe(true);
    // with the shipped weights, a name after a house number is a street (a person before these features)
    const entities = extractEntities(text);
    expect(entities.find((e) => e.name === 'Nguyễn Thái Học')?.type).toBe('LOCATION');
  });
});
