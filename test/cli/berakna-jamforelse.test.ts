import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { BIN, ROOT } from "../helpers";

type Cell = number | string | null;

/** Evaluates a sample with an empty Kolada cache and an unreachable Kolada: offline. */
function evaluateOffline(file: string): Record<string, Cell[][]> {
  const r = spawnSync(process.execPath, [BIN, "beräkna", join(ROOT, "samples", file), "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "empty-")),
      KOMMUNKALKYL_KOLADA_URL: "http://127.0.0.1:9",
    },
  });
  expect(r.status).toBe(0);
  const sheets = JSON.parse(r.stdout) as Record<string, Cell[][]>;
  expect(
    Object.values(sheets)
      .flat(2)
      .filter((v) => typeof v === "string" && v.startsWith("#")),
  ).toEqual([]);
  return sheets;
}

const row = (sheet: Cell[][], label: string) => {
  const r = sheet.find((x) => typeof x[0] === "string" && x[0].startsWith(label));
  if (!r) throw new Error(`no row ${label}`);
  return r;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("the benchmarking, pricing and consequence samples, evaluated offline", () => {
  it("jamforelse-ifo.xlsx: Kolada values from the file, the 25th percentile and the potential by hand", () => {
    const s = evaluateOffline("jamforelse-ifo.xlsx")["IFO 2024"]!;
    expect(row(s, "Solna").slice(1, 4)).toEqual(["0184", -56.4, 319]);
    expect(row(s, "Sundbyberg")[2]).toBe(-5.5);
    const costs = s.slice(5, 17).map((r) => r[3] as number);
    const sorted = [...costs].sort((a, b) => a - b);
    // PERCENTILE.INC at 25 % of 12 values: rank 2.75 → sorted[2] + 0.75 × (sorted[3] − sorted[2])
    const p25 = sorted[2]! + 0.75 * (sorted[3]! - sorted[2]!);
    expect(row(s, "25:e percentilen")[1]).toBeCloseTo(p25, 9);
    // Huddinge: 1 512 kr/inv, 115 000 inhabitants
    expect(row(s, "Effektiviseringspotential")[1]).toBeCloseTo((1512 - p25) * 115000, 4);
    expect(row(s, "Besparing på Solnas nivå")[1]).toBe((1512 - 319) * 115000);
    expect(row(s, "Rikssnittet")[1]).toBe(1454);
    expect(row(s, "Solna jämfört med Sundbyberg")[1]).toBeCloseTo(-56.4 - -5.5, 10);
  });

  it("internpris.xlsx: self-cost prices, the settlement summing exactly to the surplus, unused capacity", () => {
    const s = evaluateOffline("internpris.xlsx")["Internpris"]!;
    expect(row(s, "IT-support").slice(5, 7)).toEqual([4000, 4400]); // 18 400 000 / 4 600; + 10 %
    expect(row(s, "Lokalvård").slice(5, 7)).toEqual([500, 550]);
    // surplus 900 000 split by purchases 7.8 / 11.7 / 4.55 / 1.95 of 26 Mkr
    const refunds = ["Psykiatri", "Somatisk", "Primärvård", "Regionledning"].map(
      (n) => row(s, n)[2] as number,
    );
    expect(refunds).toEqual([270000, 405000, 157500, 67500]);
    expect(sum(refunds)).toBe(900000);
    // 2 250 000 × (1 − 4 100 / 5 000) = 405 000, borne centrally
    expect(row(s, "Kostnad för outnyttjad kapacitet")[1]).toBeCloseTo(405000, 6);
    expect(row(s, "Bärs av")[1]).toBe("centralt");
  });

  it("konsekvensanalys.xlsx: effect on the result, share and tax rate per year, and payback", () => {
    const s = evaluateOffline("konsekvensanalys.xlsx")["Konsekvensanalys"]!;
    // premises outcome: 16 − (10/10 + 2 % × 10) − 2 = 12.8 in 2026; 16 − (1 + 0.18) = 14.82 in 2027
    const premises = row(s, "Lokaler (utfall") as number[];
    expect(premises[1]).toBeCloseTo(12.8, 10);
    expect(premises[2]).toBeCloseTo(14.82, 10);
    // AI scheduling: 6.4 − 0.4 − (3/5 + 2 % × 3) − 1 = 4.34 in 2026
    expect(s.find((x) => x[0] === "AI-schemaläggning")![1]).toBeCloseTo(4.34, 10);
    const total = row(s, "Summa nettoeffekt")[1] as number;
    expect(total).toBeCloseTo(17.14, 10);
    // the samples' municipality in 2026: taxes and grants 2 010 mnkr, tax base 6 748.5 mnkr (skatter-och-bidrag.xlsx)
    expect(row(s, "Effekt på resultatandelen")[1]).toBeCloseTo(17.14 / 2010, 12);
    expect(row(s, "Skatteekvivalent (öre)")[1]).toBeCloseTo((17.14 / 67.485) * 100, 9);
    // estimated 9 Mkr: 12 up front, 9 a year → cumulative −3, +6 → 2027; outcome 16 pays back in 2026
    expect(row(s, "Lokaler som i Växjö: beräknat")[8]).toBe(2027);
    expect(row(s, "Lokaler som i Växjö: utfall")[8]).toBe(2026);
    // 16 − 9 = 7 Mkr a year more than estimated, every year
    for (const v of row(s, "Skillnad utfall mot beräkning").slice(1, 6)) expect(v).toBeCloseTo(7, 10);
  });
});
