import ExcelJS from "exceljs";
import type { CellValue, RawCellContent } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import { fromStoredFormula } from "../hyperformula/formulas";
import { createEngine } from "../hyperformula/engine";
import { KoladaLookup, setKoladaLookup } from "../kolada/lookup";

export interface EvaluatedWorkbook {
  /** sheet name → rows of values, as HyperFormula computed them */
  values: Record<string, CellValue[][]>;
  /** how many cells held a formula */
  formulaCount: number;
}

/**
 * Text stays text: "0184" (a municipality code) or "=x" typed as text would
 * otherwise be read by HyperFormula as the number 184 or a formula.
 */
export function keepText(v: string): string {
  if (v.startsWith("=") || (v.trim() !== "" && !Number.isNaN(Number(v)))) return `'${v}`;
  return v;
}

/** Reads the content of one exceljs cell as HyperFormula input: a formula in English syntax or a value. */
function cellContent(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const formula = cell.formula ?? (typeof o.formula === "string" ? o.formula : undefined);
    if (formula) return `=${fromStoredFormula(formula)}`;
    if ("sharedFormula" in o || o.shareType === "array") {
      // a cell inside an array formula's range: filled by the master cell's spill
      return null;
    }
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ("richText" in o && Array.isArray(o.richText)) {
      return (o.richText as { text: string }[]).map((r) => r.text).join("");
    }
    if ("text" in o && typeof o.text === "string") return o.text; // hyperlink
    if ("error" in o) return String(o.error);
    if ("result" in o) return o.result as RawCellContent;
    return null;
  }
  if (typeof v === "string") return keepText(v);
  return v as RawCellContent;
}

/** The cells an array formula fills, other than its own: "row:col" keys. */
function spillTargets(ws: ExcelJS.Worksheet): Set<string> {
  const targets = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { shareType?: string; ref?: string } | null;
      if (!v || typeof v !== "object" || v.shareType !== "array" || !v.ref) return;
      const [a, b] = v.ref.split(":");
      if (!a || !b) return;
      const start = ws.getCell(a);
      const end = ws.getCell(b);
      for (let r = Number(start.row); r <= Number(end.row); r++) {
        for (let c = Number(start.col); c <= Number(end.col); c++) {
          if (r !== Number(cell.row) || c !== Number(cell.col)) targets.add(`${r}:${c}`);
        }
      }
    });
  });
  return targets;
}

/** Loads an .xlsx file into HyperFormula input, sheet by sheet. */
export async function readWorkbook(path: string): Promise<{
  sheets: Record<string, RawCellContent[][]>;
  formulaCount: number;
  workbook: ExcelJS.Workbook;
  /** the values the file saved for its KOLADA cells, by sheet index, row and column (0-based) */
  savedKolada: { sheet: number; row: number; col: number; value: number }[];
  /** number formats of the cells that have one: sheet → "row:col" (0-based) → Excel format code */
  formats: Record<string, Record<string, string>>;
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: Record<string, RawCellContent[][]> = {};
  let formulaCount = 0;
  const savedKolada: { sheet: number; row: number; col: number; value: number }[] = [];
  const formats: Record<string, Record<string, string>> = {};
  let sheetIndex = -1;
  workbook.eachSheet((ws) => {
    sheetIndex++;
    const spilled = spillTargets(ws);
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Excel caches an array formula's values in the cells it fills; they are the
        // formula's output here, not input, or the spill would find them in its way.
        const content = spilled.has(`${rowNumber}:${colNumber}`) ? null : cellContent(cell);
        if (cell.numFmt && cell.numFmt !== "General") {
          (formats[ws.name] ??= {})[`${rowNumber - 1}:${colNumber - 1}`] = cell.numFmt;
        }
        if (typeof content === "string" && content.startsWith("=")) {
          formulaCount++;
          const result = (cell.value as { result?: unknown }).result;
          // only a cell that is one KOLADA call may fall back to its saved value
          if (/^=KOMMUN\.KOLADA\([^()]*\)$/i.test(content) && typeof result === "number") {
            savedKolada.push({ sheet: sheetIndex, row: rowNumber - 1, col: colNumber - 1, value: result });
          }
        }
        out[colNumber - 1] = content;
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
      rows[rowNumber - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    sheets[ws.name] = rows;
  });
  return { sheets, formulaCount, workbook, savedKolada, formats };
}

/** Evaluates every formula of a workbook file. */
export async function evaluateWorkbook(
  path: string,
  language: "sv" | "en" = "en",
  koladaCache: string[] = [],
): Promise<EvaluatedWorkbook & { workbook: ExcelJS.Workbook }> {
  const { sheets, formulaCount, workbook, savedKolada } = await readWorkbook(path);
  // KOLADA cells: the cache first, then the value the file saved; no network while evaluating
  const lookup = new KoladaLookup();
  lookup.addCacheEntries(koladaCache);
  for (const s of savedKolada) lookup.addSaved(s, s.value);
  setKoladaLookup(lookup);
  const hf = createEngine(sheets, language, "en");
  try {
    const values: Record<string, CellValue[][]> = {};
    for (const name of hf.getSheetNames()) {
      values[name] = hf.getSheetValues(hf.getSheetId(name)!);
    }
    return { values, formulaCount, workbook };
  } finally {
    hf.destroy();
  }
}

/** Writes a copy of the workbook with every formula's computed value stored as its cached result. */
export async function writeWithValues(
  workbook: ExcelJS.Workbook,
  values: Record<string, CellValue[][]>,
  out: string,
): Promise<void> {
  workbook.eachSheet((ws) => {
    const sheetValues = values[ws.name] ?? [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as unknown;
        if (typeof v !== "object" || v === null || !("formula" in v || "sharedFormula" in v)) return;
        const computed = sheetValues[r - 1]?.[c - 1];
        const result =
          computed instanceof DetailedCellError ? { error: computed.value } : (computed ?? undefined);
        cell.value = { ...(v as object), result } as ExcelJS.CellValue;
      });
    });
  });
  await workbook.xlsx.writeFile(out);
}
