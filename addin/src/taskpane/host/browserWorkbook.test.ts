import { BrowserWorkbook } from "./browserWorkbook";
import { formula, num, text } from "./types";

function book() {
  return new BrowserWorkbook({ title: "Test", sheets: { Budget: [["Budget"]] } }, "sv");
}

describe("the demo workbook evaluates what the pane writes as Excel would", () => {
  it("text stays text, numbers keep their format, formulas calculate with the KOMMUN functions and recalculate", async () => {
    const wb = book();
    // inputs block and a formula referring to it: gap 25 mnkr, tax base 6 900 mnkr
    const result = await wb.writeNewSheet("Skatt eller effektivisering", "A1", [
      [text("Budgetgap"), num(25, "#,##0.0")],
      [text("Skatteunderlag"), num(6900, "#,##0")],
      [text("Skattehöjning (kr/100 kr)"), formula("KOMMUN.TAXRAISEFOR(B1*1000000,B2*1000000)", "0.00")],
      [text("-10 % lokaler"), text("=x")],
    ]);
    expect(result).toEqual({
      sheet: "Skatt eller effektivisering",
      range: "A1:B4",
      errors: [],
      elsewhere: [],
    });
    expect(wb.activeSheet).toBe("Skatt eller effektivisering");
    // 25 000 000 / 6 900 000 000 × 100 = 0.3623… kr per 100 kr, rounded up to a whole öre: 0.37
    expect(wb.display(2, 1)).toBeCloseTo(0.37, 10);
    expect(wb.format(2, 1)).toBe("0.00");
    expect(wb.format(0, 1)).toBe("#,##0.0");
    expect(wb.source(2, 1)).toBe("=KOMMUN.TAXRAISEFOR(B1*1000000,B2*1000000)");
    // labels that look like a percentage or a formula are text, shown as typed
    expect(wb.display(3, 0)).toBe("-10 % lokaler");
    expect(wb.display(3, 1)).toBe("=x");
    expect(wb.format(3, 1)).toBe("@");
    // an input changes: the written formula follows (35 mnkr → 0.5072… → 0.51)
    wb.select({ row: 0, col: 1 });
    wb.edit(0, 1, "35");
    expect(wb.display(2, 1)).toBeCloseTo(0.51, 10);
  });

  it("reports cells that show an error after writing", async () => {
    const wb = book();
    const result = await wb.writeRange("Budget", "C3", [
      [formula("KOMMUN.TAXRAISEFOR(1,0)"), formula("NOSUCHFUNCTION(1)")],
    ]);
    expect(result.errors.map((e) => e.address)).toEqual(["C3", "D3"]);
    expect(result.errors[1]!.value).toBe("#NAME?");
    // the grid names the error by it (in the pane's language); a text that looks like one is no error
    expect(wb.errorAt(2, 3, "Budget")).toBe("#NAME?");
    await wb.writeRange("Budget", "E3", [[text("#VALUE!")]]);
    expect(wb.display(2, 4, "Budget")).toBe("#VALUE!");
    expect(wb.errorAt(2, 4, "Budget")).toBeUndefined();
    expect(wb.errorAt(0, 0, "Budget")).toBeUndefined();
  });

  it("names a new sheet as Excel allows: unique ignoring case, at most 31 characters", async () => {
    const wb = book();
    expect((await wb.writeNewSheet("budget", "A1", [[text("x")]])).sheet).toBe("budget (2)");
    const long = await wb.writeNewSheet("Skatt eller effektivisering och mer därtill", "A1", [[text("x")]]);
    expect(long.sheet).toHaveLength(31);
  });
});

describe("the demo workbook resolves the workbook's defined names", () => {
  // as skatt-eller-effektivisering.xlsx defines them: Gap = Scenario!$B$5, Skatteunderlag = Scenario!$B$6
  const scenario = () =>
    new BrowserWorkbook(
      {
        title: "Skatt eller effektivisering?",
        sheets: {
          Scenario: [["Scenario"], [], [], [], ["Gap", 25], ["Skatteunderlag", 6900], ["Rad", 1, 2, 3]],
        },
        names: { Gap: "Scenario!$B$5", Skatteunderlag: "Scenario!$B$6", Rad: "Scenario!$B$7:$D$7" },
      },
      "sv",
    );

  it("a name for one cell gives that cell's value, a name for a range gives its rows", async () => {
    const wb = scenario();
    expect(await wb.readNamedRange("Gap")).toEqual([[25]]);
    expect(await wb.readNamedRange("Rad")).toEqual([[1, 2, 3]]);
    expect(await wb.readNamedRange("Inkomst")).toBeUndefined();
    const found = await wb.readNamedRanges(["Gap", "Budgetgap", "Skatteunderlag"]);
    expect([...found.entries()]).toEqual([
      ["Gap", [[25]]],
      ["Skatteunderlag", [[6900]]],
    ]);
    expect(wb.unresolvedNames).toEqual([]);
  });

  it("a name follows its cell when the cell changes", async () => {
    const wb = scenario();
    wb.select({ row: 4, col: 1 });
    wb.edit(4, 1, "30");
    expect(await wb.readNamedRange("Gap")).toEqual([[30]]);
  });

  it("a name HyperFormula cannot take is listed, not dropped silently", () => {
    const wb = new BrowserWorkbook(
      { title: "t", sheets: { Blad1: [[1]] }, names: { A1: "Blad1!$A$1" } },
      "sv",
    );
    expect(wb.unresolvedNames).toEqual(["A1"]);
  });
});

describe("the demo workbook says what a write replaces and what it broke elsewhere", () => {
  // Uppföljning row 9 in miniature: budget 480 (B9), forecast 400 (P9, a formula), status in T9 = P9/B9,
  // and a #DIV/0! that was there before the write (U9)
  const book = () =>
    new BrowserWorkbook(
      {
        title: "Månadsuppföljning",
        sheets: {
          Uppföljning: [
            ...Array.from({ length: 8 }, () => []),
            [null, 480, ...Array(13).fill(null), "=B9-80", "=B9", "x", null, "=P9/B9", "=1/0"],
          ],
          Summering: [["=Uppföljning!P9*2"]],
        },
      },
      "sv",
    );

  it("counts values and formulas in the whole range: P9:R9 holds 2 formulas and 1 value", async () => {
    const wb = book();
    expect(await wb.contents("Uppföljning", "P9", 1, 3)).toMatchObject({ values: 1, formulas: 2 });
    expect(await wb.contents("Uppföljning", "P10", 3, 3)).toEqual({ values: 0, formulas: 0, readers: [] });
  });

  it("names the formulas outside the range that read from it: T9 (=P9/B9) and Summering!A1 (=Uppföljning!P9*2)", async () => {
    const wb = book();
    // P9:R9: P9 (=B9-80) is read by T9 and Summering!A1; Q9 (=B9) and R9 ("x") by nothing
    expect((await wb.contents("Uppföljning", "P9", 1, 3)).readers).toEqual([
      "Uppföljning!T9",
      "Summering!A1",
    ]);
    // B9 (480) is read by P9, Q9 and T9, all three outside B9:C9, and through P9 by Summering!A1
    expect((await wb.contents("Uppföljning", "B9", 1, 2)).readers).toEqual([
      "Uppföljning!P9",
      "Uppföljning!Q9",
      "Uppföljning!T9",
      "Summering!A1",
    ]);
    // over P9:T9, T9 (which reads P9) is one of the replaced cells: only Summering!A1 reads from outside
    expect((await wb.contents("Uppföljning", "P9", 1, 5)).readers).toEqual(["Summering!A1"]);
  });

  it("counts readers through a range (a SUM) and through a defined name, once each", async () => {
    const wb = new BrowserWorkbook(
      {
        title: "Budget",
        sheets: {
          // B1:B3 = 10, 20, 30; B4 = SUM(B1:B3); C1 = B2*2; Summering!A1 = Gap + 1 with Gap = Budget!$B$2;
          // Summering!A2 = SUM(Budget!B1:B4) reads B2 through a range that also holds B4
          Budget: [
            [null, 10, "=B2*2"],
            [null, 20],
            [null, 30],
            [null, "=SUM(B1:B3)"],
          ],
          Summering: [["=Gap+1"], ["=SUM(Budget!B1:B4)"], ["=Budget!B3"]],
        },
        names: { Gap: "Budget!$B$2" },
      },
      "sv",
    );
    // B2 is read by C1 (directly), B4 (through B1:B3), Summering!A1 (through Gap) and Summering!A2 (B1:B4)
    expect((await wb.contents("Budget", "B2", 1, 1)).readers).toEqual([
      "Budget!C1",
      "Budget!B4",
      "Summering!A1",
      "Summering!A2",
    ]);
    // B3:B4: B4 is inside; Summering!A2 reads both, counted once; Summering!A3 reads B3
    expect((await wb.contents("Budget", "B3", 2, 1)).readers).toEqual(["Summering!A2", "Summering!A3"]);
  });

  it("counts the readers of readers too: a formula that reads a formula that reads the range", async () => {
    const wb = new BrowserWorkbook(
      {
        title: "Budget",
        sheets: {
          // B1 = 10 is read by C1 (=B1*2); D1 (=C1+1) reads C1; Summering!A1 (=Budget!D1*3) reads D1;
          // Summering!A2 (=SUM(Budget!C1:D1)) reads both through a range; E1 (=A2) reads A2, not B1;
          // F1 and G1 read each other (a cycle) and C1: each counted once, and the count ends
          Budget: [
            [null, 10, "=B1*2", "=C1+1", "=A2", "=G1+C1", "=F1"],
            [7, null],
          ],
          Summering: [["=Budget!D1*3"], ["=SUM(Budget!C1:D1)"]],
        },
      },
      "sv",
    );
    expect((await wb.contents("Budget", "B1", 1, 1)).readers).toEqual([
      "Budget!C1",
      "Budget!D1",
      "Budget!F1",
      "Budget!G1",
      "Summering!A1",
      "Summering!A2",
    ]);
    // A1:B2 holds A2 too: E1 reads it directly; in the sheet's order, row by row
    expect((await wb.contents("Budget", "A1", 2, 2)).readers).toEqual([
      "Budget!C1",
      "Budget!D1",
      "Budget!E1",
      "Budget!F1",
      "Budget!G1",
      "Summering!A1",
      "Summering!A2",
    ]);
  });

  it("text over P9 turns T9 (=P9/B9) and Summering!A1 (=Uppföljning!P9*2) to #VALUE!; U9's old #DIV/0! is not news", async () => {
    const wb = book();
    const result = await wb.writeRange("Uppföljning", "P9", [[text("Metod"), text("Prognos")]]);
    expect(result.errors).toEqual([]);
    expect(result.elsewhere).toEqual([
      { address: "Uppföljning!T9", value: "#VALUE!" },
      { address: "Summering!A1", value: "#VALUE!" },
    ]);
  });
});
