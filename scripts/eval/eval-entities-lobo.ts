/**
 * Leave-one-batch-out evaluation of the entity recogniser with its learned mention model (issue 14).
 *   npx tsx scripts/eval/eval-entities-lobo.ts [--margin X] [--drop-margin X] [--epochs N] [--min-count N] [--rules-only] [--train-folds]
 * `--verbose` lists every wrong top-10 entry with why it is wrong (entity-ann.ts wrongKind) and counts them by kind.
 * For each blind batch: the model is trained on every other batch of TRAIN_BATCHES (the other blind batches, the dev
 * batch and the training batches, src/offline/mention-train.ts) and the held-out batch is scored with it (mention-level typed exact-span F1, per type,
 * top-10 real names). The first table is the rules alone (no model: nothing to train, the same on every batch).
 * The figures are a generalisation estimate: no batch is scored with weights that saw it.
 */
import { type MentionModel } from '../../src/entities/mention-model';
import { type BatchFigures, examplesOfBatches, scoreBatch, train, TRAIN_BATCHES, TRAIN_DEFAULTS } from '../../src/offline/mention-train';

const DIR = 'fixtures/entities';
/** the blind batches (each scored blind once before it joined the training data), held out in turn */
const BLIND = ['blind-2026-12-05', 'blind-2026-12-05b', 'blind-2026-12-06', 'blind-2026-12-06b', 'blind-2026-12-06c', 'blind-2026-12-06d', 'blind-2026-12-06e', 'blind-2026-12-06f'];
/** with --train-folds, the training batches (never scored blind) are held out in turn too, outside the blind mean */
const TRAIN_ONLY = process.argv.includes('--train-folds') ? TRAIN_BATCHES.filter((b) => b.startsWith('train-')) : [];
const HELD = [...BLIND, ...TRAIN_ONLY];

const arg = (name: string): number | undefined => {
  const k = process.argv.indexOf(name);
  return k > 0 ? Number(process.argv[k + 1]) : undefined;
};
const options = {
  margin: arg('--margin') ?? TRAIN_DEFAULTS.margin,
  dropMargin: arg('--drop-margin') ?? TRAIN_DEFAULTS.dropMargin,
  epochs: arg('--epochs') ?? TRAIN_DEFAULTS.epochs,
  minCount: arg('--min-count') ?? TRAIN_DEFAULTS.minCount,
  scale: arg('--scale') ?? TRAIN_DEFAULTS.scale,
  l2: arg('--l2') ?? TRAIN_DEFAULTS.l2,
  minWeight: arg('--min-weight') ?? TRAIN_DEFAULTS.minWeight,
  bits: arg('--bits') ?? TRAIN_DEFAULTS.bits,
  rate: arg('--rate') ?? TRAIN_DEFAULTS.rate,
  algo: process.argv.includes('--logistic') ? ('logistic' as const) : process.argv.includes('--perceptron') ? ('perceptron' as const) : TRAIN_DEFAULTS.algo,
};
const VERBOSE = process.argv.includes('--verbose');
const f = (x: number): string => x.toFixed(3);

function table(title: string, modelFor: (held: string) => MentionModel): void {
  console.log(title);
  console.log('held-out batch      |  ALL    PER    LOC    ORG   | top-10 real | alias-aware');
  const rows: BatchFigures[] = [];
  for (const held of HELD) {
    const r = scoreBatch(`${DIR}/${held}`, modelFor(held));
    rows.push(r);
    console.log(`${held.padEnd(19)} | ${[r.all, r.per, r.loc, r.org].map(f).join('  ')} | ${f(r.top10)}       | ${f(r.top10alias)}`);
    if (VERBOSE) for (const w of r.score.top.wrong) console.log(`  top10 ✗ ${held} ${w}`);
  }
  if (VERBOSE) {
    const kinds = new Map<string, number>();
    for (const r of rows) for (const w of r.score.top.wrong) {
      const k = /\[([^\]]+)\]$/.exec(w)?.[1] ?? '?';
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    const shown = rows.reduce((s, r) => s + r.score.top.shown, 0);
    console.log(`wrong top-10 entries by kind (of ${shown} shown): ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  const blind = rows.slice(0, BLIND.length);
  const mean = (k: keyof Omit<BatchFigures, 'score'>): number => blind.reduce((s, r) => s + r[k], 0) / blind.length;
  console.log(`${'mean (blind)'.padEnd(19)} | ${(['all', 'per', 'loc', 'org'] as const).map((k) => f(mean(k))).join('  ')} | ${f(mean('top10'))}       | ${f(mean('top10alias'))}`);
}

const t0 = performance.now();
table('rules only', () => ({ bits: 0, w: '', scale: 1, margin: 0, dropMargin: 0 }));
if (!process.argv.includes('--rules-only')) {
  table(`rules + mention model trained on every other batch of TRAIN_BATCHES (${JSON.stringify(options)})`, (held) => {
    const dirs = TRAIN_BATCHES.filter((b) => b !== held).map((b) => `${DIR}/${b}`);
    return train(examplesOfBatches(dirs), options);
  });
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
