/**
 * Scratch-grade profiler for the budget work (issue 10): opens one page in Chromium with the built extension,
 * records a Chrome trace, and prints every main-thread task of the page's renderer over TRACE_MIN_MS (default
 * 50) with what it spent its time on (script by URL, style, layout, parse, GC). Run under the browser lock:
 *   flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/trace-tasks.ts /deep?depth=10000 [--plain]
 * (the path is on the hostile host; a full http URL works too). --plain: the same page without the extension.
 * --where: where the wall time from DOMContentLoaded to "cleaned" (the stats reply's cleanedAt) went — CPU (thread
 * time) per process group over that window (the page's renderer main thread, its other threads, the subframe
 * renderers, the browser, the GPU process), and our calls' wall against thread time: is it our CPU, or our
 * renderer waiting for a core?
 */
import { launchWithExtension } from '../../tools/browser/harness';
import { HOSTILE_HOST } from '../../tools/browser/hostile-pages';

interface Profile { nodes: { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[]; startTime: number; samples: number[]; timeDeltas: number[] }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string; frame?: string; functionName?: string } ; beginData?: { url?: string } } }

const arg = process.argv[2] ?? '/empty';
const plain = process.argv.includes('--plain');
const withStats = process.argv.includes('--stats') && !plain;
const url = arg.startsWith('http') ? arg : `http://${HOSTILE_HOST}${arg}`;
const MIN = Number(process.env.TRACE_MIN_MS ?? 50);
const SETTLE = Number(process.env.TRACE_SETTLE_MS ?? 5000);

const h = await launchWithExtension('chrome');
try {
  // the background wrote its defaults (as tests/e2e/helpers-content.ts waitReady)
  for (let i = 0; i < 200 && !(await h.inExtension(async (api) => (await api.storage.local.get('ready')).ready === true, null)); i++) await new Promise((r) => setTimeout(r, 100));
  const context = plain ? await h.browser.createBrowserContext() : null;
  const page = context ? await context.newPage() : await h.open(`http://${HOSTILE_HOST}/empty?trace=1`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const tabId = withStats ? await h.tabIdOf(page) : -1;
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', ...(process.env.TRACE_SAVE ? ['toplevel', '__metadata'] : [])] });
  if (withStats) {
    // as the hostile suite does: asked right after DOMContentLoaded; the extension page marks send and reply
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    const ms = await h.inExtension(async (api, id: number) => {
      performance.mark('stats-send');
      const t0 = performance.now();
      const reply = (await api.tabs.sendMessage(id, { type: 'tin-gon/stats', sentAt: Date.now() }).catch(() => null)) as { partial?: boolean } | null;
      performance.mark('stats-reply');
      return `${Math.round(performance.now() - t0)} ms${reply?.partial ? ' (partial)' : ''}`;
    }, tabId);
    console.log(`stats reply: ${ms}`);
    await page.waitForFunction('document.readyState === "complete"', { timeout: 180_000 });
  } else await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await new Promise((r) => setTimeout(r, SETTLE));
  // --where: the page's own clock: DOMContentLoaded and the end of the first clean
  const where = process.argv.includes('--where') && !plain
    ? await (async () => {
        const stats = await h.stats(page);
        const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
        return { cleanedMs: (stats?.timings.cleanedAt ?? NaN) - dcl, declutterMs: stats?.timings.declutterMs ?? NaN, slices: stats?.timings.declutterSlices ?? 1 };
      })()
    : null;
  const buf = await page.tracing.stop();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // TRACE_SAVE=dir: keep the trace and the CPU profile for a closer look (Chrome's performance panel loads trace.json)
  if (process.env.TRACE_SAVE) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(process.env.TRACE_SAVE, { recursive: true });
    writeFileSync(`${process.env.TRACE_SAVE}/trace.json`, Buffer.from(buf!));
    writeFileSync(`${process.env.TRACE_SAVE}/profile.json`, JSON.stringify(profile));
  }
  // the renderer main thread: the one with the most ParseHTML
  const count = new Map<string, number>();
  for (const e of events) if (e.name === 'ParseHTML') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur! / 1000 >= MIN);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  console.log(`${url}${plain ? ' (no extension)' : ''}: ${tasks.length} tasks ≥ ${MIN} ms`);
  for (const e of events) if (e.name === 'stats-send' || e.name === 'stats-reply' || e.name === 'MarkDOMContent' || e.name === 'MarkLoad') if (e.ph === 'R' || e.ph === 'I' || e.ph === 'X' || e.ph === 'b' || e.ph === 'n') console.log(`  ${e.name} at ${((e.ts - t0) / 1000).toFixed(0)} ms`);
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    const by = new Map<string, number>();
    for (const e of inside) {
      const what = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction'
        ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^.*\//, '')} ${e.args?.data?.functionName ?? ''}`
        : e.name;
      if (!/^(FunctionCall|EvaluateScript|UpdateLayoutTree|Layout|ParseHTML|MajorGC|MinorGC|V8.GC_SCAVENGER|TimerFire|EventDispatch|v8.compile|v8.run|RecalculateStyles|Paint|PrePaint|Commit|v8.callFunction|HitTest|UpdateLayerTree|MarkDOMContent|RunMicrotasks|V8.GC_MARK_COMPACTOR)/.test(what)) continue;
      by.set(what, Math.max(by.get(what) ?? 0, 0) + e.dur! / 1000);
    }
    const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k.trim()} ${v.toFixed(1)}`);
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${(t.dur! / 1000).toFixed(1)} ms — ${top.join('; ')}`);
    if (inside.some((e) => (e.args?.data?.url ?? '').endsWith('.js') && !(e.args?.data?.url ?? '').startsWith('http'))) console.log(`      ${profileIn(t.ts, t.ts + t.dur!)}`);
  }
  if (process.argv.includes('--ours')) {
    // every call into the extension's scripts on the main thread (slices of the first clean, observer, entities),
    // whatever their length, and the extension's functions by inclusive time over all of them
    const ours = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (e.args?.data?.url ?? '').includes('-extension://'));
    const outer = ours.filter((e) => !ours.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!));
    console.log(`  extension calls: ${outer.length}, ${(outer.reduce((n, e) => n + e.dur!, 0) / 1000).toFixed(1)} ms in all (thread time ${(outer.reduce((n, e) => n + (e.tdur ?? NaN), 0) / 1000).toFixed(1)} ms)`);
    for (const e of outer) if (e.dur! / 1000 >= Number(process.env.TRACE_OURS_MIN_MS ?? 2)) console.log(`    at ${((e.ts - t0) / 1000).toFixed(0)} ms: ${(e.dur! / 1000).toFixed(1)} ms (thread ${((e.tdur ?? NaN) / 1000).toFixed(1)}) ${(e.args?.data?.url ?? '').replace(/^.*\//, '')} ${e.args?.data?.functionName ?? ''}`);
    console.log(`    ${profileIn(Math.min(...outer.map((e) => e.ts)), Math.max(...outer.map((e) => e.ts + e.dur!)))}`);
  }
  if (where) whereTimeWent(where);
  await context?.close();

  /** --where: CPU per process group from the main frame's DOMContentLoaded to the end of the first clean. */
  function whereTimeWent(w: { cleanedMs: number; declutterMs: number; slices: number }): void {
    const names = new Map<number, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'process_name') names.set(e.pid, (e.args as { name?: string } | undefined)?.name ?? '');
    const [mainPid, mainTid] = (main ?? '0:0').split(':').map(Number) as [number, number];
    const dclEvent = events.find((e) => e.name === 'MarkDOMContent' && e.pid === mainPid && (e.args?.data as { isMainFrame?: boolean } | undefined)?.isMainFrame === true);
    if (!dclEvent) return void console.log('  --where: no DOMContentLoaded of the main frame in the trace');
    const from = dclEvent.ts;
    const to = from + w.cleanedMs * 1000;
    // each thread's outermost events that carry a thread time, clipped to the window (pro rata)
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined || e.tdur === undefined) continue;
      const key = `${e.pid}:${e.tid}`;
      const list = byThread.get(key);
      if (list) list.push(e);
      else byThread.set(key, [e]);
    }
    const cpu = new Map<string, number>();
    for (const [key, list] of byThread) {
      const [pid, tid] = key.split(':').map(Number) as [number, number];
      const group = pid === mainPid ? (tid === mainTid ? "the page's renderer, main thread" : "the page's renderer, other threads") : names.get(pid) === 'Renderer' ? 'subframe renderers (other sites)' : (names.get(pid) ?? '?');
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      let end = -Infinity;
      for (const e of list) {
        if (e.ts < end) continue;
        end = e.ts + e.dur!;
        const overlap = Math.min(to, end) - Math.max(from, e.ts);
        if (overlap > 0) cpu.set(group, (cpu.get(group) ?? 0) + (overlap / Math.max(e.dur!, 1)) * e.tdur! / 1000);
      }
    }
    const span = (to - from) / 1000;
    console.log(`  --where: DOMContentLoaded → cleaned ${span.toFixed(0)} ms (2 cores: ${(2 * span).toFixed(0)} ms of CPU); declutterMs ${w.declutterMs.toFixed(1)} in ${w.slices} slices`);
    for (const [group, ms] of [...cpu.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${group}: ${ms.toFixed(0)} ms CPU`);
    console.log(`    renderer processes in the trace: ${[...names.values()].filter((n) => n === 'Renderer').length}`);
    // ours: calls into the extension's scripts, and the microtask runs of the tasks they are in (promise continuations)
    const inWindow = onMain.filter((e) => e.ts >= from && e.ts <= to);
    const oursIn = inWindow.filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').includes('-extension://'));
    const micro = inWindow.filter((e) => e.name === 'RunMicrotasks' && oursIn.some((o) => o.ts <= e.ts && e.ts - (o.ts + o.dur!) < 2000 && e.ts >= o.ts + o.dur!));
    const sum = (xs: TraceEvent[], f: (e: TraceEvent) => number): number => xs.reduce((n, e) => n + f(e), 0) / 1000;
    const calls = [...oursIn, ...micro];
    console.log(`    our calls in the window: ${oursIn.length} (+${micro.length} microtask runs after them), wall ${sum(calls, (e) => e.dur!).toFixed(1)} ms, thread ${sum(calls, (e) => e.tdur ?? 0).toFixed(1)} ms`);
  }

  /** Inclusive ms per extension function (name:line) over the profile's samples in [from, to] µs. */
  function profileIn(from: number, to: number): string {
    const parent = new Map<number, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i] ?? 0;
      if (t < from || t > to) continue;
      const dt = (profile.timeDeltas[i + 1] ?? 250) / 1000;
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        const key = f.url.includes('extension://') || f.url === '' ? `${f.functionName || '(anon)'}:${f.lineNumber}${f.url ? '' : '*'}` : '';
        if (!key || seen.has(key)) continue;
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + dt);
      }
    }
    return [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 14)).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');
  }
} finally {
  await h.close();
}
