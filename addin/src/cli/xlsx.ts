import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { CellValue, RawCellContent } from "hyperformula";
import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import type { Lang } from "../definitions";
import { fromStoredFormula } from "../hyperformula/formulas";
import { createEngine } from "../hyperformula/engine";
import { hyperFormulaConfig, registerKommunPlugin } from "../hyperformula/plugin";
import { KoladaLookup, setKoladaLookup } from "../kolada/lookup";
import { cellAddress, collectErrors, cycles, type ErrorCell } from "./errors";
import { checkWorkbookFile, notWorkbook } from "./files";
import { errorName } from "./format";
import { excelNumberText } from "./numberText";
import type { Progress } from "./progress";
import { copyWithValues, type CopyValue, type ExcelErrorName, type KeepReason } from "./xlsxCopy";
import { definedNames, zipEntries } from "./workbookxml";

/**
 * A formula cell `beräkna` did not compute, whose value is the one the file saved (Excel's own
 * result): a reference to another workbook, a circular reference, a function this version does not
 * compute, or a formula too long or deep for its parser. The copy keeps such a cell's saved value.
 */
export interface KeptCell {
  /** the sheet's name */
  sheet: string;
  /** 0-based row and column */
  row: number;
  col: number;
  /** `Blad!B7` */
  cell: string;
  /** the value the file saved, as printed; null for a cell only the copy kept (`array`), which is not printed */
  value: CellValue;
  /** why it was not computed, in the chosen language */
  message: string;
  /**
   * `linked`: a reference to another workbook (not an error); the others count as cells not computed;
   * `array`: a cell of an array formula's range that the result does not reach, kept by the copy only
   */
  why: "linked" | "cycle" | "unsupported" | "unreadable" | "array";
}

export interface EvaluatedWorkbook {
  /** sheet name → rows of values, as HyperFormula computed them (kept cells: their saved value) */
  values: Record<string, CellValue[][]>;
  /** how many cells held a formula */
  formulaCount: number;
  /** every error cell with its message */
  errors: ErrorCell[];
  /**
   * the formula cells not computed, whose saved value stands in `values` (and must be kept as it
   * is in the copy); every other formula cell's value in `values` is computed
   */
  kept: KeptCell[];
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
  /** the workbook's defined names as HyperFormula named expressions (English syntax) */
  names: { name: string; expression: string; scope?: number }[];
  /** formula cells not given to HyperFormula; their saved value is in `sheets` */
  notComputed: { sheet: string; row: number; col: number; why: "linked" | "unreadable" }[];
  /** defined names that refer to another workbook (upper case → what they refer to): not computed here */
  linkedNames: Map<string, string>;
  /** long or deeply nested formulas the parser took alone: the first to leave out if the whole stack overflows */
  deep: { sheet: string; row: number; col: number }[];
}

/**
 * A cell the file stores as text (a shared or inline string) as HyperFormula input: always text,
 * never read again as a number, date, per cent, boolean, error or formula ("50%", "31/01/2025",
 * "TRUE", "#N/A", "=x" stay text, as in Excel). HyperFormula takes a leading `'` as "text".
 */
export function asText(v: string): string {
  return v === "" ? v : `'${v}`;
}

/**
 * Text stays text: "0184" (a municipality code), "2025-01-31" or "=x" typed as text would
 * otherwise be read by HyperFormula as the number 184, a date or a formula.
 */
export function keepText(v: string): string {
  if (v.startsWith("=") || (v.trim() !== "" && !Number.isNaN(Number(v)))) return `'${v}`;
  // "2025-01-31" and "31/01/2025" would be read as dates (hyperFormulaConfig's dateFormats)
  if (/^\s*\d{1,4}[-/]\d{1,2}[-/]\d{1,4}\s*$/.test(v)) return `'${v}`;
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
      return asText((o.richText as { text: string }[]).map((r) => r.text).join(""));
    }
    if ("text" in o && typeof o.text === "string") return asText(o.text); // hyperlink
    if ("error" in o) return String(o.error);
    if ("result" in o) return o.result as RawCellContent;
    return null;
  }
  if (typeof v === "string") return asText(v);
  return v as RawCellContent;
}

/** An array formula (`t="array"`, legacy `{=…}` or an Excel 365 dynamic array): computed with arrays. */
function isArrayFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as { shareType?: string } | null;
  return !!v && typeof v === "object" && v.shareType === "array";
}

/** The value a formula cell's file saved (Excel's last result), as HyperFormula input; undefined if none. */
export function savedResult(cell: ExcelJS.Cell | undefined): RawCellContent | undefined {
  const v = cell?.value as { result?: unknown } | null | undefined;
  if (!v || typeof v !== "object" || !("result" in v)) return undefined;
  const r = v.result;
  if (r === undefined || r === null) return undefined;
  if (r instanceof Date) return excelSerial(r);
  if (typeof r === "object" && "error" in r) return String((r as { error: unknown }).error);
  if (typeof r === "string") return asText(r);
  if (typeof r === "number" || typeof r === "boolean") return r;
  return undefined;
}

/** A reference to another workbook: `[1]Blad1!A1`, `'[1]Blad 1'!A1`, `[Budget.xlsx]Blad1!A1`. */
export function hasExternalReference(formula: string): boolean {
  if (!formula.includes("[")) return false;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .some((part, i) => i % 2 === 0 && /(^|[^\p{L}\p{N}_])'?\[[^\]]+\][^!]*!/u.test(part));
}

/** How deep a formula's brackets go. */
function depth(formula: string): number {
  let d = 0;
  let max = 0;
  for (const ch of formula) {
    if (ch === "(") max = Math.max(max, ++d);
    else if (ch === ")") d--;
  }
  return max;
}

/**
 * Whether HyperFormula's parser (recursive) can take a long or deeply nested formula without
 * running out of stack: tried alone, in an engine of its own, for formulas over 1 000 characters
 * or 40 levels of brackets (Excel allows 8 192 characters and 64 levels of nested functions).
 */
function isDeep(formula: string): boolean {
  // 40 levels need 80 brackets
  return formula.length > 1000 || (formula.length > 80 && depth(formula) > 40);
}

function parserCanTake(formula: string): boolean {
  if (!isDeep(formula)) return true;
  registerKommunPlugin();
  let probe: HyperFormula | undefined;
  try {
    probe = HyperFormula.buildFromArray([[formula]], hyperFormulaConfig("en"));
    probe.getCellValue({ sheet: 0, row: 0, col: 0 });
    probe.getCellFormula({ sheet: 0, row: 0, col: 0 });
    return true;
  } catch {
    return false;
  } finally {
    probe?.destroy();
  }
}

/**
 * A KOMMUN function this version does not know stays in Excel's stored form
 * (`_xldudf_KOMMUN_FOO(`), which HyperFormula cannot even parse; as `KOMMUN.FOO(` it is an
 * unknown name (`#NAME?`) whose closest known name the error report can suggest.
 */
function unknownKommunNames(formula: string): string {
  if (!/_xldudf_/i.test(formula)) return formula;
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
  // no object-prototype keys: a sheet may be called __proto__ or constructor
  const sheets: Record<string, RawCellContent[][]> = Object.create(null) as Record<
    string,
    RawCellContent[][]
  >;
  let formulaCount = 0;
  const savedKolada: { sheet: number; row: number; col: number; value: number }[] = [];
  const formats: Record<string, Record<string, string>> = Object.create(null) as Record<
    string,
    Record<string, string>
  >;
  const notComputed: ReadWorkbook["notComputed"] = [];
  const deep: ReadWorkbook["deep"] = [];
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
        let content = spilled.has(`${rowNumber}:${colNumber}`) || mergedRest ? null : cellContent(cell);
        if (typeof content === "string" && content.startsWith("=")) {
          const place = { sheet: ws.name, row: rowNumber - 1, col: colNumber - 1 };
          const why = hasExternalReference(content)
            ? "linked"
            : parserCanTake(content)
              ? undefined
              : "unreadable";
          if (why) {
            formulaCount++;
            notComputed.push({ ...place, why });
            const saved = savedResult(cell);
            // without a saved value, Excel's #REF! (a link) or #VALUE!: never a number made up here
            content = saved ?? (why === "linked" ? "#REF!" : "#VALUE!");
          } else {
            if (isDeep(content)) deep.push(place);
            if (isArrayFormula(cell)) {
              // an array formula over one cell shows the first value of its result, as Excel does for
              // {=…} in one cell (a dynamic array that spills is saved with its whole spill range)
              const ref = (cell.value as { ref?: string }).ref ?? "";
              const [a, b] = ref.split(":");
              content =
                !b || a === b
                  ? `=INDEX(ARRAYFORMULA(${content.slice(1)}),1,1)`
                  : `=ARRAYFORMULA(${content.slice(1)})`;
            }
          }
        }
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
  const order = Object.keys(sheets);
  const names: ReadWorkbook["names"] = [];
  const linkedNames = new Map<string, string>();
  for (const n of definedNames(
    zipEntries(path, (e) => e === "xl/workbook.xml").get("xl/workbook.xml") ?? "",
  )) {
    // Excel's own names (print area, filter ranges) and hidden helper names are no formulas' names
    if (/^_xlnm\./i.test(n.name) || n.formula.trim() === "") continue;
    if (hasExternalReference(n.formula)) {
      linkedNames.set(n.name.toUpperCase(), n.formula);
      continue;
    }
    const scope = n.sheet === undefined ? undefined : order.indexOf(n.sheet);
    if (scope === -1) continue;
    const expression = `=${fromStoredFormula(n.formula.trim().replace(/^=/, ""))}`;
    names.push({ name: n.name, expression, ...(scope !== undefined ? { scope } : {}) });
  }
  return {
    sheets,
    formulaCount,
    workbook,
    savedKolada,
    formats,
    texts,
    names,
    notComputed,
    deep,
    linkedNames,
  };
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

/** A saved value as the table prints it and `values` holds it. */
function savedAsValue(saved: RawCellContent): CellValue {
  if (typeof saved === "string") return saved.startsWith("'") ? saved.slice(1) : saved;
  return saved as CellValue;
}

/**
 * A structured reference to an Excel table (`Tabell1[Belopp]`, `Tabell1[@Belopp]`,
 * `Tabell1[[#Totals],[Belopp]]`) outside a string; `[1]Blad1!A1` (a link) is none.
 */
export function hasTableReference(formula: string): boolean {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .some(
      (part, i) =>
        i % 2 === 0 && /(^|[^\p{L}\p{N}_.\]'])[\p{L}_\\][\p{L}\p{N}_.]*\[(?![^\]]*\][^!(]*!)/u.test(part),
    );
}

/** Why the parser could not read a formula (HyperFormula's #ERROR!), in words. */
function parseMessage(formula: string, rest: { sv: string; en: string }): { sv: string; en: string } {
  return hasTableReference(formula)
    ? {
        sv: `Tabellreferenser (${formula}) beräknas inte av kommunkalkyl.${rest.sv}`,
        en: `Table references (${formula}) are not computed by kommunkalkyl.${rest.en}`,
      }
    : {
        sv: `kommunkalkyls formeltolk kan inte läsa formeln ${formula}.${rest.sv}`,
        en: `kommunkalkyl's formula parser cannot read the formula ${formula}.${rest.en}`,
      };
}

/** Why a cell was not computed, in words: sv and en. */
function keptMessage(
  why: KeptCell["why"],
  lang: Lang,
  detail: { formula?: string; cycle?: string; name?: string; parse?: string },
  saved: boolean,
): string {
  const rest = saved
    ? { sv: " Det sparade värdet står kvar.", en: " The saved value is kept." }
    : { sv: " Filen har inget sparat värde.", en: " The file has no saved value." };
  const m =
    why === "linked"
      ? saved
        ? {
            sv: `Sparat värde från en länkad arbetsbok (${detail.formula ?? ""}); länkar beräknas inte här.`,
            en: `Saved value of a linked workbook (${detail.formula ?? ""}); links are not computed here.`,
          }
        : {
            sv: `Länk till en annan arbetsbok (${detail.formula ?? ""}); länkar beräknas inte här.${rest.sv}`,
            en: `A link to another workbook (${detail.formula ?? ""}); links are not computed here.${rest.en}`,
          }
      : why === "unreadable" && detail.parse !== undefined
        ? parseMessage(detail.parse, rest)
        : why === "unreadable"
          ? {
              sv: "Formeln är för lång eller för djupt nästlad för kommunkalkyls formeltolk." + rest.sv,
              en: "The formula is too long or too deeply nested for kommunkalkyl's formula parser." + rest.en,
            }
          : why === "unsupported"
            ? {
                sv: `${detail.name ?? ""} är en funktion som kommunkalkyl inte beräknar.` + rest.sv,
                en: `${detail.name ?? ""} is a function kommunkalkyl does not compute.` + rest.en,
              }
            : { sv: `${detail.cycle ?? ""}${rest.sv}`, en: `${detail.cycle ?? ""}${rest.en}` };
  return m[lang];
}

/**
 * Evaluates every formula of a read workbook: values, and every error cell with its message.
 * KOLADA cells read the cache, then the value the file saved; never the network.
 * A formula cell that cannot be computed here (a link to another workbook, a circular reference,
 * a function not computed here, a formula the parser cannot take) keeps the value the file saved,
 * which the cells depending on it then use; it is listed in `kept` with the reason.
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
  // the decimal point of the formulas' syntax (English), so that text made of a number reads back as one
  excelNumberText("en");
  let hf: HyperFormula;
  try {
    hf = createEngine(read.sheets, language, "en");
  } catch (e) {
    // the parser ran out of stack after all (the stack left here is less than the probe had):
    // the long and deeply nested formulas keep their saved values, and the rest is computed
    if (!(e instanceof RangeError) || read.deep.length === 0) throw e;
    for (const d of read.deep) {
      read.notComputed.push({ ...d, why: "unreadable" });
      const saved = savedResult(read.workbook.getWorksheet(d.sheet)?.findCell(d.row + 1, d.col + 1));
      read.sheets[d.sheet]![d.row]![d.col] = saved ?? "#VALUE!";
    }
    read.deep = [];
    hf = createEngine(read.sheets, language, "en");
  }
  try {
    addExcelConstants(hf, "en");
    if (read.names.length) {
      hf.batch(() => {
        for (const n of read.names) {
          if (hf.isItPossibleToAddNamedExpression(n.name, n.expression, n.scope))
            hf.addNamedExpression(n.name, n.expression, n.scope);
        }
      });
    }
    const readValues = () => {
      const values: Record<string, CellValue[][]> = Object.create(null) as Record<string, CellValue[][]>;
      for (const name of hf.getSheetNames()) values[name] = hf.getSheetValues(hf.getSheetId(name)!);
      return values;
    };
    let values = readValues();
    for (const name of Object.keys(values)) {
      progress?.update(
        language === "sv"
          ? `${name}: ${values[name]!.length} rader beräknade`
          : `${name}: ${values[name]!.length} rows evaluated`,
      );
    }
    const first = collectErrors(hf, values, language, "en");
    const firstByCell = new Map(first.map((e) => [e.cell, e]));
    const kept: KeptCell[] = [];
    const override = new Map<string, string>();
    const savedCell = (sheet: string, row: number, col: number) =>
      read.workbook.getWorksheet(sheet)?.findCell(row + 1, col + 1);
    for (const n of read.notComputed) {
      const cell = cellAddress(n.sheet, n.row, n.col);
      const saved = savedResult(savedCell(n.sheet, n.row, n.col));
      const formula = (savedCell(n.sheet, n.row, n.col)?.formula ?? "").replace(/^=?/, "=");
      const message = keptMessage(n.why, language, { formula }, saved !== undefined);
      if (saved !== undefined) {
        kept.push({ ...n, cell, value: values[n.sheet]?.[n.row]?.[n.col] ?? null, message });
      } else override.set(cell, message);
    }
    // cycles, and functions this version does not know: the saved value stands in, if the file has one
    const replace: {
      sheet: string;
      row: number;
      col: number;
      saved: RawCellContent;
      why: KeptCell["why"];
    }[] = [];
    // the cells of each cycle (not those that only depend on one: they compute once it has values)
    const cycleNodes: { sheet: number; row: number; col: number }[] = [];
    for (const [sheet, rows] of Object.entries(values)) {
      const id = hf.getSheetId(sheet)!;
      rows.forEach((r, row) =>
        r.forEach((v, col) => {
          if (v instanceof DetailedCellError && v.type === ErrorType.CYCLE)
            cycleNodes.push({ sheet: id, row, col });
        }),
      );
    }
    const cycleInfo = cycleNodes.length
      ? cycles(hf, cycleNodes, (c) => cellAddress(hf.getSheetName(c.sheet) ?? "", c.row, c.col))
      : new Map<string, { member: boolean }>();
    for (const [sheet, rows] of Object.entries(values)) {
      const id = hf.getSheetId(sheet)!;
      rows.forEach((r, row) =>
        r.forEach((v, col) => {
          if (!(v instanceof DetailedCellError)) return;
          if (v.type === ErrorType.CYCLE && !cycleInfo.get(`${id}:${row}:${col}`)?.member) return;
          const unknown = /^Function name (.+) not recognized\.?$/.exec(v.message)?.[1];
          const missing = /^Named expression (.+) not recognized\.?$/.exec(v.message)?.[1];
          // a name that refers to another workbook: its saved value, as for a link in the formula
          const link = missing === undefined ? undefined : read.linkedNames.get(missing.toUpperCase());
          const why: KeptCell["why"] | undefined =
            v.type === ErrorType.CYCLE
              ? "cycle"
              : v.type === ErrorType.ERROR
                ? "unreadable"
                : v.type === ErrorType.NAME && unknown && !/^(_xldudf_)?KOMMUN[._]/i.test(unknown)
                  ? "unsupported"
                  : link !== undefined
                    ? "linked"
                    : undefined;
          if (!why) return;
          // an error passed on from another cell is not this cell's own: it computes once that one has a value
          const own = unknown ?? missing;
          if (own !== undefined && (why === "unsupported" || why === "linked")) {
            let formula = "";
            try {
              formula = hf.getCellFormula({ sheet: id, row, col }) ?? "";
            } catch {
              formula = "";
            }
            if (!formula.toUpperCase().includes(own.toUpperCase())) return;
          }
          const saved = savedResult(savedCell(sheet, row, col));
          const cell = cellAddress(sheet, row, col);
          const stored = savedCell(sheet, row, col)?.formula;
          const detail = {
            cycle: firstByCell.get(cell)?.message,
            name: unknown,
            formula: link === undefined ? undefined : `${missing} = ${link}`,
            // a formula the parser could not read (not one left out for its length: those are notComputed)
            parse:
              v.type === ErrorType.ERROR && stored && !isDeep(stored)
                ? `=${stored.replace(/^=/, "")}`
                : undefined,
          };
          if (saved === undefined || (typeof saved === "string" && saved.startsWith("#"))) {
            if (why !== "unsupported") override.set(cell, keptMessage(why, language, detail, false));
            return;
          }
          replace.push({ sheet, row, col, saved, why });
          kept.push({
            sheet,
            row,
            col,
            cell,
            value: savedAsValue(saved),
            message: keptMessage(why, language, detail, true),
            why,
          });
        }),
      );
    }
    if (replace.length) {
      hf.batch(() => {
        for (const c of replace)
          hf.setCellContents({ sheet: hf.getSheetId(c.sheet)!, row: c.row, col: c.col }, c.saved);
      });
      values = readValues();
    }
    const keptCells = new Set(kept.map((k) => k.cell));
    const errors = (replace.length ? collectErrors(hf, values, language, "en") : first)
      .filter((e) => !keptCells.has(e.cell))
      .map((e) => {
        const own = override.get(e.cell);
        const before = firstByCell.get(e.cell);
        // a cell depending on a cycle keeps the cycle's message, under Excel's #VALUE!
        const message = own ?? (before && before.error !== e.error ? before.message : e.message);
        return {
          ...e,
          error: errorName(toExcelError(e.error), "en"),
          shown: errorName(toExcelError(e.error), language),
          message,
        };
      });
    // in the order of the sheets, row by row, as the errors are listed
    const sheetOrder = new Map(hf.getSheetNames().map((name, i) => [name, i]));
    kept.sort(
      (a, b) =>
        (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row || a.col - b.col,
    );
    return { values, formulaCount: read.formulaCount, errors, kept };
  } finally {
    hf.destroy();
  }
}

/** HyperFormula's error names that Excel does not have (#CYCLE!, #ERROR!, #LIC!) as Excel's #VALUE!. */
function toExcelError(englishName: string): ErrorType {
  const byName: Record<string, ErrorType> = {
    "#DIV/0!": ErrorType.DIV_BY_ZERO,
    "#N/A": ErrorType.NA,
    "#NAME?": ErrorType.NAME,
    "#NUM!": ErrorType.NUM,
    "#REF!": ErrorType.REF,
    "#SPILL!": ErrorType.SPILL,
    "#VALUE!": ErrorType.VALUE,
  };
  return byName[englishName] ?? ErrorType.VALUE;
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
 * cached result, every cell of an array formula's range included; every other part of the file is
 * copied unchanged (see {@link copyWithValues}). The cells the evaluation kept (`result.kept`: links,
 * cycles, functions not computed) and the error cells Excel has no name for keep their saved value
 * exactly as the file has it. Returns the cells the copy kept that neither list names already
 * (a cell of an array formula's range the result does not reach), so that each is reported once.
 */
export async function writeWithValues(
  source: string,
  result: Pick<EvaluatedWorkbook, "values" | "kept" | "errors">,
  out: string,
  lang: Lang,
): Promise<KeptCell[]> {
  const { values } = result;
  const at = (sheet: string, row: number, col: number) => cellAddress(sheet, row, col);
  const keptCells = new Set(result.kept.map((k) => at(k.sheet, k.row, k.col)));
  const listed = new Set([...keptCells, ...result.errors.map((e) => e.cell)]);
  const { bytes, kept } = await copyWithValues(readFileSync(source), (sheet, row, col, kind) => {
    if (!Object.prototype.hasOwnProperty.call(values, sheet)) return undefined;
    const k = keptCells.has(at(sheet, row, col));
    return k ? { keepSaved: KEPT_BY_EVALUATION } : copyValue(values[sheet]?.[row]?.[col], kind);
  });
  writeFileSync(out, bytes);
  return kept
    .map((k) => ({
      sheet: k.sheet,
      row: k.row,
      col: k.col,
      cell: at(k.sheet, k.row, k.col),
      value: null,
      message: k.reason[lang],
      why: "array" as const,
    }))
    .filter((k) => !listed.has(k.cell));
}

/** The reason given to the copy for a cell already listed under the evaluation's kept cells. */
const KEPT_BY_EVALUATION: KeepReason = {
  sv: "beräknades inte; det sparade värdet behålls",
  en: "not computed; the saved value is kept",
};
