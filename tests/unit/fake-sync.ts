/**
 * A stand-in for `browser.storage.sync` that enforces Chrome's sync quotas the way Chrome does
 * (QUOTA_BYTES_PER_ITEM 8,192 = key + JSON value, QUOTA_BYTES 102,400, MAX_ITEMS 512,
 * MAX_WRITE_OPERATIONS_PER_MINUTE 120) and counts writes. `failNext` makes the next set() throw.
 */
export interface FakeSync {
  items: Record<string, unknown>;
  writes: number;
  failNext: string | null;
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const size = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

export function fakeSync(): FakeSync {
  const area: FakeSync = {
    items: {},
    writes: 0,
    failNext: null,
    async get(keys) {
      const wanted = keys === null ? Object.keys(area.items) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in area.items).map((k) => [k, structuredClone(area.items[k])]));
    },
    async set(items) {
      if (area.failNext) {
        const message = area.failNext;
        area.failNext = null;
        throw new Error(message);
      }
      area.writes++;
      if (area.writes > 120) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      const next = { ...area.items, ...structuredClone(items) };
      for (const [k, v] of Object.entries(items)) if (size(k, v) > 8192) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${k})`);
      if (Object.keys(next).length > 512) throw new Error('MAX_ITEMS quota exceeded');
      if (Object.entries(next).reduce((n, [k, v]) => n + size(k, v), 0) > 102_400) throw new Error('QUOTA_BYTES quota exceeded');
      area.items = next;
    },
  };
  return area;
}
