import { join } from "node:path";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "skatter-och-bidrag.xlsx");
type Cell = number | string | null;

function evaluate(file: string): Record<string, Cell[][]> {
  const r = kommunkalkyl(["beräkna", file, "--json"]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, Cell[][]>;
}

/** The row whose first cell is `label`. */
function row(sheet: Cell[][], label: string): Cell[] {
  const found = sheet.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("kommunkalkyl beräkna on samples/skatter-och-bidrag.xlsx", () => {
  const sheets = evaluate(SAMPLE);
  const sheet = sheets["Skatter och bidrag"]!;

  it("computes every cell without an error", () => {
    expect(sheets["[fel]"]).toBeUndefined();
  });

  it("uplifts the 2023 tax base by SFS 2024:669 and then by 1 + SKR's growth each plan year", () => {
    // under the uplift section's years (2024 in B), so 2025–2027 stand in C–E and B is empty
    const [, b2024, b2025, b2026, b2027] = row(
      sheet,
      "Uppräknat skatteunderlag, preliminärt (mnkr)",
    ) as number[];
    expect(b2024).toBeNull();
    // 6 000 × 1,031 = 6 186; × 1,045 = 6 464,37
    expect(b2025).toBeCloseTo(6464.37, 9);
    // 6 464,37 × 1,038 = 6 710,01606; × 1,036 = 6 951,57663816
    expect(b2026).toBeCloseTo(6710.01606, 9);
    expect(b2027).toBeCloseTo(6951.57663816, 9);
  });

  it("gives income equalisation at Västra Götaland's 19,41 up to 115 % of the average capacity", () => {
    // 2025: capacity 6 464,37 mnkr / 30 000 = 215 479 kr; 1,15 × 265 000 = 304 750;
    // (304 750 − 215 479) × 30 000 × 0,1941 = 89 271 × 5 823 = 519 825 033 kr = 519,825033 mnkr
    const [, e2025] = row(sheet, "Inkomstutjämningsbidrag (+) / -avgift (−) (mnkr)") as number[];
    expect(e2025).toBeCloseTo(519.825033, 9);
    expect(row(sheet, "Kommunens skattekraft (kr per invånare)")[1]).toBeCloseTo(215479, 6);
  });

  it("builds every year on SKR's growth path: 6 000 × 1,031 × 1,051 = 6 501,486 for 2025", () => {
    const [, , t2025, t2026, t2027] = row(sheet, "Skatteunderlag enligt SKR:s prognos (mnkr)") as number[];
    expect(t2025).toBeCloseTo(6501.486, 9);
    // × 1,038 = 6 748,542468; × 1,036 = 6 991,489996848
    expect(t2026).toBeCloseTo(6748.542468, 9);
    expect(t2027).toBeCloseTo(6991.489996848, 8);
  });

  it("sums the parts into taxes and grants per year in the spilled table, the settlement carried into the plan years", () => {
    const years = sheet.filter(
      (r) => typeof r[0] === "number" && r[0] >= 2025 && r[0] <= 2027 && r.length >= 8,
    );
    const at = (y: number) => years.find((r) => r[0] === y && typeof r[7] === "number")!;
    const y2025 = at(2025);
    // preliminary 6 464,37 × 0,215 = 1 389,83955; on SKR's path 6 501,486 × 0,215 = 1 397,81949
    // settlement 1 397,81949 − 1 389,83955 = 7,97994 (266 kr per inhabitant); correction −20 kr × 30 000 = −0,6
    // other 25 − 8 + 0 − 20 + 36 + 0 = 33; total 1 397,81949 − 0,6 + 519,825033 + 33 = 1 950,044523
    expect(y2025[2]).toBeCloseTo(1389.83955, 9);
    expect(y2025[3]).toBeCloseTo(7.97994, 9);
    expect(y2025[4]).toBeCloseTo(-0.6, 9);
    expect(y2025[6]).toBeCloseTo(33, 9);
    expect(y2025[7]).toBeCloseTo(1950.044523, 6);
    // 2026: 6 748,542468 × 0,215 − 6 710,01606 × 0,215 = 1 450,93663 − 1 442,65345 = 8,28317:
    // the 2025 gap, grown by SKR's 3,8 %, does not vanish in the plan year
    expect(at(2026)[3]).toBeCloseTo(8.28317, 4);
    expect(at(2027)[3]).toBeCloseTo(8.58135, 4);
    expect(row(sheet, "Slutavräkning innevarande år (kr per invånare)")[1]).toBeCloseTo(265.998, 3);
  });

  it("hands the budget the totals in whole mnkr: 1 950, 2 010, 2 075", () => {
    // 2026: on SKR's path 1 450,93663; capacity 6 710,01606e6 / 30 150 = 222 554,43 kr;
    // (316 250 − 222 554,43) × 30 150 × 0,1941 ≈ 548,32; other 20 − 8,5 − 38,3 + 37,5 = 10,7 → 2 009,95 → 2 010
    // 2027: 6 991,498 × 0,215 = 1 503,17 + 578,27 − 6,4 = 2 075,04 → 2 075
    expect(row(sheet, "Skatteintäkter och generella statsbidrag, hela mnkr").slice(1, 4)).toEqual([
      1950, 2010, 2075,
    ]);
  });

  it("shows that 100 newcomers of 2025 bring about the same whatever their income, from 2027", () => {
    const low = row(sheet, "Låg inkomst") as number[];
    const high = row(sheet, "Hög inkomst") as number[];
    // in 2026's average capacity, 1,15 × 275 000 = 316 250:
    // 150 000 kr: tax 32 250; equalisation (316 250 − 150 000) × 0,1941 = 32 269,125; sum 64 519,125
    expect(low.slice(2, 5)).toEqual([32250, 32269.125, 64519.125]);
    // 100 × 64 519,125 kr = 6,4519125 mnkr
    expect(low[5]).toBeCloseTo(6.4519125, 9);
    // 400 000 kr: 86 000 − (400 000 − 316 250) × 0,1941 = 86 000 − 16 255,875 = 69 744,125
    expect(high[4]).toBeCloseTo(69744.125, 6);
    // the difference is (21,50 − 19,41) % of the 250 000 kr between them: 5 225 kr
    expect(high[4]! - low[4]!).toBeCloseTo(5225, 6);
    // 2026: inhabitants on 1 November 2025 count, their income is not yet in the tax base:
    // 100 × 316 250 × 0,1941 = 6 138 412,5 kr whatever the income
    expect(low[6]).toBeCloseTo(6.1384125, 9);
    expect(high[6]).toBeCloseTo(6.1384125, 9);
  });
});

describe("the budget sample takes its taxes and grants from the revenue forecast", () => {
  it("has the revenue sheet and the same 1 950, 2 010, 2 075 mnkr in its Budget sheet", () => {
    const sheets = evaluate(join(ROOT, "samples", "mal-och-budget-2025.xlsx"));
    expect(sheets["[fel]"]).toBeUndefined();
    expect(Object.keys(sheets)).toContain("Skatter och bidrag");
    expect(row(sheets["Budget"]!, "Skatteintäkter och generella statsbidrag").slice(1, 4)).toEqual([
      1950, 2010, 2075,
    ]);
  });
});
