import { join } from "node:path";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "skatt-eller-effektivisering.xlsx");
type Cell = number | string | null;

const r = kommunkalkyl(["beräkna", SAMPLE, "--json", "--sv"]);
const sheets = JSON.parse(r.stdout) as Record<string, Cell[][]>;
const scenario = sheets["Scenario"]!;
const work = sheets["Arbetslinje"]!;
const changes = sheets["Skatteändringar"]!;

function row(sheet: Cell[][], label: string): Cell[] {
  const found = sheet.find((x) => typeof x[0] === "string" && x[0].startsWith(label));
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("kommunkalkyl beräkna on samples/skatt-eller-effektivisering.xlsx", () => {
  it("evaluates every cell without an error", () => {
    expect(r.status).toBe(0);
    expect(
      Object.values(sheets)
        .flat(2)
        .filter((v) => typeof v === "string" && v.startsWith("#")),
    ).toEqual([]);
  });

  it("a 25 Mkr gap on the 2026 tax base of 6 748.5 Mkr needs 38 öre: 25 / 67.485 = 37.04 öre, rounded up", () => {
    // the tax base of the samples' municipality in 2026: 6 000 × 1.031 × 1.051 × 1.038 = 6 748.54, to 0.1
    expect(row(scenario, "Skatteunderlag (mnkr)")[1]).toBe(6748.5);
    expect(row(scenario, "Skattehöjning som behövs")[1]).toBe(0.38);
    expect(row(scenario, "… i öre")[1]).toBeCloseTo(38, 10);
    // 320 000 kr × 0.38 / 100 = 1 216 kr a year
    expect(row(scenario, "Kostnad per person och år (kr)")[1]).toBe(1216);
    expect(row(scenario, "Effektivisering som behövs")[1]).toBeCloseTo(25 / 1900, 14);
  });

  it("values each measure from seed 001 and its tax equivalent", () => {
    // work line: (1 454 − 319) × 30 150 (inhabitants 2026) = 34.22025 Mkr to Solna's level; a fifth = 6.84405
    const work = row(scenario, "Arbetslinje som i Solna");
    expect(work[1]).toBeCloseTo(34.22025, 10);
    expect(work[3]).toBeCloseTo(6.84405, 10);
    expect(work[4]).toBeCloseTo((6.84405 / 67.485) * 100, 10);
    expect(row(scenario, "Lokaler: 10 %")[3]).toBeCloseTo(9.5, 10); // 95 × 10 %
    expect(row(scenario, "AI-schemaläggning som i Tjörn: övertid")[3]).toBeCloseTo(2.8, 10); // 4 × 70 %
    expect(row(scenario, "AI-schemaläggning som i Tjörn: vikarier")[3]).toBeCloseTo(3.6, 10); // 12 × 30 %
    expect(row(scenario, "Summa åtgärder")[3]).toBeCloseTo(22.74405, 10);
  });

  it("leaves 2.25595 Mkr, a raise of 4 öre (3.34 rounded up) costing 128 kr a person", () => {
    // 25 − 22.74405 = 2.25595; 2.25595 / 67.485 = 3.34 öre → 4 öre; 320 000 × 0.04 / 100 = 128
    expect(row(scenario, "Kvarvarande gap")[1]).toBeCloseTo(2.25595, 10);
    expect(row(scenario, "Skattehöjning efter åtgärder")[1]).toBe(0.04);
    expect(row(scenario, "Kostnad per person och år efter åtgärder")[1]).toBe(128);
  });

  it("plans the work line over five years with the households falling as 400 × 0.85^t and payback in year 2", () => {
    const header = work.findIndex((x) => x[0] === "År");
    const years = work.slice(header + 1, header + 6);
    years.forEach((y, i) => expect(y[1]).toBeCloseTo(400 * 0.85 ** (i + 1), 9));
    // year 1: 60 × 110 000 − 8 000 000 = −1 400 000; year 2: 111 × 110 000 − 8 000 000 = 4 210 000
    expect(years[0]![8]).toBeCloseTo(-1_400_000, 6);
    expect(years[1]![8]).toBeCloseTo(4_210_000, 6);
    expect(years[1]![9]).toBeCloseTo(2_810_000, 6);
    expect(years.every((y) => y[6] === 0)).toBe(true); // no tax gain without a retained share
    expect(row(work, "Återbetalningsår")[1]).toBe(2);
    expect(row(work, "Första årets nettoeffekt")[1]).toBe(-1_400_000);
  });

  it("sums the tax changes of 2022–2025 to +10.31 and −4.53 kr over 21 and 23 municipalities", () => {
    expect(row(changes, "Summa höjningar")[4]).toBeCloseTo(10.31, 10);
    // table 3's −4.68 over 38 less Dalarna's swap: 15 × −0.01 = −0.15
    expect(row(changes, "Summa sänkningar")[4]).toBeCloseTo(-4.53, 10);
    expect(changes.filter((x) => x[0] === "Antal kommuner").map((x) => x[4])).toEqual([21, 23]);
  });

  it("shows Dalarna's one-öre swap apart, not as 15 cuts", () => {
    expect(row(changes, "Summa skatteväxling")[4]).toBeCloseTo(-0.15, 10);
    expect(row(changes, "Falun")[4]).toBeCloseTo(-0.01, 10);
  });
});
