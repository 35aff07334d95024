/**
 * Scratch-grade reader of a Gecko profile (recorded as scripts/dev/ff-page.ts says): the content script's work in
 * a window of one content process's main thread. WIN='pid:from:to,…' in ms since the profile's process start —
 * ff-page.ts prints each load's timeOrigin, DOMContentLoaded and cleanedAt; from = timeOrigin + DCL − process
 * start. For each window: the main thread's CPU (threadCPUDelta) against the wall; our samples (a content.js frame
 * on the stack) grouped into slices (a gap over 3 ms ends one), each with its wall and CPU; then the frames most
 * often on our samples' stacks (inclusive) and the innermost named frame of each (DOM bindings, JS functions,
 * Xray/wrapper labels — native addresses skipped). A slice with little CPU waited for a core; one whose CPU is
 * all ours is our own cost.
 *   WIN=31373:12468:13342 node scripts/dev/gecko-ours.mjs /tmp/ffprof.json
 */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/ffprof.json', 'utf8'));
const TOP = Number(process.env.TOP ?? 25);
const wins = (process.env.WIN ?? '').split(',').filter(Boolean).map((w) => w.split(':').map(Number));
const starts = Object.fromEntries(prof.processes.map((p) => [p.threads[0]?.pid, p.meta.startTime]));
for (const [pid, from, to] of wins) {
  const proc = prof.processes.find((p) => String(p.threads[0]?.pid) === String(pid));
  const t = proc?.threads.find((x) => x.name === 'GeckoMain');
  if (!t) { console.log(`no main thread for pid ${pid}`); continue; }
  const strings = t.stringTable;
  const S = t.samples.schema, ST = t.stackTable.schema, F = t.frameTable.schema;
  const frameName = (f) => String(strings[t.frameTable.data[f][F.location]]);
  const stackFrames = (s) => { const out = []; while (s !== null && s !== undefined) { const row = t.stackTable.data[s]; out.push(row[ST.frame]); s = row[ST.prefix]; } return out; };
  const win = t.samples.data.map((d) => ({ time: d[S.time], stack: d[S.stack], cpu: (d[S.threadCPUDelta] ?? 0) / 1e6 })).filter((s) => s.time >= from && s.time <= to);
  let cpu = 0;
  const slices = [];
  const incl = new Map(), inner = new Map();
  let n = 0;
  for (let i = 0; i < win.length; i++) {
    const s = win[i];
    cpu += s.cpu;
    const fr = s.stack === null || s.stack === undefined ? [] : stackFrames(s.stack).map(frameName);
    if (!fr.some((f) => f.includes('moz-extension') && f.includes('content.js'))) continue;
    n++;
    const dt = i + 1 < win.length ? win[i + 1].time - s.time : 1;
    const last = slices[slices.length - 1];
    if (last && s.time - last.end <= 3) { last.end = s.time + dt; last.cpu += s.cpu; last.n++; } else slices.push({ start: s.time, end: s.time + dt, cpu: s.cpu, n: 1 });
    for (const f of new Set(fr)) incl.set(f, (incl.get(f) ?? 0) + 1);
    const named = fr.find((f) => !/^0x/.test(f)) ?? '?';
    inner.set(named, (inner.get(named) ?? 0) + 1);
  }
  const wall = to - from;
  const ourWall = slices.reduce((a, x) => a + x.end - x.start, 0), ourCpu = slices.reduce((a, x) => a + x.cpu, 0);
  console.log(`\npid ${pid} (process start ${starts[pid]}), window ${from}–${to} (${wall} ms): main-thread CPU ${cpu.toFixed(0)} ms (${((100 * cpu) / wall).toFixed(0)}% of the wall); ours ${n} samples in ${slices.length} slices: ${ourWall.toFixed(0)} ms wall, ${ourCpu.toFixed(0)} ms CPU`);
  console.log('  slices (start rel. window / wall / CPU ms): ' + slices.filter((x) => x.end - x.start >= 2).map((x) => `${(x.start - from).toFixed(0)}/${(x.end - x.start).toFixed(0)}/${x.cpu.toFixed(0)}`).join('  '));
  const clean = (f) => f.replace(/moz-extension:\/\/[^/]+\//, 'ext:').slice(0, 110);
  const skip = /^(0x|\(root\)|Thread|nsThread|XRE_|content_process|main|__libc|_start|mozilla::ipc::MessagePump|MessageLoop|nsAppShell|nsBaseAppShell|mozilla::TaskController|TaskController|RunTask|NS_ProcessNextEvent)/;
  console.log('  inclusive:' + [...incl].filter(([f]) => !skip.test(f)).sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([f, c]) => `\n    ${Math.round((100 * c) / n)}% ${clean(f)}`).join(''));
  console.log('  innermost named frame:' + [...inner].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([f, c]) => `\n    ${Math.round((100 * c) / n)}% ${clean(f)}`).join(''));
}
