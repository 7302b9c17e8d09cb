import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers";

interface Row {
  kommun: string;
  kommunkod: string;
  r2022: number;
  r2025: number;
  change: number;
  typ?: string;
}

function read(file: string, header = "kommun,kommunkod,skattesats_2022,skattesats_2025,forandring"): Row[] {
  const [head, ...lines] = readFileSync(join(ROOT, "samples", "data", file), "utf8")
    .trim()
    .split("\n");
  expect(head).toBe(header);
  return lines.map((l) => {
    const [kommun, kommunkod, a, b, c, typ] = l.split(",");
    return {
      kommun: kommun!,
      kommunkod: kommunkod!,
      r2022: Number(a),
      r2025: Number(b),
      change: Number(c),
      typ,
    };
  });
}

// Dalarna's one-öre swap: the region raised its rate by the öre its 15 municipalities lowered theirs
// (förordning (2004:881) 2 §: 19,52 and 9,56 in SFS 2019:797, 19,51 and 9,57 as amended by 2023:683)
const DALARNA = [
  "Vansbro",
  "Malung-Sälen",
  "Gagnef",
  "Leksand",
  "Rättvik",
  "Orsa",
  "Älvdalen",
  "Smedjebacken",
  "Mora",
  "Falun",
  "Borlänge",
  "Säter",
  "Hedemora",
  "Avesta",
  "Ludvika",
];

// Sum in öre (whole numbers) so the totals are exact.
const totalOre = (rows: Row[]) => rows.reduce((s, r) => s + Math.round(r.change * 100), 0);

describe("the tax-change data of seed 001", () => {
  const raises = read("skattehojningar-2022-2025.csv");
  const cuts = read(
    "skattesankningar-2022-2025.csv",
    "kommun,kommunkod,skattesats_2022,skattesats_2025,forandring,typ",
  );

  it("holds the 21 raises, totalling +10.31 kr (table 2)", () => {
    expect(raises).toHaveLength(21);
    expect(totalOre(raises)).toBe(1031);
  });

  it("holds the 38 rows of table 3, totalling −4.68 kr as the report prints them", () => {
    expect(cuts).toHaveLength(38);
    expect(totalOre(cuts)).toBe(-468);
  });

  it("marks Dalarna's 15 one-öre steps as a skatteväxling, leaving 23 real cuts of −4.53 kr", () => {
    const swaps = cuts.filter((r) => r.typ === "skatteväxling");
    expect(swaps.map((r) => r.kommun).sort()).toEqual([...DALARNA].sort());
    expect(swaps.every((r) => r.change === -0.01)).toBe(true);
    const real = cuts.filter((r) => r.typ === "sänkning");
    expect(real).toHaveLength(23);
    // −4.68 − 15 × (−0.01) = −4.53
    expect(totalOre(real)).toBe(-453);
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
