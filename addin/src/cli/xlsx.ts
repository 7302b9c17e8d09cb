import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { CellValue, RawCellContent } from "hyperformula";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import type { Lang } from "../definitions";
import { fromStoredFormula } from "../hyperformula/formulas";
import { createEngine } from "../hyperformula/engine";
import { KoladaLookup, setKoladaLookup } from "../kolada/lookup";
import { collectErrors, type ErrorCell } from "./errors";
import { checkWorkbookFile, notWorkbook } from "./files";
import type { Progress } from "./progress";
import {
  copyWithValues,
  type CopyValue,
  type ExcelErrorName,
  type KeepReason,
  type KeptCell,
} from "./xlsxCopy";

export interface EvaluatedWorkbook {
  /** sheet name → rows of values, as HyperFormula computed them */
  values: Record<string, CellValue[][]>;
  /** how many cells held a formula */
  formulaCount: number;
  /** every error cell with its message */
  errors: ErrorCell[];
}

export interface ReadWorkbook {
  sheets: Record<string, RawCellContent[][]>;
  formulaCount: number;
  workbook: ExcelJS.Workbook;
  /** the values the file saved for its KOLADA cells, by sheet index, row and column (0-based) */
  savedKolada: { sheet: number; row: number; col: number; value: number }[];
  /** number formats of the cells that have one: sheet → "row:col" (0-based) → Excel format code */
  formats: Record<string, Record<string, string>>;
  /** the workbook's own text (sheet names and text cells), for telling its language */
  texts: string[];
}

/**
 * Text stays text: "0184" (a municipality code) or "=x" typed as text would
 * otherwise be read by HyperFormula as the number 184 or a formula.
 */
export function keepText(v: string): string {
  if (v.startsWith("=") || (v.trim() !== "" && !Number.isNaN(Number(v)))) return `'${v}`;
  return v;
}

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** Excel's serial number of 1970-01-01 (day 1 is 1900-01-01, with Excel's phantom 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date cell as Excel stores it: a serial number (days since 1899-12-30, the time of day as a
 * fraction), so that `=B1+30` and `YEAR(B1)` compute and the cell's date format shows it.
 * exceljs hands a date-formatted cell over as a `Date` in UTC.
 */
export function excelSerial(d: Date): number {
  return Math.round((d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL) * 1e9) / 1e9;
}

/** Reads the content of one exceljs cell as HyperFormula input: a formula in English syntax or a value. */
function cellContent(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const formula = cell.formula ?? (typeof o.formula === "string" ? o.formula : undefined);
    if (formula) return `=${unknownKommunNames(fromStoredFormula(formula))}`;
    if ("sharedFormula" in o || o.shareType === "array") {
      // a cell inside an array formula's range: filled by the master cell's spill
      return null;
    }
    if (v instanceof Date) return excelSerial(v);
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

/**
 * A KOMMUN function this version does not know stays in Excel's stored form
 * (`_xldudf_KOMMUN_FOO(`), which HyperFormula cannot even parse; as `KOMMUN.FOO(` it is an
 * unknown name (`#NAME?`) whose closest known name the error report can suggest.
 */
function unknownKommunNames(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\b_xldudf_KOMMUN_([A-Za-z0-9_]+)(?=\s*\()/gi, "KOMMUN.$1"),
    )
    .join("");
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

/**
 * Loads an .xlsx file into HyperFormula input, sheet by sheet. A missing, empty or non-zip file,
 * or a zip that is no workbook, fails with a {@link FileError} that says so.
 */
export async function readWorkbook(path: string): Promise<ReadWorkbook> {
  checkWorkbookFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    // the zip library's own words ("can't find end of central directory") say nothing to a user
    const why = e instanceof Error ? e.message : String(e);
    if (/zip|central directory|end of data|signature/i.test(why))
      throw notWorkbook(path, "en trasig eller ofullständig zip-fil", "a broken or incomplete zip file");
    throw notWorkbook(
      path,
      "innehållet är inte en Excel-arbetsboks",
      "its content is not an Excel workbook's",
    );
  }
  if (workbook.worksheets.length === 0) throw notWorkbook(path, "inga blad", "no sheets");
  const texts: string[] = [];
  const sheets: Record<string, RawCellContent[][]> = {};
  let formulaCount = 0;
  const savedKolada: { sheet: number; row: number; col: number; value: number }[] = [];
  const formats: Record<string, Record<string, string>> = {};
  let sheetIndex = -1;
  workbook.eachSheet((ws) => {
    sheetIndex++;
    texts.push(ws.name);
    const spilled = spillTargets(ws);
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Excel caches an array formula's values in the cells it fills; they are the
        // formula's output here, not input, or the spill would find them in its way.
        // The other cells of a merged range are empty in Excel; exceljs repeats the first one's value.
        const mergedRest = cell.isMerged && cell.master !== cell;
        const content = spilled.has(`${rowNumber}:${colNumber}`) || mergedRest ? null : cellContent(cell);
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
        if (typeof content === "string" && !content.startsWith("=") && content.trim() !== "")
          texts.push(content);
        out[colNumber - 1] = content;
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
      rows[rowNumber - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    sheets[ws.name] = rows;
  });
  return { sheets, formulaCount, workbook, savedKolada, formats, texts };
}

/**
 * Excel's TRUE and FALSE (SANT and FALSKT in Swedish syntax) as constants: HyperFormula knows
 * them only as functions, `TRUE()`, so `VLOOKUP(x,A1:B9,2,FALSE)` would be `#NAME?`. They
 * are added as named expressions, after which the cells that use them compute.
 */
export function addExcelConstants(hf: HyperFormula, syntax: Lang): void {
  const names = syntax === "sv" ? { t: "SANT", f: "FALSKT" } : { t: "TRUE", f: "FALSE" };
  for (const name of [names.t, names.f]) {
    if (!hf.isItPossibleToAddNamedExpression(name, `=${name}()`)) continue;
    hf.addNamedExpression(name, `=${name}()`);
  }
}

/**
 * Evaluates every formula of a read workbook: values, and every error cell with its message.
 * KOLADA cells read the cache, then the value the file saved; never the network.
 */
export function evaluateRead(
  read: ReadWorkbook,
  language: Lang = "en",
  koladaCache: string[] = [],
  progress?: Progress,
): EvaluatedWorkbook {
  const lookup = new KoladaLookup();
  lookup.addCacheEntries(koladaCache);
  for (const s of read.savedKolada) lookup.addSaved(s, s.value);
  setKoladaLookup(lookup);
  const sheetCount = Object.keys(read.sheets).length;
  progress?.update(
    language === "sv"
      ? `Beräknar ${read.formulaCount} formler i ${sheetCount} blad …`
      : `Evaluating ${read.formulaCount} formulas in ${sheetCount} sheet${sheetCount === 1 ? "" : "s"} …`,
  );
  const hf = createEngine(read.sheets, language, "en");
  try {
    addExcelConstants(hf, "en");
    const values: Record<string, CellValue[][]> = {};
    for (const name of hf.getSheetNames()) {
      values[name] = hf.getSheetValues(hf.getSheetId(name)!);
      progress?.update(
        language === "sv"
          ? `${name}: ${values[name].length} rader beräknade`
          : `${name}: ${values[name].length} rows evaluated`,
      );
    }
    const errors = collectErrors(hf, values, language, "en");
    return { values, formulaCount: read.formulaCount, errors };
  } finally {
    hf.destroy();
  }
}

/** Evaluates every formula of a workbook file. */
export async function evaluateWorkbook(
  path: string,
  language: Lang = "en",
  koladaCache: string[] = [],
): Promise<EvaluatedWorkbook & { workbook: ExcelJS.Workbook }> {
  const read = await readWorkbook(path);
  return { ...evaluateRead(read, language, koladaCache), workbook: read.workbook };
}

/** Excel's error name for each of HyperFormula's errors that Excel has too. */
const EXCEL_ERROR_OF: Partial<Record<string, ExcelErrorName>> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NUM: "#NUM!",
  REF: "#REF!",
  SPILL: "#SPILL!",
  VALUE: "#VALUE!",
};

/** Why a cell's saved value is kept instead of what HyperFormula made of it. */
function keepReason(e: DetailedCellError): KeepReason {
  switch (e.type) {
    case "CYCLE":
      return {
        sv: "cirkelreferens; det sparade värdet behålls",
        en: "circular reference; the saved value is kept",
      };
    case "NAME":
      return {
        sv: "ett namn eller en funktion som kommunkalkyl inte känner; det sparade värdet behålls",
        en: "a name or function kommunkalkyl does not know; the saved value is kept",
      };
    default:
      return {
        sv: `kunde inte beräknas (${e.value}); det sparade värdet behålls`,
        en: `could not be computed (${e.value}); the saved value is kept`,
      };
  }
}

/**
 * A computed value as the copy stores it. A formula whose result HyperFormula gives as empty (a
 * reference to an empty cell, `=Z99`) is 0 in Excel, which never shows a formula's result as an
 * empty cell; another cell of an array formula's range that the result did not reach keeps its
 * saved value.
 */
export function copyValue(v: CellValue | undefined, kind: "formula" | "array"): CopyValue | undefined {
  if (v === undefined || v === null) {
    if (kind === "formula") return 0;
    return {
      keepSaved: {
        sv: "arrayformelns resultat når inte hit; det sparade värdet behålls",
        en: "the array formula's result does not reach this cell; the saved value is kept",
      },
    };
  }
  if (v instanceof DetailedCellError) {
    const name = EXCEL_ERROR_OF[v.type];
    return name ? { error: name } : { keepSaved: keepReason(v) };
  }
  return v;
}

/**
 * Writes a copy of the workbook file `source` with every computed formula value stored as its
 * cached result; every other part of the file is copied unchanged (see {@link copyWithValues}).
 * Returns the formula cells whose saved value was kept, with the reason.
 */
export async function writeWithValues(
  source: string,
  values: Record<string, CellValue[][]>,
  out: string,
): Promise<KeptCell[]> {
  const { bytes, kept } = await copyWithValues(readFileSync(source), (sheet, row, col, kind) =>
    Object.prototype.hasOwnProperty.call(values, sheet)
      ? copyValue(values[sheet]?.[row]?.[col], kind)
      : undefined,
  );
  writeFileSync(out, bytes);
  return kept;
}
