/**
 * Scratch-grade reader of a Gecko profile (issue 10: Firefox has no long-task API). Record one with the profiler
 * built into Firefox, around any script that drives it, e.g. scripts/dev/ff-gaps.ts:
 *   MOZ_PROFILER_STARTUP=1 MOZ_PROFILER_STARTUP_ENTRIES=20000000 MOZ_PROFILER_STARTUP_INTERVAL=1 \
 *   MOZ_PROFILER_STARTUP_FEATURES=js,stackwalk,cpu MOZ_PROFILER_STARTUP_FILTERS=GeckoMain \
 *   MOZ_PROFILER_SHUTDOWN=/tmp/ffprof.json flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/ff-gaps.ts /iframes 2
 * then: node scripts/dev/gecko-busy.mjs /tmp/ffprof.json — every run of main-thread CPU (samples using > 0.3 ms of a
 * 1 ms interval, merged across pauses under 4 ms) of BUSY_MIN ms or more (default 80) in the content process that
 * loaded the hostile iframes page, with the frames most often on its stacks (inclusive). A gap the page's timer saw
 * with no such run under it was the machine's (another process had the CPU), not the main thread's work.
 */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/ffprof.json', 'utf8'));
const MIN = Number(process.env.BUSY_MIN ?? 80);
for (const proc of prof.processes) for (const t of proc.threads) {
  if (t.name !== 'GeckoMain' || t.processName !== 'Web Content') continue;
  const strings = t.stringTable;
  if (!strings.some((s) => typeof s === 'string' && s.includes(process.env.PAGE ?? 'hostile.vnexpress.net/iframes'))) continue;
  const S = t.samples.schema, ST = t.stackTable.schema, F = t.frameTable.schema, M = t.markers.schema;
  const frameName = (f) => strings[t.frameTable.data[f][F.location]];
  const stackFrames = (s) => { const out = []; while (s !== null && s !== undefined) { const row = t.stackTable.data[s]; out.push(row[ST.frame]); s = row[ST.prefix]; } return out; };
  // DOMContentLoaded markers of the top page
  const dcls = t.markers.data.filter((m) => strings[m[M.name]] === 'DOMEvent' && m[M.data]?.eventType === 'DOMContentLoaded').map((m) => m[M.startTime]);
  console.log(`pid ${t.pid}: DOMContentLoaded markers at ${dcls.map((x) => Math.round(x)).join(', ')}`);
  const samples = t.samples.data.map((d) => ({ time: d[S.time], stack: d[S.stack], cpu: d[S.threadCPUDelta] ?? 0 }));
  const runs = [];
  let start = null, lastBusy = null;
  for (const s of samples) {
    const busy = s.cpu > 300_000;
    if (busy) { if (start === null || s.time - lastBusy > 4) { if (start !== null) runs.push([start, lastBusy]); start = s.time; } lastBusy = s.time; }
  }
  if (start !== null) runs.push([start, lastBusy]);
  const near = (x) => { const d = dcls.map((c) => x - c).filter((v) => v > -3000).sort((a, b) => Math.abs(a) - Math.abs(b))[0]; return d === undefined ? '' : `DCL${d >= 0 ? '+' : ''}${Math.round(d)}`; };
  for (const [a, b] of runs.filter(([a, b]) => b - a >= MIN)) {
    const incl = new Map(); let n = 0;
    for (const s of samples) if (s.time >= a && s.time <= b && s.stack !== null && s.cpu > 300_000) {
      n++;
      for (const f of new Set(stackFrames(s.stack).map(frameName))) incl.set(f, (incl.get(f) ?? 0) + 1);
    }
    const interesting = [...incl.entries()].filter(([f]) => !/^(0x|\(root\)|Thread|nsThread|XRE_|content_process|main|__libc|_start|mozilla::ipc::MessagePump|MessageLoop|nsAppShell|nsBaseAppShell|mozilla::TaskController|TaskController|RunTask|NS_ProcessNextEvent|js::RunScript$)/.test(String(f)));
    interesting.sort((x, y) => y[1] - x[1]);
    console.log(`\n busy ${Math.round(b - a)} ms from ${Math.round(a)} (${near(a)}), ${n} busy samples:\n   ${interesting.slice(0, Number(process.env.TOP ?? 18)).map(([f, c]) => `${Math.round((100 * c) / n)}% ${String(f).replace(/moz-extension:\/\/[^/]+\//, 'ext:').slice(0, 100)}`).join('\n   ')}`);
  }
}
