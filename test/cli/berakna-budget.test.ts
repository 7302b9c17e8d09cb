import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "mal-och-budget-2025.xlsx");
type Sheets = Record<string, (number | string | null)[][]>;

/** English words ("below target") unless told otherwise: the workbook's text is Swedish. */
function evaluate(extra: string[] = ["--en"]): Sheets {
  const r = kommunkalkyl(["beräkna", SAMPLE, "--json", ...extra]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Sheets;
}

/** The row whose first cell is `label`, after the row whose first cell is `after` (labels repeat per table). */
function row(sheet: (number | string | null)[][], label: string, after?: string): (number | string | null)[] {
  const start = after ? sheet.findIndex((r) => r[0] === after) : 0;
  const found = sheet.slice(start).find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("kommunkalkyl beräkna on samples/mal-och-budget-2025.xlsx", () => {
  const sheets = evaluate();
  const budget = sheets["Budget"]!;

  it("computes the 2 % requirement and the net-cost frame for each year", () => {
    // 2 % of 1 950, 2 010, 2 075 mnkr
    expect(row(budget, "Resultatkrav").slice(1, 4)).toEqual([39, 40.2, 41.5]);
    // 1 950 − 12 − 39 = 1 899; 2 010 − 15 − 40.2 = 1 954.8; 2 075 − 18 − 41.5 = 2 015.5
    const frame = row(budget, "Nettokostnadsram").slice(1, 4) as number[];
    expect(frame[0]).toBeCloseTo(1899, 9);
    expect(frame[1]).toBeCloseTo(1954.8, 9);
    expect(frame[2]).toBeCloseTo(2015.5, 9);
  });

  it("computes the gap: proposals 1 915 against a frame of 1 899 need 16 mnkr in 2025", () => {
    const gap = row(budget, "Budgetgap (besparing som behövs)").slice(1, 4) as number[];
    // 158 + 792 + 606 + 208 + 64 + 87 = 1 915; 1 915 − 1 899 = 16. 2026: 1 980 − 1 954.8 = 25.2; 2027: 2 047 − 2 015.5 = 31.5
    expect(gap[0]).toBeCloseTo(16, 9);
    expect(gap[1]).toBeCloseTo(25.2, 9);
    expect(gap[2]).toBeCloseTo(31.5, 9);
  });

  it("allocates the 2025 gap to 0.1 mnkr by largest remainder, summing exactly to 16", () => {
    // 16 × 158/1915 = 1.320, × 792/1915 = 6.617, × 606/1915 = 5.063, × 208/1915 = 1.738,
    // × 64/1915 = 0.535, × 87/1915 = 0.727. Floors 1.3 6.6 5.0 1.7 0.5 0.7 = 15.8; the two missing
    // tenths go to the largest remainders, 5.063 and 1.738 → 5.1 and 1.8.
    const header = "Fördelning av besparingen (avrundad till 0,1 mnkr)";
    const names = [
      "Kommunstyrelsen",
      "Barn- och utbildningsnämnden",
      "Vård- och omsorgsnämnden",
      "Socialnämnden (IFO)",
      "Kultur- och fritidsnämnden",
      "Samhällsbyggnadsnämnden",
    ];
    const parts = names.map((n) => row(budget, n, header)[1] as number);
    expect(parts).toEqual([1.3, 6.6, 5.1, 1.8, 0.5, 0.7]);
    expect(row(budget, "Summa (= budgetgapet)")[1]).toBeCloseTo(16, 9);
  });

  it("meets exactly 2 % after the savings and flags the proposals as under target", () => {
    expect(row(budget, "Resultat med nämndernas förslag").slice(1, 4)).toEqual([23, 15, 10]);
    expect(row(budget, "Resultat mot resultatmål med förslagen").slice(1, 4)).toEqual([
      "below target",
      "below target",
      "below target",
    ]);
    const after = row(budget, "Resultat efter besparing").slice(1, 4) as number[];
    expect(after[0]).toBeCloseTo(39, 9);
    expect(row(budget, "Resultatandel efter besparing")[1]).toBeCloseTo(0.02, 12);
    expect(row(budget, "Resultat mot resultatmål efter besparing").slice(1, 4)).toEqual(["ok", "ok", "ok"]);
  });

  it("uplifts the 2025 frames by the budget year's index, not last year's PKV: 150 × 3.2 % × 20 % hidden", () => {
    // the index for 2025 is SKR's forecast for the budget year (an example value, 3.2 %), an input;
    // 150 × 0.032 × 0.2 = 0.96 of hidden efficiency at 80 % compensation
    expect(
      row(
        budget,
        "Index för uppräkning (2025: SKR:s prognos för PKV 2025, exempelvärde; planår: antagande)",
      )[1],
    ).toBe(0.032);
    const ks = row(budget, "Kommunstyrelsen");
    expect(ks[6]).toBeCloseTo(0.96, 9);
    expect(ks[5]).toBeCloseTo(150 * (1 + 0.032 * 0.8), 9);
  });

  it("reproduces SKR's PKV 4.9, 5.9 and 4.6 % on the PKV sheet", () => {
    const pkv = sheets["PKV"]!;
    expect(pkv.slice(1, 4).map((r) => Math.round((r[5] as number) * 1000) / 10)).toEqual([4.9, 5.9, 4.6]);
  });

  it("answers in Swedish with --sv", () => {
    const sv = evaluate(["--sv"])["Budget"]!;
    expect(row(sv, "Resultat mot resultatmål efter besparing")[1]).toBe("ok");
    expect(row(sv, "Resultat mot resultatmål med förslagen")[1]).toBe("under resultatmål");
  });

  it("answers in Swedish without --sv, because the workbook's text is Swedish", () => {
    const r = kommunkalkyl(["beräkna", SAMPLE, "--json"]);
    const budget = (JSON.parse(r.stdout) as Sheets)["Budget"]!;
    expect(row(budget, "Resultat mot resultatmål med förslagen")[1]).toBe("under resultatmål");
  });

  it("prints every sheet as a table, numbers through the cells' format #,##0.0 and 0.00%", () => {
    const r = kommunkalkyl(["evaluate", SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("== Budget ==");
    expect(r.stdout).toContain("== PKV ==");
    // Swedish (the workbook's language): a space between thousands, a decimal comma, "1,18 %"
    expect(r.stdout).toMatch(/Nettokostnadsram +1 899,0 +1 954,8 +2 015,5\n/);
    // the result share 23 / 1 950 = 1.179… % with the proposals, 39 / 1 950 = 2 % after the savings
    expect(r.stdout).toMatch(/Resultatandel med förslagen +1,18 % +0,75 % +0,48 %\n/);
    const en = kommunkalkyl(["evaluate", SAMPLE, "--en"]).stdout;
    expect(en).toMatch(/Nettokostnadsram +1,899\.0 +1,954\.8 +2,015\.5\n/);
    expect(en).toMatch(/Resultatandel med förslagen +1\.18% +0\.75% +0\.48%\n/);
    expect(en).toMatch(/Resultat mot resultatmål med förslagen +below target/);
  });

  it("prints plain numbers with --rå / --raw", () => {
    const r = kommunkalkyl(["evaluate", SAMPLE, "--raw", "--en"]);
    // 23 / 1 950 unrounded, as JavaScript and --json print it
    expect(r.stdout).toMatch(
      new RegExp(`Resultatandel med förslagen +${String(23 / 1950).replace(".", "\\.")} `),
    );
    expect(kommunkalkyl(["beräkna", SAMPLE, "--rå"]).stdout).toMatch(
      /Nettokostnadsram +1899 +1954\.8 +2015\.5\n/,
    );
  });

  it("stores KOMMUN calls as Excel does, _xldudf_KOMMUN_<ID>, and ALLOCATE as an array formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet("Budget")!;
    expect(ws.getCell("B13").formula).toBe("_xldudf_KOMMUN_NETCOSTFRAME(B5,B6,B7)");
    const alloc = ws.getCell("B27").value as { formula: string; shareType: string; ref: string };
    expect(alloc.formula).toMatch(/^_xldudf_KOMMUN_ALLOCATE\(/);
    expect(alloc.shareType).toBe("array");
    expect(alloc.ref).toBe("B27:B32");
  });

  it("writes a copy with the values cached (--ut)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "kk-")), "beraknad.xlsx");
    expect(kommunkalkyl(["beräkna", SAMPLE, "--ut", out]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect((wb.getWorksheet("Budget")!.getCell("B13").value as { result: number }).result).toBeCloseTo(
      1899,
      9,
    );
  });
});
