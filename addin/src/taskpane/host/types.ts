/** A value as a cell shows it. */
export type CellValue = number | string | boolean | null;

/** A block of cells to write: values, or formulas (strings starting with "="), row by row. */
export type Block = (number | string | null)[][];

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
