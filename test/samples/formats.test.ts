import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../../addin/src/definitions";
import type { ResultUnit } from "../../addin/src/definitions/types";
import { ROOT } from "../helpers";

// Every sample workbook, as committed: each cell that calls a KOMMUN function shows its result in the unit
// the definition table gives the function (a tax raise of 0.37 kr per 100 kr as "0,37", not "0,4"); the file
// does not ask Excel to recalculate on open; every sheet prints one page wide.

const DIR = join(ROOT, "samples");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const UNIT = new Map(FUNCTIONS.map((f) => [f.id, f.resultUnit]));

type CellUnit = ResultUnit | "öre";

/** The number formats that show each unit (en-US notation, as the file stores them). */
const SHOWS: Record<Exclude<CellUnit, "table" | "kpi">, (fmt: string | undefined) => boolean> = {
  money: (f) => f !== undefined && /^#,##0(\.0{1,2})?$/.test(f),
  share: (f) => f !== undefined && /^0(\.0{1,2})?%$/.test(f),
  taxRate: (f) => f === "0.00",
  taxChange: (f) => f === "0.00",
  öre: (f) => f !== undefined && /^#,##0(\.0)?" öre"$/.test(f),
  count: (f) => f === "#,##0",
  year: (f) => f === "0",
  word: (f) => f === undefined || f === "General" || f === "@",
};

/**
 * The unit a KOMMUN cell shows: the function's result unit when the cell is one call, a tax change × 100
 * in öre, money scaled to Mkr still money. Anything else has no rule yet (and fails, naming the cell).
 */
function cellUnit(formula: string): CellUnit | string {
  // one value picked out of a spilled table: the table's column decides, as for the table itself
  const picked = /^INDEX\(_xldudf_KOMMUN_([A-Z]+)\(/.exec(formula);
  if (picked && UNIT.get(picked[1]!) === "table") return "table";
  const m = /^_xldudf_KOMMUN_([A-Z]+)\(/.exec(formula);
  if (!m) return `no rule for a formula that does not start with a KOMMUN call: ${formula}`;
  let depth = 0;
  let end = -1;
  let inString = false;
  for (let i = m[0].length - 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    if (ch === ")" && --depth === 0) {
      end = i;
      break;
    }
  }
  const unit = UNIT.get(m[1]!);
  if (!unit) return `unknown function ${m[1]}`;
  const tail = formula.slice(end + 1);
  if (tail === "") return unit;
  if (tail === "*100" && (unit === "taxChange" || unit === "taxRate")) return "öre";
  if (/^\/1(000)+$/.test(tail) && unit === "money") return "money";
  return `no rule for ${m[1]} (${unit}) followed by ${tail}`;
}

interface KommunCell {
  file: string;
  address: string;
  formula: string;
  numFmt: string | undefined;
  result: unknown;
}

async function kommunCells(): Promise<KommunCell[]> {
  const out: KommunCell[] = [];
  for (const file of FILES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, file));
    wb.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string; ref?: string; shareType?: string } | null;
          const formula = value?.formula;
          if (!formula || !formula.includes("_xldudf_KOMMUN_")) return;
          // a spilling call: every cell it fills shows the result
          const targets = value.shareType === "array" && value.ref ? cellsOf(ws, value.ref) : [cell];
          for (const t of targets) {
            out.push({
              file,
              address: `${ws.name}!${t.address}`,
              formula,
              numFmt: t.numFmt || undefined,
              result: t === cell ? cell.result : t.value,
            });
          }
        }),
      );
    });
  }
  return out;
}

function cellsOf(ws: ExcelJS.Worksheet, ref: string): ExcelJS.Cell[] {
  const [a, b] = ref.split(":") as [string, string];
  const start = ws.getCell(a);
  const end = ws.getCell(b);
  const cells: ExcelJS.Cell[] = [];
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) cells.push(ws.getCell(r, c));
  }
  return cells;
}

let cells: KommunCell[];
beforeAll(async () => {
  cells = await kommunCells();
});

describe("sample number formats", () => {
  it("finds the KOMMUN cells of every sample", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(cells.map((c) => c.file))).toEqual(new Set(FILES));
    expect(cells.length).toBeGreaterThan(200);
  });

  it("gives every KOMMUN cell the number format of its function's result unit", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const c of cells) {
      const unit = cellUnit(c.formula);
      if (unit === "table" || unit === "kpi") continue; // a table's columns, a KPI's own unit
      const shows = SHOWS[unit as keyof typeof SHOWS];
      if (!shows) {
        wrong.push(`${c.file} ${c.address}: ${unit}`);
        continue;
      }
      checked++;
      if (!shows(c.numFmt))
        wrong.push(`${c.file} ${c.address} (${unit}): ${String(c.numFmt)} for ${c.formula}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it("shows the tax raise and the new rate of skatt-eller-effektivisering in kr per 100 kr with two decimals", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, "skatt-eller-effektivisering.xlsx"));
    const ws = wb.getWorksheet("Scenario")!;
    const at = (a: string) => ({
      fmt: ws.getCell(a).numFmt,
      value: ws.getCell(a).result ?? ws.getCell(a).value,
    });
    // 25 Mkr on a 6 748.5 Mkr tax base: 25 / 6 748.5 × 100 = 0.3704… → 0.38 (rounded up to a whole öre)
    expect(at("B15")).toEqual({ fmt: "0.00", value: 0.38 });
    // 21.50 + 0.38
    expect(at("B18")).toEqual({ fmt: "0.00", value: 21.88 });
    expect(at("B12")).toEqual({ fmt: "0.00", value: 21.5 });
    // the raise left after the measures, and both in öre
    expect(at("B31").fmt).toBe("0.00");
    expect(at("B16")).toEqual({ fmt: '#,##0" öre"', value: 38 });
    expect(at("B32").fmt).toBe('#,##0" öre"');
  });

  it("does not ask Excel to recalculate on open, so the saved values show until the add-in recalculates", async () => {
    for (const file of FILES) {
      const zip = await JSZip.loadAsync(readFileSync(join(DIR, file)));
      const book = await zip.file("xl/workbook.xml")!.async("string");
      expect([file, /fullCalcOnLoad/.test(book)]).toEqual([file, false]);
      // an older engine id than Excel's own makes Excel recalculate everything on open
      expect([file, /<calcPr calcId="191029"/.test(book)]).toEqual([file, true]);
    }
  });

  it("prints every sheet one page wide (fit to page: 1 wide, as many tall as needed)", async () => {
    for (const file of FILES) {
      const zip = await JSZip.loadAsync(readFileSync(join(DIR, file)));
      const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const xml = await zip.file(sheet)!.async("string");
        expect([file, sheet, /<pageSetUpPr fitToPage="1"\/>/.test(xml)]).toEqual([file, sheet, true]);
        expect([file, sheet, /fitToWidth="1" fitToHeight="0"/.test(xml)]).toEqual([file, sheet, true]);
      }
    }
  });
});

describe("cellUnit", () => {
  it("reads the unit of a single call, a tax change in öre and money in Mkr, and refuses the rest", () => {
    expect(cellUnit("_xldudf_KOMMUN_TAXRAISEFOR(B5,B6)")).toBe("taxChange");
    expect(cellUnit("_xldudf_KOMMUN_TAXEQUIVALENT(D24,$B$6)*100")).toBe("öre");
    expect(cellUnit("_xldudf_KOMMUN_SAVINGATREFERENCE(B10,B11,B9)/1000000")).toBe("money");
    expect(cellUnit('_xldudf_KOMMUN_FORECAST(B7,C7:N7,"linjär",H!$B$7:$M$7)')).toBe("money");
    expect(cellUnit("_xldudf_KOMMUN_RESULTSHARE(B44,B5)*2")).toMatch(/no rule/);
    expect(cellUnit("B5-_xldudf_KOMMUN_RESULT(B5,B6,B7)")).toMatch(/no rule/);
  });
});
