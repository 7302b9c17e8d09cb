import { fixture, startFakeKoladaV3, type KoladaDataset } from "../kolada/fakeServer";
import { buildBudgetWorkbook } from "../../addin/src/budget/workbook";
import { fetchForPane } from "../../addin/src/budget/paneFetch";

// The Ny budget panel's fetch, against a fake Kolada v3 on 127.0.0.1 (synthetic fixture budget-v3.json),
// the way the pane runs it: the bundled tables from the bundle, a cache for this session only.
const DATASET = fixture("budget-v3.json") as KoladaDataset;

describe("the pane fetches the budget's figures from Kolada", () => {
  it("fetches Sjöbo 2026: the fixture's 19 500 inhabitants and tax rate 21,50, PKV from the bundled tables", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      const r = await fetchForPane("1265", 2026, { baseUrl: server.url });
      if (!r.ok) throw new Error(r.en);
      expect(r.data.kommun).toMatchObject({ kod: "1265", namn: "Sjöbo" });
      expect(r.data.figurer.N01951).toMatchObject({ ar: 2025, varde: 19500 });
      expect(r.data.figurer.N00901).toMatchObject({ ar: 2025, varde: 21.5 });
      // SKR's PKV 2024 (4,6 %, seed 001 table 1), marked as the assumption for 2026
      expect(r.data.tabeller.find((x) => x.kpi === "skr-pkv" && x.ar === 2026)).toMatchObject({
        varde: 0.046,
        antagande: expect.stringMatching(/^antagande: ersätt med SKR:s senaste prognos/),
      });
      const spec = buildBudgetWorkbook(r.data);
      expect(spec.names!.Invanare).toBe("Förutsättningar!$B$10");
    } finally {
      await server.close();
    }
  });

  it("says Kolada could not be reached when nothing answers (as a browser says when CORS refuses)", async () => {
    const server = await startFakeKoladaV3(DATASET);
    const url = server.url;
    await server.close();
    const r = await fetchForPane("1265", 2026, { baseUrl: url, timeoutMs: 2000 });
    expect(r).toMatchObject({ ok: false, reason: "unreachable" });
  });

  it("refuses an unknown municipality as a usage error naming the closest, in Swedish and English", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      const r = await fetchForPane("9999", 2026, { baseUrl: server.url });
      expect(r).toMatchObject({ ok: false, reason: "usage" });
      if (r.ok) return;
      expect(r.sv).toMatch(/^Kommunkoden 9999 finns inte bland Koladas kommuner/);
      expect(r.en).toMatch(/^The municipality code 9999 is not among/);
      // the country is in Kolada, but no municipality
      const country = await fetchForPane("0000", 2026, { baseUrl: server.url });
      expect(country).toMatchObject({ ok: false, reason: "usage" });
      if (country.ok) return;
      expect(country.sv).toMatch(/^0000 Riket är hela riket i Kolada, inte en kommun/);
      expect(country.en).toMatch(/^0000 Riket is the whole country in Kolada, not a municipality/);
    } finally {
      await server.close();
    }
  });
});
