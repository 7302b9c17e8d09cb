/** The Excel mock's cells, names and errors, and the A1 helpers its parts share. */
import { parseAddress, toAddress, type CellValue } from "./types";

export interface MockCell {
  value: CellValue;
  /** the formula as written through `formulasLocal` */
  formulaLocal?: string;
  format: string;
  /** the fill colour and bold text set through `range.format` */
  fill?: string;
  bold?: boolean;
}

export interface MockName {
  type: "Range" | "Double" | "String" | "Boolean" | "Integer" | "Error";
  value: unknown;
  /** for a range: sheet and A1 range */
  ref?: { sheet: string; range: string };
}

export interface MockSheet {
  cells: Map<string, MockCell>;
  protected: boolean;
  names: Map<string, MockName>;
}

/** An error as Office.js throws it: a message and a code from Excel.ErrorCodes. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export type Rect = { r0: number; c0: number; r1: number; c1: number };
export function rectOf(a1: string): Rect {
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(a1);
  if (whole) {
    // whole columns, as Excel selects them: a million rows
    return { r0: 0, c0: parseAddress(`${whole[1]}1`).col, r1: 1048575, c1: parseAddress(`${whole[2]}1`).col };
  }
  const [a, b = a] = a1.split(":");
  const s = parseAddress(a!);
  const e = parseAddress(b!);
  return { r0: s.row, c0: s.col, r1: e.row, c1: e.col };
}
export const a1Of = (r: Rect) =>
  r.r0 === r.r1 && r.c0 === r.c1
    ? toAddress(r.r0, r.c0)
    : `${toAddress(r.r0, r.c0)}:${toAddress(r.r1, r.c1)}`;
export const quote = (sheet: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet}'`);
