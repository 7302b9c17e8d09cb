import type { CellValue, WriteResult } from "./types";

/** A1 addresses, sheet names and references as Excel writes them, for every host. */

/** Characters Excel does not allow in a sheet name. */
const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;
/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts and no sheet has yet: the characters `[ ] : * ? / \` replaced, at most 31
 * characters, not starting or ending with an apostrophe, and unique ignoring case ("Skatt (2)", cut so that
 * the suffix fits).
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase("sv-SE")));
  const clean =
    wanted
      .replace(BAD_SHEET_CHARS, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Blad";
  const fit = (base: string, suffix: string) =>
    `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  let candidate = fit(clean, "");
  for (let i = 2; lower.has(candidate.toLocaleLowerCase("sv-SE")); i++) candidate = fit(clean, ` (${i})`);
  return candidate;
}

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

/** "B3:D5" for a block of `rows` × `cols` at B3 ("B3" for one cell). */
export function blockRange(topLeft: string, rows: number, cols: number): string {
  const { row, col } = parseAddress(topLeft);
  const end = toAddress(row + Math.max(1, rows) - 1, col + Math.max(1, cols) - 1);
  return end === toAddress(row, col) ? toAddress(row, col) : `${toAddress(row, col)}:${end}`;
}

/** True when the cell at (row, col) lies in the A1 range `range` ("B3:D5" or "B3"). */
export function inRange(range: string, row: number, col: number): boolean {
  const [a, b = a] = range.split(":");
  const s = parseAddress(a!);
  const e = parseAddress(b!);
  return row >= s.row && row <= e.row && col >= s.col && col <= e.col;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word (`'Skatt (2)'!A1`). */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The errors in `after` that were not in `before`, outside `sheet!range` (the cells just written). */
export function newErrorsElsewhere(
  before: Map<string, string> | undefined,
  after: Map<string, string> | undefined,
  sheet: string,
  range: string,
): WriteResult["elsewhere"] {
  if (!before || !after) return undefined;
  const own = `${quoteSheet(sheet)}!`;
  const result: { address: string; value: string }[] = [];
  for (const [address, value] of after) {
    if (before.get(address) === value) continue;
    if (address.startsWith(own)) {
      const { row, col } = parseAddress(address.slice(own.length));
      if (inRange(range, row, col)) continue;
    }
    result.push({ address, value });
  }
  return result;
}

/**
 * A reference as a comparable key: without "=", the sheet unquoted and in lower case, the address in upper
 * case (`='Skatter och bidrag'!$B$12` and `=skatter och bidrag!$b$12` are the same cells; Excel compares sheet
 * names ignoring case).
 */
export function referenceKey(reference: string): string {
  const r = reference.trim().replace(/^=/, "");
  const i = r.lastIndexOf("!");
  if (i < 0) return r.toUpperCase();
  const sheet = r.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'").toLocaleLowerCase("sv-SE");
  return `${sheet}!${r.slice(i + 1).toUpperCase()}`;
}
