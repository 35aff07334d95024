/** `npm run learn`: src/offline/learn-file.ts, run from the command line. */
import { pathToFileURL } from 'node:url';
import { runLearn } from '../../src/offline/learn-file';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLearn(process.argv.slice(2)).then((code) => process.exit(code));
}
