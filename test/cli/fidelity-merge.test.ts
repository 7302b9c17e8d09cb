/**
 * Issue 22, the two halves joined: what `beräkna` computes (the cells it keeps) and what `--ut`
 * writes (only the values it computed) say the same, once; and what a new user met on odd files.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { hasTableReference, keepText } from "../../addin/src/cli/xlsx";
import { excelRound } from "../../addin/src/hyperformula/excelFunctions";
import { cli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "kk-fidelity-merge-"));

/** The `<sheetData>` of the first sheet of an .xlsx file. */
async function sheetData(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return /<sheetData>.*<\/sheetData>/s.exec(xml)![0];
}

/** The `<c>` element of one cell. */
function cellXml(data: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(data)?.[0];
}

describe("beräkna --ut: the cells not computed are listed once", () => {
  const input = join(dir, "kept.xlsx");
  const output = join(dir, "kept-out.xlsx");
  let r: ReturnType<typeof cli>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    // a link to another workbook (row 11), written before LET (row 8) and INDIRECT (row 10)
    ws.getCell("B11").value = { formula: "[1]Sheet1!A1*2", result: 84 } as ExcelJS.CellValue;
    ws.getCell("B8").value = { formula: "_xlfn.LET(_xlpm.x,2,_xlpm.x*3)", result: 6 } as ExcelJS.CellValue;
    ws.getCell("B10").value = { formula: 'INDIRECT("A1")', result: 1 } as ExcelJS.CellValue;
    // a legacy array formula over D1:D3 whose result has two rows: Excel shows #N/A in D3
    ws.getCell("D1").value = {
      formula: "A1:A2*2",
      result: 2,
      shareType: "array",
      ref: "D1:D3",
    } as unknown as ExcelJS.CellValue;
    ws.getCell("D2").value = 4;
    ws.getCell("D3").value = { error: "#N/A" } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(input);
    r = cli(["beräkna", input, "--ut", output, "--en"]);
  });

  it("lists the kept cells after the tables in the sheet's order, row by row", () => {
    const list = r.stdout.slice(r.stdout.indexOf("== Saved values: 3 cells not computed =="));
    const cells = [...list.matchAll(/^(Blad1!B\d+) /gm)].map((m) => m[1]);
    expect(cells).toEqual(["Blad1!B8", "Blad1!B10", "Blad1!B11"]);
    // LET and INDIRECT are not computed: exit 3
    expect(r.status).toBe(3);
  });

  it("keeps their saved values in the copy byte for byte and does not list them again", async () => {
    const before = await sheetData(input);
    const after = await sheetData(output);
    for (const a of ["B8", "B10", "B11"]) expect(cellXml(after, a)).toBe(cellXml(before, a));
    expect(r.stderr).not.toMatch(/B8|B10|B11/);
  });

  it("writes the array's values and keeps, and says on stderr, the cell its result does not reach", async () => {
    const after = await sheetData(output);
    // A1:A2*2 = {2;4}
    expect(cellXml(after, "D1")).toBe('<c r="D1"><f t="array" ref="D1:D3">A1:A2*2</f><v>2</v></c>');
    expect(cellXml(after, "D2")).toBe('<c r="D2"><v>4</v></c>');
    expect(cellXml(after, "D3")).toBe('<c r="D3" t="e"><v>#N/A</v></c>');
    expect(r.stderr).toContain(
      "Saved value kept in the copy in 1 cell:\n" +
        "  Blad1!D3  the array formula's result does not reach this cell; the saved value is kept\n",
    );
  });
});

describe("beräkna --ut: a cell added to a row", () => {
  it("leaves no `spans` that would no longer cover the row's cells", async () => {
    const input = join(dir, "spans.xlsx");
    const output = join(dir, "spans-out.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    [1, 2, 3].forEach((v, i) => (ws.getCell(`A${i + 1}`).value = v));
    // only the array's first cell is in the file: rows 2 and 3 hold A alone (spans="1:1")
    ws.getCell("C1").value = {
      formula: "A1:A3*2",
      result: 2,
      shareType: "array",
      ref: "C1:C3",
    } as unknown as ExcelJS.CellValue;
    await wb.xlsx.writeFile(input);
    expect(await sheetData(input)).toMatch(/<row r="2" spans="1:1"/);
    const r = cli(["beräkna", input, "--ut", output, "--en"]);
    expect(r.status).toBe(0);
    const after = await sheetData(output);
    // 2 × 2 and 3 × 2
    expect(cellXml(after, "C2")).toBe('<c r="C2"><v>4</v></c>');
    expect(cellXml(after, "C3")).toBe('<c r="C3"><v>6</v></c>');
    expect(after).not.toMatch(/<row r="[23]" spans=/);
  });
});

describe("formel: a formula beyond the parser", () => {
  it("is #VALUE! with the reason in Swedish and English (exit 3), never a stack overflow", () => {
    const deep = `=${"(".repeat(1000)}1${")".repeat(1000)}`;
    const en = cli(["formel", deep]);
    expect(en.stdout).toBe(
      "#VALUE! The formula is too long or too deeply nested for kommunkalkyl's formula parser.\n",
    );
    expect(en.status).toBe(3);
    expect(en.stderr).toBe("");
    const sv = cli(["formel", "--sv", deep]);
    expect(sv.stdout).toBe(
      "#VÄRDEFEL! Formeln är för lång eller för djupt nästlad för kommunkalkyls formeltolk.\n",
    );
    expect(sv.status).toBe(3);
  });
});

describe("--ut in a folder that takes no files", () => {
  it("says so before computing, not that the folder does not exist (exit 1)", () => {
    // /proc exists on Linux, and no file can be created in it, even by root
    const r = cli(["beräkna", join(dir, "spans.xlsx"), "--ut", "/proc/x.xlsx", "--en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "Cannot write in the folder /proc (for --out /proc/x.xlsx): The folder does not accept new files. Nothing was computed.",
    );
    expect(r.stdout).toBe("");
  });
});

describe("text that Excel reads as a date", () => {
  // 2024-01-01 is Excel's day 45292; 2024 has 366 days, so 2025-01-01 is 45658 and 2025-01-31 is 45688
  it("is a date in a formula (ISO 8601, as Excel reads it in every locale)", () => {
    expect(cli(["formel", '=YEAR("2025-01-31")']).stdout).toBe("2025\n");
    expect(cli(["formel", '=DATEVALUE("2025-01-31")']).stdout).toBe("45688\n");
    expect(cli(["formel", "--sv", '=ÅR("2025-01-31")']).stdout).toBe("2025\n");
  });

  it("stays text in a text cell, and computes as a date in arithmetic, as in Excel", async () => {
    const path = join(dir, "iso.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = "2025-01-31";
    ws.getCell("B1").value = { formula: "ISTEXT(A1)" } as ExcelJS.CellValue;
    ws.getCell("C1").value = { formula: "A1+1" } as ExcelJS.CellValue;
    ws.getCell("D1").value = { formula: "COUNT(A1)" } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(path);
    const r = cli(["beräkna", path, "--json", "--en"]);
    // text: ISTEXT TRUE, COUNT 0; "2025-01-31"+1 is 45689 in Excel
    expect(JSON.parse(r.stdout)).toEqual({ Blad1: [["2025-01-31", true, 45689, 0]] });
    expect(r.status).toBe(0);
  });

  it("is kept as text by keepText (samples)", () => {
    expect(keepText("2025-01-31")).toBe("'2025-01-31");
    expect(keepText("31/01/2025")).toBe("'31/01/2025");
    expect(keepText("Budget 2025-01-31")).toBe("Budget 2025-01-31");
  });
});

describe("a workbook in Excel's 1904 date system", () => {
  const path = join(dir, "d1904.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 31));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = { formula: "A1+1" } as ExcelJS.CellValue;
    ws.getCell("B1").numFmt = "yyyy-mm-dd";
    await wb.xlsx.writeFile(path);
  });

  it("is computed, its dates shown through their formats, with a note on the serial numbers", () => {
    const r = cli(["beräkna", path, "--en"]);
    expect(r.stdout).toContain("2025-01-31  2025-02-01");
    expect(r.stderr).toContain("uses the 1904 date system");
    expect(r.status).toBe(0);
  });

  it("gets no --ut copy, whose dates would be 1 462 days off (exit 1, nothing written)", () => {
    const out = join(dir, "d1904-out.xlsx");
    const r = cli(["beräkna", path, "--ut", out, "--en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("a copy would store dates 1,462 days off");
    expect(existsSync(out)).toBe(false);
  });
});

describe("formulas a controller writes", () => {
  let r: ReturnType<typeof cli>;

  beforeAll(async () => {
    const path = join(dir, "controller.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.addTable({
      name: "Tabell1",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Enhet" }, { name: "Belopp" }],
      rows: [
        ["a", 10],
        ["b", 20],
      ],
    });
    // a conditional sum without an array formula, as Excel computes SUMPRODUCT's arguments
    ws.getCell("D1").value = { formula: 'SUMPRODUCT((A2:A3="b")*B2:B3)' } as ExcelJS.CellValue;
    ws.getCell("D2").value = { formula: "SUMPRODUCT(B2:B3,B2:B3)" } as ExcelJS.CellValue;
    ws.getCell("D3").value = { formula: "SUM(Tabell1[Belopp])", result: 30 } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(path);
    r = cli(["beräkna", path, "--json", "--en"]);
  });

  it("SUMPRODUCT takes array expressions in a plain formula, as in Excel", () => {
    const rows = (JSON.parse(r.stdout) as Record<string, unknown[][]>).Blad1!;
    // only "b" matches: 1 × 20 = 20
    expect(rows[0]![3]).toBe(20);
    // 10 × 10 + 20 × 20 = 500
    expect(rows[1]![3]).toBe(500);
  });

  it("keeps a table reference's saved value and says that table references are not computed", () => {
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc["[sparade]"]).toEqual([
      {
        cell: "Blad1!D3",
        value: 30,
        message:
          "Table references (=SUM(Tabell1[Belopp])) are not computed by kommunkalkyl. The saved value is kept.",
      },
    ]);
    expect(doc["[fel]"]).toBeUndefined();
  });

  it("tells a table reference from a link to another workbook", () => {
    expect(hasTableReference("SUM(Tabell1[Belopp])")).toBe(true);
    expect(hasTableReference("Tabell1[[#Totals],[Belopp]]*2")).toBe(true);
    expect(hasTableReference("[1]Blad1!A1*2")).toBe(false);
    expect(hasTableReference("'[Budget.xlsx]Blad 1'!A1")).toBe(false);
    expect(hasTableReference('"Tabell1[Belopp]"&A1')).toBe(false);
  });
});

describe("a number made text, as Excel makes it", () => {
  it("has at most 15 significant digits, as the General format shows it", () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel's text is "0.3"
    expect(cli(["formel", '=(0.1+0.2)&""']).stdout).toBe("0.3\n");
    // 1/3 to 15 significant digits is 0.333333333333333: 17 characters
    expect(cli(["formel", "=LEN(1/3)"]).stdout).toBe("17\n");
    expect(cli(["formel", '=CONCATENATE("Summa: ",0.1+0.2)']).stdout).toBe("Summa: 0.3\n");
    // in Swedish syntax with a decimal comma, and it reads back as a number: 1,5 + 1
    expect(cli(["formel", "--sv", '=(1,5&"")+1']).stdout).toBe("2,5\n");
  });

  it("in a workbook, and reads back as a number", async () => {
    const path = join(dir, "text-of-number.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = { formula: "0.1+0.2" } as ExcelJS.CellValue;
    ws.getCell("B1").value = { formula: '"Summa: "&A1' } as ExcelJS.CellValue;
    ws.getCell("C1").value = { formula: '(A1&"")+1' } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(path);
    const rows = (JSON.parse(cli(["beräkna", path, "--json", "--sv"]).stdout) as Record<string, unknown[][]>)
      .Blad1!;
    // "0.3" + 1 = 1.3
    expect(rows[0]).toEqual([0.30000000000000004, "Summa: 0.3", 1.3]);
  });
});

describe("ROUND and DATEDIF as Excel computes them", () => {
  it("ROUND rounds the decimal number Excel shows, half away from zero", () => {
    // 1.005 is 1.00499999999999989… as a double; Excel rounds the 1.005 it shows: 1.01
    expect(excelRound(1.005, 2)).toBe(1.01);
    // likewise 2.675 → 2.68 and 0.285 → 0.29
    expect(excelRound(2.675, 2)).toBe(2.68);
    expect(excelRound(0.285, 2)).toBe(0.29);
    // half away from zero: −2.5 → −3; to hundreds: 1 234.5 → 1 200; places truncated: 0.9 → 0
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(1234.5, -2)).toBe(1200);
    expect(excelRound(2.5, 0.9)).toBe(3);
    expect(cli(["formel", "=ROUND(1.005,2)"]).stdout).toBe("1.01\n");
    expect(cli(["formel", "--sv", "=AVRUNDA(2,675;2)"]).stdout).toBe("2,68\n");
  });

  it("DATEDIF takes its unit in lower case, as Microsoft's examples write it", () => {
    // 2020-01-01 to 2025-06-01: five whole years
    expect(cli(["formel", '=DATEDIF(DATE(2020,1,1),DATE(2025,6,1),"y")']).stdout).toBe("5\n");
    // 15 Jan → 1 Jun, days beyond whole months: 31 days of May + 1 − 15 = 17
    expect(cli(["formel", '=DATEDIF(DATE(2020,1,15),DATE(2025,6,1),"md")']).stdout).toBe("17\n");
  });
});

describe("comparisons as Excel makes them", () => {
  it("compares numbers to 15 significant digits", () => {
    // 0.1 + 0.2 is 0.30000000000000004: 0.300000000000000 to 15 digits, equal to 0.3 in Excel
    expect(cli(["formel", "=0.1+0.2=0.3"]).stdout).toBe("TRUE\n");
    // 1.2 − 1.1 is 0.09999999999999987: 0.0999999999999999 to 15 digits, not 0.1 (FALSE in Excel too)
    expect(cli(["formel", "=1.2-1.1=0.1"]).stdout).toBe("FALSE\n");
    // a criterion compares the same way: the one cell that shows 0.3 is counted
    expect(cli(["formel", '=COUNTIF({0.30000000000000004,1},"=0.3")']).stdout).toBe("1\n");
  });
});
