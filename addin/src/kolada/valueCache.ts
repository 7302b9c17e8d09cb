import type { KoladaValue } from "./types";

/**
 * The key-value store the cache lives in: `OfficeRuntime.storage` in Excel (10 MB per domain, shared with
 * every add-in of the domain), `localStorage` in a browser, a Map in tests. Writes may fail when it is full.
 */
export interface KeyValueStore {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** One cached value: when it was fetched, the value (null when Kolada has none) and whether it is withdrawn. */
export interface CachedValue {
  savedAt: number;
  varde: number | null;
  borttagen: boolean;
}

export interface ValueCacheOptions {
  /** at most this many values are kept; the oldest go first (default 10 000, about 1.5 MB) */
  maxEntries?: number;
  /** values older than this are pruned (default 400 days: a year's figures outlive a year's use) */
  maxAgeMs?: number;
  now?: () => number;
}

const PREFIX = "kommunkalkyl.kolada.v2.";
const INDEX = `${PREFIX}index`;

/**
 * KOLADA's cache in Excel, one entry per value — KPI, municipality, year and gender — so a recalculation of any
 * group of cells finds what an earlier one fetched, and Kolada being unreachable still shows every value ever
 * fetched. An index (key → when saved) prunes entries by age and count after each write. A full store never
 * breaks a fetch: the cache prunes harder and tries once more, then gives up quietly (the value is still
 * answered from the network).
 */
export class KoladaValueCache {
  private index: Record<string, number> | undefined;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: KeyValueStore,
    options: ValueCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 400 * 24 * 3600 * 1000;
    this.now = options.now ?? (() => Date.now());
  }

  static valueKey(kpi: string, kommun: string, ar: number, kon: string): string {
    return `${PREFIX}value.${kpi.toUpperCase()}.${kommun}.${ar}.${kon.toUpperCase()}`;
  }

  static nameKey(name: string): string {
    return `${PREFIX}name.${name.trim().toLocaleLowerCase("sv")}`;
  }

  /** The cached value, or undefined (never cached, pruned, or unreadable). */
  async get(kpi: string, kommun: string, ar: number, kon: string): Promise<CachedValue | undefined> {
    const raw = await this.read(KoladaValueCache.valueKey(kpi, kommun, ar, kon));
    if (!raw) return undefined;
    try {
      const v = JSON.parse(raw) as CachedValue;
      return typeof v.savedAt === "number" ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** The municipality code a name resolved to before, for offline use. */
  async code(name: string): Promise<string | undefined> {
    return (await this.read(KoladaValueCache.nameKey(name))) ?? undefined;
  }

  /** Remembers values (and values Kolada has not: `missing`, as null) and names; returns false if the store refused. */
  async put(
    values: readonly KoladaValue[],
    missing: readonly { kpi: string; kommun: string; ar: number; kon: string }[] = [],
    names: Record<string, string> = {},
  ): Promise<boolean> {
    const savedAt = this.now();
    const entries: [string, string][] = [
      ...values.map((v): [string, string] => [
        KoladaValueCache.valueKey(v.kpi, v.kommun, v.ar, v.kon),
        JSON.stringify({ savedAt, varde: v.varde, borttagen: v.borttagen } satisfies CachedValue),
      ]),
      ...missing.map((m): [string, string] => [
        KoladaValueCache.valueKey(m.kpi, m.kommun, m.ar, m.kon),
        JSON.stringify({ savedAt, varde: null, borttagen: false } satisfies CachedValue),
      ]),
      ...Object.entries(names).map(([name, code]): [string, string] => [
        KoladaValueCache.nameKey(name),
        code,
      ]),
    ];
    const index = await this.loadIndex();
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        for (const [key, value] of entries) {
          await this.store.setItem(key, value);
          index[key] = savedAt;
        }
        await this.prune();
        return true;
      } catch {
        // full: make room (a quarter of the entries, oldest first) and try once more
        await this.prune(Math.floor(Object.keys(index).length * 0.75)).catch(() => undefined);
      }
    }
    return false;
  }

  /** Drops entries older than the age limit and the oldest beyond `keep` (default: the count limit). */
  async prune(keep = this.maxEntries): Promise<void> {
    const index = await this.loadIndex();
    const oldest = this.now() - this.maxAgeMs;
    const byAge = Object.entries(index).sort((a, b) => b[1] - a[1]);
    const drop = byAge.filter(([, t], i) => i >= keep || t < oldest).map(([k]) => k);
    for (const key of drop) {
      await this.store.removeItem(key);
      delete index[key];
    }
    await this.store.setItem(INDEX, JSON.stringify(index));
  }

  /** How many entries the index holds (for tests and diagnostics). */
  async size(): Promise<number> {
    return Object.keys(await this.loadIndex()).length;
  }

  private async loadIndex(): Promise<Record<string, number>> {
    if (this.index) return this.index;
    let index: Record<string, number> = {};
    try {
      const raw = await this.read(INDEX);
      if (raw) index = JSON.parse(raw) as Record<string, number>;
    } catch {
      index = {};
    }
    this.index = index;
    return index;
  }

  private async read(key: string): Promise<string | null> {
    try {
      return await this.store.getItem(key);
    } catch {
      return null;
    }
  }
}
