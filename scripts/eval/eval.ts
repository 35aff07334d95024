/**
 * `npm run eval`: every quality figure the README quotes.
 *  1. decluttering — seeds through the CLI path, leave-one-seed-out, HTML fixtures, leave-one-site-out
 *     next to Readability (Firefox Reader View's engine) on the same HTML gold
 *  2. entities — precision/recall/F1 per type, next to a capitalisation-only baseline
 * Exits non-zero when a target is missed.
 */
import { evalDeclutter } from '../../src/offline/declutter-eval';
import { evalEntities } from '../../src/offline/entity-eval';
import { evalReadability } from './eval-readability';

const declutterOk = await evalDeclutter();
evalReadability();
console.log('');
const entitiesOk = await evalEntities();
(await import('./eval-heldout')).evalHeldout(); // portals never learned from: measured, not a target
process.exitCode = declutterOk && entitiesOk ? 0 : 1;
