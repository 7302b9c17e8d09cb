import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers";

interface Row {
  kommun: string;
  kommunkod: string;
  r2022: number;
  r2025: number;
  change: number;
}

function read(file: string): Row[] {
  const [header, ...lines] = readFileSync(join(ROOT, "samples", "data", file), "utf8")
    .trim()
    .split("\n");
  expect(header).toBe("kommun,kommunkod,skattesats_2022,skattesats_2025,forandring");
  return lines.map((l) => {
    const [kommun, kommunkod, a, b, c] = l.split(",");
    return { kommun: kommun!, kommunkod: kommunkod!, r2022: Number(a), r2025: Number(b), change: Number(c) };
  });
}

// Sum in öre (whole numbers) so the totals are exact.
const totalOre = (rows: Row[]) => rows.reduce((s, r) => s + Math.round(r.change * 100), 0);

describe("the tax-change data of seed 001", () => {
  const raises = read("skattehojningar-2022-2025.csv");
  const cuts = read("skattesankningar-2022-2025.csv");

  it("holds the 21 raises, totalling +10.31 kr (table 2)", () => {
    expect(raises).toHaveLength(21);
    expect(totalOre(raises)).toBe(1031);
  });

  it("holds the 38 cuts, totalling −4.68 kr (table 3)", () => {
    expect(cuts).toHaveLength(38);
    expect(totalOre(cuts)).toBe(-468);
  });

  it("has every change equal to the 2025 rate minus the 2022 rate", () => {
    for (const r of [...raises, ...cuts])
      expect(Math.round(r.r2025 * 100) - Math.round(r.r2022 * 100)).toBe(Math.round(r.change * 100));
  });

  it("has Hylte's full krona as the largest raise and keeps the codes' leading zeros", () => {
    const max = raises.reduce((a, b) => (b.change > a.change ? b : a));
    expect(max.kommun).toBe("Hylte");
    expect(max.change).toBe(1);
    expect(raises.find((r) => r.kommun === "Solna")?.kommunkod).toBe("0184");
  });

  it("has plausible rates in kronor per 100 kr", () => {
    for (const r of [...raises, ...cuts]) {
      expect(r.r2022).toBeGreaterThan(15);
      expect(r.r2025).toBeLessThan(25);
    }
  });
});
