/** `npm run eval:declutter`: src/offline/declutter-eval.ts, run from the command line. */
import { pathToFileURL } from 'node:url';
import { evalDeclutter } from '../../src/offline/declutter-eval';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  evalDeclutter().then((ok) => process.exit(ok ? 0 : 1));
}
