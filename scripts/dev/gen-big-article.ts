/**
 * Write a long article page with a big comment section (the hostile page of tools/browser/hostile-pages.ts)
 * of about N MB, for the CLI budget table in docs/budgets.md. Generated, never committed:
 *
 *   npx tsx scripts/dev/gen-big-article.ts 5 /tmp/big-5mb.html
 */
import { writeFileSync } from 'node:fs';
import { bigArticle } from '../../tools/browser/hostile-pages';

const [mbArg, out] = process.argv.slice(2);
const mb = Number(mbArg);
if (!out || !(mb > 0)) {
  console.error('usage: npx tsx scripts/dev/gen-big-article.ts MEGABYTES OUT.html');
  process.exit(2);
}
// one comment is ~190 bytes of UTF-8: start there, then correct once from the measured size
const target = mb * 1024 * 1024;
let comments = Math.round(target / 190);
let html = bigArticle(comments);
comments = Math.max(0, Math.round(comments * (target / Buffer.byteLength(html))));
html = bigArticle(comments);
writeFileSync(out, html);
console.log(`${out}: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB, ${comments} comments`);
