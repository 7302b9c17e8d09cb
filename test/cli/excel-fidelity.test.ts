/**
 * Issue 22: `beräkna` and `formel` compute as Excel would. Each workbook is built with exceljs
 * in a few lines; every expected value is Excel's, worked out in the comment beside it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DetailedCellError, type CellValue } from "hyperformula";
import { evaluateFormula } from "../../addin/src/hyperformula/engine";
import { plainNumbers, swedishArrayConstants } from "../../addin/src/hyperformula/formulas";
import { swedishFormatCode } from "../../addin/src/hyperformula/excel";
import { formattedNumber } from "../../addin/src/cli/format";
import { definedNames } from "../../addin/src/cli/workbookxml";
import { evaluateRead, readWorkbook, type EvaluatedWorkbook } from "../../addin/src/cli/xlsx";
import { runFormel } from "../../addin/src/cli/commands";
import { ROOT } from "../helpers";
import { cli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "kk-fidelity-"));
let n = 0;

/** Writes a workbook built by `build` and evaluates it as `beräkna` does. */
async function evaluate(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<EvaluatedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const path = join(dir, `book${n++}.xlsx`);
  await wb.xlsx.writeFile(path);
  return evaluateRead(await readWorkbook(path), "en");
}

/** `kommunkalkyl formel …` in this process: what it prints and its exit code. */
function formel(args: string[]): { stdout: string; status: number } {
  let stdout = "";
  const status = runFormel(args, (s) => (stdout += s));
  return { stdout, status };
}

/** A formula stored with `t="array"` over `ref` (exceljs writes it so; its types do not list it). */
const arrayFormula = (formula: string, result: number, ref: string): ExcelJS.CellValue =>
  ({ formula, result, shareType: "array", ref }) as unknown as ExcelJS.CellValue;

const at = (r: EvaluatedWorkbook, sheet: string, row: number, col: number): CellValue =>
  r.values[sheet]?.[row]?.[col] ?? null;

describe("1. a cell the file stores as text stays text", () => {
  it('sums 200 over "Kostnad", "50%", "$100", "31/01/2025" and 200, and counts no number among the texts', async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ["Kostnad", "50%", "$100", "31/01/2025"].forEach((t, i) => (ws.getCell(`A${i + 1}`).value = t));
      ws.getCell("A5").value = 200;
      ws.getCell("B1").value = { formula: "SUM(A1:A5)", result: 200 };
      ws.getCell("B2").value = { formula: "COUNT(A1:A4)", result: 0 };
      ws.getCell("C1").value = "TRUE";
      ws.getCell("C2").value = "#N/A";
      ws.getCell("C3").value = { formula: "ISTEXT(C1)", result: true };
    });
    // SUM skips text in a range: only the number 200 counts
    expect(at(r, "Blad1", 0, 1)).toBe(200);
    // COUNT counts numbers; the four cells are text
    expect(at(r, "Blad1", 1, 1)).toBe(0);
    expect(at(r, "Blad1", 0, 0)).toBe("Kostnad");
    expect(at(r, "Blad1", 1, 0)).toBe("50%");
    // the text "TRUE" is no boolean and "#N/A" no error
    expect(at(r, "Blad1", 0, 2)).toBe("TRUE");
    expect(at(r, "Blad1", 2, 2)).toBe(true);
    expect(at(r, "Blad1", 1, 2)).toBe("#N/A");
    expect(r.errors).toEqual([]);
  });
});

describe("2. array formulas", () => {
  it("computes legacy {=…} formulas with arrays and a plain formula with implicit intersection", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Arr");
      [1, 2, 3].forEach((v, i) => {
        ws.getCell(`A${i + 1}`).value = v;
        ws.getCell(`B${i + 1}`).value = v * 10;
      });
      ws.getCell("C1").value = arrayFormula("SUM(A1:A3*B1:B3)", 140, "C1");
      ws.getCell("C2").value = arrayFormula("SUM(IF(A1:A3>1,B1:B3))", 50, "C2");
      ws.getCell("D1").value = arrayFormula("A1:A3*2", 2, "D1:D3");
      ws.getCell("D2").value = 4; // Excel saves the values an array formula fills
      ws.getCell("D3").value = 6;
      ws.getCell("E2").value = { formula: "A1:A3*2", result: 4 };
      // {=A1:A3*2} entered in F1 alone: Excel shows the first value, 2, and fills nothing below
      ws.getCell("F1").value = arrayFormula("A1:A3*2", 2, "F1");
      ws.getCell("F2").value = "kept";
    });
    // 1·10 + 2·20 + 3·30 = 10 + 40 + 90 = 140
    expect(at(r, "Arr", 0, 2)).toBe(140);
    // the rows where A > 1: 20 + 30 = 50
    expect(at(r, "Arr", 1, 2)).toBe(50);
    // {1;2;3}·2 fills D1:D3 with 2, 4, 6
    expect([at(r, "Arr", 0, 3), at(r, "Arr", 1, 3), at(r, "Arr", 2, 3)]).toEqual([2, 4, 6]);
    // not an array formula: Excel takes A1:A3 in the formula's own row 2 (A2 = 2), so 2·2 = 4
    expect(at(r, "Arr", 1, 4)).toBe(4);
    expect([at(r, "Arr", 0, 5), at(r, "Arr", 1, 5)]).toEqual([2, "kept"]);
    expect(r.errors).toEqual([]);
  });

  it("formel computes a formula as typed today: arrays, and the result spills", () => {
    // {1,2}·{3,4} = {3,8}, summed 11
    expect(formel(["=SUM({1,2}*{3,4})"]).stdout).toBe("11\n");
    // and the built command says the same
    expect(cli(["formel", "=SUM({1,2}*{3,4})"]).stdout).toBe("11\n");
    // each element doubled, two rows of two
    expect(formel(["={1,2;3,4}*2"]).stdout).toBe("2\t4\n6\t8\n");
    // Swedish Excel's array constants: \ between columns, ; between rows
    expect(formel(["--sv", "={1\\2;3\\4}*2"]).stdout).toBe("2\t4\n6\t8\n");
    expect(swedishArrayConstants('=SUMMA({1\\2;3\\4};"a;b")')).toBe('=SUMMA({1;2|3;4};"a;b")');
  });
});

describe("3. Excel's number syntax with an exponent", () => {
  it("reads 1E-6 in a saved formula and 1E+3 in formel", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = 200;
      ws.getCell("B1").value = { formula: "A1*1E-6", result: 0.0002 };
    });
    // 200 · 0.000001 = 0.0002
    expect(at(r, "Blad1", 0, 1)).toBeCloseTo(0.0002, 15);
    const one = formel(["=1E+3"]);
    expect(one.stdout).toBe("1000\n");
    expect(one.status).toBe(0);
    expect(plainNumbers("=2.5E-3+1E2")).toBe("=0.0025+100");
    expect(plainNumbers("=1,5E+3", ",")).toBe("=1500");
    // a cell E5, a name with E and text stay as they are
    expect(plainNumbers('=E5+A1E+"1E3"')).toBe('=E5+A1E+"1E3"');
  });
});

describe("4. defined names", () => {
  it("computes =Gap*2 in the product's skatt-eller-effektivisering.xlsx (Gap is Scenario!B5, 25 mnkr)", async () => {
    const r = await evaluate(async (wb) => {
      await wb.xlsx.readFile(join(ROOT, "samples", "skatt-eller-effektivisering.xlsx"));
      wb.getWorksheet("Scenario")!.getCell("H1").value = { formula: "Gap*2", result: 50 };
    });
    expect(at(r, "Scenario", 4, 1)).toBe(25);
    // 2 · 25 = 50
    expect(at(r, "Scenario", 0, 7)).toBe(50);
  });

  it("computes a name that refers to a range", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      [5, 7, 9].forEach((v, i) => (ws.getCell(`A${i + 1}`).value = v));
      wb.definedNames.add("Blad1!$A$1:$A$3", "Belopp");
      ws.getCell("B1").value = { formula: "SUM(Belopp)", result: 21 };
    });
    // 5 + 7 + 9 = 21
    expect(at(r, "Blad1", 0, 1)).toBe(21);
  });

  it("gives each sheet its own sheet-scope name", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, v] of [
      ["Blad1", 3],
      ["Blad2", 5],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getCell("A1").value = v;
      ws.getCell("B1").value = { formula: "Sats*2" };
    }
    const path = join(dir, "scoped.xlsx");
    await wb.xlsx.writeFile(path);
    const read = await readWorkbook(path);
    // as definedNames() reads <definedName name="Sats" localSheetId="0|1">
    read.names.push({ name: "Sats", expression: "=Blad1!$A$1", scope: 0 });
    read.names.push({ name: "Sats", expression: "=Blad2!$A$1", scope: 1 });
    const r = evaluateRead(read, "en");
    // 2 · 3 on Blad1, 2 · 5 on Blad2
    expect(at(r, "Blad1", 0, 1)).toBe(6);
    expect(at(r, "Blad2", 0, 1)).toBe(10);
  });

  it("reads a sheet-scope name with its sheet and a workbook name without", () => {
    const xml =
      '<workbook><sheets><sheet name="Indata" sheetId="1"/><sheet name="Mål &amp; budget" sheetId="2"/></sheets>' +
      '<definedNames><definedName name="Ränta" localSheetId="1">\'Mål &amp; budget\'!$B$2</definedName>' +
      '<definedName name="Gap">Indata!$B$5*2</definedName></definedNames></workbook>';
    expect(definedNames(xml)).toEqual([
      { name: "Ränta", formula: "'Mål & budget'!$B$2", sheet: "Mål & budget" },
      { name: "Gap", formula: "Indata!$B$5*2" },
    ]);
  });
});

describe("5 and 6. TEXT(), formats, dates and functions as Excel has them", () => {
  it("formats through Excel's format codes", () => {
    expect(evaluateFormula('=TEXT(1234.5,"#,##0.00")', "en")).toEqual([["1,234.50"]]);
    // 0.0118 = 1.18 %
    expect(evaluateFormula('=TEXT(0.0118,"0.00%")', "en")).toEqual([["1.18%"]]);
    // Swedish: 0,5 as per cent is 50, with the format's own space
    expect(evaluateFormula('=TEXT(0,5;"0 %")', "sv", "sv")).toEqual([["50 %"]]);
    expect(evaluateFormula('=TEXT(1234,5;"# ##0,00")', "sv", "sv")).toEqual([["1 234,50"]]);
    expect(swedishFormatCode("d mmm åååå")).toBe("d mmm yyyy");
  });

  it("shows nothing for 0 in 0;-0;;@ and Swedish short months without a full stop", () => {
    expect(formattedNumber(0, "0;-0;;@", "en")).toBe("");
    expect(formattedNumber(-3, "0;-0;;@", "en")).toBe("-3");
    // 45672 is 2025-01-15 (45658 is 2025-01-01)
    expect(formattedNumber(45672, "d mmm yyyy", "sv")).toBe("15 jan 2025");
  });

  it("numbers 1900-01-01 as day 1, has CONCAT, 0^0 is #NUM!, and names LET as an Excel function not computed", () => {
    expect(evaluateFormula("=DATE(1900,1,1)", "en")).toEqual([[1]]);
    // 1900-03-01 is 61 in Excel (with its 1900-02-29)
    expect(evaluateFormula("=DATE(1900,3,1)", "en")).toEqual([[61]]);
    expect(evaluateFormula('=CONCAT("a",1,"b")', "en")).toEqual([["a1b"]]);
    // Excel: 0^0 and POWER(0,0) are #NUM!, an empty cell counting as 0; other powers as before
    for (const f of ["=0^0", "=POWER(0,0)", "=B5^0", "=0^0+1"]) {
      const v = evaluateFormula(f, "en")[0]![0];
      expect(v).toBeInstanceOf(DetailedCellError);
      expect((v as DetailedCellError).value).toBe("#NUM!");
    }
    expect(evaluateFormula("=2^10", "en")).toEqual([[1024]]);
    const let_ = formel(["=LET(x,1,x)"]);
    expect(let_.stdout).toBe("#NAME? LET is an Excel function kommunkalkyl does not compute (yet).\n");
    expect(let_.status).toBe(3);
  });

  it("keeps the saved value of a reference to another workbook and says so", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = { formula: "[1]Budget!B2*2", result: 84 };
      ws.getCell("A2").value = { formula: "A1+1", result: 85 };
    });
    expect(at(r, "Blad1", 0, 0)).toBe(84);
    // computed from the saved 84
    expect(at(r, "Blad1", 1, 0)).toBe(85);
    expect(r.kept).toHaveLength(1);
    expect(r.kept[0]).toMatchObject({ cell: "Blad1!A1", value: 84, why: "linked" });
    expect(r.kept[0]!.message).toMatch(/Saved value of a linked workbook \(=\[1\]Budget!B2\*2\)/);
  });
});

describe("6. a function not computed here (LET)", () => {
  it("keeps its saved value, and the cells that use it compute from that", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = { formula: "_xlfn.LET(_xlpm.x,2,_xlpm.x*3)", result: 6 };
      ws.getCell("A2").value = { formula: "A1+1", result: 7 };
    });
    expect(at(r, "Blad1", 0, 0)).toBe(6);
    // 6 + 1
    expect(at(r, "Blad1", 1, 0)).toBe(7);
    expect(r.kept.map((k) => [k.cell, k.why])).toEqual([["Blad1!A1", "unsupported"]]);
    expect(r.kept[0]!.message).toBe(
      "LET is a function kommunkalkyl does not compute. The saved value is kept.",
    );
  });
});

describe("6. a defined name that refers to another workbook", () => {
  it("keeps the saved value of a cell that uses it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = { formula: "Extern*2", result: 10 };
    ws.getCell("A2").value = { formula: "A1+1", result: 11 };
    const path = join(dir, "linked-name.xlsx");
    await wb.xlsx.writeFile(path);
    const read = await readWorkbook(path);
    // as readWorkbook records <definedName name="Extern">[1]Budget!$B$2</definedName>
    read.linkedNames.set("EXTERN", "[1]Budget!$B$2");
    const r = evaluateRead(read, "en");
    expect(at(r, "Blad1", 0, 0)).toBe(10);
    // 10 + 1, from the saved value
    expect(at(r, "Blad1", 1, 0)).toBe(11);
    expect(r.kept).toEqual([
      expect.objectContaining({
        cell: "Blad1!A1",
        why: "linked",
        message: "Saved value of a linked workbook (Extern = [1]Budget!$B$2); links are not computed here.",
      }),
    ]);
    expect(r.errors).toEqual([]);
  });
});

describe("7 and 8. no crash: long formulas, deep brackets, a sheet called __proto__", () => {
  it("keeps the saved value of a formula too long for the parser and computes the other cells", async () => {
    const terms = Array.from({ length: 1200 }, () => "A1").join("+");
    const deep = `${"(".repeat(200)}A1${")".repeat(200)}`;
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = { formula: terms, result: 1200 };
      ws.getCell("C1").value = { formula: deep };
      ws.getCell("D1").value = { formula: "A1+1", result: 2 };
    });
    expect(at(r, "Blad1", 0, 1)).toBe(1200);
    expect(r.kept.map((k) => k.cell)).toEqual(["Blad1!B1"]);
    // no saved value: an Excel error with the reason, never a number
    expect(r.errors).toEqual([
      expect.objectContaining({
        cell: "Blad1!C1",
        error: "#VALUE!",
        message: expect.stringMatching(/too long or too deeply nested/),
      }),
    ]);
    expect(at(r, "Blad1", 0, 3)).toBe(2);
  });

  it("computes a sheet called __proto__", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("__proto__");
      ws.getCell("A1").value = 20;
      ws.getCell("A2").value = { formula: "A1*3", result: 60 };
    });
    expect(Object.keys(r.values)).toEqual(["__proto__"]);
    expect(at(r, "__proto__", 1, 0)).toBe(60);
  });
});

describe("13. circular references", () => {
  it("keeps the saved values of the cycle, names its cells, and computes what depends on it", async () => {
    const r = await evaluate((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = { formula: "B1+1", result: 5 };
      ws.getCell("B1").value = { formula: "A1+1", result: 6 };
      ws.getCell("C1").value = { formula: "A1*2", result: 10 };
    });
    expect([at(r, "Blad1", 0, 0), at(r, "Blad1", 0, 1)]).toEqual([5, 6]);
    // 2 · the saved 5
    expect(at(r, "Blad1", 0, 2)).toBe(10);
    expect(r.errors).toEqual([]);
    expect(r.kept.map((k) => [k.cell, k.why])).toEqual([
      ["Blad1!A1", "cycle"],
      ["Blad1!B1", "cycle"],
    ]);
    expect(r.kept[0]!.message).toBe(
      "Circular reference: Blad1!A1 and Blad1!B1 refer to each other. The saved value is kept.",
    );
  });
});

describe("formel and the command line", () => {
  it("reads a formula that starts with a minus sign, and -- before it", () => {
    // −π to Excel's 15 digits
    expect(formel(["-PI()"]).stdout).toBe("-3.14159265358979\n");
    expect(formel(["--", "-PI()"]).stdout).toBe("-3.14159265358979\n");
  });

  it("prints kept cells after the tables and under [sparade] in --json, and never #CYCLE!", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = { formula: "B1+1", result: 5 };
    ws.getCell("B1").value = { formula: "A1+1", result: 6 };
    const path = join(dir, "cycle.xlsx");
    await wb.xlsx.writeFile(path);
    const table = cli(["beräkna", path, "--en"]);
    expect(table.stdout).toContain("== Saved values: 2 cells not computed ==\nBlad1!A1  Circular reference");
    expect(table.status).toBe(3);
    const json = JSON.parse(cli(["beräkna", path, "--json", "--en"]).stdout) as Record<string, unknown>;
    expect(json.Blad1).toEqual([[5, 6]]);
    expect(json["[sparade]"]).toHaveLength(2);
    expect(JSON.stringify(json)).not.toMatch(/#CYCLE!|#ERROR!/);
  });

  it("never shows an error name Excel does not have", () => {
    const cycle = evaluateFormula("=A1+1", "en")[0]![0];
    expect(cycle).toBeInstanceOf(DetailedCellError);
    expect(formel(["=A1+1"]).stdout).toMatch(/^#VALUE! Circular reference/);
  });
});
