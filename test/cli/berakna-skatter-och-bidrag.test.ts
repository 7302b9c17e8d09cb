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
    const [, b2024, b2025, b2026, b2027] = row(sheet, "Uppräknat skatteunderlag (mnkr)") as number[];
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

  it("sums the parts into taxes and grants per year in the spilled table", () => {
    const years = sheet.filter(
      (r) => typeof r[0] === "number" && r[0] >= 2025 && r[0] <= 2027 && r.length >= 7,
    );
    const y2025 = years.find((r) => r[0] === 2025 && typeof r[6] === "number")!;
    // tax 6 464,37 × 21,5/100 = 1 389,83955; settlement 250 kr × 30 000 = 7,5;
    // other 25 − 8 + 0 − 20 + 36 + 0 = 33; total 1 389,83955 + 7,5 + 519,825033 + 33 = 1 950,164583
    expect(y2025[2]).toBeCloseTo(1389.83955, 9);
    expect(y2025[3]).toBeCloseTo(7.5, 9);
    expect(y2025[5]).toBeCloseTo(33, 9);
    expect(y2025[6]).toBeCloseTo(1950.164583, 9);
  });

  it("hands the budget the totals in whole mnkr: 1 950, 2 010, 2 075", () => {
    // 2026: 6 710,01606 × 0,215 = 1 442,6534529; capacity 6 710,01606e6 / 30 150 = 222 554,43 kr;
    // (316 250 − 222 554,43) × 30 150 × 0,1941 ≈ 548,32; other 20 − 8,5 − 30 + 37,5 = 19 → 2 009,97 → 2 010
    // 2027: 1 494,59 + 578,27 + 2,5 = 2 075,36 → 2 075
    expect(row(sheet, "Skatteintäkter och generella statsbidrag, hela mnkr").slice(1, 4)).toEqual([
      1950, 2010, 2075,
    ]);
  });

  it("shows that 100 newcomers bring about the same whatever their income", () => {
    const low = row(sheet, "Låg inkomst") as number[];
    const high = row(sheet, "Hög inkomst") as number[];
    // 150 000 kr: tax 32 250; equalisation (304 750 − 150 000) × 0,1941 = 30 036,975; sum 62 286,975
    expect(low.slice(2, 5)).toEqual([32250, 30036.975, 62286.975]);
    // 100 × 62 286,975 kr = 6,2286975 mnkr
    expect(low[5]).toBeCloseTo(6.2286975, 9);
    // 400 000 kr: 86 000 − (400 000 − 304 750) × 0,1941 = 86 000 − 18 488,025 = 67 511,975
    expect(high[4]).toBeCloseTo(67511.975, 6);
    // the difference is (21,50 − 19,41) % of the 250 000 kr between them: 5 225 kr
    expect(high[4]! - low[4]!).toBeCloseTo(5225, 6);
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
