import { KoladaClient, MAX_IDS_PER_REQUEST } from "../../addin/src/kolada/client";
import { MemoryStorage } from "../../addin/src/kolada/storage";
import { KoladaError } from "../../addin/src/kolada/types";
import { dataPage, fixture, startFakeKolada } from "./fakeServer";

const PATH = "/v3/data/kpi/N30001/municipality/0184/year/2024";
const solna = (value: number | null, extra = {}) => ({
  kpi: "N30001",
  municipality: "0184",
  period: 2024,
  value,
  ...extra,
});

function client(url: string, extra: Partial<ConstructorParameters<typeof KoladaClient>[0]> = {}) {
  const slept: number[] = [];
  const c = new KoladaClient({
    baseUrl: url,
    storage: new MemoryStorage(),
    // generous, so a loaded machine never turns an answer into a timeout; the hanging test sets its own
    timeoutMs: 10_000,
    backoffMs: 1,
    sleep: async (ms) => {
      slept.push(ms);
    },
    ...extra,
  });
  return { c, slept, storage: c.storage as MemoryStorage };
}

async function rejection(p: Promise<unknown>): Promise<KoladaError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KoladaError) return e;
    throw e;
  }
  throw new Error("did not reject");
}

describe("KoladaClient against a local fake Kolada", () => {
  it("follows next_url across three pages and returns every value", async () => {
    const server = await startFakeKolada({
      [PATH]: [{ json: dataPage([solna(-56.4)], `{base}${PATH}?per_page=5000&page=2`) }],
      [`${PATH}?page=2`]: [
        { json: dataPage([{ ...solna(-50.1), period: 2023 }], `{base}${PATH}?per_page=5000&page=3`) },
      ],
      [`${PATH}?page=3`]: [{ json: dataPage([{ ...solna(-48.0), period: 2022 }], null) }],
    });
    try {
      const { c } = client(server.url);
      const r = await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] });
      expect(r.data.map((v) => v.varde)).toEqual([-56.4, -50.1, -48.0]);
      expect(r.source).toBe("network");
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("retries a 500 and then succeeds", async () => {
    const server = await startFakeKolada({
      [PATH]: [{ status: 500 }, { json: dataPage([solna(-56.4)], null) }],
    });
    try {
      const { c, slept } = client(server.url);
      const r = await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] });
      expect(r.data[0]!.varde).toBe(-56.4);
      expect(server.requests).toHaveLength(2);
      expect(slept).toEqual([1]);
    } finally {
      await server.close();
    }
  });

  it("waits as long as a 429's Retry-After says", async () => {
    const server = await startFakeKolada({
      [PATH]: [{ status: 429, headers: { "Retry-After": "2" } }, { json: dataPage([solna(-56.4)], null) }],
    });
    try {
      const { c, slept } = client(server.url);
      await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] });
      expect(slept).toEqual([2000]);
    } finally {
      await server.close();
    }
  });

  it("gives up after the bounded retries with a clear error", async () => {
    const server = await startFakeKolada({ [PATH]: [{ status: 503 }] });
    try {
      const { c } = client(server.url, { retries: 2 });
      const e = await rejection(c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] }));
      expect(e.code).toBe("http");
      expect(e.sv).toMatch(/503/);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("times out a hanging response", async () => {
    const server = await startFakeKolada({ [PATH]: [{ hang: true }] });
    try {
      const { c } = client(server.url, { timeoutMs: 300 });
      const e = await rejection(c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] }));
      expect(e.code).toBe("timeout");
      expect(e.en).toMatch(/did not answer within 0.3 s/);
    } finally {
      await server.close();
    }
  });

  it("rejects malformed JSON and caches nothing", async () => {
    const server = await startFakeKolada({ [PATH]: [{ raw: '{"values": [' }] });
    try {
      const { c, storage } = client(server.url);
      const e = await rejection(c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] }));
      expect(e.code).toBe("malformed");
      expect(storage.items.size).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("rejects an unexpected shape", async () => {
    const server = await startFakeKolada({ [PATH]: [{ json: { count: 1, values: [{ kpi: "N30001" }] } }] });
    try {
      const { c } = client(server.url);
      const e = await rejection(c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] }));
      expect(e.code).toBe("shape");
      // the item has no municipality; each language's text in its own language, no "sv / en" inside one
      expect(e.sv).toBe("Kolada svarade med oväntad form: kpi eller municipality saknas eller är inte text.");
      expect(e.en).toBe("Kolada answered in an unexpected shape: kpi or municipality missing or not text.");
    } finally {
      await server.close();
    }
  });

  it("returns an empty result as empty", async () => {
    const server = await startFakeKolada({ [PATH]: [{ json: dataPage([], null) }] });
    try {
      const { c } = client(server.url);
      expect((await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] })).data).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("keeps Kolada's deleted and status flags", async () => {
    const server = await startFakeKolada({
      [PATH]: [{ json: dataPage([solna(-56.4, { isdeleted: true, status: "B" })], null) }],
    });
    try {
      const { c } = client(server.url);
      const [v] = (await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] })).data;
      expect(v).toEqual({
        kpi: "N30001",
        kommun: "0184",
        ar: 2024,
        kon: "T",
        varde: -56.4,
        status: "B",
        borttagen: true,
      });
    } finally {
      await server.close();
    }
  });

  it("never caches a partial fetch: page 2 failing leaves the cache empty", async () => {
    const server = await startFakeKolada({
      [PATH]: [{ json: dataPage([solna(-56.4)], `{base}${PATH}?page=2`) }],
      [`${PATH}?page=2`]: [{ status: 500 }],
    });
    try {
      const { c, storage } = client(server.url, { retries: 1 });
      expect((await rejection(c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] }))).code).toBe("http");
      expect(storage.items.size).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("serves the cache when fresh, and a stale cache when Kolada is down", async () => {
    let now = 1_000_000;
    const server = await startFakeKolada({
      [PATH]: [{ json: dataPage([solna(-56.4)], null) }, { status: 500 }],
    });
    try {
      const { c } = client(server.url, { now: () => now, ttlMs: 1000, retries: 0 });
      expect((await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] })).source).toBe("network");
      expect((await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] })).source).toBe("cache");
      expect(server.requests).toHaveLength(1);
      now += 5000; // expired; Kolada now fails
      const stale = await c.data({ kpi: ["N30001"], kommun: ["0184"], ar: [2024] });
      expect(stale.source).toBe("stale-cache");
      expect(stale.data[0]!.varde).toBe(-56.4);
    } finally {
      await server.close();
    }
  });

  it("splits more than 25 municipalities into several requests", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(i + 1).padStart(4, "0"));
    const first = `/v3/data/kpi/N30001/municipality/${ids.slice(0, 25).join(",")}/year/2024`;
    const second = `/v3/data/kpi/N30001/municipality/${ids.slice(25).join(",")}/year/2024`;
    const server = await startFakeKolada({
      [first]: [{ json: dataPage([solna(1)], null) }],
      [second]: [{ json: dataPage([solna(2)], null) }],
    });
    try {
      const { c } = client(server.url);
      const r = await c.data({ kpi: ["N30001"], kommun: ids, ar: [2024] });
      expect(MAX_IDS_PER_REQUEST).toBe(25);
      expect(server.requests.map((u) => u.split("?")[0])).toEqual([first, second]);
      expect(r.data.map((v) => v.varde)).toEqual([1, 2]);
    } finally {
      await server.close();
    }
  });

  it("resolves names and codes to 4-digit codes with the leading zero", async () => {
    const server = await startFakeKolada({ "/v3/municipality": [{ json: fixture("municipality.json") }] });
    try {
      const { c } = client(server.url);
      expect(await c.resolveMunicipality("0184")).toBe("0184");
      expect(await c.resolveMunicipality(184)).toBe("0184");
      expect(await c.resolveMunicipality("solna")).toBe("0184");
      expect((await rejection(c.resolveMunicipality("Atlantis"))).code).toBe("notfound");
    } finally {
      await server.close();
    }
  });

  it("searches KPI titles", async () => {
    const server = await startFakeKolada({ "/v3/kpi": [{ json: fixture("kpi.json") }] });
    try {
      const { c } = client(server.url);
      const r = await c.kpis("Nettokostnadsavvikelse");
      expect(r.data.map((k) => k.id)).toContain("N30001");
      expect(server.requests[0]).toBe("/v3/kpi?title=Nettokostnadsavvikelse");
    } finally {
      await server.close();
    }
  });

  it("takes its base URL from KOMMUNKALKYL_KOLADA_URL", () => {
    const old = process.env.KOMMUNKALKYL_KOLADA_URL;
    process.env.KOMMUNKALKYL_KOLADA_URL = "http://127.0.0.1:9/";
    try {
      expect(new KoladaClient().baseUrl).toBe("http://127.0.0.1:9");
    } finally {
      if (old === undefined) delete process.env.KOMMUNKALKYL_KOLADA_URL;
      else process.env.KOMMUNKALKYL_KOLADA_URL = old;
    }
  });
});
