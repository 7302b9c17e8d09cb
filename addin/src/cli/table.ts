import { DetailedCellError, type CellValue } from "hyperformula";
import type { Lang } from "../definitions";
import { displayValue, truncate, wrap } from "./format";

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
  /** the width a lone text (a title, a note) wraps at; the terminal's width or 100 */
  width?: number;
}

/** A row that is one text in column A and nothing else: a title or a note, printed whole. */
function loneText(row: CellValue[] | undefined): string | undefined {
  if (!row || typeof row[0] !== "string") return undefined;
  for (let c = 1; c < row.length; c++)
    if (row[c] !== null && row[c] !== undefined && row[c] !== "") return undefined;
  return row[0];
}

/**
 * Prints rows as an aligned text table: numbers through each cell's number format, right-aligned;
 * text left-aligned and cut with "…" past {@link MAX_WIDTH}; trimmed to the used width. A row
 * that is only a text in column A (a title, a note) is printed whole, wrapped at `width`.
 */
export function renderTable(rows: CellValue[][], options: TableOptions = { lang: "en" }): string {
  const lone = rows.map(loneText);
  const cells = rows.map((r, ri) =>
    lone[ri] !== undefined
      ? []
      : r.map((v, ci) =>
          truncate(
            displayValue(v, {
              lang: options.lang,
              raw: options.raw,
              format: options.formats?.[`${ri}:${ci}`],
            }),
            MAX_WIDTH,
          ),
        ),
  );
  const width = Math.max(0, ...cells.map((r) => r.length));
  const length = (s: string) => Array.from(s).length;
  const widths = Array.from({ length: width }, (_, c) =>
    Math.max(0, ...cells.map((r) => length(r[c] ?? ""))),
  );
  const pad = (s: string, w: number, left: boolean) => {
    const fill = " ".repeat(Math.max(0, w - length(s)));
    return left ? fill + s : s + fill;
  };
  const wrapAt = Math.max(MAX_WIDTH, options.width ?? 100);
  return cells
    .map((r, ri) =>
      lone[ri] !== undefined
        ? wrap(lone[ri]!, wrapAt).join("\n")
        : widths
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
