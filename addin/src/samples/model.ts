import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFile } from "node:fs/promises";
import { DetailedCellError, type CellValue, type RawCellContent } from "hyperformula";
import { createEngine } from "../hyperformula/engine";
import { toStoredFormula } from "../hyperformula/formulas";
import { keepText } from "../cli/xlsx";
import { FORMATS } from "./formats";

export { FORMATS };

/**
 * How a cell is shown: a money amount (one or no decimals), a share (%), a tax rate or a change of it in
 * kronor per 100 kr (two decimals: 0,37, 21,87), öre (with "öre"), a year, a heading or a note.
 */
export type CellStyle =
  | "money"
  | "money0"
  | "share"
  | "share1"
  | "taxRate"
  | "ore"
  | "ore0"
  | "year"
  | "title"
  | "heading"
  | "header"
  | "note"
  | "text"
  /** an uplift factor, 1,048 */
  | "factor"
  /** kronor per 100 kronor (a tax rate or a county rate), 21,50 */
  | "rate"
  | "money2"
  | "count";

export interface CellSpec {
  /** a value, or a formula in English syntax starting with `=` (`=KOMMUN.NETCOSTFRAME(B5,B6,B7)`) */
  v: string | number | boolean | null;
  style?: CellStyle;
  /** for a spilling formula: the range it fills, e.g. `B27:B32` (stored as an array formula) */
  spill?: string;
  /** an input cell the user is meant to change (shaded) */
  input?: boolean;
  /** for a spilling table: the style of each column (by offset from the first, number formats by unit), else `style` */
  columnStyles?: (CellStyle | undefined)[];
  /** for a spilling table: its first row is a header row */
  headerRow?: boolean;
}

export interface SheetSpec {
  name: string;
  /** column widths in characters */
  widths?: number[];
  /** sparse rows: row number (1-based) → cells from column A */
  rows: Record<number, (CellSpec | string | number | null)[]>;
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
  /** workbook-scoped defined names the task pane reads: name → absolute reference (`Scenario!$B$5`) */
  names?: Record<string, string>;
}

function normalise(c: CellSpec | string | number | null): CellSpec | null {
  if (c === null) return null;
  if (typeof c === "object") return c;
  return { v: c };
}

/** The sheets as HyperFormula input, in English syntax. */
export function engineInput(spec: WorkbookSpec): Record<string, RawCellContent[][]> {
  const out: Record<string, RawCellContent[][]> = {};
  for (const sheet of spec.sheets) {
    const rows: RawCellContent[][] = [];
    const max = Math.max(0, ...Object.keys(sheet.rows).map(Number));
    for (let r = 1; r <= max; r++) {
      rows.push(
        (sheet.rows[r] ?? []).map((c) => {
          const v = normalise(c)?.v ?? null;
          return typeof v === "string" && !v.startsWith("=") ? keepText(v) : v;
        }),
      );
    }
    out[sheet.name] = rows;
  }
  return out;
}

/** Computes every cell with the KOMMUN functions, as the add-in would in Excel. */
export function computeWorkbook(spec: WorkbookSpec): Record<string, CellValue[][]> {
  const hf = createEngine(engineInput(spec), "sv", "en");
  try {
    const values: Record<string, CellValue[][]> = {};
    for (const name of hf.getSheetNames()) values[name] = hf.getSheetValues(hf.getSheetId(name)!);
    return values;
  } finally {
    hf.destroy();
  }
}

/**
 * The calculation engine id the file claims (Excel for Microsoft 365's). Excel fully recalculates, on open,
 * a workbook saved by an older engine (ECMA-376 calcPr/@calcId; ExcelJS always writes 171027) — before the
 * add-in has registered the KOMMUN functions, which turns every saved value into #NAME?. With the current id
 * and no fullCalcOnLoad, Excel and LibreOffice show the saved values until something changes.
 */
export const CALC_ID = "191029";

function cachedResult(v: CellValue | undefined): ExcelJS.CellFormulaValue["result"] {
  if (v instanceof DetailedCellError) return { error: v.value as ExcelJS.CellErrorValue["error"] };
  if (v === null || v === undefined) return undefined;
  return v as number | string | boolean;
}

/**
 * Writes the workbook as Excel writes it with the add-in installed: KOMMUN calls
 * stored as `_xldudf_KOMMUN_<ID>`, spilling calls as array formulas, and every
 * formula's computed value cached so the file shows numbers before it recalculates.
 */
export async function writeWorkbook(
  spec: WorkbookSpec,
  path: string,
): Promise<Record<string, CellValue[][]>> {
  const values = computeWorkbook(spec);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kommunkalkyl";
  wb.title = spec.title;
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    (sheet.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    // printed one page wide, as many pages tall as it takes; wide sheets across the page
    const width = (sheet.widths ?? []).reduce((a, b) => a + b, 0);
    ws.pageSetup = {
      ...ws.pageSetup,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: width > 100 ? "landscape" : "portrait",
      paperSize: 9, // A4
    };
    const computed = values[sheet.name] ?? [];
    for (const [rowKey, cells] of Object.entries(sheet.rows)) {
      const r = Number(rowKey);
      cells.forEach((raw, ci) => {
        const c = normalise(raw);
        if (!c || c.v === null) return;
        const cell = ws.getCell(r, ci + 1);
        if (typeof c.v === "string" && c.v.startsWith("=")) {
          const formula = toStoredFormula(c.v.slice(1));
          if (c.spill) {
            const [start, end] = c.spill.split(":");
            const startCell = ws.getCell(start!);
            const endCell = ws.getCell(end!);
            for (let rr = Number(startCell.row); rr <= Number(endCell.row); rr++) {
              for (let cc = Number(startCell.col); cc <= Number(endCell.col); cc++) {
                const result = cachedResult(computed[rr - 1]?.[cc - 1]);
                const target = ws.getCell(rr, cc);
                if (rr === Number(startCell.row) && cc === Number(startCell.col)) {
                  target.value = { formula, result, shareType: "array", ref: c.spill } as ExcelJS.CellValue;
                } else {
                  target.value = (result ?? null) as ExcelJS.CellValue;
                }
                const header = c.headerRow && rr === Number(startCell.row);
                const style = header ? "header" : (c.columnStyles?.[cc - Number(startCell.col)] ?? c.style);
                applyStyle(target, { ...c, style });
              }
            }
            return;
          }
          cell.value = { formula, result: cachedResult(computed[r - 1]?.[ci]) } as ExcelJS.CellValue;
        } else {
          cell.value = c.v;
        }
        applyStyle(cell, c);
      });
    }
  }
  for (const [name, ref] of Object.entries(spec.names ?? {})) {
    const [sheet, cells] = ref.split("!") as [string, string];
    wb.definedNames.add(`'${sheet.replace(/'/g, "''")}'!${cells}`, name);
  }
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", book.replace(/<calcPr calcId="\d+"/, `<calcPr calcId="${CALC_ID}"`));
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return values;
}

function applyStyle(cell: ExcelJS.Cell, spec: CellSpec): void {
  const style = spec.style;
  if (spec.input) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  if (!style) return;
  const fmt = FORMATS[style];
  if (fmt) cell.numFmt = fmt;
  if (style === "title") cell.font = { bold: true, size: 14 };
  if (style === "heading") cell.font = { bold: true, size: 12 };
  if (style === "header") {
    cell.font = { bold: true };
    cell.border = { bottom: { style: "thin" } };
  }
  if (style === "note") cell.font = { italic: true, color: { argb: "FF595959" } };
}
