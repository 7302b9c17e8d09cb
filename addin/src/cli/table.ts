import { DetailedCellError, type CellValue } from "hyperformula";
import type { Lang } from "../definitions";
import { displayValue, truncate } from "./format";

/** A cell for the JSON output: numbers and text as they are, errors as their code, empty as null. */
export function jsonValue(v: CellValue): number | string | boolean | null {
  if (v instanceof DetailedCellError) return v.value;
  return v ?? null;
}

/** The widest a column gets; longer text ends with "…" (the whole text is in `--json`). */
export const MAX_WIDTH = 40;

export interface TableOptions {
  lang: Lang;
  /** plain numbers, no number formats */
  raw?: boolean;
  /** "row:col" (0-based) → the cell's Excel number format */
  formats?: Record<string, string>;
}

/**
 * Prints rows as an aligned text table: numbers through each cell's number format, right-aligned;
 * text left-aligned and cut with "…" past {@link MAX_WIDTH}; trimmed to the used width.
 */
export function renderTable(rows: CellValue[][], options: TableOptions = { lang: "en" }): string {
  const cells = rows.map((r, ri) =>
    r.map((v, ci) =>
      truncate(
        displayValue(v, { lang: options.lang, raw: options.raw, format: options.formats?.[`${ri}:${ci}`] }),
        MAX_WIDTH,
      ),
    ),
  );
  const width = Math.max(0, ...cells.map((r) => r.length));
  const length = (s: string) => Array.from(s).length;
  const widths = Array.from({ length: width }, (_, c) => Math.max(0, ...cells.map((r) => length(r[c] ?? ""))));
  const pad = (s: string, w: number, left: boolean) => {
    const fill = " ".repeat(Math.max(0, w - length(s)));
    return left ? fill + s : s + fill;
  };
  return cells
    .map((r, ri) =>
      widths
        .map((w, c) => {
          const v = rows[ri]?.[c];
          const right = typeof v === "number" || v instanceof DetailedCellError;
          return pad(r[c] ?? "", w, right);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
