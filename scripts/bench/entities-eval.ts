/**
 * What evaluating entities.js costs before any recognition (issue 10: no main-thread task over 50 ms), and what
 * the first recognition then costs. Each of 15 fresh Node processes reads the bundle, times `new Function(src)`
 * (compile) and calling it (run: the bundle's top level), then drives `extractEntitiesSteps(TEXT)` to its end
 * (first: the first recognition, with the word sets, tries and model weights it builds; longest: its longest
 * step, what the content script may run between two deadline checks). Medians; record `uptime` with them.
 *
 *   npm run build && npx tsx scripts/bench/entities-eval.ts [dist/chrome/entities.js] [TEXT.txt]
 *
 * Figures: docs/speed-2026-12-06-lazy.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityBundle } from '../../src/content/entity-bundle';

const RUNS = 15;
const KEYS = ['compile', 'run', 'first', 'longest', 'steps'] as const;
type Figures = Record<(typeof KEYS)[number], number>;

function once(file: string, text: string): Figures {
  const src = readFileSync(file, 'utf8');
  const input = readFileSync(text, 'utf8');
  const g = globalThis as Record<string, unknown>;
  g.window = globalThis;
  const t0 = performance.now();
  // eslint-disable-next-line no-new-func -- the point: compile the bundle as the browser does
  const evaluate = new Function(src);
  const t1 = performance.now();
  evaluate();
  const t2 = performance.now();
  const bundle = g.__tinGonEntities as EntityBundle;
  const steps = bundle.extractEntitiesSteps(input);
  let longest = 0;
  let n = 0;
  for (;;) {
    const s = performance.now();
    const r = steps.next();
    longest = Math.max(longest, performance.now() - s);
    n++;
    if (r.done) break;
  }
  return { compile: t1 - t0, run: t2 - t1, first: performance.now() - t2, longest, steps: n };
}

const [file = 'dist/chrome/entities.js', text = 'fixtures/entities/blind-2026-12-06c/00_22297224.txt', child] = process.argv.slice(2);
if (child === 'child') {
  process.stdout.write(JSON.stringify(once(file, text)));
} else {
  const self = fileURLToPath(import.meta.url);
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, file, text, 'child']).toString()) as Figures);
  const median = (k: keyof Figures): number => runs.map((r) => r[k]).sort((a, b) => a - b)[RUNS >> 1] ?? NaN;
  console.log(`${file} (median of ${RUNS} processes): ${KEYS.map((k) => `${k} ${median(k).toFixed(1)}${k === 'steps' ? '' : ' ms'}`).join(', ')}`);
}
