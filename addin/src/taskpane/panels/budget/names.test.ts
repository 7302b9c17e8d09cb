import type { RawCellContent } from "hyperformula";
import { FUNCTIONS } from "../../../definitions";
import { buildBudgetWorkbook } from "../../../budget/workbook";
import { exempelBudgetData } from "../../../budget/workbookFixture";
import { BrowserWorkbook } from "../../host/browserWorkbook";
import { MockExcel } from "../../host/excelMock";
import { createOfficeHost } from "../../host/officeHost";
import { HostError, INPUT_FILL, quoteSheet, type CellValue, type WorkbookHost } from "../../host/types";
import { namesFor, replaceNames, writeBudgetWorkbook } from "./model";

// The data are the SYNTHETIC Exempelkommun (addin/src/budget/workbookFixture.ts), budget year 2027; the
// numbers are worked out by hand in test/budget/workbook.test.ts:
//   uplifted tax base 2027 (Skatteunderlag) = 4 180 × 1.04 × 1.04 = 4 521.088 mnkr
//   taxes and grants (SkatterOchBidrag) = 994.63936 − 2 + 395.5952 + 5 = 1 393.23456 mnkr
//   finance net 250 × 20 000 / 1e6 = 5 mnkr; net costs 1 300 × 1.03² = 1 379.17 mnkr
//   result requirement = 2 % × 1 393.23456 = 27.8646912
//   net-cost frame = 1 393.23456 + 5 − 27.8646912 = 1 370.3698688
//   budget gap = 1 379.17 − 1 370.3698688 = 8.8001312

const NAMES = [
  "Kommunkod",
  "Budgetar",
  "Invanare",
  "Skattesats",
  "Skatteunderlag",
  "SkatterOchBidrag",
  "Finansnetto",
  "Nettokostnader",
  "Resultatkrav",
  "Nettokostnadsram",
  "Budgetgap",
];

/** Every name read through the host: one cell each, its value. */
async function readAll(host: WorkbookHost): Promise<Record<string, CellValue>> {
  const found = await host.readNamedRanges(NAMES);
  const out: Record<string, CellValue> = {};
  for (const [name, values] of found) {
    expect(values).toHaveLength(1);
    expect(values[0]).toHaveLength(1);
    out[name] = values[0]![0]!;
  }
  return out;
}

/** The identities of issue 20, read through the names, and the hand-calculated figures. */
function expectRelations(v: Record<string, CellValue>) {
  const n = (name: string) => v[name] as number;
  expect(n("Resultatkrav")).toBeCloseTo(0.02 * n("SkatterOchBidrag"), 9);
  expect(n("Nettokostnadsram")).toBeCloseTo(n("SkatterOchBidrag") + n("Finansnetto") - n("Resultatkrav"), 9);
  expect(n("Budgetgap")).toBeCloseTo(n("Nettokostnader") - n("Nettokostnadsram"), 9);
  expect(n("SkatterOchBidrag")).toBeCloseTo(1393.23456, 9);
  expect(n("Resultatkrav")).toBeCloseTo(27.8646912, 9);
  expect(n("Nettokostnadsram")).toBeCloseTo(1370.3698688, 9);
  expect(n("Budgetgap")).toBeCloseTo(8.8001312, 9);
}

describe("the budget's defined names in the demo's workbook (HyperFormula)", () => {
  it("writes the eleven names after the sheets; each resolves and the relations of issue 20 hold", async () => {
    const wb = new BrowserWorkbook({ title: "Test", sheets: { Blad1: [["x"]] } }, "sv");
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.named).toEqual(NAMES);
    expect(written.kept).toEqual([]);
    const v = await readAll(wb);
    expect(Object.keys(v)).toHaveLength(11);
    expect(v.Kommunkod).toBe("9901");
    expect(v.Budgetar).toBe(2027);
    expect(v.Invanare).toBe(20000);
    expect(v.Skattesats).toBe(22);
    expect(v.Skatteunderlag as number).toBeCloseTo(4521.088, 9);
    expect(v.Finansnetto as number).toBeCloseTo(5, 9);
    expect(v.Nettokostnader as number).toBeCloseTo(1379.17, 9);
    expectRelations(v);
  });

  it("raising the cell behind Skattesats by one raises SkatterOchBidrag by the uplifted tax base / 100", async () => {
    const wb = new BrowserWorkbook({ title: "Test", sheets: { Blad1: [["x"]] } }, "sv");
    await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    const before = await readAll(wb);
    const reference = wb.hf.getNamedExpressionFormula("Skattesats")!.replace(/^=/, "");
    const cell = wb.hf.simpleCellAddressFromString(reference, wb.sheetId("Blad1"))!;
    wb.hf.setCellContents(cell, [[23]]);
    const after = await readAll(wb);
    expect(after.Skattesats).toBe(23);
    // 4 521.088 / 100 = 45.21088 (the income equalisation does not depend on the municipality's own rate)
    const rise = (after.SkatterOchBidrag as number) - (before.SkatterOchBidrag as number);
    expect(rise).toBeCloseTo((before.Skatteunderlag as number) / 100, 9);
    expect(rise).toBeCloseTo(45.21088, 9);
    // the relations still hold through the names: 2 % of the new taxes and grants, and so on
    expect(after.Resultatkrav as number).toBeCloseTo(0.02 * (after.SkatterOchBidrag as number), 9);
  });

  it("points the names to a renamed sheet when the sheet's name was taken", async () => {
    const wb = new BrowserWorkbook(
      { title: "Test", sheets: { Förutsättningar: [["Mina egna siffror", 123]] } },
      "sv",
    );
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.sheets[0]).toBe("Förutsättningar (2)");
    expect(written.names.Skattesats).toBe("'Förutsättningar (2)'!$B$25");
    expect(written.names.Budgetgap).toBe("'Resultatbudget'!$B$12");
    const v = await readAll(wb);
    expect(v.Skattesats).toBe(22);
    expect(v.Invanare).toBe(20000);
    expectRelations(v);
  });

  it("never replaces a name that exists pointing elsewhere: reports it, and replaces it only when asked", async () => {
    const wb = new BrowserWorkbook(
      { title: "Test", sheets: { Blad1: [[31.5]] }, names: { Skattesats: "Blad1!$A$1" } },
      "sv",
    );
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.kept).toEqual([{ name: "Skattesats", refersTo: "=Blad1!$A$1" }]);
    expect(written.named).toEqual(NAMES.filter((n) => n !== "Skattesats"));
    // the user's name still gives the user's cell
    expect(await wb.readNamedRange("Skattesats")).toEqual([[31.5]]);
    // the user confirms: now it is the budget's tax rate
    expect(await replaceNames(wb, written, ["Skattesats"])).toEqual(["Skattesats"]);
    expect(await wb.readNamedRange("Skattesats")).toEqual([[22]]);
  });

  it("when the workbook refuses the names, the sheets are still reported written, with the reason", async () => {
    const wb = new BrowserWorkbook({ title: "Test", sheets: { Blad1: [["x"]] } }, "sv");
    wb.addNames = () => Promise.reject(new HostError("badName", "Kommunkod", "=Förutsättningar!$B$5"));
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.sheets).toHaveLength(7);
    expect(written.named).toEqual([]);
    expect(written.namesFailed?.code).toBe("badName");
    expect(written.namesFailed?.messageIn("sv")).toContain("Namnet Kommunkod kunde inte definieras");
  });

  it("leaves a name that already points to the same cells as it is", async () => {
    const wb = new BrowserWorkbook({ title: "Test", sheets: { Blad1: [["x"]] } }, "sv");
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const first = await writeBudgetWorkbook(wb, spec);
    const again = await wb.addNames(first.names);
    expect(again).toEqual({ added: [], unchanged: NAMES, replaced: [], kept: [] });
  });
});

/**
 * The cells and names the Office host wrote into the mock of Excel, as a workbook HyperFormula computes: the
 * formulas exactly as written through `formulasLocal` (English Excel), text as text, and the names as added.
 */
function asComputed(excel: MockExcel): BrowserWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const [name, sheet] of excel.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [a1, cell] of sheet.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = [...m[1]!].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      while (rows.length <= row) rows.push([]);
      rows[row]![col] = cell.formulaLocal ?? (cell.format === "@" ? `'${String(cell.value)}` : cell.value);
    }
    sheets[name] = rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null));
  }
  const names = Object.fromEntries(
    [...excel.names].map(([n, item]) => [n, `${quoteSheet(item.ref!.sheet)}!${item.ref!.range}`]),
  );
  return new BrowserWorkbook({ title: "Excel", sheets, names }, "en");
}

describe("the budget's defined names in Excel (the Office host over a mock of Excel)", () => {
  function setup() {
    const excel = new MockExcel(["Blad1"]);
    excel.displayLanguage = "en-US";
    excel.decimalSeparator = ".";
    const english = new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.en.name.toUpperCase()]));
    const host = createOfficeHost({ ...excel.api(), swedishNames: async () => english });
    return { excel, host };
  }

  it("adds the eleven workbook names with workbook.names.add; they resolve, and the written cells compute the relations", async () => {
    const { excel, host } = setup();
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const written = await writeBudgetWorkbook(host, spec);
    expect(written.named).toEqual(NAMES);
    expect([...excel.names.keys()]).toEqual(NAMES);
    expect(excel.names.get("Skattesats")!.ref).toEqual({ sheet: "Förutsättningar", range: "$B$25" });
    expect(excel.names.get("Skatteunderlag")!.ref).toEqual({ sheet: "Skatter och bidrag", range: "$B$12" });
    // every name resolves through the host to one cell (the mock does not compute KOMMUN formulas)
    const read = await host.readNamedRanges(NAMES);
    expect([...read.keys()]).toEqual(NAMES);
    expect(read.get("Skattesats")).toEqual([[22]]);
    expect(read.get("Invanare")).toEqual([[20000]]);
    // what was written, computed: the relations hold through the names Excel got
    expectRelations(await readAll(asComputed(excel)));
  });

  it("marks the input cells yellow and the headers bold", async () => {
    const { excel, host } = setup();
    await writeBudgetWorkbook(host, buildBudgetWorkbook(exempelBudgetData()));
    // Skattesats and Invanare are fetched inputs; the column header "Hämtade uppgifter" is bold
    expect(excel.cell("Förutsättningar", "B25")).toMatchObject({ value: 22, fill: INPUT_FILL });
    expect(excel.cell("Förutsättningar", "B10")).toMatchObject({ value: 20000, fill: INPUT_FILL });
    expect(excel.cell("Förutsättningar", "A9")).toMatchObject({ value: "Hämtade uppgifter", bold: true });
    // a result is neither
    expect(excel.cell("Resultatbudget", "B12")?.fill).toBeUndefined();
  });

  it("reports a name that exists pointing elsewhere, keeps it, and replaces it only when asked", async () => {
    const { excel, host } = setup();
    excel.fill("Blad1", "A1", [[31.5]]);
    excel.names.set("Budgetgap", { type: "Range", value: "", ref: { sheet: "Blad1", range: "$A$1" } });
    const written = await writeBudgetWorkbook(host, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.kept).toEqual([{ name: "Budgetgap", refersTo: "=Blad1!$A$1" }]);
    expect(excel.names.get("Budgetgap")!.ref).toEqual({ sheet: "Blad1", range: "$A$1" });
    expect(await replaceNames(host, written, ["Budgetgap"])).toEqual(["Budgetgap"]);
    expect(excel.names.get("Budgetgap")!.ref).toEqual({ sheet: "Resultatbudget", range: "$B$12" });
  });

  it("quotes a renamed sheet in the reference Excel gets", () => {
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const names = namesFor(spec, { Förutsättningar: "Förutsättningar (2)", "Skatter och bidrag": "Skatter" });
    expect(names.Invanare).toBe("'Förutsättningar (2)'!$B$10");
    expect(names.Skatteunderlag).toBe("'Skatter'!$B$12");
  });
});
