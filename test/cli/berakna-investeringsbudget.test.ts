import { join } from "node:path";
import ExcelJS from "exceljs";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "investeringsbudget.xlsx");
type Sheets = Record<string, (number | string | null)[][]>;

function evaluate(extra: string[] = []): Sheets {
  const r = kommunkalkyl(["beräkna", SAMPLE, "--json", ...(extra.length ? extra : ["--en"])]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Sheets;
}

function row(sheet: (number | string | null)[][], label: string | number): (number | string | null)[] {
  const found = sheet.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("kommunkalkyl beräkna on samples/investeringsbudget.xlsx", () => {
  const sheets = evaluate();
  const sheet = sheets["Investeringsbudget"]!;

  it("computes every cell, with no error", () => {
    expect(sheets["[fel]"]).toBeUndefined();
  });

  it("fits the proposals to the 150 Mkr frame by priority: 255 proposed, 150 fit, 105 wait, 0 left", () => {
    // priority 1–4: 45 + 5 + 20 + 72 = 142 fit, 8 left; the sports hall (35) and Västra skolan (70)
    // wait; the artificial pitch (8, priority 7) still fits in the 8 left
    const fits = [
      "Ny förskola Norr",
      "Digitala trygghetslarm",
      "Gator och beläggning",
      "Särskilt boende, 60 platser",
    ];
    for (const name of fits) expect(sheet.find((r) => r[1] === name)![9]).toBe("fits");
    expect(sheet.find((r) => r[1] === "Ny sporthall")![9]).toBe("waits");
    expect(sheet.find((r) => r[1] === "Västra skolan, tillbyggnad")![9]).toBe("waits");
    expect(sheet.find((r) => r[1] === "Konstgräsplan")![9]).toBe("fits");
    expect(row(sheet, "Summa förslag")[2]).toBe(255);
    expect(row(sheet, "Ryms i ramen")[2]).toBe(150);
    expect(row(sheet, "Väntar")[2]).toBe(105);
    expect(row(sheet, "Kvar av ramen")[2]).toBe(0);
  });

  it("2026: depreciation from the month in use, both interest views, running costs, self-financing", () => {
    const y = row(sheet, 2026) as number[];
    // the preschool (45 Mkr, 33 years) from August carries 5/12 of a year; the alarms (5 Mkr, 5 years) from March 10/12
    const depreciation = (45 / 33) * (5 / 12) + (5 / 5) * (10 / 12);
    const bookMonths = 45 * (5 / 12) + 5 * (10 / 12); // book value × months held / 12
    expect(y[1]).toBe(50);
    expect(y[2]).toBeCloseTo(depreciation, 10);
    expect(y[3]).toBeCloseTo(0.025 * bookMonths, 10); // internal interest, 2.5 %
    expect(y[5]).toBeCloseTo(0.03 * 0.6 * bookMonths, 10); // external 3 % on the 60 % borrowed
    expect(y[6]).toBeCloseTo(1.2 * (5 / 12) + 0.3 * (10 / 12), 10); // running costs
    expect(y[7]).toBeCloseTo(1.5 * (10 / 12), 10); // the alarms' saving
    const effect = 1.25 - 0.75 - depreciation - 0.4125;
    expect(y[8]).toBeCloseTo(effect, 10);
    // (result 20 + effect + existing depreciation 30 + new depreciation) / 50
    expect(y[9]).toBeCloseTo((20 + effect + 30 + depreciation) / 50, 10);
  });

  it("2027 adds the nursing home from October: 3/12 of 72/33 beside full years of the others", () => {
    const y = row(sheet, 2027) as number[];
    expect(y[1]).toBe(72);
    expect(y[2]).toBeCloseTo(45 / 33 + 1 + (72 / 33) * (3 / 12), 10);
  });

  it("carries the consequences into the operating budget's plan years", () => {
    const effect = row(sheet, "Resultatpåverkan av investeringsplanen (kommunen)").slice(1, 5) as number[];
    const before = row(sheet, "Resultat före investeringsplanen").slice(1, 5) as number[];
    const after = row(sheet, "Resultat efter investeringsplanen").slice(1, 5) as number[];
    expect(before).toEqual([20, 22, 24, 26]);
    after.forEach((v, i) => expect(v).toBeCloseTo(before[i]! + effect[i]!, 10));
    // each plan year's effect is negative: the new assets cost more than they save
    for (const v of effect) expect(v).toBeLessThan(0);
    expect(row(sheet, "Självfinansieringsgrad av investeringarna")[1]).toBeCloseTo(
      row(sheet, 2026)[9] as number,
      12,
    );
  });

  it("answers in Swedish with --sv", () => {
    const sv = evaluate(["--sv"])["Investeringsbudget"]!;
    expect(sv.find((r) => r[1] === "Ny sporthall")![9]).toBe("väntar");
    expect(sv.find((r) => r[0] === "År" && r[1] === "Investeringar")).toBeDefined();
  });

  it("formats the plan by unit: years as years, money with a decimal, the ratio as a percentage", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet("Investeringsbudget")!;
    const top = ws.getCell("A23").value as { formula: string; shareType: string };
    expect(top.formula).toMatch(/^_xldudf_KOMMUN_INVESTMENTPLAN\(/);
    expect(top.shareType).toBe("array");
    expect(ws.getCell("A24").numFmt).toBe("0");
    expect(ws.getCell("C24").numFmt).toBe("#,##0.0");
    expect(ws.getCell("J24").numFmt).toBe("0.0%");
  });
});
