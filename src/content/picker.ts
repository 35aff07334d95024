/**
 * "Chọn khối để ẩn": an element picker in the page. Hover outlines the block under the pointer; a click or Enter
 * picks it; Esc cancels; arrow keys move the outline (↑ the block around it, ↓ the first block inside, ←/→ the
 * blocks beside it). A block holding article text asks first, in the picker's own UI (never window.confirm).
 * The UI lives in a closed shadow root; page text reaches it only through textContent; only trusted events act
 * (a page cannot pick for the reader). Everything it adds goes on `finish` or when `signal` aborts.
 */
import { PICKER_HOST_TAG } from '../core/marks';

export interface PickerTexts {
  hint: string;
  confirm: string;
  confirmYes: string;
  confirmNo: string;
}

export interface PickerHooks {
  /** would hiding `el` hide article text? */
  holdsArticle: (el: Element) => boolean;
  /** the reader picked `el` (`confirmed`: they were told it holds article text) */
  onPick: (el: Element, confirmed: boolean) => void;
  onCancel: () => void;
}

const CSS = `
:host{all:initial}
.box{position:fixed;pointer-events:none;z-index:2147483646;outline:2px solid #c0392b;background:rgba(192,57,43,.12);display:none}
.bar{position:fixed;left:50%;bottom:16px;transform:translateX(-50%);z-index:2147483647;max-width:90vw;font:14px/1.4 system-ui,sans-serif;
  color:#fff;background:#222;border-radius:8px;padding:8px 14px;box-shadow:0 2px 12px rgba(0,0,0,.3)}
.ask{display:none;margin-top:6px}.ask.on{display:block}
button{font:inherit;margin:6px 8px 0 0;padding:4px 12px;border-radius:6px;border:0;cursor:pointer}
.yes{background:#c0392b;color:#fff}.no{background:#eee;color:#222}
`;

const SKIP = new Set(['html', 'body', 'head', 'script', 'style']);

export class ElementPicker {
  private readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private readonly ask: HTMLElement;
  private current: Element | null = null;
  private pending: Element | null = null;
  private readonly stop = new AbortController();
  private done = false;

  constructor(
    private readonly doc: Document,
    texts: PickerTexts,
    private readonly hooks: PickerHooks,
    signal: AbortSignal,
  ) {
    this.host = doc.createElement(PICKER_HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.box = doc.createElement('div');
    this.box.className = 'box';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'dialog');
    const hint = doc.createElement('div');
    hint.textContent = texts.hint;
    this.ask = doc.createElement('div');
    this.ask.className = 'ask';
    const question = doc.createElement('div');
    question.textContent = texts.confirm;
    const yes = doc.createElement('button');
    yes.className = 'yes';
    yes.textContent = texts.confirmYes;
    const no = doc.createElement('button');
    no.className = 'no';
    no.textContent = texts.confirmNo;
    this.ask.append(question, yes, no);
    bar.append(hint, this.ask);
    shadow.append(style, this.box, bar);
    (doc.body ?? doc.documentElement).appendChild(this.host);

    const opts = { capture: true, signal: this.stop.signal };
    yes.addEventListener('click', (e) => e.isTrusted && this.pending && this.pick(this.pending, true), { signal: this.stop.signal });
    no.addEventListener('click', (e) => e.isTrusted && this.unask(), { signal: this.stop.signal });
    doc.addEventListener('mousemove', (e) => this.onMove(e), { ...opts, passive: true });
    doc.addEventListener('click', (e) => this.onClick(e), opts);
    doc.addEventListener('keydown', (e) => this.onKey(e), opts);
    signal.addEventListener('abort', () => this.finish(), { once: true, signal: this.stop.signal });
  }

  /** The block under the outline (tests and keyboard users start from here). */
  get target(): Element | null {
    return this.current;
  }

  private isOurs(node: EventTarget | null): boolean {
    return node === this.host;
  }

  private onMove(e: MouseEvent): void {
    if (!e.isTrusted || this.pending || this.isOurs(e.target)) return;
    const el = e.target instanceof Element ? e.target : null;
    if (el) this.outline(el);
  }

  private onClick(e: MouseEvent): void {
    if (this.isOurs(e.target)) return; // our own buttons (composed path ends at the host)
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!e.isTrusted || this.pending) return;
    const el = e.target instanceof Element ? e.target : this.current;
    if (el) this.choose(el);
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    const moves: Record<string, (el: Element) => Element | null> = {
      ArrowUp: (el) => el.parentElement,
      ArrowDown: (el) => el.firstElementChild,
      ArrowLeft: (el) => el.previousElementSibling,
      ArrowRight: (el) => el.nextElementSibling,
    };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (this.pending) this.unask();
      else {
        this.finish();
        this.hooks.onCancel();
      }
      return;
    }
    if (this.pending) return;
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const start = this.current ?? this.doc.body;
      const next = start ? move(start) : null;
      if (next && !SKIP.has(next.localName) && !this.isOurs(next)) this.outline(next);
      return;
    }
    if (e.key === 'Enter' && this.current) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.choose(this.current);
    }
  }

  /** Outline `el` (also the keyboard's starting point). */
  outline(el: Element): void {
    if (SKIP.has(el.localName)) return;
    this.current = el;
    const r = el.getBoundingClientRect();
    Object.assign(this.box.style, { display: 'block', top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
  }

  private choose(el: Element): void {
    if (this.hooks.holdsArticle(el)) {
      this.pending = el;
      this.ask.classList.add('on');
      return;
    }
    this.pick(el, false);
  }

  private unask(): void {
    this.pending = null;
    this.ask.classList.remove('on');
  }

  private pick(el: Element, confirmed: boolean): void {
    this.finish();
    this.hooks.onPick(el, confirmed);
  }

  /** Take the picker off the page. */
  finish(): void {
    if (this.done) return;
    this.done = true;
    this.stop.abort();
    this.host.remove();
  }
}
