import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "hyperformula";
import { fetchBudgetData } from "../../addin/src/budget/fetch";
import { budgetMarks, buildBudgetWorkbook } from "../../addin/src/budget/workbook";
import { KoladaClient } from "../../addin/src/kolada/client";
import { MemoryStorage } from "../../addin/src/kolada/storage";
import { computeWorkbook, type WorkbookSpec } from "../../addin/src/samples/model";
import { fixture, startFakeKoladaV3, type KoladaDataset } from "../kolada/fakeServer";

// Sjöbo (1265), budget year 2026, fetched from the fake Kolada serving test/fixtures/kolada/budget-v3.json
// (SYNTHETIC figures, documented in its README) with the bundled tables of samples/data/. By hand:
//
//   Kolada 2025 (synthetic): 19 500 inhabitants (N01951), tax rate 21.50 (N00901), tax capacity 190 000 kr/inv
//   (N00903; the country 225 000), cost equalisation 2 000, structural grant 300, regulation grant 1 000 kr/inv,
//   no LSS equalisation (fill in, counted 0), finance net 300 kr/inv (N03108), preschool 6 200 kr/inv (N11004),
//   the activities in total 60 000 kr/inv (N03067); population 0 years 234 + 1–5 years 1 170 = 1 404, in five
//   years 0–5 years 1 460 (N02908).
//   Uplift factors (SFS 2024:669): income year 2025 1.045; 2026 has none bundled → 2025's 1.045 (assumption).
//   Skåne's county rate for the grant: 19.70 (SFS 2004:881 2 § as amended by 2023:683).
//   PKV (SKR Tabell 1): 2026 not bundled → the 2024 outcome 4.6 % (assumption).
//
//   tax base income year 2024 = 190 000 × 19 500 / 1e6                       = 3 705 mnkr
//   uplifted to income year 2026 = 3 705 × 1.045 × 1.045                       = 4 045.952625 mnkr
//   tax revenue = 4 045.952625 × 21.5 / 100                                    =   869.879814375
//   income equalisation (lag (2004:773) 4–5 §§, guarantee 115 %):
//     the country's capacity uplifted = 225 000 × 1.045²                       = 245 705.625 kr/inv
//     own capacity uplifted = 4 045.952625e6 / 19 500                          = 207 484.75 kr/inv
//     (1.15 × 245 705.625 − 207 484.75) × 19 500 × 19.70 / 100
//       = (282 561.46875 − 207 484.75) × 3 841.5 = 75 076.71875 × 3 841.5      =   288.407215078125 mnkr
//   other grants = (2 000 + 300 + 1 000 + 0) × 19 500 / 1e6                    =    64.35
//   taxes and grants = 869.879814375 + 288.407215078125 + 64.35                = 1 222.637029453125
//   finance net = 300 × 19 500 / 1e6                                          =     5.85
//   result requirement = 2 % × 1 222.637029453125                             =    24.4527405890625
//   net-cost frame = 1 222.637029453125 + 5.85 − 24.4527405890625             = 1 204.0342888640625
//   preschool outcome 2025 = 6 200 × 19 500 / 1e6                              =   120.9
//   preschool 2026 = 120.9 × 1.046 (PKV) × (1 460 / 1 404)^(1/5) (one year of the age group's change)
//   net costs 2026 = each activity's 2025 outcome × 1.046 × its age group's yearly change
//     + the difference against the income statement (LKBR (2018:597) 6 kap. 2 § and bilaga 1: the result is
//       verksamhetens nettokostnader, which include depreciation, + taxes + grants + finance net):
//       (N03011 61 500 − N03067 60 000) × 19 500 / 1e6 = 29.25 mnkr in 2025, × 1.046 × (20 280 / 19 500)^(1/5)
//   budget gap = net costs − net-cost frame
//   Check against the fixture's own result (N03007, synthetic): taxes 40 850 (N03010) + grants 22 000 (N03009)
//   + finance net 300 − net costs 61 500 = 1 650 kr/inv against N03007's 1 500: roughly agrees (synthetic
//   figures, not a real income statement).

const DATASET = fixture("budget-v3.json") as KoladaDataset;
const DATA = join(__dirname, "..", "..", "samples", "data");
const read = (f: string) => readFileSync(join(DATA, f), "utf8");

type Values = Record<string, CellValue[][]>;
function named(spec: WorkbookSpec, values: Values, name: string): number {
  const [sheet, a1] = spec.names![name]!.replace(/\$/g, "").split("!") as [string, string];
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return values[sheet.replace(/^'|'$/g, "")]![Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] as number;
}
/** The row of a sheet whose first cell starts with `label`. */
function row(values: Values, sheet: string, label: string): CellValue[] {
  const r = values[sheet]!.find((x) => typeof x[0] === "string" && x[0].startsWith(label));
  if (!r) throw new Error(`no row ${label} on ${sheet}`);
  return r;
}

describe("Sjöbo 2026 from the fake Kolada, checked by hand (see the head of this file)", () => {
  let spec: WorkbookSpec;
  let values: Values;
  beforeAll(async () => {
    const server = await startFakeKoladaV3(DATASET, { pageSize: 400 });
    try {
      const client = new KoladaClient({ baseUrl: server.url, storage: new MemoryStorage(), retries: 0 });
      const data = await fetchBudgetData({
        client,
        kommun: "1265",
        budgetar: 2026,
        tabeller: {
          upprakningsfaktorer: read("upprakningsfaktorer.csv"),
          skatteunderlagsprognos: read("skr-skatteunderlagsprognos.csv"),
          pkv: read("skr-pkv.csv"),
          internranta: read("skr-internranta.csv"),
          lansvisaSkattesatser: read("lansvisa-skattesatser.csv"),
        },
      });
      spec = buildBudgetWorkbook(data);
      values = computeWorkbook(spec);
    } finally {
      await server.close();
    }
  });

  it("says on Nyckeltal the year of each figure: Sjöbo's result share is 2024's (2025 is null in Kolada)", () => {
    expect(row(values, "Nyckeltal", "Resultatandel")[2]).toBe("Kolada N03102, 2024");
    expect(row(values, "Nyckeltal", "Resultatandel")[1] as number).toBeCloseTo(0.0223, 12);
    expect(row(values, "Nyckeltal", "Soliditet")[2]).toBe("Kolada N03106, 2025");
  });

  it("holds the fetched population and tax rate", () => {
    expect(named(spec, values, "Invanare")).toBe(19500);
    expect(named(spec, values, "Skattesats")).toBe(21.5);
  });

  it("gives the hand-calculated tax base, taxes and grants, requirement and frame", () => {
    expect(named(spec, values, "Skatteunderlag")).toBeCloseTo(4045.952625, 9);
    expect(row(values, "Skatter och bidrag", "Inkomstutjämningsbidrag")[1] as number).toBeCloseTo(
      288.407215078125,
      9,
    );
    expect(named(spec, values, "SkatterOchBidrag")).toBeCloseTo(1222.637029453125, 9);
    expect(named(spec, values, "Finansnetto")).toBeCloseTo(5.85, 12);
    expect(named(spec, values, "Resultatkrav")).toBeCloseTo(24.4527405890625, 9);
    expect(named(spec, values, "Nettokostnadsram")).toBeCloseTo(1204.0342888640625, 9);
  });

  it("lists no assumption for the income equalisation, which the law's formula computes (not Kolada's outcome)", () => {
    // 288.407… above is the law's (lag (2004:773) 4–5 §§) from the capacities and Skåne's county rate
    expect(row(values, "Skatter och bidrag", "Räknat med")[1]).toBe("KOMMUN.INKOMSTUTJÄMNING");
    expect(budgetMarks(spec).filter((m) => m.cell === "Skatter och bidrag!A19")).toEqual([]);
    expect(values["Skatter och bidrag"]![18]![0]).toBe(
      "Inkomstutjämningen räknas med lagens formel (lag (2004:773) 4–6 §§) ur skattekraften, invånarna och den länsvisa skattesatsen.",
    );
  });

  it("uplifts preschool's 2025 outcome by PKV and its age group's yearly change", () => {
    const preschool = row(values, "Driftbudget", "Förskola");
    expect(preschool[1] as number).toBeCloseTo(120.9, 9);
    expect(preschool[2] as number).toBeCloseTo(120.9 * 1.046 * (1460 / 1404) ** (1 / 5), 9);
  });

  it("has the budget gap = net costs − the frame, the net costs being the uplifted outcomes", () => {
    // the 2025 outcomes (kr/inv × 19 500): the activities' total 60 000 kr/inv = 1 170 mnkr, of which
    // preschool 120.9 (0–5 years), compulsory school 13 500 → 263.25 (6–15 years), elderly care 14 000 → 273
    // (80+); the rest follows the whole population (1 404 → 1 460, 2 145 → 2 231, 1 170 → 1 217, 19 500 → 20 280)
    const g = (now: number, later: number) => (later / now) ** (1 / 5);
    const total =
      1.046 *
      (120.9 * g(1404, 1460) +
        263.25 * g(2145, 2231) +
        273 * g(1170, 1217) +
        (1170 - 120.9 - 263.25 - 273) * g(19500, 20280));
    // the income statement's net costs: the activities plus (61 500 − 60 000) × 19 500 / 1e6 = 29.25 mnkr uplifted
    const difference = 29.25 * 1.046 * g(19500, 20280);
    const drift = row(values, "Driftbudget", "Skillnad mot resultaträkningen");
    expect(drift[1] as number).toBeCloseTo(29.25, 9);
    expect(drift[2] as number).toBeCloseTo(difference, 9);
    expect(named(spec, values, "Nettokostnader")).toBeCloseTo(total + difference, 9);
    // Resultatbudget uses the income statement's net costs: the activities' alone would be 29.25 mnkr × uplift short
    expect(row(values, "Resultatbudget", "Verksamhetens nettokostnader")[1] as number).toBeCloseTo(
      total + difference,
      9,
    );
    expect(named(spec, values, "Budgetgap")).toBeCloseTo(total + difference - 1204.0342888640625, 9);
  });
});
