/**
 * The panel's own styles, scoped to its shadow root. `:host { all: initial }` stops the page's inherited
 * properties (fonts, colours, line-height) from leaking in; nothing here can reach the page.
 */
export const PANEL_CSS = `
:host {
  all: initial;
  --tg-bg: #ffffff;
  --tg-fg: #1c1f23;
  --tg-muted: #5f6b76;
  --tg-line: #e3e7eb;
  --tg-hover: #f2f5f8;
  --tg-accent: #0b6e4f;
  --tg-accent-fg: #ffffff;
  --tg-accent-soft: #e3f4ec;
  --tg-badge: #eef1f4;
  --tg-shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  --tg-focus: #1a73e8;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :host {
    --tg-bg: #1f2328;
    --tg-fg: #e8eaed;
    --tg-muted: #a0a9b3;
    --tg-line: #343a41;
    --tg-hover: #2a3037;
    --tg-accent: #4cc38a;
    --tg-accent-fg: #0d1b14;
    --tg-accent-soft: #1d3a2c;
    --tg-badge: #30363d;
    --tg-shadow: 0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.35);
    --tg-focus: #8ab4f8;
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.root {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--tg-fg);
  -webkit-font-smoothing: antialiased;
}
button { font: inherit; color: inherit; }
button:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--tg-focus); outline-offset: 2px; }

.fab {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  display: inline-flex; align-items: center; gap: 8px;
  padding: 10px 14px 10px 12px; border: 0; border-radius: 999px;
  background: var(--tg-accent); color: var(--tg-accent-fg);
  box-shadow: var(--tg-shadow); cursor: pointer; font-weight: 600;
}
.fab:hover { filter: brightness(1.06); }
.fab .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; opacity: 0.85; }
.fab .n {
  min-width: 22px; padding: 1px 7px; border-radius: 999px; text-align: center;
  background: rgba(255, 255, 255, 0.22); font-variant-numeric: tabular-nums; font-size: 12px;
}

.panel {
  position: fixed; top: 16px; right: 16px; z-index: 2147483647;
  width: min(360px, calc(100vw - 32px)); max-height: calc(100vh - 32px);
  display: flex; flex-direction: column;
  background: var(--tg-bg); border: 1px solid var(--tg-line); border-radius: 14px;
  box-shadow: var(--tg-shadow); overflow: hidden;
}
.panel[data-side="left"] { right: auto; left: 16px; }
.head {
  display: flex; align-items: center; gap: 8px;
  padding: 12px 12px 10px 16px; border-bottom: 1px solid var(--tg-line);
}
.brand { width: 10px; height: 10px; border-radius: 3px; background: var(--tg-accent); flex: none; }
.title { margin: 0; flex: 1; font-size: 15px; font-weight: 650; letter-spacing: -0.01em; }
.title:focus { outline: none; }
.icon-btn {
  flex: none; width: 30px; height: 30px; display: inline-grid; place-items: center;
  border: 0; border-radius: 8px; background: transparent; cursor: pointer; color: var(--tg-muted);
  font-size: 18px; line-height: 1;
}
.icon-btn:hover { background: var(--tg-hover); color: var(--tg-fg); }
.icon-btn:disabled { opacity: 0.4; cursor: default; }

.nav {
  display: flex; align-items: center; gap: 4px;
  padding: 8px 10px 8px 16px; background: var(--tg-accent-soft); border-bottom: 1px solid var(--tg-line);
}
.nav-name { flex: 1; min-width: 0; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.nav-pos { color: var(--tg-muted); font-variant-numeric: tabular-nums; font-size: 13px; margin-right: 4px; }

.body { overflow-y: auto; padding: 6px 0 8px; overscroll-behavior: contain; }
.group { padding: 6px 0 2px; }
.group + .group { border-top: 1px solid var(--tg-line); }
.group-title {
  display: flex; align-items: baseline; gap: 6px; margin: 4px 16px 4px;
  font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--tg-muted);
}
.group-title .n { font-weight: 500; }
.list { list-style: none; margin: 0; padding: 0 6px; }
.entity {
  width: 100%; display: grid; grid-template-columns: 1fr auto; align-items: center; column-gap: 10px;
  padding: 7px 10px; border: 0; border-radius: 8px; background: transparent; text-align: left; cursor: pointer;
}
.entity:hover { background: var(--tg-hover); }
.entity[aria-pressed="true"] { background: var(--tg-accent-soft); box-shadow: inset 3px 0 0 var(--tg-accent); }
.entity .text { min-width: 0; }
.entity .name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.entity .role, .entity .aliases { display: block; font-size: 12.5px; color: var(--tg-muted); overflow-wrap: anywhere; }
.entity .count {
  min-width: 26px; padding: 1px 8px; border-radius: 999px; background: var(--tg-badge);
  font-size: 12px; font-variant-numeric: tabular-nums; text-align: center; color: var(--tg-muted);
}
.entity[aria-pressed="true"] .count { background: var(--tg-accent); color: var(--tg-accent-fg); }
.more {
  margin: 2px 16px 4px; padding: 4px 0; border: 0; background: transparent; cursor: pointer;
  color: var(--tg-accent); font-size: 13px; font-weight: 600;
}
.more:hover { text-decoration: underline; }
.empty, .hint, .status { margin: 0; padding: 10px 16px; color: var(--tg-muted); font-size: 13px; }
.hint { border-top: 1px solid var(--tg-line); padding: 8px 16px 10px; font-size: 12px; }
.status:empty { display: none; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: tg-in 140ms ease-out; }
  @keyframes tg-in { from { opacity: 0; transform: translateY(-6px); } to { opacity: 1; transform: none; } }
}
@media print { .root { display: none; } }
`;
