/**
 * `npm run eval:entities [-- --batches | --blind DIR] [--verbose]`: src/offline/entity-eval.ts, run from the command line.
 *  - no flag: the hand annotations of the seed and training cases (entity and mention level, with the baseline);
 *  - `--batches`: the held-out sentence batches (src/offline/entity-batches.ts);
 *  - `--blind DIR`: a batch of inline-tagged real articles (NN_ID.txt + NN_ID.ann.txt, src/offline/entity-ann.ts).
 */
import { fileURLToPath } from 'node:url';
import { evalBatches, evalBlind, evalEntities } from '../../src/offline/entity-eval';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const blind = process.argv.indexOf('--blind');
  if (blind > 0) {
    const dir = process.argv[blind + 1];
    if (dir === undefined) throw new Error('--blind needs a directory of NN_ID.txt + NN_ID.ann.txt files');
    evalBlind(dir, process.argv.includes('--verbose'));
  } else if (process.argv.includes('--batches')) evalBatches(process.argv.includes('--verbose'));
  else process.exitCode = (await evalEntities()) ? 0 : 1;
}
