import { KommunError } from "@kommunkalkyl/calc-core";
import { KoladaBatcher } from "../../addin/src/functions/koladaBatch";
import { KoladaClient } from "../../addin/src/kolada/client";
import { KoladaLookup } from "../../addin/src/kolada/lookup";
import { MemoryStorage } from "../../addin/src/kolada/storage";
import { dataPage, fixture, startFakeKolada } from "./fakeServer";

describe("KOLADA in Excel: cells that recalculate together share one request", () => {
  it("batches three cells into one data request and answers each, #N/A for a missing value", async () => {
    const path = "/v3/data/kpi/N30001/municipality/0184,0183/year/2024";
    const server = await startFakeKolada({
      "/v3/municipality": [{ json: fixture("municipality.json") }],
      [path]: [
        {
          json: dataPage(
            [
              { kpi: "N30001", municipality: "0184", period: 2024, value: -56.4 },
              { kpi: "N30001", municipality: "0183", period: 2024, value: -5.5 },
            ],
            null,
          ),
        },
      ],
    });
    try {
      const batcher = new KoladaBatcher(
        new KoladaClient({ baseUrl: server.url, storage: new MemoryStorage() }),
        () => undefined,
      );
      const a = batcher.get("N30001", "0184", 2024, "T");
      const b = batcher.get("N30001", "Sundbyberg", 2024, "T");
      const c = batcher.get("N30001", "0184", 2024, "K");
      await batcher.flush();
      expect(await a).toBe(-56.4);
      expect(await b).toBe(-5.5);
      await expect(c).rejects.toBeInstanceOf(KommunError);
      expect(server.requests.filter((u) => u.startsWith("/v3/data"))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe("KoladaLookup (the synchronous KOLADA of HyperFormula)", () => {
  it("reads cache entries and names, keeps withdrawn values out, and falls back to a saved value", () => {
    const l = new KoladaLookup();
    l.addCacheEntries([
      JSON.stringify({
        key: "data:/v3/x",
        savedAt: 0,
        data: [
          { kpi: "N30001", kommun: "0184", ar: 2024, kon: "T", varde: -56.4, status: "", borttagen: false },
          { kpi: "N30001", kommun: "0183", ar: 2024, kon: "T", varde: -5.5, status: "", borttagen: true },
        ],
      }),
      JSON.stringify({ key: "municipality:", savedAt: 0, data: [{ id: "0184", title: "Solna", type: "K" }] }),
      "not json",
    ]);
    expect(l.get("N30001", "Solna", 2024)).toBe(-56.4);
    expect(l.get("n30001", 184, 2024)).toBe(-56.4);
    expect(() => l.get("N30001", "0183", 2024)).toThrow(/withdrawn/);
    l.addSaved({ sheet: 0, row: 1, col: 2 }, 42);
    expect(l.get("N99999", "0184", 2024, "T", { sheet: 0, row: 1, col: 2 })).toBe(42);
    expect(() => l.get("N99999", "0184", 2024)).toThrow(/kolada hämta/);
  });
});
