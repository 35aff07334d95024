/**
 * The on-demand bundles, entities.js (entity-bundle.ts) and picker.js (picker-bundle.ts): how a bundle registers
 * itself in this page's content-script world (`bundleSlot`), and how content.js gets it there once (`BundleLoader`).
 *
 * The background injects the file with `scripting.executeScript` into this frame's content-script world (the
 * isolated world in Chrome, the content-script sandbox in Firefox); there it registers itself on a global that only
 * this extension's scripts in this page can see, under its API version, and content.js reads it from there.
 * `request` asks the background to inject it; the loader then reads the registered bundle. Concurrent callers share
 * one request; a failed or timed-out request resolves to null (the page stays cleaned; the stats reply carries no
 * entities, the picker does not open) and the next call tries again.
 *
 * No code of the lazy halves here: content.js imports this module.
 */
type Scope = Record<string, unknown>;
const globalScope = (): Scope => globalThis as unknown as Scope;

export interface BundleSlot<T extends { api: number }> {
  /** the bundle's entry: make it available to content.js in this world */
  register(bundle: T, scope?: Scope): void;
  /** content.js: the bundle, when one of this API version was injected into this world */
  registered(scope?: Scope): T | undefined;
}

/** The global `key` of one bundle, holding it only when its `api` is the one this content.js speaks. */
export function bundleSlot<T extends { api: number }>(key: string, api: T['api']): BundleSlot<T> {
  return {
    register: (bundle, scope = globalScope()) => {
      scope[key] = Object.freeze(bundle);
    },
    registered: (scope = globalScope()) => {
      const bundle = scope[key] as Partial<T> | undefined;
      return bundle?.api === api ? (bundle as T) : undefined;
    },
  };
}

/** An injection takes a few ms to a few hundred on a busy machine; past this, give up for now. */
export const LOAD_TIMEOUT_MS = 10_000;

export class BundleLoader<T> {
  private pending: Promise<T | null> | null = null;

  constructor(
    /** the injected file, for the failure message */
    private readonly file: string,
    /** resolves once the background injected the file (or says why not: `{ ok: false, error }`) */
    private readonly request: () => Promise<unknown>,
    /** why a load came back without the bundle (logged once by the caller) */
    private readonly onFailure: (why: unknown) => void,
    private readonly lookup: () => T | undefined,
    private readonly timeoutMs = LOAD_TIMEOUT_MS,
  ) {}

  /** The bundle when it is already here (injected earlier, also by an older instance on this page). */
  get bundle(): T | undefined {
    return this.lookup();
  }

  load(): Promise<T | null> {
    const have = this.lookup();
    if (have) return Promise.resolve(have);
    if (!this.pending) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => {
          this.onFailure(new Error(`${this.file} not injected after ${this.timeoutMs} ms`));
          resolve(null);
        }, this.timeoutMs);
      });
      const injected = Promise.resolve()
        .then(() => this.request())
        .then(
          (reply) => {
            const bundle = this.lookup();
            if (!bundle) this.onFailure(reply);
            return bundle ?? null;
          },
          (error: unknown) => {
            this.onFailure(error);
            return null;
          },
        );
      this.pending = Promise.race([injected, timeout]).then((bundle) => {
        clearTimeout(timer);
        if (!bundle) this.pending = null;
        return bundle;
      });
    }
    return this.pending;
  }
}
