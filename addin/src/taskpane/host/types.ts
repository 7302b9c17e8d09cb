import type { Lang } from "../../definitions/types";

/** A value as a cell shows it. */
export type CellValue = number | string | boolean | null;

/**
 * One cell the pane writes. Text is always written as text (a label such as "-10 % lokaler" or "=x"
 * never becomes a formula); a formula is English syntax with the English `KOMMUN.*` names and `,`
 * (as in the definitions' examples), which the host translates to the user's Excel language; a
 * format is an invariant Excel number-format code (`0.0%`, `#,##0`, `0.00`).
 */
export type CellSpec =
  | null
  | { text: string; style?: CellStyle }
  | { value: number; format?: string; style?: CellStyle }
  | { formula: string; format?: string; style?: CellStyle };

/**
 * How a written cell is marked, as the samples mark them: `input` cells (what the user may change) get
 * a light yellow fill, `header` cells bold text.
 */
export type CellStyle = "input" | "header";

/** The fill of an input cell (the samples' light yellow, Excel's "Note" yellow). */
export const INPUT_FILL = "#FFF2CC";

/** A block of cells to write, row by row. */
export type Block = CellSpec[][];

/** A label cell. */
export const text = (s: string): CellSpec => ({ text: s });
/** A number cell, optionally with an Excel number format. */
export const num = (value: number, format?: string): CellSpec => (format ? { value, format } : { value });
/** An input cell: a number (with a format) or a text the user is meant to change, marked yellow. */
export const input = (value: number | string, format?: string): CellSpec =>
  typeof value === "string"
    ? { text: value, style: "input" }
    : { value, ...(format ? { format } : {}), style: "input" };
/** A header cell: text in bold. */
export const header = (s: string): CellSpec => ({ text: s, style: "header" });
/** A formula cell (English syntax), optionally with an Excel number format. */
export const formula = (f: string, format?: string): CellSpec =>
  format ? { formula: f, format } : { formula: f };

/** Plain values as cells: numbers as numbers, strings as text, null as empty. */
export function cellsOf(rows: (number | string | null)[][]): Block {
  return rows.map((r) => r.map((v) => (v === null ? null : typeof v === "number" ? num(v) : text(v))));
}

/** What a host puts into a cell for a spec: the number, the text, or the formula string. */
export function rawOf(cell: CellSpec): number | string | null {
  if (cell === null) return null;
  if ("text" in cell) return cell.text;
  if ("value" in cell) return cell.value;
  return cell.formula;
}

/** Where a block was written, and the cells that show an error value after Excel calculated them. */
export interface WriteResult {
  /** the sheet written to (for a new sheet: the name it got) */
  sheet: string;
  /** the range written, without the sheet: `A1:C14` */
  range: string;
  /** cells whose value is an error (`#NAME?`, `#VALUE!` …) after writing: address and the error shown */
  errors: { address: string; value: string }[];
  /**
   * Formula cells OUTSIDE the written range that show an error after writing but did not before (a formula
   * elsewhere that referred to a replaced cell): address with its sheet (`Uppföljning!T9`) and the error.
   * Undefined when the host could not check (Excel older than ExcelApi 1.9).
   */
  elsewhere?: { address: string; value: string }[];
}

/** What a range holds before the pane writes over it: how many cells hold a value, how many a formula. */
export interface RangeContents {
  /** non-empty cells without a formula (numbers, text, booleans) */
  values: number;
  /** cells holding a formula */
  formulas: number;
  /**
   * Formula cells OUTSIDE the range that read a cell of it, directly or through other formulas (and through a
   * defined name where the host can tell): each with its sheet (`Summering!A1`), by sheet in the workbook's
   * order, then row, then column. Replacing the range may make them show an error or another value. Undefined
   * when the host could not check (Excel before ExcelApi 1.13, or Excel refused): the dialog then says so,
   * never "none".
   */
  readers?: string[];
  /**
   * True when the host stopped following the chains of readers at its bound (Excel before ExcelApi 1.15,
   * walking Trace Dependents level by level): `readers` are those found, and there may be more. The dialog
   * then says "at least".
   */
  moreReaders?: boolean;
}

/**
 * What adding workbook-scope defined names gave. A name that already exists pointing elsewhere is never
 * replaced unasked: it is listed in `kept` with what it refers to, and replaced only when the caller passes
 * it in `replace` (after the user confirmed).
 */
export interface NamesResult {
  /** names that did not exist and were added */
  added: string[];
  /** names that already referred to the same cells: left as they were */
  unchanged: string[];
  /** names that referred elsewhere and were replaced, because the caller asked for it */
  replaced: string[];
  /** names that refer elsewhere and were left alone: the name and what it refers to (`=Blad1!$A$1`) */
  kept: { name: string; refersTo: string }[];
}

/**
 * Everything the task pane needs from a workbook, so that the same panels run
 * in Excel (Office.js) and in the standalone browser demo (HyperFormula).
 * Every method may reject with a {@link HostError} that says, in the user's words, what went wrong.
 */
/**
 * The pane's typed inputs kept with the workbook, so that nothing typed is lost when the pane or the workbook is
 * reopened (issue 23, review s8 finding 5): in Excel the document's settings (Office.context.document.settings,
 * saved into the file), in the demo the browser's storage per workbook. A store that refuses (blocked, full) keeps
 * nothing, silently for the figures: the pane works as on a first start.
 */
export interface PaneMemory {
  /** what was kept, or undefined */
  read(): unknown;
  /** keeps `value` in place of what was kept; undefined forgets it */
  write(value: unknown): void;
}

export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  /** where the pane keeps its typed inputs; none in hosts that cannot keep them */
  readonly memory?: PaneMemory;
  /**
   * The selected range: its address (with sheet) and values row by row. A single area only (several areas
   * reject); a selection reaching past the sheet's used range (whole columns) is cut to the used range first,
   * and `address` is then the range actually read.
   */
  readSelection(): Promise<{ address: string; values: CellValue[][] }>;
  /**
   * A name's values: a range's cells or a constant's value (`Gap` defined as `=25` gives [[25]]); names scoped
   * to the active sheet come before workbook names, as in Excel. Undefined when there is no such name.
   */
  readNamedRange(name: string): Promise<CellValue[][] | undefined>;
  /** several names at once (one round trip in Excel): the names found, with their values */
  readNamedRanges(names: readonly string[]): Promise<Map<string, CellValue[][]>>;
  /** the sheet and top-left cell of the selection, where the pane writes by default */
  activeCell(): Promise<{ sheet: string; address: string }>;
  /** true when every cell of the block at `sheet!topLeft` of that size is empty */
  isEmpty(sheet: string, topLeft: string, rows: number, cols: number): Promise<boolean>;
  /**
   * What the block at `sheet!topLeft` of that size holds: how many values and how many formulas a write there
   * would replace (the overwrite dialog names both).
   */
  contents(sheet: string, topLeft: string, rows: number, cols: number): Promise<RangeContents>;
  /**
   * Writes a block (callers check {@link contents} and ask first), then reads it back for error values, and
   * lists the formula cells elsewhere in the workbook that turned to an error.
   */
  writeRange(sheet: string, topLeft: string, block: Block): Promise<WriteResult>;
  /**
   * Adds a sheet named after `name` (cut to Excel's 31 characters, made unique ignoring case) and writes the
   * block at `topLeft` in one go: when writing fails, no empty sheet is left behind.
   */
  writeNewSheet(name: string, topLeft: string, block: Block): Promise<WriteResult>;
  /**
   * Adds workbook-scope defined names: name → reference with its sheet (`'Skatter och bidrag'!$B$12`). A name
   * that exists pointing to the same cells is left; one pointing elsewhere is kept and reported, unless it is
   * in `replace`.
   */
  addNames(names: Record<string, string>, replace?: readonly string[]): Promise<NamesResult>;
}

/**
 * How a panel writes: a block at `sheet!topLeft`, or on a new sheet named `sheetName` when `sheet` is "new".
 * The App asks before replacing non-empty cells; the result is where it wrote (followed by a caveat when
 * formulas elsewhere now show errors), or undefined when cancelled or refused by Excel (the App then shows why).
 */
export type Writer = (
  sheet: string | "new",
  topLeft: string,
  block: Block,
  sheetName: string,
) => Promise<string | undefined>;

/** What went wrong talking to the workbook, for a message in the user's words. */
export type HostErrorCode =
  | "multipleAreas"
  | "editMode"
  | "protected"
  | "tooLarge"
  | "noSheet"
  | "formulaLanguage"
  | "badName"
  | "other";

const HOST_MESSAGES: Record<Lang, Record<HostErrorCode, (where: string, detail: string) => string>> = {
  sv: {
    multipleAreas: (w) =>
      `Markeringen${w ? ` ${w}` : ""} består av flera områden. Markera ett enda sammanhängande område och försök igen.`,
    editMode: () =>
      "Excel håller på att redigera en cell. Tryck Retur eller Esc i cellen och försök sedan igen.",
    protected: (w) =>
      `${w} ligger på ett skyddat blad och kan inte skrivas. Ta bort bladets skydd (Granska → Ta bort bladets skydd) eller välj en cell på ett annat blad.`,
    tooLarge: (w) =>
      `${w ? `Området ${w} är för stort` : "Markeringen är för stor"} för att skickas till Excel på en gång (Excel på webben tar högst 5 MB per anrop). Markera ett mindre område och försök igen.`,
    noSheet: (w) => `Bladet ${w} finns inte längre. Markera en cell på ett befintligt blad och försök igen.`,
    formulaLanguage: (_w, d) =>
      `Formeln kunde inte översättas till Excels språk (${d}). Inget skrevs. Rapportera gärna felet.`,
    badName: (w, d) =>
      `Namnet ${w} kunde inte definieras${d ? ` (${d})` : ""}. Kontrollera i Namnhanteraren (Formler → Namnhanteraren) om det redan finns eller är ogiltigt.`,
    other: (w, d) =>
      `Excel kunde inte läsa eller skriva ${w || "markeringen"}${d ? ` (${d})` : ""}. Försök igen.`,
  },
  en: {
    multipleAreas: (w) =>
      `The selection${w ? ` ${w}` : ""} has several areas. Select one contiguous range and try again.`,
    editMode: () => "Excel is editing a cell. Press Enter or Esc in the cell, then try again.",
    protected: (w) =>
      `${w} is on a protected sheet and cannot be written. Unprotect the sheet (Review → Unprotect Sheet) or select a cell on another sheet.`,
    tooLarge: (w) =>
      `${w ? `The range ${w}` : "The selection"} is too large to send to Excel at once (Excel on the web takes at most 5 MB per call). Select a smaller range and try again.`,
    noSheet: (w) => `The sheet ${w} no longer exists. Select a cell on an existing sheet and try again.`,
    formulaLanguage: (_w, d) =>
      `The formula could not be translated to Excel's language (${d}). Nothing was written. Please report this.`,
    badName: (w, d) =>
      `The name ${w} could not be defined${d ? ` (${d})` : ""}. Check the Name Manager (Formulas → Name Manager) for a name that exists or is not valid.`,
    other: (w, d) => `Excel could not read or write ${w || "the selection"}${d ? ` (${d})` : ""}. Try again.`,
  },
};

/**
 * A failure talking to the workbook: a code, the range or sheet concerned, and a message in Swedish and
 * English that says what to do.
 */
export class HostError extends Error {
  /** set once the pane has shown the message, so it is not reported twice */
  shown = false;
  constructor(
    readonly code: HostErrorCode,
    readonly where: string,
    readonly detail = "",
  ) {
    super(HOST_MESSAGES.en[code](where, detail));
    this.name = "HostError";
  }
  messageIn(lang: Lang): string {
    return HOST_MESSAGES[lang][this.code](this.where, this.detail);
  }
}
export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}

export * from "./addresses";
