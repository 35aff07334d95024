/**
 * `npm run eval:entities [-- --batches | --blind DIR] [--verbose]`: src/offline/entity-eval.ts, run from the command line.
 *  - no flag: the hand annotations of the seed and training cases (entity and mention level, with the baseline);
 *  - `--batches`: the held-out sentence batches (src/offline/entity-batches.ts);
 *  - `--blind DIR [DIR…]`: batches of inline-tagged real articles (NN_ID.txt + NN_ID.ann.txt, src/offline/entity-ann.ts);
 *    with several, each batch and then all of them pooled (one batch of ~1,300 mentions moves by ±0.006 on noise).
 */
import { fileURLToPath } from 'node:url';
import { evalBatches, evalBlind, evalEntities } from '../../src/offline/entity-eval';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const blind = process.argv.indexOf('--blind');
  if (blind > 0) {
    const dirs = process.argv.slice(blind + 1).filter((a) => !a.startsWith('--'));
    if (dirs.length === 0) throw new Error('--blind needs a directory of NN_ID.txt + NN_ID.ann.txt files');
    evalBlind(dirs, process.argv.includes('--verbose'));
  } else if (process.argv.includes('--batches')) evalBatches(process.argv.includes('--verbose'));
  else process.exitCode = (await evalEntities()) ? 0 : 1;
}
