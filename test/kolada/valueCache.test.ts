import { KommunError } from "@kommunkalkyl/calc-core";
import { KoladaBatcher, VALUE_TTL_MS } from "../../addin/src/functions/koladaBatch";
import { KoladaClient } from "../../addin/src/kolada/client";
import { MemoryStorage } from "../../addin/src/kolada/storage";
import { KoladaValueCache, type KeyValueStore } from "../../addin/src/kolada/valueCache";
import { dataPage, fixture, startFakeKolada } from "./fakeServer";

// KOLADA's cache in Excel (OfficeRuntime.storage): one entry per value, shared by every recalculation, used
// when Kolada cannot be reached, pruned, and never in the way of a fetch when the storage is full.

/** A store like OfficeRuntime.storage, with room for `capacity` items (a full one throws, as Office's does). */
class Store implements KeyValueStore {
  readonly items = new Map<string, string>();
  writes = 0;
  constructor(private readonly capacity = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    if (!this.items.has(key) && this.items.size >= this.capacity) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const DATA_0184_0183 = "/v3/data/kpi/N30001/municipality/0184,0183/year/2024";
const DATA_0184 = "/v3/data/kpi/N30001/municipality/0184/year/2024";
const DATA_0180 = "/v3/data/kpi/N30001/municipality/0180/year/2024";
const page = (rows: [string, number][]) =>
  dataPage(
    rows.map(([municipality, value]) => ({ kpi: "N30001", municipality, period: 2024, value })),
    null,
  );

function batcher(url: string, cache: KoladaValueCache, now = () => Date.now()) {
  // (a test that moves the clock gives the cache the same clock)
  // a new client per "session": its own request cache is empty, only the value cache carries over
  const client = new KoladaClient({ baseUrl: url, storage: new MemoryStorage(), retries: 0, backoffMs: 0 });
  return new KoladaBatcher(client, () => undefined, cache, now);
}

async function ask(b: KoladaBatcher, cells: [string, string][]): Promise<(number | string)[]> {
  const answers = cells.map(([kommun, kon]) =>
    b.get("N30001", kommun, 2024, kon).catch((e: unknown) => (e instanceof KommunError ? e.code : String(e))),
  );
  await b.flush();
  return Promise.all(answers);
}

describe("KOLADA's value cache in Excel", () => {
  it("keys each value by KPI, municipality, year and gender: another group of cells finds it without a request", async () => {
    const server = await startFakeKolada({
      [DATA_0184_0183]: [
        {
          json: page([
            ["0184", -56.4],
            ["0183", -5.5],
          ]),
        },
      ],
      [DATA_0180]: [{ json: page([["0180", 12.5]]) }],
    });
    try {
      const store = new Store();
      expect(
        await ask(batcher(server.url, new KoladaValueCache(store)), [
          ["0184", "T"],
          ["0183", "T"],
        ]),
      ).toEqual([-56.4, -5.5]);
      // a later session recalculates 0184 with 0180: only 0180 goes to Kolada
      expect(
        await ask(batcher(server.url, new KoladaValueCache(store)), [
          ["0184", "T"],
          ["0180", "T"],
        ]),
      ).toEqual([-56.4, 12.5]);
      expect(server.requests.filter((u) => u.startsWith("/v3/data"))).toEqual([
        expect.stringContaining(DATA_0184_0183),
        expect.stringContaining(DATA_0180),
      ]);
      // and one alone: no request at all
      expect(await ask(batcher(server.url, new KoladaValueCache(store)), [["0183", "T"]])).toEqual([-5.5]);
      expect(server.requests.filter((u) => u.startsWith("/v3/data"))).toHaveLength(2);
      // a value Kolada does not have is remembered as missing: #N/A again, without asking
      expect(await ask(batcher(server.url, new KoladaValueCache(store)), [["0184", "K"]])).toEqual(["na"]);
    } finally {
      await server.close();
    }
  });

  it("asks Kolada again after a day, and answers a value of any age when Kolada cannot be reached", async () => {
    const server = await startFakeKolada({
      [DATA_0184]: [{ json: page([["0184", -56.4]]) }, { json: page([["0184", -50]]) }],
      "/v3/municipality": [{ json: fixture("municipality.json") }],
    });
    const store = new Store();
    let now = 1_000_000;
    try {
      expect(
        await ask(
          batcher(server.url, new KoladaValueCache(store, { now: () => now }), () => now),
          [["Solna", "T"]],
        ),
      ).toEqual([-56.4]);
      now += VALUE_TTL_MS + 1;
      // a day later Kolada is asked again and has a revised figure
      expect(
        await ask(
          batcher(server.url, new KoladaValueCache(store, { now: () => now }), () => now),
          [["0184", "T"]],
        ),
      ).toEqual([-50]);
    } finally {
      await server.close();
    }
    // Kolada gone (the port is closed): a year later, the last value fetched — also for the name "Solna"
    now += 365 * 24 * 3600 * 1000;
    const offline = batcher(server.url, new KoladaValueCache(store, { now: () => now }), () => now);
    expect(
      await ask(offline, [
        ["0184", "T"],
        ["Solna", "T"],
        ["0183", "T"],
      ]),
    ).toEqual([-50, -50, "na"]);
  });

  it("answers from the network when the storage is full and cannot be made room in", async () => {
    const server = await startFakeKolada({
      [DATA_0184_0183]: [
        {
          json: page([
            ["0184", -56.4],
            ["0183", -5.5],
          ]),
        },
      ],
    });
    try {
      const full = new Store(0);
      expect(
        await ask(batcher(server.url, new KoladaValueCache(full)), [
          ["0184", "T"],
          ["0183", "T"],
        ]),
      ).toEqual([-56.4, -5.5]);
      expect(full.writes).toBeGreaterThan(0);
      expect(full.items.size).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("makes room in a full storage by pruning its oldest values, then keeps the new ones", async () => {
    let now = 0;
    const store = new Store(5); // the index and four values
    const cache = new KoladaValueCache(store, { now: () => now });
    for (const [i, kommun] of ["0101", "0102", "0103", "0104"].entries()) {
      now = i + 1;
      expect(
        await cache.put([{ kpi: "N1", kommun, ar: 2024, kon: "T", varde: i, status: "", borttagen: false }]),
      ).toBe(true);
    }
    now = 10;
    expect(
      await cache.put([
        { kpi: "N1", kommun: "0105", ar: 2024, kon: "T", varde: 5, status: "", borttagen: false },
      ]),
    ).toBe(true);
    expect((await cache.get("N1", "0105", 2024, "T"))?.varde).toBe(5);
    // the oldest went first
    expect(await cache.get("N1", "0101", 2024, "T")).toBeUndefined();
    expect((await cache.get("N1", "0104", 2024, "T"))?.varde).toBe(3);
  });

  it("prunes by count and by age after each write", async () => {
    let now = 0;
    const store = new Store();
    const cache = new KoladaValueCache(store, { maxEntries: 3, maxAgeMs: 100, now: () => now });
    const value = (kommun: string) => ({
      kpi: "N1",
      kommun,
      ar: 2024,
      kon: "T",
      varde: 1,
      status: "",
      borttagen: false,
    });
    for (const [i, k] of ["0101", "0102", "0103", "0104", "0105"].entries()) {
      now = i;
      await cache.put([value(k)]);
    }
    expect(await cache.size()).toBe(3);
    expect(await cache.get("N1", "0102", 2024, "T")).toBeUndefined();
    expect(await cache.get("N1", "0105", 2024, "T")).toBeDefined();
    now = 1000; // everything is now older than 100 ms; a new write prunes the rest
    await cache.put([value("0106")]);
    expect(await cache.size()).toBe(1);
    expect([...store.items.keys()].filter((k) => k.includes(".value."))).toEqual([
      KoladaValueCache.valueKey("N1", "0106", 2024, "T"),
    ]);
  });
});
