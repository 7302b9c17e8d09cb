import { join } from "node:path";
import ExcelJS from "exceljs";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "atgardsplan.xlsx");
type Cell = number | string | null;
type Sheets = Record<string, Cell[][]>;

function evaluate(extra: string[] = []): Sheets {
  const r = kommunkalkyl(["beräkna", SAMPLE, "--json", ...(extra.length ? extra : ["--en"])]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Sheets;
}
const sheets = evaluate();
const plan = sheets["Åtgärdsplan"]!;
const follow = sheets["Uppföljning"]!;
const hist = sheets["Historik"]!;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
function row(sheet: Cell[][], label: string, after?: string): Cell[] {
  const start = after ? sheet.findIndex((r) => r[0] === after) : 0;
  const found = sheet.slice(start).find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

// The deficit by hand, as the follow-up sample computes LSS but when the plan was decided: outcomes
// January–February (before the first measure starts in March, so no saving is in them yet) over
// the seasonal profile's share of those months (each history year normalised to 1, then the mean).
const years = [2, 3, 4].map((i) => hist[i]!.slice(1, 13) as number[]);
const profile = Array.from({ length: 12 }, (_, m) => sum(years.map((y) => y[m]! / sum(y))) / 3);
const outcomes = row(plan, "Utfall 2025 (LSS)").slice(1, 9) as number[];
const forecast = sum(outcomes.slice(0, 2)) / sum(profile.slice(0, 2));
const deficit = forecast - 150;

// Six measures (mnkr a year, start month): year's effect = full-year × (13 − start) / 12
//   nattbemanning 2.4 from March: 2.0       schemaläggning 1.2 from May: 0.8
//   daglig verksamhet 1.8 from Sept: 0.6    placeringar 3 from Oct: 0.75 (proposal, 50 %)
//   vikariepool 1.5 from April: 1.125       lokal 0.9 from July: 0.45 (proposal, 70 %)
const YEAR_EFFECTS = [2, 0.8, 0.6, 0.75, 1.125, 0.45];
const ALL = 5.725;
const DECIDED = 2 + 0.8 + 0.6 + 1.125; // 4.525: decided and done
const EXPECTED = ALL - 0.75 * 0.5 - 0.45 * 0.3; // 5.215

describe("kommunkalkyl beräkna on samples/atgardsplan.xlsx", () => {
  it("evaluates every cell without an error", () => {
    const errors = Object.values(sheets)
      .flat(2)
      .filter((v) => typeof v === "string" && v.startsWith("#"));
    expect(errors).toEqual([]);
    expect(sheets["[fel]"]).toBeUndefined();
  });

  it("takes the deficit of the follow-up sample's critical committee, LSS: about 7 mnkr", () => {
    expect(row(plan, "Helårsprognos efter februari (säsongsprofil)")[1]).toBeCloseTo(forecast, 9);
    expect(row(plan, "Underskott att åtgärda")[1]).toBeCloseTo(deficit, 9);
    expect(deficit).toBeGreaterThan(6.5);
    expect(deficit).toBeLessThan(7.5);
    expect(row(plan, "Status")[1]).toBe("critical");
    // the same outcomes and budget as the follow-up sample's LSS row
    const lss = kommunkalkyl(["beräkna", join(ROOT, "samples", "manadsuppfoljning-2025.xlsx"), "--json"]);
    const followup = (JSON.parse(lss.stdout) as Sheets)["Uppföljning"]!.find((r) => r[0] === "LSS")!;
    expect(followup.slice(2, 10)).toEqual(outcomes);
    expect(followup[1]).toBe(150);
  });

  it("gives each measure its year's effect and sums them per committee", () => {
    const names = plan.filter(
      (r) => typeof r[0] === "string" && r[1] !== null && (r[1] === "LSS" || r[1] === "Äldreomsorg"),
    );
    expect(names).toHaveLength(6);
    names.forEach((r, i) => expect(r[7]).toBeCloseTo(YEAR_EFFECTS[i]!, 12));
    expect(row(plan, "Summa")[7]).toBeCloseTo(ALL, 12);
    expect(row(plan, "varav LSS")[7]).toBeCloseTo(2 + 0.8 + 0.6 + 0.75, 12);
    expect(row(plan, "varav Äldreomsorg")[7]).toBeCloseTo(1.125 + 0.45, 12);
  });

  it("spills the plan with a header row, the deficit left at year-end and per month", () => {
    const header = plan.find((r) => r[0] === "Measure")!;
    expect(header.slice(0, 8)).toEqual([
      "Measure",
      "Status",
      "Start month",
      "Probability",
      "Full-year effect",
      "Year effect",
      "Expected effect",
      "Jan",
    ]);
    expect(row(plan, "Total")[5]).toBeCloseTo(ALL, 12);
    expect(row(plan, "Total")[6]).toBeCloseTo(EXPECTED, 12);
    const left = row(plan, "Deficit left");
    expect(left[5]).toBeCloseTo(deficit - ALL, 9);
    expect(row(plan, "Deficit left (decided only)")[5]).toBeCloseTo(deficit - DECIDED, 9);
    expect(row(plan, "Deficit left (expected)")[6]).toBeCloseTo(deficit - EXPECTED, 9);
    // after August: night staffing 6 × 0.2, scheduling 4 × 0.1, staffing pool 5 × 0.125, premises 2 × 0.075
    expect(left[7 + 7]).toBeCloseTo(deficit - (1.2 + 0.4 + 0.625 + 0.15), 9);
    expect(left[7 + 11]).toBeCloseTo(deficit - ALL, 9);
    expect(left[7]).toBeCloseTo(deficit, 9); // nothing saved in January
  });

  it("shows the statuses in Swedish with --sv, and the header row in Swedish", () => {
    const sv = evaluate(["--sv"])["Åtgärdsplan"]!;
    const header = sv.find((r) => r[0] === "Åtgärd" && r[1] === "Status")!;
    expect(header[7]).toBe("jan");
    expect(
      sv.find((r) => r[0] === "Samordnad nattbemanning i gruppbostäder" && r[1] === "genomförd"),
    ).toBeDefined();
    expect(row(sv, "Kvar att åtgärda")[5]).toBeCloseTo(deficit - ALL, 9);
  });

  it("has the chart's data: the deficit left per month and a bar of 40 characters at the full deficit", () => {
    const table = plan.slice(plan.findIndex((r) => r[0] === "Månad"));
    const months = table.slice(1, 13);
    const left = row(plan, "Deficit left");
    months.forEach((r, j) => {
      expect(r[1]).toBeCloseTo(left[7 + j] as number, 12);
      expect((r[4] as string).length).toBe(Math.round(((r[1] as number) / deficit) * 40));
    });
    expect(months[11]![2]).toBeCloseTo(deficit - DECIDED, 9);
  });

  it("follows the measures up to August: planned 2.375 against an outcome of 1.95", () => {
    // planned so far as above; outcomes 1.1 + 0.3 + 0 + 0 + 0.55 + 0 (the Uppföljning sheet's inputs)
    const outcomeRows = follow.slice(4, 10).map((r) => r.slice(3, 11) as number[]);
    const outcome = sum(outcomeRows.map(sum));
    expect(outcome).toBeCloseTo(1.95, 12);
    const total = follow.filter((r) => r[0] === "Total");
    expect(total.map((r) => r[1])).toEqual(["Planned", "Outcome", "Deviation"]);
    expect(total[0]![14]).toBeCloseTo(2.375, 12);
    expect(total[1]![14]).toBeCloseTo(1.95, 12);
    expect(total[2]![14]).toBeCloseTo(-0.425, 12);
    // no outcome yet for September–December
    expect(total[1]!.slice(10, 14)).toEqual(["", "", "", ""]);
    const night = follow.filter(
      (r) => r[0] === "Samordnad nattbemanning i gruppbostäder" && r[1] === "Deviation",
    )[0]!;
    expect(night[4]).toBeCloseTo(0.12 - 0.2, 12);
  });

  it("stores the plan and the follow-up as array formulas of KOMMUN functions", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet("Åtgärdsplan")!;
    const cell = ws.getCell("A26").value as { formula: string; shareType: string; ref: string };
    expect(cell.formula).toMatch(/^_xldudf_KOMMUN_ACTIONPLAN\(/);
    expect(cell.ref).toBe("A26:S36");
    expect(ws.getCell("H15").formula).toBe("_xldudf_KOMMUN_YEAREFFECT(D15,E15)");
    expect(ws.getCell("H15").numFmt).toBe("#,##0.00");
    const f = wb.getWorksheet("Uppföljning")!.getCell("A14").value as { formula: string };
    expect(f.formula).toMatch(/^_xldudf_KOMMUN_ACTIONFOLLOWUP\(/);
  });
});
