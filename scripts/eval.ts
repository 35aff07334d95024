/**
 * `npm run eval`: every quality figure the README quotes.
 *  1. decluttering — seeds through the CLI path, leave-one-seed-out, HTML fixtures, leave-one-site-out
 *  2. entities — precision/recall/F1 per type, next to a capitalisation-only baseline
 * Exits non-zero when a target is missed.
 */
import { evalDeclutter } from './eval-declutter';
import { evalEntities } from './eval-entities';

const declutterOk = await evalDeclutter();
console.log('');
const entitiesOk = await evalEntities();
process.exitCode = declutterOk && entitiesOk ? 0 : 1;
