import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUDGET_KPIS,
  BudgetUsageError,
  bundledFigures,
  choosePeerGroup,
  fetchBudgetData,
  peerGroups,
  resolveBudgetMunicipality,
} from "../../addin/src/budget/fetch";
import { KoladaClient } from "../../addin/src/kolada/client";
import { MemoryStorage } from "../../addin/src/kolada/storage";
import { KoladaError } from "../../addin/src/kolada/types";
import { fixture, startFakeKoladaV3, type KoladaDataset } from "../kolada/fakeServer";

const DATASET = fixture("budget-v3.json") as KoladaDataset;
const DATA = join(__dirname, "..", "..", "samples", "data");
const TABLES = {
  upprakningsfaktorer: readFileSync(join(DATA, "upprakningsfaktorer.csv"), "utf8"),
  skatteunderlagsprognos: readFileSync(join(DATA, "skr-skatteunderlagsprognos.csv"), "utf8"),
  pkv: readFileSync(join(DATA, "skr-pkv.csv"), "utf8"),
  lansvisaSkattesatser: readFileSync(join(DATA, "lansvisa-skattesatser.csv"), "utf8"),
};
const DAY = 24 * 3600 * 1000;
const FETCHED = Date.UTC(2026, 11, 4, 12);

function client(url: string, storage = new MemoryStorage(), now = FETCHED) {
  return new KoladaClient({ baseUrl: url, storage, retries: 0, timeoutMs: 2000, now: () => now });
}

describe("resolving --kommun through Kolada's municipality list (type K only)", () => {
  const all = DATASET.municipality;
  it("takes a code with or without its leading zero, and a name in any case", () => {
    expect(resolveBudgetMunicipality("1265", all).title).toBe("Sjöbo");
    expect(resolveBudgetMunicipality("184", all)).toEqual({ id: "0184", title: "Solna", type: "K" });
    expect(resolveBudgetMunicipality("  sjöBO ", all).id).toBe("1265");
    expect(resolveBudgetMunicipality("upplands-bro", all).id).toBe("0139");
    // as a controller writes it
    expect(resolveBudgetMunicipality("Sjöbo kommun", all).id).toBe("1265");
    expect(resolveBudgetMunicipality("solna Kommun ", all).id).toBe("0184");
  });
  it("refuses an unknown code, naming the closest codes, in Swedish and English", () => {
    const e = (() => {
      try {
        resolveBudgetMunicipality("1268", all);
      } catch (x) {
        return x as BudgetUsageError;
      }
      throw new Error("no error");
    })();
    expect(e).toBeInstanceOf(BudgetUsageError);
    expect(e.sv).toContain("Kommunkoden 1268 finns inte");
    expect(e.en).toContain("The municipality code 1268 is not");
    // 1267 Höör is one away, 1266 Hörby and 1270 Tomelilla two (ties in the list order)
    expect(e.matches.slice(0, 3).map((m) => m.id)).toEqual(["1267", "1266", "1270"]);
  });
  it("says the country (0000) and a region are not municipalities, naming the region's own municipalities", () => {
    const refused = (text: string) => {
      try {
        resolveBudgetMunicipality(text, all);
      } catch (x) {
        return x as BudgetUsageError;
      }
      throw new Error("no error");
    };
    const country = refused("0000");
    expect(country.sv).toContain("0000 Riket är hela riket i Kolada, inte en kommun");
    expect(country.en).toContain("0000 Riket is the whole country in Kolada, not a municipality");
    // Region Skåne (0012): the fixture's Skåne municipalities 1214 Svalöv, 1265 Sjöbo, 1266 Hörby, …
    for (const text of ["0012", "12", "region skåne"]) {
      const region = refused(text);
      expect(region.sv).toContain("0012 Region Skåne är en region i Kolada, inte en kommun");
      expect(region.matches.map((m) => m.id)).toEqual(["1214", "1265", "1266", "1267", "1270"]);
    }
    expect(refused("1268").sv).toContain("bland Koladas kommuner");
  });
  it("calls a name that fits several municipalities ambiguous and lists them", () => {
    expect(() => resolveBudgetMunicipality("Upplands", all)).toThrow(/Upplands Väsby.*Upplands-Bro/);
    try {
      resolveBudgetMunicipality("Upplands", all);
    } catch (e) {
      expect((e as BudgetUsageError).sv).toContain("passar flera kommuner");
      expect((e as BudgetUsageError).matches.map((m) => m.id).sort()).toEqual(["0114", "0139"]);
    }
  });
  it("refuses a misspelt name with the closest names first, and never a region", () => {
    try {
      resolveBudgetMunicipality("Solnna", all);
      throw new Error("no error");
    } catch (e) {
      expect((e as BudgetUsageError).matches[0]!.title).toBe("Solna");
    }
    expect(() => resolveBudgetMunicipality("Region Skåne", all)).toThrow(BudgetUsageError);
    expect(() => resolveBudgetMunicipality("0000", all)).toThrow(BudgetUsageError);
  });
});

describe("peer groups (Liknande kommuner) from /v3/municipality_groups", () => {
  it("takes the newest 'övergripande' group for the municipality, members as Kolada v3 gives them", () => {
    const solna = { id: "0184", title: "Solna", type: "K" };
    const groups = peerGroups(DATASET.municipality_groups, solna);
    // three groups end in ", Solna[, year]"; "…, Lidingö, 2024" lists Solna as a member but is not Solna's
    expect(groups.map((g) => g.id)).toEqual(["G9001", "G9002", "G9003"]);
    const chosen = choosePeerGroup(groups)!;
    expect(chosen.id).toBe("G9002");
    expect(chosen.ar).toBe(2024);
    expect(chosen.kommuner).toEqual([
      { kod: "0183", namn: "Sundbyberg" },
      { kod: "0186", namn: "Lidingö" },
      { kod: "0182", namn: "Nacka" },
      { kod: "0160", namn: "Täby" },
    ]);
  });
  it("leaves the municipality itself out of its group", () => {
    const groups = peerGroups(
      [
        {
          id: "G1",
          title: "Liknande kommuner övergripande, Solna",
          members: [{ member_id: "0184" }, "0183"],
        },
      ],
      { id: "0184", title: "Solna", type: "K" },
    );
    expect(groups[0]!.kommuner).toEqual([{ kod: "0183", namn: "0183" }]);
  });
});

describe("the bundled tables for budget year 2026", () => {
  const figures = bundledFigures(TABLES, 2026, "Skåne");
  it("gives the government's uplift factors by income year, the newest ordinance first, later years as marked assumptions", () => {
    const f = figures.filter((x) => x.kpi === "upprakningsfaktorer");
    expect(f.map((x) => x.ar)).toEqual([2024, 2025, 2026, 2027, 2028]);
    // SFS 2024:669 (budget year 2025): 1.031 for income year 2024, 1.045 for 2025
    expect(f[0]).toMatchObject({ varde: 1.031, kalla: "SFS 2024:669", hamtad: "2024-09-19" });
    expect(f[0]!.antagande).toBeUndefined();
    expect(f[1]).toMatchObject({ varde: 1.045, kalla: "SFS 2024:669" });
    // no ordinance gives 2026–2028: the latest official factor (1.045, SFS 2024:669) as an assumption
    for (const x of f.slice(2)) {
      expect(x.varde).toBe(1.045);
      expect(x.antagande).toMatch(/^antagande: ersätt med SKR:s senaste prognos .*SFS 2024:669/);
    }
  });
  it("stands in for a past income year no bundled ordinance gives with the nearest earlier one, not the latest", () => {
    // budget year 2021: income years 2019–2023; no ordinance for budget year 2019 or 2020 is bundled, so income
    // year 2019 has no factor. The nearest earlier: 2018's 1.034 (SFS 2017:899), not 2025's 1.045 (SFS 2024:669)
    const past = bundledFigures(TABLES, 2021).filter((x) => x.kpi === "upprakningsfaktorer");
    const y2019 = past.find((x) => x.ar === 2019)!;
    expect(y2019).toMatchObject({ varde: 1.034, kalla: "SFS 2017:899" });
    expect(y2019.antagande).toMatch(
      /^antagande: ersätt med regeringens fastställda faktor för inkomstår 2019 /,
    );
    expect(y2019.antagande).not.toMatch(/SKR:s senaste prognos/);
    // PKV from budget year − 4 (2020): 2020 and 2021 come before SKR's first bundled outcome (2022) — a later
    // year's figure, said to be one
    const pkv = bundledFigures(TABLES, 2024).filter((x) => x.kpi === "skr-pkv");
    const p2020 = pkv.find((x) => x.ar === 2020)!;
    expect(p2020.varde).toBe(0.049);
    expect(p2020.antagande).toMatch(
      /^antagande: ersätt med SKR:s siffra för 2020 .*värdet för 2022, ett senare år,/,
    );
  });

  it("gives the county rates of the newest ordinance: Skåne's grant rate; Stockholm's charge rate too", () => {
    // the table's newest ordinance for the grant rates is "2004:881 i lydelse enligt 2023:683"
    const newest = (lan: string, slag: string) =>
      TABLES.lansvisaSkattesatser
        .split("\n")
        .filter(
          (l) => l.includes(`,${slag},${lan},`) && l.startsWith("2004:881 i lydelse enligt 2023:683"),
        )[0]!
        .split(",");
    const rate = figures.find((x) => x.kpi === "lansvisa-skattesatser")!;
    expect(rate.varde).toBe(Number(newest("Skåne", "bidrag")[5]));
    expect(rate).toMatchObject({ ar: 2023, kalla: "SFS 2004:881 i lydelse enligt 2023:683 2 §" });
    // the table has charge rates (3 §) for three counties only (SFS 2015:1011): none for Skåne, never a guess
    expect(figures.some((x) => x.kpi === "lansskattesats-avgift")).toBe(false);
    const stockholm = bundledFigures(TABLES, 2026, "Stockholms").find(
      (x) => x.kpi === "lansskattesats-avgift",
    )!;
    expect(stockholm).toMatchObject({ varde: 16.98, ar: 2015, kalla: "SFS 2015:1011 3 §" });
  });

  it("gives SKR's proposed internal interest rate as a share: 2.5 % for 2025 (SKR, 2024-02-16), later years as marked assumptions", () => {
    const tables = { ...TABLES, internranta: readFileSync(join(DATA, "skr-internranta.csv"), "utf8") };
    const in2025 = bundledFigures(tables, 2025).filter((x) => x.kpi === "internranta");
    expect(in2025[0]).toMatchObject({ ar: 2025, varde: 0.025, enhet: "andel", hamtad: "2024-02-16" });
    expect(in2025[0]!.antagande).toBeUndefined();
    const in2027 = bundledFigures(tables, 2027).filter((x) => x.kpi === "internranta");
    expect(in2027.map((x) => [x.ar, x.varde])).toEqual([
      [2027, 0.025],
      [2028, 0.025],
      [2029, 0.025],
    ]);
    for (const x of in2027)
      expect(x.antagande).toMatch(
        /^antagande: ersätt med SKR:s senaste prognos \(\d{4} saknas; värdet för 2025/,
      );
  });

  it("bundles SKR's PKV outcomes 2022–2024 (4,9 %, 5,9 %, 4,6 %; seed 001 table 1, Källa: SKR), each the weighted sum of its parts", () => {
    // seed 001 table 1: PKV = weight × labour cost + weight × other consumption, e.g.
    // 2024: 0.691 × 5.5 + 0.309 × 2.7 = 3.8005 + 0.8343 = 4.6348 → 4.6; 2022: 0.696 × 2.7 + 0.304 × 10 = 4.919 → 4.9
    const rows = TABLES.pkv
      .split("\n")
      .filter((l) => /^\d{4},/.test(l))
      .map((l) => l.split(","));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["2022", "4.9"],
      ["2023", "5.9"],
      ["2024", "4.6"],
    ]);
    for (const r of rows) {
      const [, total, labour, wLabour, other, wOther] = r.map(Number);
      expect(Number(wLabour) + Number(wOther)).toBeCloseTo(100, 6);
      expect(Math.abs((labour! * wLabour! + other! * wOther!) / 100 - total!)).toBeLessThan(0.05);
    }
    const in2024 = bundledFigures(TABLES, 2024).filter((x) => x.kpi === "skr-pkv");
    // budget year 2024 − 4 … + 2: 2022–2024 are SKR's outcomes, unmarked; 2020, 2021, 2025, 2026 are marked assumptions
    expect(in2024.filter((x) => !x.antagande).map((x) => [x.ar, x.varde])).toEqual([
      [2022, 0.049],
      [2023, 0.059],
      [2024, 0.046],
    ]);
    expect(in2024.find((x) => x.ar === 2024)!.kalla).toMatch(/^SKR Tabell 1: Prisindex kommunal verksamhet/);
  });

  it("uses SKR's latest PKV (2024: 4,6 %) for the budget and plan years as a marked assumption naming its source", () => {
    const pkv = figures.filter((x) => x.kpi === "skr-pkv" && x.ar >= 2025);
    expect(pkv.map((x) => [x.ar, x.varde])).toEqual([
      [2025, 0.046],
      [2026, 0.046],
      [2027, 0.046],
      [2028, 0.046],
    ]);
    for (const x of pkv)
      expect(x.antagande).toMatch(
        /^antagande: ersätt med SKR:s senaste prognos \(\d{4} saknas; värdet för 2024 ur SKR Tabell 1: Prisindex kommunal verksamhet/,
      );
  });

  it("gives no SKR forecast when the bundled table has no rows, rather than a guess", () => {
    expect(figures.some((x) => x.kpi === "skr-skatteunderlag")).toBe(false);
    expect(
      bundledFigures({ ...TABLES, pkv: "ar,forandring,cirkular,datum,kalla\n" }, 2026).some(
        (x) => x.kpi === "skr-pkv",
      ),
    ).toBe(false);
    const withRows = bundledFigures(
      {
        ...TABLES,
        skatteunderlagsprognos:
          "ar,forandring,cirkular,datum,kalla\n2026,3.5,25:99,2025-12-01,https://skr.se/x\n",
      },
      2026,
    ).filter((x) => x.kpi === "skr-skatteunderlag");
    expect(withRows.map((x) => [x.ar, x.varde, x.antagande === undefined])).toEqual([
      // 3,5 % as a share
      [2026, 0.035, true],
      [2027, 0.035, false],
      [2028, 0.035, false],
    ]);
  });
});

describe("fetchBudgetData against a local fake Kolada v3 (synthetic fixture budget-v3.json)", () => {
  it("fetches Solna: the latest year with a value per KPI (gender T), peers and the country, titles checked", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      const data = await fetchBudgetData({
        client: client(server.url),
        kommun: "Solna",
        budgetar: 2026,
        tabeller: TABLES,
      });
      expect(data.kommun).toEqual({ kod: "0184", namn: "Solna", lan: "Stockholms" });
      expect(Object.keys(data.figurer)).toEqual(BUDGET_KPIS.map((k) => k.id));
      // population 2025 (the fixture's K/M/T split: T is the total)
      expect(data.figurer.N01951).toMatchObject({ ar: 2025, varde: 86000, enhet: "antal", kalla: "Kolada" });
      // the tax rate of seed 001 table 2
      expect(data.figurer.N00901).toMatchObject({ ar: 2025, varde: 17.37 });
      // 2025's result is withdrawn (isdeleted): 2024's value, 1 800 × 0.97 = 1 746
      expect(data.figurer.N03007).toMatchObject({ ar: 2024, varde: 1746 });
      // cost deviations end in 2024; IFO −56.4 % is seed 001's figure
      expect(data.figurer.N30001).toMatchObject({ ar: 2024, varde: -56.4 });
      expect(data.figurer.N01951!.url).toBe(`${server.url}/v3/data/kpi/N01951/municipality/0184/year/2025`);
      expect(data.figurer.N01951!.hamtad).toBe("2026-12-04");
      // the fixture renamed N00097: a warning, and the live title shown
      expect(data.figurer.N00097!.title).toBe("Nettokostnadsavvikelse totalt exkl. LSS, (%)");
      expect(data.figurer.N00097!.titelVarning).toContain(
        'väntad "Nettokostnadsavvikelse totalt (exkl. LSS), andel (%)"',
      );
      expect(
        Object.values(data.figurer)
          .filter((f) => f.titelVarning)
          .map((f) => f.kpi),
      ).toEqual(["N00097"]);
      expect(data.jamforelsegrupp).toMatchObject({
        id: "G9002",
        titel: "Liknande kommuner övergripande, Solna, 2024",
      });
      expect(Object.keys(data.jamforelse).sort()).toEqual(["0000", "0160", "0182", "0183", "0186"]);
      expect(data.jamforelse["0183"]!.N30001).toMatchObject({ ar: 2024, varde: -5.5 });
      expect(data.jamforelse["0000"]!.N01951).toMatchObject({ ar: 2025, varde: 10600000 });
      expect(data.cache).toEqual({ anvand: false, datum: "2026-12-04" });
      // SKR's forecast growth, internal interest and final settlement are not bundled here: listed as missing, never guessed
      // (PKV is: SKR's outcomes, the latest as a marked assumption)
      expect(data.saknas.map((s) => s.kpi)).toEqual([
        "skr-skatteunderlag",
        "internranta",
        "skr-slutavrakning",
      ]);
      // never more than 25 ids of either kind in one data request
      for (const r of server.requests.filter((u) => u.startsWith("/v3/data/"))) {
        const [, kpis, kommuner] = /kpi\/([^/]+)\/municipality\/([^/]+)\//.exec(r)!;
        expect(kpis!.split(",").length).toBeLessThanOrEqual(25);
        expect(kommuner!.split(",").length).toBeLessThanOrEqual(25);
      }
    } finally {
      await server.close();
    }
  });

  it("lists a KPI with no value and one whose latest value is null as what they are (Sjöbo)", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      const data = await fetchBudgetData({
        client: client(server.url),
        kommun: "1265",
        budgetar: 2026,
        tabeller: TABLES,
      });
      // N03102 2025 is null in the fixture: 2024's 2.3 × 0.97 = 2.23 (rounded to 2 decimals in the fixture)
      expect(data.figurer.N03102).toMatchObject({ ar: 2024, varde: 2.23 });
      // no LSS equalisation at all for Sjöbo
      expect(data.figurer.N03064).toMatchObject({ varde: null, ar: 2025 });
      expect(data.saknas[0]).toMatchObject({ kpi: "N03064" });
      expect(data.saknas[0]!.skal).toContain("2020–2025");
      expect(data.jamforelsegrupp!.kommuner.map((p) => p.kod)).toEqual([
        "1266",
        "1267",
        "1270",
        "1214",
        "1273",
      ]);
      expect(data.tabeller.find((f) => f.kpi === "lansvisa-skattesatser")!.title).toContain("Skåne");
    } finally {
      await server.close();
    }
  });

  it("refuses a budget year Kolada has no figure before (2000: nothing in 1994–1999) as a usage error", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      const run = fetchBudgetData({
        client: client(server.url),
        kommun: "1265",
        budgetar: 2000,
        tabeller: TABLES,
      });
      await expect(run).rejects.toBeInstanceOf(BudgetUsageError);
      // "for example" the year after today (2026-12-04 here)
      await expect(
        fetchBudgetData({
          client: client(server.url),
          kommun: "1265",
          budgetar: 2000,
          tabeller: TABLES,
          now: () => FETCHED,
        }),
      ).rejects.toMatchObject({
        sv: expect.stringContaining(
          "Kolada har inga värden för Sjöbo (1265) åren 1994–1999, före budgetåret 2000",
        ),
        en: expect.stringContaining("for example 2027."),
      });
    } finally {
      await server.close();
    }
  });

  it("follows next_url through every page: the same figures with pages of 7 values", async () => {
    const whole = await startFakeKoladaV3(DATASET);
    const paged = await startFakeKoladaV3(DATASET, { pageSize: 7 });
    try {
      const a = await fetchBudgetData({ client: client(whole.url), kommun: "0183", budgetar: 2026 });
      const b = await fetchBudgetData({ client: client(paged.url), kommun: "0183", budgetar: 2026 });
      expect(paged.requests.some((r) => r.includes("page=2"))).toBe(true);
      const strip = (d: typeof a) => Object.values(d.figurer).map((f) => [f.kpi, f.ar, f.varde, f.title]);
      expect(strip(b)).toEqual(strip(a));
      // Sundbyberg has no peer group in the fixture: the country only, and said so
      expect(b.jamforelsegrupp).toBeUndefined();
      expect(Object.keys(b.jamforelse)).toEqual(["0000"]);
      expect(b.saknas.map((s) => s.kpi)).toContain("municipality_groups");
    } finally {
      await whole.close();
      await paged.close();
    }
  });

  it("splits a peer group of 30 into requests of at most 25 municipalities (the fake refuses more with 422)", async () => {
    const members = Array.from({ length: 30 }, (_, i) => ({
      member_id: String(2001 + i),
      member_title: `K${i}`,
    }));
    const big: KoladaDataset = {
      ...DATASET,
      municipality_groups: [{ id: "G1", title: "Liknande kommuner övergripande, Sjöbo, 2025", members }],
    };
    const server = await startFakeKoladaV3(big);
    try {
      const data = await fetchBudgetData({ client: client(server.url), kommun: "1265", budgetar: 2026 });
      expect(Object.keys(data.jamforelse)).toHaveLength(31);
      // members without data in Kolada: a figure without a value, not an error
      expect(data.jamforelse["2030"]!.N01951).toMatchObject({ varde: null });
      const lists = server.requests
        .filter((u) => u.startsWith("/v3/data/"))
        .map((u) => /municipality\/([^/]+)\//.exec(u)![1]!.split(",").length);
      expect(Math.max(...lists)).toBe(25);
      expect(lists).toContain(6);
    } finally {
      await server.close();
    }
  });

  it("keeps Kolada's status flag on the value it uses", async () => {
    const flagged: KoladaDataset = {
      ...DATASET,
      data: DATASET.data.map((d) =>
        d.kpi === "N00903" && d.municipality === "1265" && d.period === 2025
          ? { ...d, values: [{ gender: "T", count: 1, status: "Osäker", value: 190000, isdeleted: false }] }
          : d,
      ),
    };
    const server = await startFakeKoladaV3(flagged);
    try {
      const data = await fetchBudgetData({ client: client(server.url), kommun: "1265", budgetar: 2026 });
      expect(data.figurer.N00903).toMatchObject({ varde: 190000, status: "Osäker" });
      expect(data.figurer.N00901!.status).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("works from the cache with Kolada unreachable, saying so with the cache's date", async () => {
    const server = await startFakeKoladaV3(DATASET);
    const storage = new MemoryStorage();
    const first = await fetchBudgetData({
      client: client(server.url, storage),
      kommun: "Solna",
      budgetar: 2026,
    });
    await server.close();
    // two days later, nothing listening at the address any more
    const offline = await fetchBudgetData({
      client: client(server.url, storage, FETCHED + 2 * DAY),
      kommun: "Solna",
      budgetar: 2026,
      now: () => FETCHED + 2 * DAY,
    });
    expect(offline.cache).toEqual({ anvand: true, datum: "2026-12-04" });
    expect(offline.figurer.N01951!.varde).toBe(first.figurer.N01951!.varde);
    expect(offline.jamforelsegrupp).toEqual(first.jamforelsegrupp);
  });

  it("fails with a KoladaError when Kolada cannot be reached and nothing is cached", async () => {
    const server = await startFakeKoladaV3(DATASET);
    await server.close();
    await expect(
      fetchBudgetData({ client: client(server.url), kommun: "Solna", budgetar: 2026 }),
    ).rejects.toBeInstanceOf(KoladaError);
  });

  it("checks the output path once the municipality is known, before any figure is fetched", async () => {
    const server = await startFakeKoladaV3(DATASET);
    try {
      await expect(
        fetchBudgetData({
          client: client(server.url),
          kommun: "Sjöbo",
          budgetar: 2026,
          onResolved: (k) => {
            throw new Error(`exists: mal-och-budget-2026-${k.id}.xlsx`);
          },
        }),
      ).rejects.toThrow("exists: mal-och-budget-2026-1265.xlsx");
      expect(server.requests.filter((r) => r.startsWith("/v3/data/"))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
