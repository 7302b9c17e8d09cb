import { buildBudgetWorkbook } from "../../../budget/workbook";
import { exempelBudgetData } from "../../../budget/workbookFixture";
import { BrowserWorkbook } from "../../host/browserWorkbook";
import { budgetCommand, errorCells, parseYear, renameSheets, sheetBlock, writeBudgetWorkbook } from "./model";

// The data are the SYNTHETIC Exempelkommun (addin/src/budget/workbookFixture.ts); the numbers below are
// worked out by hand in test/budget/workbook.test.ts: taxes and grants 1 393.23456 mnkr, gap 8.8001312 mnkr.

describe("the Ny budget panel's model", () => {
  it("turns a sheet into one block: text as text, numbers with their format, formulas without '='", () => {
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const block = sheetBlock(spec.sheets[0]!);
    expect(block[0]![0]).toEqual({
      text: "Mål och budget 2027 med plan 2028–2029: Exempelkommun",
      style: "header",
    });
    // the municipality code stays text ("9901", not 9 901)
    expect(block[4]).toEqual(expect.arrayContaining([{ text: "Kommunkod" }, { text: "9901" }]));
    // inhabitants: an input number shown as a count, marked yellow as in the file
    expect(block[9]![1]).toEqual({ value: 20000, format: "#,##0", style: "input" });
    // the title and the column headers bold
    expect(block[8]![0]).toEqual({ text: "Hämtade uppgifter", style: "header" });
    // every row as wide as the widest
    expect(new Set(block.map((r) => r.length)).size).toBe(1);
    const result = sheetBlock(spec.sheets[2]!);
    expect(result[9]![1]).toEqual({ formula: "KOMMUN.RESULTREQUIREMENT(B5,B7)", format: "#,##0.0" });
  });

  it("moves references to the names the sheets got", () => {
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const moved = renameSheets(spec, { Förutsättningar: "Förutsättningar (2)" });
    expect(moved.sheets[0]!.name).toBe("Förutsättningar (2)");
    const tax = sheetBlock(moved.sheets[1]!);
    expect(tax[4]![1]).toEqual({ formula: "'Förutsättningar (2)'!$B$10", format: "#,##0" });
    // the original is untouched
    expect(sheetBlock(spec.sheets[1]!)[4]![1]).toEqual({
      formula: "'Förutsättningar'!$B$10",
      format: "#,##0",
    });
  });

  it("names the command, quoting a name with a space", () => {
    expect(budgetCommand("1265", 2027)).toBe("npx kommunkalkyl budget --kommun 1265 --år 2027");
    expect(budgetCommand("Upplands Väsby", 2027)).toBe(
      'npx kommunkalkyl budget --kommun "Upplands Väsby" --år 2027',
    );
    expect(budgetCommand("", undefined)).toBe("npx kommunkalkyl budget --kommun <kod>");
  });

  it("takes a four-digit year only", () => {
    expect(parseYear(" 2027 ")).toBe(2027);
    expect(parseYear("27")).toBeUndefined();
    expect(parseYear("2027,5")).toBeUndefined();
    expect(parseYear("1999")).toBeUndefined();
  });
});

describe("writing the budget workbook into the demo's workbook", () => {
  it("adds seven sheets that compute with no error cell, the gap as by hand", async () => {
    const wb = new BrowserWorkbook({ title: "Test", sheets: { Blad1: [["x"]] } }, "sv");
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.errors).toEqual([]);
    expect(written.sheets).toEqual([
      "Förutsättningar",
      "Skatter och bidrag",
      "Resultatbudget",
      "Driftbudget",
      "Jämförelse",
      "Nyckeltal",
      "Källor",
    ]);
    // Resultatbudget: B5 taxes and grants, B10 requirement, B11 frame, B12 gap (the budget year)
    expect(wb.display(4, 1, "Resultatbudget") as number).toBeCloseTo(1393.23456, 9);
    expect(wb.display(9, 1, "Resultatbudget") as number).toBeCloseTo(27.8646912, 9);
    expect(wb.display(10, 1, "Resultatbudget") as number).toBeCloseTo(1370.3698688, 9);
    expect(wb.display(11, 1, "Resultatbudget") as number).toBeCloseTo(8.8001312, 9);
  });

  it("never writes over a sheet of the same name: the new one gets a number and the formulas follow", async () => {
    const wb = new BrowserWorkbook(
      { title: "Test", sheets: { Förutsättningar: [["Mina egna siffror", 123]] } },
      "sv",
    );
    const written = await writeBudgetWorkbook(wb, buildBudgetWorkbook(exempelBudgetData()));
    expect(written.sheets[0]).toBe("Förutsättningar (2)");
    expect(written.errors).toEqual([]);
    // the population read from the new sheet: taxes and grants as by hand
    expect(wb.display(4, 1, "Resultatbudget") as number).toBeCloseTo(1393.23456, 9);
    // the user's sheet is as it was
    expect(wb.display(0, 0, "Förutsättningar")).toBe("Mina egna siffror");
    expect(wb.display(0, 1, "Förutsättningar")).toBe(123);
  });
});

describe("the cells a written budget shows errors in", () => {
  // Swedish Excel shows #VALUE! as #VÄRDEFEL! and #DIV/0! as #DIVISION/0! (definitions/errorNames.ts)
  const errors = [
    { sheet: "Resultatbudget", address: "B12", value: "#VALUE!" },
    { sheet: "Driftbudget", address: "C7", value: "#DIV/0!" },
  ];

  it("names each error as Excel in the pane's language shows it", () => {
    expect(errorCells(errors, "sv")).toEqual([
      "Resultatbudget!B12 #VÄRDEFEL!",
      "Driftbudget!C7 #DIVISION/0!",
    ]);
    expect(errorCells(errors, "en")).toEqual(["Resultatbudget!B12 #VALUE!", "Driftbudget!C7 #DIV/0!"]);
  });

  it("lists the first five", () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({
      sheet: "Jämförelse",
      address: `B${i + 1}`,
      value: "#N/A",
    }));
    expect(errorCells(seven, "sv")).toEqual(
      ["B1", "B2", "B3", "B4", "B5"].map((a) => `Jämförelse!${a} #SAKNAS!`),
    );
  });
});
