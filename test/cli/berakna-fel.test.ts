import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli, cliOnTerminal, SWEDISH_SYSTEM } from "./run";

type Json = Record<string, unknown[][]> & { "[fel]"?: { cell: string; error: string; message: string }[] };

const dir = mkdtempSync(join(tmpdir(), "kk-fel-"));
const file = (name: string) => join(dir, name);

/** An English workbook: labels in A, KOMMUN calls as Excel stores them in B, with number formats. */
async function englishWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget 2025");
  const rows: [string, (string | number)?, string?][] = [
    ["Result share", "_xldudf_KOMMUN_RESULTSHARE(23,1950)", "0.00%"],
    ["Net cost frame", "_xldudf_KOMMUN_NETCOSTFRAME(1950,-12,2%)", "#,##0.0"],
    ["Tax revenue", "_xldudf_KOMMUN_TAXREVENUE(6900000,21.5)", '#,##0 "kr"'],
    ["Balance check", "_xldudf_KOMMUN_BALANCECHECK(5,1000)"],
    ["Share of the total for the year", 0.25],
    ["A note that is much longer than forty characters, to see how the table ends it"],
  ];
  rows.forEach(([label, content, format], i) => {
    ws.getCell(i + 1, 1).value = label;
    if (content === undefined) return;
    const cell = ws.getCell(i + 1, 2);
    cell.value = typeof content === "string" ? ({ formula: content } as ExcelJS.CellValue) : content;
    if (format) cell.numFmt = format;
  });
  ws.getCell(6, 3).value = "The whole label is in --json with a much longer text than the table shows";
  await wb.xlsx.writeFile(path);
}

/** A workbook with errors of every kind the report explains. */
async function errorWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Mål och budget");
  ws.getCell("A1").value = "Resultatkrav";
  ws.getCell("B1").value = { formula: "_xldudf_KOMMUN_RESULTREQUIREMENT(1950,2)" } as ExcelJS.CellValue;
  ws.getCell("A2").value = "Okänd funktion";
  ws.getCell("B2").value = { formula: "_xldudf_KOMMUN_NETCOSTFRAMEX(1950,-12,2%)" } as ExcelJS.CellValue;
  ws.getCell("A3").value = "Fel antal";
  ws.getCell("B3").value = { formula: "_xldudf_KOMMUN_RESULTREQUIREMENT(1,2,3)" } as ExcelJS.CellValue;
  ws.getCell("A4").value = "Kvot";
  ws.getCell("B4").value = { formula: "1/0" } as ExcelJS.CellValue;
  ws.getCell("A5").value = "Nämndernas förslag";
  ws.getCell("B5").value = 1915;
  const cycle = wb.addWorksheet("Cykel");
  // A1 → B1 → A1 is the cycle; C1 only reads it; A2 refers to itself; A3 is fine
  cycle.getCell("A1").value = { formula: "B1+1" } as ExcelJS.CellValue;
  cycle.getCell("B1").value = { formula: "A1*2" } as ExcelJS.CellValue;
  cycle.getCell("C1").value = { formula: "B1+5" } as ExcelJS.CellValue;
  cycle.getCell("A2").value = { formula: "A2" } as ExcelJS.CellValue;
  cycle.getCell("A3").value = { formula: "2*3" } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  await englishWorkbook(file("english.xlsx"));
  await errorWorkbook(file("fel.xlsx"));
  writeFileSync(file("text.xlsx"), "kpi,kommun\nN00901,0184\n");
  writeFileSync(file("tom.xlsx"), "");
  // a zip archive (the smallest: an empty one) that is no workbook
  writeFileSync(file("arkiv.xlsx"), Buffer.from("504b0506" + "00".repeat(18), "hex"));
  writeFileSync(file("local.zip"), Buffer.from("504b0304" + "00".repeat(26), "hex"));
});

describe("kommunkalkyl beräkna: error cells with their message and address", () => {
  it("lists every error cell after the tables, names the cycles and the closest KOMMUN name, and exits 3", () => {
    const r = cli(["beräkna", file("fel.xlsx"), "--en"]);
    expect(r.status).toBe(3);
    const list = r.stdout.slice(r.stdout.indexOf("== Errors: 8 cells =="));
    const lines = list.split("\n").slice(1, 8);
    expect(lines[0]).toMatch(/^'Mål och budget'!B1 +#VALUE! +.*Write 2 % \(0\.02\), not 2\.$/);
    expect(lines[1]).toMatch(
      /^'Mål och budget'!B2 +#NAME\? +Unknown function KOMMUN\.NETCOSTFRAMEX; did you mean KOMMUN\.NETCOSTFRAME\?$/,
    );
    expect(lines[2]).toMatch(
      /^'Mål och budget'!B3 +#N\/A +KOMMUN\.RESULTREQUIREMENT takes 1 to 2 arguments \(taxes_and_grants, \[share\]\), got 3\.$/,
    );
    expect(lines[3]).toMatch(/^'Mål och budget'!B4 +#DIV\/0! +Division by zero\.$/);
    expect(lines[4]).toMatch(
      /^Cykel!A1 +#VALUE! +Circular reference: Cykel!A1 and Cykel!B1 refer to each other\. The file has no saved value\.$/,
    );
    expect(lines[5]).toMatch(
      /^Cykel!B1 +#VALUE! +Circular reference: Cykel!A1 and Cykel!B1 refer to each other\. The file has no saved value\.$/,
    );
    expect(lines[6]).toMatch(
      /^Cykel!C1 +#VALUE! +Depends on the circular reference between Cykel!A1 and Cykel!B1\./,
    );
    expect(list).toMatch(/Cykel!A2 +#VALUE! +Circular reference: Cykel!A2 refers to itself\./);
    // the tables show the errors by name; the cell that is fine is computed
    expect(r.stdout).toMatch(/== Cykel ==\n#VALUE! +#VALUE! +#VALUE!\n#VALUE!\n +6\n/);
  });

  it("writes the errors in Swedish with Excel's Swedish names (the workbook's text is Swedish)", () => {
    const r = cli(["beräkna", file("fel.xlsx")]);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("== Fel: 8 celler ==");
    expect(r.stdout).toMatch(/'Mål och budget'!B1 +#VÄRDEFEL! +.*Skriv 2 % \(0,02\), inte 2\./);
    expect(r.stdout).toMatch(
      /'Mål och budget'!B2 +#NAMN\? +Okänd funktion KOMMUN\.NETCOSTFRAMEX; menade du KOMMUN\.NETCOSTFRAME\?/,
    );
    expect(r.stdout).toMatch(/'Mål och budget'!B3 +#SAKNAS! +KOMMUN\.RESULTATKRAV tar 1–2 argument/);
    expect(r.stdout).toMatch(/'Mål och budget'!B4 +#DIVISION\/0! +Division med noll\./);
    expect(r.stdout).toMatch(/Cykel!A2 +#VÄRDEFEL! +Cirkelreferens: Cykel!A2 refererar till sig själv\./);
  });

  it('puts the errors under "[fel]" in --json beside the sheets, which keep their shape', () => {
    const r = cli(["beräkna", file("fel.xlsx"), "--json", "--en"]);
    expect(r.status).toBe(3);
    const doc = JSON.parse(r.stdout) as Json;
    expect(Object.keys(doc)).toEqual(["Mål och budget", "Cykel", "[fel]"]);
    expect(doc["Mål och budget"]![1]).toEqual(["Okänd funktion", "#NAME?"]);
    expect(doc["Mål och budget"]![4]).toEqual(["Nämndernas förslag", 1915]);
    expect(doc["Cykel"]![2]).toEqual([6]);
    const errors = doc["[fel]"]!;
    expect(errors).toHaveLength(8);
    expect(errors[1]).toEqual({
      cell: "'Mål och budget'!B2",
      error: "#NAME?",
      message: "Unknown function KOMMUN.NETCOSTFRAMEX; did you mean KOMMUN.NETCOSTFRAME?",
    });
    expect(errors[4]).toEqual({
      cell: "Cykel!A1",
      // Excel has no #CYCLE! error: #VALUE!, the cycle's cells in the message, and no saved value to keep
      error: "#VALUE!",
      message: "Circular reference: Cykel!A1 and Cykel!B1 refer to each other. The file has no saved value.",
    });
    // the error names stay Excel's English ones for programs; the message follows the language
    const sv = (JSON.parse(cli(["beräkna", file("fel.xlsx"), "--json", "--sv"]).stdout) as Json)["[fel]"]!;
    expect(sv[3]).toEqual({ cell: "'Mål och budget'!B4", error: "#DIV/0!", message: "Division med noll." });
  });

  it("lists the first 100 error cells after the tables and refers to --json for the rest", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Many");
    for (let r = 1; r <= 150; r++) ws.getCell(r, 1).value = { formula: `${r}/0` } as ExcelJS.CellValue;
    const many = file("many.xlsx");
    await wb.xlsx.writeFile(many);
    const r = cli(["beräkna", many, "--en"]);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("== Errors: 150 cells ==\nMany!A1  ");
    expect(r.stdout).toContain("Many!A100");
    expect(r.stdout).not.toContain("Many!A101");
    expect(r.stdout.endsWith("… and 50 more (all are in --json)\n")).toBe(true);
    expect((JSON.parse(cli(["beräkna", many, "--json"]).stdout) as Json)["[fel]"]).toHaveLength(150);
  });

  it("exits 0 and has no [fel] key when every cell computes", () => {
    const r = cli(["beräkna", file("english.xlsx"), "--json"]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout) as Json)).toEqual(["Budget 2025"]);
  });
});

describe("kommunkalkyl beräkna: readable numbers and the language rule", () => {
  it("prints an English workbook in English on an English system: 1.18%, 1,926.0, 1,483,500 kr", () => {
    const r = cli(["beräkna", file("english.xlsx")]);
    expect(r.status).toBe(0);
    // 23 / 1 950 = 1.1795 %; the frame 1 950 + (−12) − 2 % × 1 950 = 1 899
    expect(r.stdout).toMatch(/Result share +1\.18%\n/);
    expect(r.stdout).toMatch(/Net cost frame +1,899\.0\n/);
    // 6 900 000 × 21.5 / 100 = 1 483 500
    expect(r.stdout).toMatch(/Tax revenue +1,483,500 kr\n/);
    expect(r.stdout).toMatch(/Balance check +below target\n/);
    // a General cell: as Excel shows 0.25
    expect(r.stdout).toMatch(/Share of the total for the year +0\.25\n/);
  });

  it("prints it in Swedish on a Swedish system, or with --sv: 1,18 %, 1 899,0, 1 483 500 kr", () => {
    for (const r of [
      cli(["beräkna", file("english.xlsx")], SWEDISH_SYSTEM),
      cli(["beräkna", file("english.xlsx"), "--sv"]),
    ]) {
      expect(r.stdout).toMatch(/Result share +1,18 %\n/);
      expect(r.stdout).toMatch(/Net cost frame +1 899,0\n/);
      expect(r.stdout).toMatch(/Tax revenue +1 483 500 kr\n/);
      expect(r.stdout).toMatch(/Balance check +under resultatmål\n/);
      expect(r.stdout).toMatch(/Share of the total for the year +0,25\n/);
    }
    // --en wins over a Swedish system
    expect(cli(["beräkna", file("english.xlsx"), "--en"], SWEDISH_SYSTEM).stdout).toMatch(
      /Result share +1\.18%\n/,
    );
    const both = cli(["beräkna", file("english.xlsx"), "--en", "--sv"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("Give --sv or --en, not both.");
  });

  it("ends text longer than 40 characters with … in the table, and keeps it whole in --json", () => {
    const r = cli(["beräkna", file("english.xlsx")]);
    // the label is 39 characters and "…"
    expect(r.stdout).toContain("A note that is much longer than forty c…");
    expect(r.stdout).not.toContain("forty characters, to see");
    const doc = JSON.parse(cli(["beräkna", file("english.xlsx"), "--json"]).stdout) as Json;
    expect(doc["Budget 2025"]![5]![0]).toBe(
      "A note that is much longer than forty characters, to see how the table ends it",
    );
  });
});

describe("kommunkalkyl beräkna: files that are not workbooks", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => file("saknas.xlsx"), /The file .*saknas\.xlsx does not exist\./],
    ["a missing folder", () => join(dir, "saknas", "budget.xlsx"), /The folder .*saknas does not exist/],
    ["a text file", () => file("text.xlsx"), /text\.xlsx is not an \.xlsx workbook \(not a zip file\)/],
    ["an empty file", () => file("tom.xlsx"), /tom\.xlsx is empty \(0 bytes\), not an \.xlsx workbook\./],
    ["a zip that is no workbook", () => file("arkiv.xlsx"), /arkiv\.xlsx is not an \.xlsx workbook/],
    [
      "a broken zip",
      () => file("local.zip"),
      /local\.zip is not an \.xlsx workbook \(a broken or incomplete zip file\)/,
    ],
    ["a folder", () => dir, /is a folder, not a file\./],
  ];
  it.each(cases)(
    "says what is wrong with %s, in Swedish and English, and exits 1",
    (_name, path, message) => {
      const r = cli(["beräkna", path()]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^Fel: /);
      expect(r.stderr).not.toMatch(/ENOENT|EISDIR|central directory|at .*\.js:\d+/);
    },
  );
});

describe("kommunkalkyl beräkna --ut never loses a file", () => {
  it("refuses the input file itself, by any spelling or link, even with --skriv-över", () => {
    const input = file("fel.xlsx");
    const before = readFileSync(input);
    const link = file("länk.xlsx");
    symlinkSync(input, link);
    const hardLink = file("hårdlänk.xlsx");
    linkSync(input, hardLink);
    for (const target of [input, `${dir}/./../${dir.split("/").pop()!}/fel.xlsx`, link, hardLink]) {
      const r = cli(["beräkna", input, "--ut", target, "--skriv-över"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("is the input file; choose another name (the input is never overwritten).");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses an existing file without --skriv-över and leaves it as it was", () => {
    const target = file("viktig.xlsx");
    writeFileSync(target, "viktiga siffror");
    const r = cli(["beräkna", file("english.xlsx"), "--ut", target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("viktig.xlsx already exists; give --overwrite to replace it.");
    expect(r.stderr).toContain("viktig.xlsx finns redan; ge --skriv-över för att ersätta den.");
    // refused before any work: nothing printed on stdout
    expect(r.stdout).toBe("");
    expect(readFileSync(target, "utf8")).toBe("viktiga siffror");
  });

  it("replaces it with --skriv-över / --overwrite, through a temporary file that does not stay", async () => {
    const out = mkdtempSync(join(tmpdir(), "kk-ut-"));
    const target = join(out, "beräknad.xlsx");
    writeFileSync(target, "gammal");
    expect(cli(["beräkna", file("english.xlsx"), "--ut", target, "--overwrite"]).status).toBe(0);
    expect(readdirSync(out)).toEqual(["beräknad.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    // 1 950 − 12 − 2 % × 1 950 = 1 899, stored as the formula's cached result
    expect((wb.getWorksheet("Budget 2025")!.getCell("B2").value as { result: number }).result).toBe(1899);
    const second = cli(["beräkna", file("english.xlsx"), "--ut", target, "--skriv-över"]);
    expect(second.status).toBe(0);
    expect(statSync(target).size).toBeGreaterThan(1000);
  });

  it("writes a new file, and says clearly when its folder is missing", () => {
    const out = mkdtempSync(join(tmpdir(), "kk-ny-"));
    const r = cli(["beräkna", file("fel.xlsx"), "--ut", join(out, "ny.xlsx")]);
    // the errors are reported and the copy is written all the same
    expect(r.status).toBe(3);
    expect(readdirSync(out)).toEqual(["ny.xlsx"]);
    const missing = cli(["beräkna", file("fel.xlsx"), "--ut", join(out, "saknas", "ny.xlsx")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("saknas does not exist; create it first (for --out");
    expect(missing.stderr).not.toContain("ENOENT");
    const folder = join(out, "mapp.xlsx");
    mkdirSync(folder);
    const toFolder = cli(["beräkna", file("fel.xlsx"), "--ut", folder, "--overwrite"]);
    expect(toFolder.stderr).toContain("is a folder");
    // a usage error as in `budget` (an --ut that exists), not a write failure
    expect(toFolder.status).toBe(2);
  });

  it("refuses --skriv-över without --ut", () => {
    const r = cli(["beräkna", file("english.xlsx"), "--skriv-över"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--overwrite applies only with --out.");
  });
});

describe("kommunkalkyl: help, version, usage errors, progress", () => {
  it("prints its version from the package", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "addin", "package.json"), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-v", "version"]) {
      const r = cli([flag]);
      expect(r.stdout).toBe(`kommunkalkyl ${pkg.version}\n`);
      expect(r.status).toBe(0);
    }
  });

  it("has a --help for every command with examples and the exit codes", () => {
    const main = cli(["--help"]);
    expect(main.status).toBe(0);
    expect(main.stdout).toContain("kommunkalkyl evaluate <file.xlsx>");
    expect(main.stdout).toContain("Exit codes:");
    const berakna = cli(["beräkna", "--help"]);
    expect(berakna.status).toBe(0);
    expect(berakna.stdout).toContain("--overwrite, --skriv-över");
    expect(berakna.stdout).toContain('the errors under the key "[fel]"');
    expect(berakna.stdout).toContain("Examples:");
    expect(cli(["beräkna", "--help"], SWEDISH_SYSTEM).stdout).toContain("Slutkoder:");
    expect(cli(["hjälp", "beräkna"]).stdout).toBe(berakna.stdout);
  });

  it("answers a usage error with our own text and exit 2", () => {
    const r = cli(["beräkna", file("english.xlsx"), "--jsn"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "Användningsfel: Okänd flagga --jsn för beräkna.\nUsage error: Unknown option --jsn for beräkna.\n\n" +
        "  kommunkalkyl beräkna <fil.xlsx> [--json] [--ut <fil.xlsx> [--skriv-över]] [--sv|--en] [--rå] [--cache <mapp>]\n" +
        "Mer / more: kommunkalkyl beräkna --help\n",
    );
    expect(cli(["beräkna", "a.xlsx", "b.xlsx"]).stderr).toContain("evaluate takes one workbook, got 2");
    expect(cli(["beräkna", file("english.xlsx"), "--json=ja"]).stderr).toContain(
      "The option --json takes no value.",
    );
    expect(cli([]).status).toBe(2);
  });

  it("shows progress on a terminal only, never with --json or in a pipe", async () => {
    // 5 000 KOMMUN cells
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Stor");
    for (let r = 1; r <= 5000; r++) {
      ws.getCell(r, 1).value = 1000 + r;
      ws.getCell(r, 2).value = { formula: `_xldudf_KOMMUN_NETCOSTFRAME(A${r},5,2%)` } as ExcelJS.CellValue;
    }
    const big = file("stor.xlsx");
    await wb.xlsx.writeFile(big);
    const shown = cliOnTerminal(["beräkna", big], file("stor.txt"));
    expect(shown).toContain("Evaluating 5000 formulas in 1 sheet …");
    expect(shown).toContain("Stor: 5000 rows evaluated");
    // the table went to stdout, not to the terminal's progress: last row 6 000 + 5 − 120 = 5 885
    expect(readFileSync(file("stor.txt"), "utf8")).toMatch(/6000 +5885\n/);
    expect(cliOnTerminal(["beräkna", big, "--json"], file("stor.json"))).not.toContain("Evaluating");
    expect(cli(["beräkna", big]).stderr).toBe("");
  });
});
