/**
 * Scratch-grade profiler for the budget work (issue 10): opens one page in Chromium with the built extension,
 * records a Chrome trace, and prints every main-thread task of the page's renderer over TRACE_MIN_MS (default
 * 50) with what it spent its time on (script by URL, style, layout, parse, GC). Run under the browser lock:
 *   flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/trace-tasks.ts /deep?depth=10000 [--plain]
 * (the path is on the hostile host; a full http URL works too). --plain: the same page without the extension.
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
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'] });
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
  const buf = await page.tracing.stop();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
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
  await context?.close();

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
