import type { KoladaStorage } from "./types";

/** A cache that lives as long as the process (tests, the browser demo). */
export class MemoryStorage implements KoladaStorage {
  readonly items = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.items.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.items.set(key, value);
  }
}

/** Adapts a Storage-like object: `localStorage` in a browser, `OfficeRuntime.storage` in Excel. */
export function webStorage(store: {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}): KoladaStorage {
  const prefix = "kommunkalkyl.kolada.";
  return {
    get: async (key) => (await store.getItem(prefix + key)) ?? undefined,
    set: async (key, value) => {
      await store.setItem(prefix + key, value);
    },
  };
}
