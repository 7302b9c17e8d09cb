import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./run";

type Json = Record<string, unknown[][]> & { "[fel]"?: { cell: string; error: string; message: string }[] };

const dir = mkdtempSync(join(tmpdir(), "kk-granskning-"));
const dates = join(dir, "datum.xlsx");

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Avtal");
  ws.getCell("A1").value = "Avtalet börjar";
  // a date cell: Excel stores 2025-01-15 as the serial number 45672
  ws.getCell("B1").value = new Date(Date.UTC(2025, 0, 15));
  ws.getCell("B1").numFmt = "yyyy-mm-dd";
  ws.getCell("A2").value = "Uppsägningstid slut";
  ws.getCell("B2").value = { formula: "B1+30" } as ExcelJS.CellValue;
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  ws.getCell("A3").value = "År och månad";
  ws.getCell("B3").value = { formula: "YEAR(B1)*100+MONTH(B1)" } as ExcelJS.CellValue;
  ws.getCell("A4").value = "Möte kl. 12.30";
  ws.getCell("B4").value = new Date(Date.UTC(2025, 0, 15, 12, 30));
  ws.getCell("B4").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("A5").value = "Text gånger två";
  ws.getCell("B5").value = { formula: "A1*2" } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(dates);
});

describe("kommunkalkyl beräkna: date cells are dates, as in Excel", () => {
  it("reads a date cell as its serial number, so date arithmetic computes and the date format shows it", () => {
    const r = cli(["beräkna", dates, "--json"]);
    const doc = JSON.parse(r.stdout) as Json;
    // 2025-01-15 is day 45 672 of Excel's calendar (25 569 is 1970-01-01; 20 103 days later)
    expect(doc.Avtal![0]![1]).toBe(45672);
    // 30 days later: 2025-02-14
    expect(doc.Avtal![1]![1]).toBe(45702);
    expect(doc.Avtal![2]![1]).toBe(202501);
    // 12.30 is half a day and an hour's 1/48 more: 45672 + 12.5/24
    expect(doc.Avtal![3]![1]).toBeCloseTo(45672 + 12.5 / 24, 8);
    const table = cli(["beräkna", dates, "--sv"]);
    expect(table.stdout).toMatch(/Avtalet börjar\s+2025-01-15\n/);
    expect(table.stdout).toMatch(/Uppsägningstid slut\s+2025-02-14\n/);
    expect(table.stdout).toMatch(/Möte kl\. 12\.30\s+2025-01-15 12:30\n/);
  });

  it("gives HyperFormula's own messages in Swedish under --sv", () => {
    const sv = cli(["beräkna", dates, "--sv"]);
    expect(sv.status).toBe(3);
    expect(sv.stdout).toMatch(/Avtal!B5\s+#VÄRDEFEL!\s+Värdet kan inte läsas som ett tal\./);
    const en = cli(["beräkna", dates, "--en"]);
    expect(en.stdout).toMatch(/Avtal!B5\s+#VALUE!\s+Value cannot be coerced to number\./);
  });
});

describe("kommunkalkyl formel: odd arguments", () => {
  it("takes an empty formula as no formula", () => {
    for (const empty of ["", "=", "  "]) {
      const r = cli(["formel", empty]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("formula needs a formula.");
    }
  });

  it("refuses --sv and --en together, as beräkna does", () => {
    const r = cli(["formel", "=1", "--sv", "--en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Give --sv or --en, not both.");
    expect(r.stdout).toBe("");
  });

  it("says under --sv that ; separates arguments when a formula has commas", () => {
    const r = cli(["formel", "--sv", "=KOMMUN.NETTOKOSTNADSRAM(1000,5,2%)"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("med --sv skiljer ; argumenten och , är decimalkomma");
    expect(r.stderr).toContain("with --sv, ; separates arguments and , is the decimal comma");
  });
});

describe("kommunkalkyl beräkna --ut: the copy is an .xlsx workbook", () => {
  it("refuses a name without .xlsx before any work, and writes nothing", () => {
    const target = join(dir, "kopia.csv");
    const r = cli(["beräkna", dates, "--ut", target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the copy is an .xlsx workbook; give the file the extension .xlsx.");
    expect(r.stdout).toBe("");
    expect(existsSync(target)).toBe(false);
    expect(cli(["beräkna", dates, "--ut", join(dir, "kopia.XLSX")]).status).toBe(3);
  });
});

describe("kommunkalkyl beräkna: an older Excel file", () => {
  it("says that an OLE2 file (.xls, or an .xlsx encrypted with a password) must be saved as .xlsx", () => {
    const xls = join(dir, "gammal.xls");
    // the eight bytes every OLE2 compound file starts with, then padding
    writeFileSync(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    const r = cli(["beräkna", xls]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "is not an .xlsx workbook (an older Excel file (.xls, Excel 97–2003) or a password-protected workbook). Save it as an Excel workbook (.xlsx) and try again.",
    );
    expect(r.stderr).toContain(
      "en äldre Excel-fil (.xls, Excel 97–2003) eller en lösenordsskyddad arbetsbok",
    );
  });
});

describe("kommunkalkyl beräkna: workbooks as Excel writes them", () => {
  const excel = join(dir, "excel.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Taxor");
    ws.getCell("A1").value = "Taxa";
    ws.getCell("B1").value = "Belopp";
    ws.getCell("A2").value = "Bygglov";
    ws.getCell("B2").value = 12000;
    ws.getCell("A3").value = "Marklov";
    ws.getCell("B3").value = 4500;
    // Excel stores TRUE and FALSE as constants, most often in VLOOKUP's exact match
    ws.getCell("C1").value = { formula: 'VLOOKUP("Marklov",A2:B3,2,FALSE)' } as ExcelJS.CellValue;
    ws.getCell("C2").value = { formula: "IF(B2>B3,TRUE,FALSE)" } as ExcelJS.CellValue;
    ws.getCell("C3").value = { formula: 'VLOOKUP("Strandskydd",A2:B3,2,FALSE)' } as ExcelJS.CellValue;
    // a heading merged over D1:E1: Excel keeps its text in D1 only
    ws.mergeCells("D1:E1");
    ws.getCell("D1").value = "Rubrik över två kolumner";
    await wb.xlsx.writeFile(excel);
  });

  it("reads TRUE and FALSE as Excel's constants, not as unknown names", () => {
    const doc = JSON.parse(cli(["beräkna", excel, "--json", "--en"]).stdout) as Json;
    expect(doc.Taxor![0]![2]).toBe(4500);
    // 12 000 > 4 500
    expect(doc.Taxor![1]![2]).toBe(true);
    // a value that is not in the table is #N/A, as in Excel, not #NAME?
    expect(doc.Taxor![2]![2]).toBe("#N/A");
    expect(doc["[fel]"]).toEqual([{ cell: "Taxor!C3", error: "#N/A", message: "Value not found." }]);
    const formel = cli(["formel", "--sv", "=OM(1>2;SANT;FALSKT)"]);
    expect(formel.stdout).toBe("FALSKT\n");
  });

  it("prints a merged heading once, in its first cell", () => {
    const doc = JSON.parse(cli(["beräkna", excel, "--json"]).stdout) as Json;
    expect(doc.Taxor![0]).toEqual(["Taxa", "Belopp", 4500, "Rubrik över två kolumner"]);
    const table = cli(["beräkna", excel, "--en"]).stdout;
    expect(table.match(/Rubrik över två kolumner/g)).toHaveLength(1);
  });
});
