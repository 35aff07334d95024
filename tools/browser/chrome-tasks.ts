/**
 * Which main-thread tasks of a Chromium page ran the extension's code, and for how long (issue 10's budget:
 * "the extension never causes a main-thread task over 50 ms"). A page's own tasks vary more than that budget
 * (the 20-iframe page's last parser task: 15–385 ms in Chromium 150, with or without the extension), so a
 * comparison of the largest task with and without the extension measures the page as much as us. This
 * attributes instead: a Chrome trace gives the renderer's tasks, a CPU profile (sampled every millisecond) gives
 * what ran in them, and a sample counts as ours when an extension frame is on its stack — the content script's
 * slices, entities.js, and the promise continuations that run in microtasks, which the trace's own
 * FunctionCall events attribute to no script. Native work our code called (a DOM read, an extension API) is
 * under our frame and counts; style and layout the browser does later because of our marks do not (the
 * with/without comparison beside it shows those).
 *
 *   const trace = await startTaskTrace(page); …load the page…; const { tasks } = await trace.stop();
 */
import type { CDPSession, Page } from 'puppeteer-core';

export interface TaskShare {
  /** start, ms from the first event on the renderer's main thread */
  at: number;
  /** the whole task, ms */
  ms: number;
  /** of which the extension's code (sampled), ms */
  oursMs: number;
}

export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { url?: string } } }
export interface Profile { nodes: { id: number; children?: number[]; callFrame: { url: string } }[]; startTime: number; samples: number[]; timeDeltas: number[] }

/** 1 ms: fine enough for a 50 ms budget; 250 µs slowed the 10 MB page's stats reply past its 1 s limit (1,028 ms) */
const SAMPLE_US = 1000;

export interface TaskTrace {
  stop(): Promise<{ tasks: TaskShare[] }>;
}

export async function startTaskTrace(page: Page): Promise<TaskTrace> {
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
  return {
    async stop() {
      const buf = await page.tracing.stop();
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach().catch(() => {});
      const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      return { tasks: tasksWithShare(events, profile) };
    },
  };
}

/** Every main-thread task of the page's renderer (the thread that parsed the most HTML) with our share of it. */
export function tasksWithShare(events: TraceEvent[], profile: Profile): TaskShare[] {
  const count = new Map<string, number>();
  for (const e of events) if (e.name === 'ParseHTML') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  // the profile's samples whose stack holds an extension frame, as [time µs, weight µs]
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const oursById = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = oursById.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const value = url.includes('-extension://') || (up !== undefined && isOurs(up));
    oursById.set(id, value);
    return value;
  };
  // a sample stands for the time until the next one (the interval stretches when the machine is busy)
  const ours: { at: number; us: number }[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (isOurs(profile.samples[i]!)) ours.push({ at: t, us: Math.min(profile.timeDeltas[i + 1] ?? SAMPLE_US, 10 * SAMPLE_US) });
  }
  // the trace's own calls into our scripts (a listener, a timer, a script's evaluation): their whole
  // duration, natives they called included (the sampler often cannot walk the stack inside a native call and
  // files the sample under "(program)": an 80 ms busy loop of ours around performance.now() sampled as 45 ms)
  const calls = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (e.args?.data?.url ?? '').includes('-extension://'));
  const outer = calls.filter((e) => !calls.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!)).sort((a, b) => a.ts - b.ts);
  // samples, calls and tasks are each in time order: one pass over them together. A task's share is the larger
  // of the two measures (the calls miss promise continuations, which run in microtasks with no script named)
  const shares: TaskShare[] = [];
  let j = 0;
  let c = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (j < ours.length && ours[j]!.at < task.ts) j++;
    let sampled = 0;
    for (let k = j; k < ours.length && ours[k]!.at <= end; k++) sampled += ours[k]!.us;
    while (c < outer.length && outer[c]!.ts < task.ts) c++;
    let called = 0;
    for (let k = c; k < outer.length && outer[k]!.ts <= end; k++) called += outer[k]!.dur!;
    shares.push({ at: (task.ts - t0) / 1000, ms: task.dur! / 1000, oursMs: Math.min(task.dur!, Math.max(sampled, called)) / 1000 });
  }
  return shares;
}
