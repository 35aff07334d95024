/**
 * Training of the mention model (src/entities/mention-model.ts) on inline-annotated real articles
 * (fixtures/entities/<batch>/NN_ID.ann.txt, entity-ann.ts), and its leave-one-batch-out evaluation.
 *  - examples: every mention the rules and the merger leave (in a group, or a raw proposal no group holds), labelled with the gold type of the annotated span
 *    it covers exactly, else DROP; a mention touching an IGN span is not an example;
 *  - averaged multi-class perceptron, examples shuffled per epoch by a seeded generator (same data → same weights);
 *  - features seen in fewer than `minCount` training examples are left out; weights rounded to 1/scale.
 */
import type { Entity } from '../core/types';
import { extractEntitiesWith } from '../entities/index';
import { Merger } from '../entities/merge';
import { bucketOf, candidatesOf, packModel, variantsOf, CLASSES, type MentionClass, type MentionModel, mentionFeatures } from '../entities/mention-model';
import { normalizeWithMap } from '../entities/normalize';
import { Recogniser } from '../entities/recognise';
import { tokenize } from '../entities/tokenize';
import { seededRandom, shuffle } from './random';
import { type AnnDoc, type AnnScore, addScore, emptyScore, loadAnnDir, prf, scoreAnn } from './entity-ann';

export interface Example {
  features: string[];
  label: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  scale: number;
  margin: number;
  dropMargin: number;
  /** 'logistic': multinomial logistic regression (AdaGrad, L2 `l2`); 'perceptron': averaged perceptron */
  algo: 'logistic' | 'perceptron';
  l2: number;
  rate: number;
  /** weights (in 1/scale units) whose largest magnitude is below this are left out, to keep the file small */
  minWeight: number;
  /** features hashed into 2^bits buckets */
  bits: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 10, seed: 20261206, minCount: 8, scale: 10, margin: 1, dropMargin: 1, algo: 'logistic', l2: 1e-3, rate: 0.1, minWeight: 1, bits: 20 };

/**
 * The annotated batches the shipped model is trained on: the seven earlier blind batches (each joined once its blind score
 * was taken; blind-2026-12-06e scored 0.807 blind), the dev batch and eleven training batches (2026-12-06).
 */
export const TRAIN_BATCHES = [
  'blind-2026-12-05', 'blind-2026-12-05b', 'blind-2026-12-06', 'blind-2026-12-06b', 'blind-2026-12-06c', 'blind-2026-12-06d', 'blind-2026-12-06e', 'blind-2026-12-06f',
  'dev-2026-12-06',
  'train-2026-12-06a', 'train-2026-12-06b', 'train-2026-12-06c', 'train-2026-12-06d', 'train-2026-12-06e',
  'train-2026-12-06f', 'train-2026-12-06g', 'train-2026-12-06h', 'train-2026-12-06i', 'train-2026-12-06j',
  'train-2026-12-06k', 'train-2026-12-06l', 'train-2026-12-06m', 'train-2026-12-06n', 'train-2026-12-06o',
  'train-2026-12-06p',
];

/** Examples of one annotated article. */
export function examplesOf(doc: AnnDoc): Example[] {
  const norm = normalizeWithMap(doc.text);
  const tokens = tokenize(norm.text);
  const raw = new Recogniser(tokens, norm.text).run();
  const base = candidatesOf(raw, new Merger(tokens, norm.text).merge(raw));
  const cands = base.concat(variantsOf(base, tokens));
  const feats = mentionFeatures(cands, tokens, norm.text);
  const gold = new Map<string, MentionClass>();
  const ignored = doc.spans.filter((s) => s.type === 'IGNORE');
  for (const s of doc.spans) if (s.type !== 'IGNORE') gold.set(`${s.start}:${s.end}`, s.type);
  const out: Example[] = [];
  cands.forEach(({ m }, k) => {
    const a = tokens[m.from];
    const b = tokens[m.to - 1];
    if (a === undefined || b === undefined) return;
    const start = norm.toOriginal[a.start] ?? a.start;
    const end = norm.toOriginal[b.end] ?? b.end;
    if (ignored.some((s) => start < s.end && end > s.start)) return;
    out.push({ features: feats[k] as string[], label: CLASSES.indexOf(gold.get(`${start}:${end}`) ?? 'DROP') });
  });
  return out;
}

/** The model over the examples: the features kept (seen in ≥ minCount examples), then the chosen learner. */
export function train(examples: readonly Example[], options: Partial<TrainOptions> = {}): MentionModel {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (seen.get(f) ?? 0) >= o.minCount;
  const data = examples.map((e) => ({ features: [...new Set(e.features.filter(keep).map((f) => String(bucketOf(f, o.bits))))].sort(), label: e.label }));
  const w = o.algo === 'logistic' ? logistic(data, o) : perceptron(data, o);
  const scaled = new Map<number, number[]>();
  for (const [f, x] of w) {
    // only differences to DROP matter (a feature adds to every class's score alike otherwise)
    const r = x.map((v) => Math.round((v - (x[0] as number)) * o.scale));
    if (r.some((v) => Math.abs(v) >= Math.max(1, o.minWeight))) scaled.set(Number(f), r);
  }
  return packModel(scaled, { bits: o.bits, scale: o.scale, margin: o.margin, dropMargin: o.dropMargin });
}

type Labelled = { features: string[]; label: number };

/** Each example once per epoch, in an order shuffled afresh from the seed every epoch (both learners). */
function eachSeeded(data: readonly Labelled[], o: TrainOptions, visit: (e: Labelled) => void): void {
  const rnd = seededRandom(o.seed);
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, rnd);
    for (const k of order) visit(data[k] as Labelled);
  }
}

/** The four class scores of an example: the sum of its features' weights (features without weights add nothing). */
function scoresOf(w: ReadonlyMap<string, number[]>, features: readonly string[]): number[] {
  const s = [0, 0, 0, 0];
  for (const f of features) {
    const wf = w.get(f);
    if (wf !== undefined) for (let c = 0; c < 4; c++) s[c] = (s[c] as number) + (wf[c] as number);
  }
  return s;
}

/**
 * Multinomial logistic regression: per-example AdaGrad steps on the cross-entropy, an L2 pull on the weights an
 * example touches; examples in a seeded order each epoch. Scores are log-odds, so the margins are too.
 */
function logistic(data: readonly Labelled[], o: TrainOptions): Map<string, number[]> {
  const w = new Map<string, number[]>();
  const g2 = new Map<string, number[]>();
  eachSeeded(data, o, (e) => {
    for (const f of e.features) {
      if (w.has(f)) continue;
      w.set(f, [0, 0, 0, 0]);
      g2.set(f, [1e-6, 1e-6, 1e-6, 1e-6]);
    }
    const s = scoresOf(w, e.features);
    const top = Math.max(...s);
    const ex = s.map((x) => Math.exp(x - top));
    const z = ex.reduce((a, b) => a + b, 0);
    for (const f of e.features) {
      const wf = w.get(f) as number[];
      const gf = g2.get(f) as number[];
      for (let c = 0; c < 4; c++) {
        const grad = (ex[c] as number) / z - (c === e.label ? 1 : 0) + o.l2 * (wf[c] as number);
        gf[c] = (gf[c] as number) + grad * grad;
        wf[c] = (wf[c] as number) - (o.rate * grad) / Math.sqrt(gf[c] as number);
      }
    }
  });
  return w;
}

/** Averaged perceptron over the examples. */
function perceptron(data: readonly Labelled[], o: TrainOptions): Map<string, number[]> {
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let clock = 0;
  const update = (f: string, c: number, by: number): void => {
    let wf = w.get(f);
    if (wf === undefined) {
      wf = [0, 0, 0, 0];
      w.set(f, wf);
      total.set(f, [0, 0, 0, 0]);
      stamp.set(f, [0, 0, 0, 0]);
    }
    const tf = total.get(f) as number[];
    const sf = stamp.get(f) as number[];
    tf[c] = (tf[c] as number) + (clock - (sf[c] as number)) * (wf[c] as number);
    sf[c] = clock;
    wf[c] = (wf[c] as number) + by;
  };
  eachSeeded(data, o, (e) => {
    clock++;
    const s = scoresOf(w, e.features);
    let best = 0;
    for (let c = 1; c < 4; c++) if ((s[c] as number) > (s[best] as number)) best = c;
    if (best === e.label) return;
    for (const f of e.features) {
      update(f, e.label, 1);
      update(f, best, -1);
    }
  });
  const out = new Map<string, number[]>();
  for (const [f, wf] of w) {
    const tf = total.get(f) as number[];
    const sf = stamp.get(f) as number[];
    out.set(f, wf.map((x, c) => ((tf[c] as number) + (clock - (sf[c] as number)) * x) / clock));
  }
  return out;
}

export function examplesOfBatches(dirs: readonly string[]): Example[] {
  return dirs.flatMap((d) => loadAnnDir(d).flatMap(examplesOf));
}

export interface BatchFigures {
  all: number;
  per: number;
  loc: number;
  org: number;
  top10: number;
  /** the top-10 share counting an entry shown by a name the text never writes whose written form is gold */
  top10alias: number;
  score: AnnScore;
}

/** Mention-level typed F1 (all and per type) and the top-10 real-name share of one batch under a model. */
export function scoreBatch(dir: string, model: MentionModel): BatchFigures {
  const score = emptyScore();
  const run = (text: string): Entity[] => extractEntitiesWith(text, model);
  for (const d of loadAnnDir(dir)) addScore(score, scoreAnn(d, run(d.text)));
  const f1 = (k: 'ALL' | 'PERSON' | 'LOCATION' | 'ORGANIZATION'): number => prf(score.mention.get(k) ?? { tp: 0, fp: 0, fn: 0 })[2];
  return { all: f1('ALL'), per: f1('PERSON'), loc: f1('LOCATION'), org: f1('ORGANIZATION'), top10: score.top.real / Math.max(1, score.top.shown), top10alias: score.top.realAlias / Math.max(1, score.top.shown), score };
}

/** The shipped model's file: trained with the shipped options on these examples. */
export function shippedModelJson(examples: readonly Example[], options: Partial<TrainOptions> = {}): string {
  const m = train(examples, options);
  return `${JSON.stringify({ bits: m.bits, scale: m.scale, margin: m.margin, dropMargin: m.dropMargin, w: m.w })}\n`;
}
