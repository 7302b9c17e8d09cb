import { join } from "node:path";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "manadsuppfoljning-2025.xlsx");
type Cell = number | string | null;
type Sheets = Record<string, Cell[][]>;

// English words ("critical") with --en: the workbook's text is Swedish, which would choose Swedish
const r = kommunkalkyl(["beräkna", SAMPLE, "--json", "--en"]);
const sheets = JSON.parse(r.stdout) as Sheets;
const follow = sheets["Uppföljning"]!;
const hist = sheets["Historik"]!;
const acc = sheets["Träffsäkerhet"]!;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const nums = (row: Cell[], from: number, to: number) => row.slice(from, to) as number[];

// The seasonal profile computed by hand: each year (B..M of rows 3–5) normalised to 1, then the mean per month.
const years = [2, 3, 4].map((i) => nums(hist[i]!, 1, 13));
const profile = Array.from({ length: 12 }, (_, m) => sum(years.map((y) => y[m]! / sum(y))) / years.length);

function byLabel(sheet: Cell[][], label: string): Cell[] {
  const row = sheet.find((x) => x[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe("kommunkalkyl beräkna on samples/manadsuppfoljning-2025.xlsx", () => {
  it("evaluates every cell without an error", () => {
    expect(r.status).toBe(0);
    const errors = Object.values(sheets)
      .flat(2)
      .filter((v) => typeof v === "string" && v.startsWith("#"));
    expect(errors).toEqual([]);
  });

  it("has a seasonal profile with the July dip and the December peak, summing to 1", () => {
    const spilled = nums(hist[6]!, 1, 13);
    spilled.forEach((v, m) => expect(v).toBeCloseTo(profile[m]!, 12));
    expect(sum(spilled)).toBeCloseTo(1, 12);
    expect(Math.min(...spilled)).toBe(spilled[6]);
    expect(Math.max(...spilled)).toBe(spilled[11]);
  });

  it.each([
    "Förskola",
    "Grundskola",
    "Äldreomsorg",
    "LSS",
    "IFO",
    "Kultur och fritid",
    "Teknisk förvaltning",
    "Kommunledning",
  ])("%s: the three forecasts, deviation and status are the hand-computed ones", (name) => {
    const row = byLabel(follow, name);
    const budget = row[1] as number;
    const outcomes = nums(row, 2, 10); // January–August
    const actual = sum(outcomes);
    const linear = (actual * 12) / 8;
    const seasonal = actual / sum(profile.slice(0, 8));
    const restAsBudget = actual + budget * sum(profile.slice(8));
    expect(row[14]).toBeCloseTo(linear, 9);
    expect(row[15]).toBeCloseTo(seasonal, 9);
    expect(row[16]).toBeCloseTo(restAsBudget, 9);
    expect(row[17]).toBeCloseTo(budget - seasonal, 9);
    const share = (budget - seasonal) / budget;
    expect(row[18]).toBeCloseTo(share, 12);
    const unfavourable = -share;
    expect(row[19]).toBe(unfavourable > 0.03 ? "critical" : unfavourable > 0.01 ? "warning" : "ok");
  });

  it("shows LSS as critical and Äldreomsorg as a warning at the default thresholds", () => {
    expect(byLabel(follow, "LSS")[19]).toBe("critical");
    expect(byLabel(follow, "Äldreomsorg")[19]).toBe("warning");
  });

  it("gross vs net: the net forecast looks fine while the gross cost forecast shows the overrun", () => {
    const cost = byLabel(follow, "Kostnader");
    const revenue = byLabel(follow, "Intäkter (april: tillfällig tomtförsäljning 9 mnkr)");
    const net = byLabel(follow, "Netto (så som en nettouppföljning ser det)");
    const costForecast = sum(nums(cost, 2, 10)) / sum(profile.slice(0, 8));
    const revenueForecast = (sum(nums(revenue, 2, 10)) * 12) / 8;
    expect(cost[14]).toBeCloseTo(costForecast, 9);
    expect(revenue[14]).toBeCloseTo(revenueForecast, 9);
    expect(net[14]).toBeCloseTo(costForecast - revenueForecast, 9);
    expect(cost[17]).toBe("critical"); // costs about 6 % over budget
    expect(net[17]).toBe("ok"); // the one-off revenue hides it
    expect(net[15] as number).toBeGreaterThan(0);
  });

  it("measures each method's accuracy for months 3–8 of 2024 against the final outcome", () => {
    const months2024 = years[2]!;
    const final = sum(months2024);
    const budget = 1930;
    const forecasts = [3, 4, 5, 6, 7, 8].map((m) => {
      const a = sum(months2024.slice(0, m));
      return [(a * 12) / m, a / sum(profile.slice(0, m)), a + budget * sum(profile.slice(m))];
    });
    forecasts.forEach((f, i) => f.forEach((v, j) => expect(acc[5 + i]![1 + j]).toBeCloseTo(v, 9)));
    const mape = [0, 1, 2].map((j) => sum(forecasts.map((f) => Math.abs(f[j]! - final) / final)) / 6);
    mape.forEach((v, j) => expect(acc[12]![1 + j]).toBeCloseTo(v, 12));
    // the run rate is fooled by July; the profile is not
    expect(mape[0]!).toBeGreaterThan(mape[1]! * 10);
  });
});
