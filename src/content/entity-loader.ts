/**
 * Get an on-demand bundle into this page's content-script world once: entities.js (entity-bundle.ts) or
 * picker.js (picker-bundle.ts). `request` asks the background to inject it; the loader then reads the
 * registered bundle. Concurrent callers share one request; a failed or timed-out request resolves to null
 * (the page stays cleaned; the stats reply carries no entities, the picker does not open) and the next call
 * tries again.
 */
import { registeredEntityBundle, type EntityBundle } from './entity-bundle';

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

/** entities.js: the entity recogniser, its gazetteers and the panel. */
export class EntityLoader extends BundleLoader<EntityBundle> {
  constructor(
    request: () => Promise<unknown>,
    onFailure: (why: unknown) => void = () => {},
    lookup: () => EntityBundle | undefined = () => registeredEntityBundle(),
    timeoutMs = LOAD_TIMEOUT_MS,
  ) {
    super('entities.js', request, onFailure, lookup, timeoutMs);
  }
}
