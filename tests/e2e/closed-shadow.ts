/**
 * Reach into the panel's *closed* shadow root from a test, the way only the browser's automation
 * protocol can (a page script cannot: `host.shadowRoot` is null for it, and that is the point).
 *   Chromium: CDP — DOM.describeNode with pierce lists closed roots; resolveNode + callFunctionOn runs
 *     `fn` with the root as `this`.
 *   Firefox: WebDriver BiDi — serialising the host with includeShadowTree: 'all' gives the closed root's
 *     sharedId; script.callFunction runs `fn` with it as `this`.
 * `fn` runs in the page's main world with the root as its first argument; `arg` and the result travel as JSON.
 */
import type { Page } from 'puppeteer-core';
import { PANEL_HOST_TAG } from '../../src/core/marks';

type BidiSend = (method: string, params: Record<string, unknown>) => Promise<{ result: Record<string, unknown> }>;
interface BidiFrame {
  browsingContext: { id: string; userContext: { browser: { session: { send: BidiSend } } } };
}

const wrapper = (src: string): string => `async function (arg) { const r = await (${src})(this, JSON.parse(arg)); return JSON.stringify(r === undefined ? null : r); }`;

async function viaCdp(page: Page, src: string, arg: string, hostTag: string): Promise<string | null> {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostTag });
    if (!nodeId) return null;
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return null;
    const reply = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: wrapper(src),
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(`in panel: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as string;
  } finally {
    await client.detach().catch(() => {});
  }
}

async function viaBidi(page: Page, src: string, arg: string, hostTag: string): Promise<string | null> {
  const context = (page.mainFrame() as unknown as BidiFrame).browsingContext;
  const send = context.userContext.browser.session.send.bind(context.userContext.browser.session);
  const target = { context: context.id };
  const found = await send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(hostTag)})`,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = found.result.result as { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  const sharedId = host?.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return null;
  const called = await send('script.callFunction', {
    functionDeclaration: wrapper(src),
    this: { sharedId },
    arguments: [{ type: 'string', value: arg }],
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (called.result.type === 'exception') throw new Error(`in panel: ${JSON.stringify(called.result.exceptionDetails)}`);
  return (called.result.result as { value?: string }).value ?? null;
}

/** Run `fn(root, arg)` on the panel's closed shadow root; null when there is no panel. */
export async function inPanel<T, A = null>(page: Page, fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | null> {
  return inShadowOf(PANEL_HOST_TAG, page, fn, arg);
}

/** Run `fn(root, arg)` on the closed shadow root of the first `hostTag` element (the panel, the picker); null when none. */
export async function inShadowOf<T, A = null>(hostTag: string, page: Page, fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | null> {
  const json = JSON.stringify(arg ?? null);
  const isCdp = (page.browser() as unknown as { protocol?: string }).protocol === 'cdp';
  const out = isCdp ? await viaCdp(page, fn.toString(), json, hostTag) : await viaBidi(page, fn.toString(), json, hostTag);
  return out === null ? null : (JSON.parse(out) as T);
}

/** A real (trusted) mouse click on the centre of the `index`-th element matching `selector` in the panel. */
export async function clickInPanel(page: Page, selector: string, index = 0): Promise<void> {
  return clickInShadowOf(PANEL_HOST_TAG, page, selector, index);
}

/** A real (trusted) mouse click on the centre of the `index`-th element matching `selector` in `hostTag`'s closed shadow root. */
export async function clickInShadowOf(hostTag: string, page: Page, selector: string, index = 0): Promise<void> {
  const rect = await inShadowOf(
    hostTag,
    page,
    (root, a: { selector: string; index: number }) => {
      const el = root.querySelectorAll(a.selector)[a.index];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width };
    },
    { selector, index },
  );
  if (!rect || rect.w === 0) throw new Error(`no visible ${selector} in ${hostTag}`);
  await page.mouse.click(rect.x, rect.y);
}

/** The bounding box of an element in the panel, for screenshots of just that part. */
export async function panelBox(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inPanel(
    page,
    (root, sel: string) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
    },
    selector,
  );
}
