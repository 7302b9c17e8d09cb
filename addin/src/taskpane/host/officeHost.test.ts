import { failure, MockExcel } from "./excelMock";
import { createOfficeHost } from "./officeHost";
import { formula, header, input, num, text, type Block } from "./types";

/** The host over a mock workbook with one sheet "Budget". */
function setup(sheets = ["Budget"]) {
  const excel = new MockExcel(sheets);
  return { excel, host: createOfficeHost(excel.api()) };
}

const SCENARIO: Block = [
  [text("Skatt eller effektivisering"), text("mnkr")],
  [text("Budgetgap"), num(25, "#,##0.0")],
  [text("Skatteunderlag"), num(6900, "#,##0")],
  [text("-10 % lokaler"), text("=x")],
  [text("Skattehöjning (kr/100 kr)"), formula("KOMMUN.TAXRAISEFOR(B2*1000000,B3*1000000)", "0.00")],
  [text("Avrundat"), formula("=ROUND(B2*0.5,2)", "#,##0.00")],
];

describe("the Office host writes cells so that Excel reads them as meant", () => {
  it("writes text as text (Text format first), numbers with their format, and formulas in Swedish through formulasLocal", async () => {
    const { excel, host } = setup();
    const result = await host.writeRange("Budget", "A1", SCENARIO);
    // a label that looks like a percentage or a formula stays text
    expect(excel.cell("Budget", "A4")).toEqual({ value: "-10 % lokaler", format: "@" });
    expect(excel.cell("Budget", "B4")).toEqual({ value: "=x", format: "@" });
    expect(excel.cell("Budget", "B2")).toEqual({ value: 25, format: "#,##0.0" });
    // Swedish Excel: Swedish KOMMUN name, Swedish built-in names, ";" between arguments, decimal comma
    expect(excel.cell("Budget", "B5")?.formulaLocal).toBe("=KOMMUN.SKATTEHÖJNING(B2*1000000;B3*1000000)");
    expect(excel.cell("Budget", "B5")?.format).toBe("0.00");
    expect(excel.cell("Budget", "B6")?.formulaLocal).toBe("=AVRUNDA(B2*0,5;2)");
    expect(result).toEqual({ sheet: "Budget", range: "A1:B6", errors: [], elsewhere: [] });
  });

  it("marks input cells yellow (#FFF2CC, as the samples) and header cells bold", async () => {
    const { excel, host } = setup();
    await host.writeRange("Budget", "A1", [[header("Budgetgap (mnkr)"), input(25, "#,##0.00")]]);
    expect(excel.cell("Budget", "A1")).toEqual({ value: "Budgetgap (mnkr)", format: "@", bold: true });
    expect(excel.cell("Budget", "B1")).toEqual({ value: 25, format: "#,##0.00", fill: "#FFF2CC" });
  });

  it("writes English names and ',' in English Excel, with the decimal point of the user's settings", async () => {
    const { excel, host } = setup();
    excel.displayLanguage = "en-US";
    excel.decimalSeparator = ".";
    await host.writeRange("Budget", "A1", SCENARIO);
    expect(excel.cell("Budget", "B5")?.formulaLocal).toBe("=KOMMUN.TAXRAISEFOR(B2*1000000,B3*1000000)");
    expect(excel.cell("Budget", "B6")?.formulaLocal).toBe("=ROUND(B2*0.5,2)");
  });

  it("older Excel without cultureInfo (ExcelApi 1.11) gets the language's usual separators", async () => {
    const { excel, host } = setup();
    excel.apiMinor = 9;
    excel.decimalSeparator = "."; // not asked: Swedish Excel writes decimal commas
    await host.writeRange("Budget", "A1", SCENARIO);
    expect(excel.cell("Budget", "B6")?.formulaLocal).toBe("=AVRUNDA(B2*0,5;2)");
  });

  it("reads the written cells back and reports each error value with its address", async () => {
    const { excel, host } = setup();
    // Excel shows #NAME? where it does not know a function
    excel.calculate = (f) => (f.includes("SKATTEHÖJNING") ? "#NAME?" : 1);
    const result = await host.writeRange("Budget", "C10", SCENARIO);
    expect(result.errors).toEqual([{ address: "D14", value: "#NAME?" }]);
  });

  it("clears blank cells of the block and keeps the block's shape", async () => {
    const { excel, host } = setup();
    excel.fill("Budget", "A1", [["old", "old"]]);
    await host.writeRange("Budget", "A1", [[text("new")], [null, num(1)]]);
    expect(excel.cell("Budget", "B1")).toBeUndefined();
    expect(excel.cell("Budget", "A1")?.value).toBe("new");
  });

  it("refuses a formula it cannot put in the user's language before writing anything", async () => {
    const { excel, host } = setup();
    const e = await failure(host.writeRange("Budget", "A1", [[text("x"), formula("VLOOKUP(1,A1:B2,2)")]]));
    expect(e.code).toBe("formulaLanguage");
    expect(e.messageIn("sv")).toContain("Inget skrevs");
    expect(excel.cell("Budget", "A1")).toBeUndefined();
  });
});

describe("Excel calls that fail say so, in the user's words", () => {
  it("a protected sheet: names the range, says how to unprotect, and writes nothing", async () => {
    const { excel, host } = setup();
    excel.sheet("Budget").protected = true;
    const e = await failure(host.writeRange("Budget", "B3", SCENARIO));
    expect(e.code).toBe("protected");
    expect(e.messageIn("sv")).toBe(
      "Budget!B3 ligger på ett skyddat blad och kan inte skrivas. Ta bort bladets skydd (Granska → Ta bort bladets skydd) eller välj en cell på ett annat blad.",
    );
    expect(e.messageIn("en")).toContain("Review → Unprotect Sheet");
    expect(excel.sheet("Budget").cells.size).toBe(0);
  });

  it("a cell in edit mode: every call says to finish editing first", async () => {
    const { excel, host } = setup();
    excel.editMode = true;
    for (const call of [host.readSelection(), host.activeCell(), host.writeRange("Budget", "A1", SCENARIO)]) {
      const e = await failure(call);
      expect(e.code).toBe("editMode");
      expect(e.messageIn("sv")).toBe(
        "Excel håller på att redigera en cell. Tryck Retur eller Esc i cellen och försök sedan igen.",
      );
    }
  });

  it("a selection of several areas is refused with the areas named, not read as one", async () => {
    const { excel, host } = setup();
    excel.selection = ["B2:B4", "D2:D4"];
    const e = await failure(host.readSelection());
    expect(e.code).toBe("multipleAreas");
    expect(e.messageIn("sv")).toBe(
      "Markeringen Budget!B2:B4,Budget!D2:D4 består av flera områden. Markera ett enda sammanhängande område och försök igen.",
    );
  });

  it("a request over Excel on the web's payload limit: says the range is too large", async () => {
    const { excel, host } = setup();
    excel.payloadLimit = 10;
    const e = await failure(host.writeRange("Budget", "A1", SCENARIO));
    expect(e.code).toBe("tooLarge");
    expect(e.messageIn("en")).toContain("Budget!A1 is too large to send to Excel at once");
  });

  it("a large block is sent in several requests, each below the limit", async () => {
    const { excel, host } = setup();
    excel.payloadLimit = 7000; // operations per request: about 3 per cell
    const block: Block = Array.from({ length: 300 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => num(r * 10 + c)),
    );
    await host.writeRange("Budget", "A1", block);
    expect(excel.cell("Budget", "J300")?.value).toBe(2999);
    expect(excel.largestRequest).toBeLessThanOrEqual(7000);
  });

  it("a sheet that no longer exists", async () => {
    const { host } = setup();
    const e = await failure(host.writeRange("Borttaget", "A1", SCENARIO));
    expect(e.code).toBe("noSheet");
    expect(e.messageIn("sv")).toContain("Bladet Borttaget!A1 finns inte längre");
  });
});

describe("a new sheet is added and written in one Excel.run", () => {
  it("adds, writes, activates, in one run; the name is unique ignoring case and at most 31 characters", async () => {
    const { excel, host } = setup(["Budget", "skatt eller effektivisering"]);
    const result = await host.writeNewSheet("Skatt eller effektivisering", "A1", SCENARIO);
    expect(excel.runs).toBe(1);
    expect(result.sheet).toBe("Skatt eller effektivisering (2)");
    expect(excel.activeSheet).toBe(result.sheet);
    expect(excel.cell(result.sheet, "A1")?.value).toBe("Skatt eller effektivisering");

    // ten taken: "Skatt eller effektivisering (10)" would be 32 characters, over Excel's 31
    for (let i = 3; i <= 9; i++) excel.addSheet(`Skatt eller effektivisering (${i})`);
    const tenth = await host.writeNewSheet("Skatt eller effektivisering", "A1", SCENARIO);
    expect(tenth.sheet).toBe("Skatt eller effektiviserin (10)");
    expect(tenth.sheet.length).toBeLessThanOrEqual(31);
  });

  it("leaves no empty sheet behind when writing fails", async () => {
    const { excel, host } = setup();
    excel.payloadLimit = 20;
    const e = await failure(host.writeNewSheet("Konsekvensanalys", "A1", SCENARIO));
    expect(e.code).toBe("tooLarge");
    expect([...excel.sheets.keys()]).toEqual(["Budget"]);
  });

  it("leaves no sheet behind in edit mode either", async () => {
    const { excel, host } = setup();
    excel.editMode = true;
    expect((await failure(host.writeNewSheet("Prognos", "A1", SCENARIO))).code).toBe("editMode");
    expect([...excel.sheets.keys()]).toEqual(["Budget"]);
  });
});

describe("reading the selection and named ranges", () => {
  it("cuts a whole-column selection to the used range before loading values", async () => {
    const { excel, host } = setup();
    excel.fill("Budget", "A1", [
      ["Nämnd", 2025],
      ["KS", 158],
      ["BUN", 792],
    ]);
    excel.selection = ["B:B"];
    const sel = await host.readSelection();
    expect(sel).toEqual({ address: "Budget!B1:B3", values: [[2025], [158], [792]] });
  });

  it("an empty sheet's selection gives no values, not a million blanks", async () => {
    const { excel, host } = setup();
    excel.selection = ["C:D"];
    expect((await host.readSelection()).values).toEqual([]);
  });

  it("reads range names, constant names and sheet-scoped names in one run", async () => {
    const { excel, host } = setup();
    excel.fill("Budget", "B2", [[6900]]);
    excel.names.set("Skatteunderlag", { type: "Range", value: "", ref: { sheet: "Budget", range: "B2" } });
    excel.names.set("Gap", { type: "Double", value: 25 }); // a name that is a constant: =25
    excel.names.set("Inkomst", { type: "Double", value: 1 });
    // a name scoped to the active sheet comes first, as in Excel
    excel.sheet("Budget").names.set("Inkomst", { type: "Double", value: 320000 });
    const found = await host.readNamedRanges(["Gap", "Skatteunderlag", "Inkomst", "Nettokostnad"]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBeLessThanOrEqual(2);
    expect(found).toEqual(
      new Map<string, unknown>([
        ["Gap", [[25]]],
        ["Skatteunderlag", [[6900]]],
        ["Inkomst", [[320000]]],
      ]),
    );
    expect(await host.readNamedRange("Nettokostnad")).toBeUndefined();
    expect(await host.readNamedRange("Gap")).toEqual([[25]]);
  });

  it("the active cell and whether a block is empty", async () => {
    const { excel, host } = setup();
    excel.selection = ["C4:D6"];
    expect(await host.activeCell()).toEqual({ sheet: "Budget", address: "C4" });
    expect(await host.isEmpty("Budget", "C4", 2, 2)).toBe(true);
    excel.fill("Budget", "D5", [[1]]);
    expect(await host.isEmpty("Budget", "C4", 2, 2)).toBe(false);
  });
});

describe("before and after replacing cells: what the range holds, and what broke elsewhere", () => {
  /**
   * Uppföljning as in manadsuppfoljning-2025.xlsx, row 9 (Äldreomsorg): budget 480 in B9, forecasts as formulas
   * in P9:Q9, and the status in T9 that refers to P9. Writing a forecast table of text and numbers over P9:Q10
   * replaces the formula T9 reads: T9 turns to #VÄRDEFEL! (#VALUE!). U1 showed #NAMN? before and is not news.
   */
  function uppfoljning() {
    const { excel, host } = setup(["Uppföljning", "Historik"]);
    excel.calculate = (f) => {
      if (f.startsWith("=KOMMUN.PROGNOSSTATUS")) {
        const p9 = excel.cell("Uppföljning", "P9");
        return p9?.formulaLocal || typeof p9?.value === "number" ? "ok" : "#VÄRDEFEL!";
      }
      if (f.startsWith("=OKÄND")) return "#NAMN?";
      return 400;
    };
    excel.fill("Uppföljning", "B9", [[480]]);
    excel.setFormula("Uppföljning", "P9", '=KOMMUN.PROGNOS(B9;C9:N9;"linjär")');
    excel.setFormula("Uppföljning", "Q9", '=KOMMUN.PROGNOS(B9;C9:N9;"profil")');
    excel.fill("Uppföljning", "P10", [["anteckning"]]);
    excel.setFormula("Uppföljning", "T9", '=KOMMUN.PROGNOSSTATUS(B9;P9;"kostnad";$B$3;$B$4)');
    excel.setFormula("Historik", "U1", "=OKÄND(1)");
    return { excel, host };
  }

  it("counts the values and the formulas of the whole range (2 formulas, 1 value in P9:Q10; nothing in R9:S10)", async () => {
    const { host } = uppfoljning();
    expect(await host.contents("Uppföljning", "P9", 2, 2)).toMatchObject({ values: 1, formulas: 2 });
    // nothing refers to R9:S10: Excel's ItemNotFound is "none", not a failure
    expect(await host.contents("Uppföljning", "R9", 2, 2)).toEqual({ values: 0, formulas: 0, readers: [] });
  });

  it("names the formulas outside the range that read from it, on every sheet and through a defined name", async () => {
    const { excel, host } = uppfoljning();
    // besides T9 (reads P9): Summering!A1 = Uppföljning!P9*2, Summering!B2 = SUMMA('Uppföljning'!P9:P20),
    // Summering!C3 = Prognos+1 with the name Prognos = Uppföljning!$Q$9; Summering!D4 reads B9 only
    excel.addSheet("Summering");
    excel.setFormula("Summering", "A1", "=Uppföljning!P9*2");
    excel.setFormula("Summering", "B2", "=SUMMA('Uppföljning'!P9:P20)");
    excel.names.set("Prognos", { type: "Range", value: "", ref: { sheet: "Uppföljning", range: "$Q$9" } });
    excel.setFormula("Summering", "C3", "=Prognos+1");
    excel.setFormula("Summering", "D4", '=OM(Uppföljning!B9>0;"P9";0)');
    // Summering!E5 reads Summering!A1, which reads P9: a reader of a reader breaks too
    excel.setFormula("Summering", "E5", "=A1+1");
    const held = await host.contents("Uppföljning", "P9", 2, 2);
    const expected = ["Uppföljning!T9", "Summering!A1", "Summering!B2", "Summering!C3", "Summering!E5"];
    expect(held.readers).toEqual(expected);
    // the same, traced level by level in an Excel without getDependents (ExcelApi 1.13–1.14)
    excel.apiMinor = 14;
    expect((await host.contents("Uppföljning", "P9", 2, 2)).readers).toEqual(expected);
    excel.apiMinor = 17;
    // Q9 itself reads B9: over B9:Q9, P9 and Q9 are replaced cells; T9, Summering!D4 and the readers of P9
    // and Q9 read from outside
    expect((await host.contents("Uppföljning", "B9", 1, 16)).readers).toEqual([
      "Uppföljning!T9",
      "Summering!A1",
      "Summering!B2",
      "Summering!C3",
      "Summering!D4",
      "Summering!E5",
    ]);
  });

  it("Excel without getDirectDependents (before ExcelApi 1.13) says it could not check, never 'none'", async () => {
    const { excel, host } = uppfoljning();
    excel.apiMinor = 12;
    expect(await host.contents("Uppföljning", "P9", 2, 2)).toEqual({ values: 1, formulas: 2 });
    expect((await host.contents("Uppföljning", "P9", 2, 2)).readers).toBeUndefined();
  });

  it("an Excel that refuses Trace Dependents (an error other than 'none found') still counts, and says it could not check", async () => {
    const { excel, host } = uppfoljning();
    // both ways refused: every dependent at once (1.15) and level by level (1.13)
    excel.allDependentsFail = "GeneralException";
    excel.dependentsFail = "GeneralException";
    expect(await host.contents("Uppföljning", "P9", 2, 2)).toEqual({ values: 1, formulas: 2 });
    expect((await host.contents("Uppföljning", "P9", 2, 2)).readers).toBeUndefined();
  });

  it("names T9, which referred to the replaced P9 and now shows #VÄRDEFEL!, and not the error that was there before", async () => {
    const { excel, host } = uppfoljning();
    expect(excel.cell("Uppföljning", "T9")?.value).toBe("ok");
    const result = await host.writeRange("Uppföljning", "P9", [
      [text("Metod"), text("Prognos")],
      [text("Linjär"), num(410)],
    ]);
    expect(result.range).toBe("P9:Q10");
    expect(result.errors).toEqual([]);
    expect(result.elsewhere).toEqual([{ address: "Uppföljning!T9", value: "#VÄRDEFEL!" }]);
  });

  it("a formula written inside the range that shows an error is one of the written cells, not 'elsewhere'", async () => {
    const { excel, host } = uppfoljning();
    const calc = excel.calculate;
    excel.calculate = (f) => (f.includes("SKATTEHÖJNING") ? "#NAMN?" : calc(f));
    const result = await host.writeRange("Uppföljning", "P9", [[formula("KOMMUN.TAXRAISEFOR(1,2)")]]);
    expect(result.errors).toEqual([{ address: "P9", value: "#NAMN?" }]);
    expect(result.elsewhere).toEqual([]);
  });

  it("Excel without Go To Special (before ExcelApi 1.9) says it could not check, rather than 'nothing broke'", async () => {
    const { excel, host } = uppfoljning();
    excel.apiMinor = 8;
    const result = await host.writeRange("Uppföljning", "P9", [[text("Metod")]]);
    expect(result.elsewhere).toBeUndefined();
  });
});
