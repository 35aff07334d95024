/**
 * "Hiện lại": while hidden blocks are shown outlined ("Hiện phần đã ẩn"), one button at the top right of each, in a
 * closed shadow root laid over the page. A trusted click brings that block back for good (session.ts stores a
 * "show" correction). Labels come from i18n; nothing from the page is written into the UI.
 */
import { UNHIDE_HOST_TAG } from '../core/marks';

const CSS = `:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483645}
button{position:absolute;font:12px/1.4 system-ui,sans-serif;padding:2px 8px;border-radius:4px;border:0;background:#27ae60;color:#fff;cursor:pointer;white-space:nowrap}`;

export class UnhideButtons {
  private host: HTMLElement | null = null;
  private stop: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  /** One button per block in `blocks`; replaces the previous set. */
  show(blocks: readonly Element[], label: string, onShow: (el: Element) => void): void {
    this.clear();
    if (blocks.length === 0) return;
    const doc = this.doc;
    const host = doc.createElement(UNHIDE_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
    const stop = new AbortController();
    const view = doc.defaultView;
    for (const el of blocks) {
      const r = el.getBoundingClientRect();
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.style.top = `${r.top + (view?.scrollY ?? 0)}px`;
      b.style.left = `${Math.max(0, r.right + (view?.scrollX ?? 0) - 90)}px`;
      b.addEventListener('click', (e) => {
        if (!e.isTrusted) return;
        e.preventDefault();
        onShow(el);
      }, { signal: stop.signal });
      shadow.append(b);
    }
    (doc.body ?? doc.documentElement).appendChild(host);
    this.host = host;
    this.stop = stop;
  }

  clear(): void {
    this.stop?.abort();
    this.stop = null;
    this.host?.remove();
    this.host = null;
  }
}
