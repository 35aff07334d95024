/**
 * Which main-thread tasks of a Firefox page ran the extension's code, and for how long — the Firefox side of
 * chrome-tasks.ts, for the same budget (issue 10: "the extension never causes a main-thread task over 50 ms").
 * Firefox has no long-task API and WebDriver BiDi no trace, and a page-side timer's largest gap measures the page
 * as much as us: the 20-iframe page's own gaps were 345–1,133 ms without the extension in CI on 2026-12-06, so
 * the floor of five runs with against five without differed by 141 ms on noise alone. This attributes instead:
 * Firefox's own sampling profiler, started with the browser (MOZ_PROFILER_STARTUP, 1 ms, JavaScript stacks,
 * main threads only) and written when it quits, gives each content process's main-thread samples with their JS
 * stacks and its markers — one per timer callback, DOM event dispatch and microtask checkpoint. A sample is ours
 * when a frame of our moz-extension:// origin is on its stack (content.js, entities.js, picker.js and the promise continuations
 * they await, DOM calls they make included); its weight is the time to the next sample. Our samples are summed
 * per task: nested markers' intervals make one task (the microtask checkpoint after a callback is inside the
 * callback's marker); intervals that only touch do not — one timer callback of ours starts 30 µs after the
 * microtask checkpoint of a message reply ends (Firefox ESR 140), two tasks. Samples under no such marker (a
 * content script's first evaluation, inside the parser's task) are grouped by contiguity, a gap over 1 ms ending
 * the group. Style and layout the browser does later because of our marks are
 * not ours here either (the with/without timer gaps beside it show those).
 *
 *   const h = await launchWithExtension('firefox', { firefoxEnv: geckoProfilerEnv(file) });
 *   …load the page…; await closeWritingProfile(h.browser); const tasks = geckoTasks(JSON.parse(readFileSync(file)), h.extensionOrigin);
 */
import type { Browser } from 'puppeteer-core';
import type { TaskShare } from './chrome-tasks';

/** Markers that mark one task's work (a timer's callback, an event's dispatch, the microtasks after a task). */
const TASK_MARKERS = new Set(['setTimeout callback', 'DOMEvent', 'Perform microtasks']);
/** samples of ours under no task marker, further apart than this, are separate runs */
const RUN_GAP_MS = 1;
/** a sample stands for the time to the next, at most this much (a sampler stalled by a busy machine) */
const MAX_SAMPLE_MS = 4;

/** Environment for a Firefox whose profiler starts with it and writes `file` when it quits (closeWritingProfile). */
export function geckoProfilerEnv(file: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    // 8 M entries (~64 MB per process buffer): a minute of one busy page at 1 ms with JS stacks fits
    MOZ_PROFILER_STARTUP_ENTRIES: '8000000',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_SHUTDOWN: file,
  };
}

/**
 * Quit Firefox the way that lets it write its profile (WebDriver BiDi `browser.close`) and wait until it has:
 * puppeteer's own close kills the process right after asking, mid-write.
 */
export async function closeWritingProfile(browser: Browser, timeoutMs = 60_000): Promise<void> {
  const proc = browser.process();
  const exited = proc && proc.exitCode === null ? new Promise((r) => proc.once('exit', r)) : Promise.resolve();
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  await connection.send('browser.close', {}).catch(() => {});
  await Promise.race([exited, new Promise((r) => setTimeout(r, timeoutMs))]);
}

/** The parts of a Gecko profile (format version 31, as Firefox 140–153 write it) read here. */
export interface GeckoProfile {
  meta: { startTime: number; interval: number };
  processes: GeckoProfile[];
  threads: GeckoThread[];
}
interface Table<Row = unknown[]> { schema: Record<string, number>; data: Row[] }
export interface GeckoThread {
  name: string;
  processType: string;
  /** "Web Content", "WebExtensions", … */
  processName?: string;
  pid: number | string;
  stringTable: string[];
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  markers: Table;
}

/**
 * Every task of every web content process's main thread in which the extension at `origin` ("moz-extension://UUID/")
 * ran, with its share; `at` is epoch ms. The WebExtensions process (our background and extension pages, and the
 * browser's own built-in add-ons, which are moz-extension:// too) is not a page's.
 */
export function geckoTasks(profile: GeckoProfile, origin: string): TaskShare[] {
  const out: TaskShare[] = [];
  const visit = (p: GeckoProfile): void => {
    for (const t of p.threads) if (t.name === 'GeckoMain' && t.processType === 'tab' && t.processName !== 'WebExtensions') out.push(...threadTasks(t, p.meta.startTime, origin));
    for (const child of p.processes ?? []) visit(child);
  };
  visit(profile);
  return out.sort((a, b) => a.at - b.at);
}

function threadTasks(t: GeckoThread, startTime: number, origin: string): TaskShare[] {
  const S = t.samples.schema;
  const ST = t.stackTable.schema;
  const F = t.frameTable.schema;
  const M = t.markers.schema;
  const oursByStack = new Map<number, boolean>();
  const isOurs = (stack: number | null): boolean => {
    if (stack === null || stack === undefined) return false;
    const known = oursByStack.get(stack);
    if (known !== undefined) return known;
    const row = t.stackTable.data[stack]!;
    const frame = t.frameTable.data[row[ST.frame!] as number]!;
    const value = String(t.stringTable[frame[F.location!] as number]).includes(origin) || isOurs(row[ST.prefix!] as number | null);
    oursByStack.set(stack, value);
    return value;
  };
  const samples = t.samples.data;
  const ours: { at: number; ms: number }[] = [];
  for (let i = 0; i < samples.length; i++) {
    if (!isOurs(samples[i]![S.stack!] as number | null)) continue;
    const at = samples[i]![S.time!] as number;
    const next = samples[i + 1]?.[S.time!] as number | undefined;
    ours.push({ at, ms: Math.min(next === undefined ? 1 : next - at, MAX_SAMPLE_MS) });
  }
  if (ours.length === 0) return [];

  // task intervals: a marker with start and end (phase 1), or a start (2) and an end (3) recorded apart
  const intervals: [number, number][] = [];
  const open = new Map<string, number[]>();
  for (const m of t.markers.data) {
    const name = t.stringTable[m[M.name!] as number]!;
    if (!TASK_MARKERS.has(name)) continue;
    const phase = m[M.phase!] as number;
    const start = m[M.startTime!] as number | null;
    const end = m[M.endTime!] as number | null;
    if (phase === 1 && start !== null && end !== null) intervals.push([start, end]);
    else if (phase === 2 && start !== null) (open.get(name) ?? open.set(name, []).get(name)!).push(start);
    else if (phase === 3 && end !== null) {
      const begun = open.get(name)?.pop();
      if (begun !== undefined) intervals.push([begun, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const tasks: [number, number][] = [];
  for (const [a, b] of intervals) {
    const last = tasks[tasks.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else tasks.push([a, b]);
  }

  const shares: TaskShare[] = [];
  let k = 0;
  let loose: TaskShare | null = null;
  for (const s of ours) {
    while (k < tasks.length && tasks[k]![1] < s.at) k++;
    const task = tasks[k];
    if (task && task[0] <= s.at) {
      const last = shares[shares.length - 1];
      if (last && last.at === startTime + task[0] && last !== loose) last.oursMs += s.ms;
      else shares.push({ at: startTime + task[0], ms: task[1] - task[0], oursMs: s.ms });
      continue;
    }
    if (loose && s.at - (loose.at - startTime + loose.ms) <= RUN_GAP_MS && shares[shares.length - 1] === loose) {
      loose.ms = s.at + s.ms - (loose.at - startTime);
      loose.oursMs += s.ms;
    } else {
      loose = { at: startTime + s.at, ms: s.ms, oursMs: s.ms };
      shares.push(loose);
    }
  }
  return shares;
}
