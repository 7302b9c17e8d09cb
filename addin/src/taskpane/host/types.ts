/** A value as a cell shows it. */
export type CellValue = number | string | boolean | null;

/**
 * One cell the pane writes. Text is always written as text (a label such as "-10 % lokaler" or "=x"
 * never becomes a formula); a formula is English syntax with the English `KOMMUN.*` names and `,`
 * (as in the definitions' examples), which the host translates to the user's Excel language; a
 * format is an invariant Excel number-format code (`0.0%`, `#,##0`, `0.00`).
 */
export type CellSpec =
  null | { text: string } | { value: number; format?: string } | { formula: string; format?: string };

/** A block of cells to write, row by row. */
export type Block = CellSpec[][];

/** A label cell. */
export const text = (s: string): CellSpec => ({ text: s });
/** A number cell, optionally with an Excel number format. */
export const num = (value: number, format?: string): CellSpec => (format ? { value, format } : { value });
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

/**
 * Everything the task pane needs from a workbook, so that the same panels run
 * in Excel (Office.js) and in the standalone browser demo (HyperFormula).
 */
export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  /** the selected range: its address (with sheet) and values row by row */
  readSelection(): Promise<{ address: string; values: CellValue[][] }>;
  /** a named range's values, or undefined when the workbook has no such name */
  readNamedRange(name: string): Promise<CellValue[][] | undefined>;
  /** the sheet and top-left cell of the selection, where the pane writes by default */
  activeCell(): Promise<{ sheet: string; address: string }>;
  /** true when every cell of the block at `sheet!topLeft` of that size is empty */
  isEmpty(sheet: string, topLeft: string, rows: number, cols: number): Promise<boolean>;
  /** writes a block; callers check {@link isEmpty} and ask first */
  writeRange(sheet: string, topLeft: string, block: Block): Promise<void>;
  /** adds a sheet; returns its name (made unique when taken) */
  addSheet(name: string): Promise<string>;
}

/**
 * How a panel writes: a block at `sheet!topLeft`, or on a new sheet named `sheetName` when `sheet` is "new".
 * The App asks before replacing non-empty cells; the result is where it wrote, or undefined when cancelled.
 */
export type Writer = (
  sheet: string | "new",
  topLeft: string,
  block: Block,
  sheetName: string,
) => Promise<string | undefined>;

/** "B3" → { row: 2, col: 1 } (0-based). */
export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** { row: 2, col: 1 } → "B3". */
export function toAddress(row: number, col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** The numbers of a block, row by row, skipping blanks and text. */
export function numbersOf(values: CellValue[][]): number[] {
  return values.flat().filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}
