/**
 * Recipe for src/entities/data/mention-model.json, the learned filter and typer over the recogniser's proposals
 * (src/entities/mention-model.ts):
 *   npx tsx scripts/build/mention-model.ts [--check]
 * Trains the averaged perceptron (src/offline/mention-train.ts, seeded: the same fixtures give the same file) on every
 * annotated real-article batch in fixtures/entities (TRAIN_BATCHES) and writes the weights. `--check` only compares.
 * Its generalisation figure is the leave-one-batch-out table of scripts/eval/eval-entities-lobo.ts (docs/entities-lobo.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { examplesOfBatches, shippedModelJson, TRAIN_BATCHES } from '../../src/offline/mention-train';

const OUT = 'src/entities/data/mention-model.json';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = shippedModelJson(examplesOfBatches(TRAIN_BATCHES.map((b) => `fixtures/entities/${b}`)));
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === json;
    console.log(same ? `${OUT} is what the recipe gives` : `${OUT} is stale: run npx tsx scripts/build/mention-model.ts`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(OUT, json);
    console.log(`${OUT}: 2^${(JSON.parse(json) as { bits: number }).bits} buckets × 4 classes, ${json.length} bytes`);
  }
}
