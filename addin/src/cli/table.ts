import { DetailedCellError, type CellValue } from "hyperformula";

/** A cell for the JSON output: numbers and text as they are, errors as their code, empty as null. */
export function jsonValue(v: CellValue): number | string | boolean | null {
  if (v instanceof DetailedCellError) return v.value;
  return v ?? null;
}

function show(v: CellValue): string {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(Number(v.toPrecision(12)));
  return String(v);
}

/** Prints rows as an aligned text table (numbers right-aligned), trimmed to the used width. */
export function renderTable(rows: CellValue[][]): string {
  const cells = rows.map((r) => r.map(show));
  const width = Math.max(0, ...cells.map((r) => r.length));
  const widths = Array.from({ length: width }, (_, c) =>
    Math.min(40, Math.max(0, ...cells.map((r) => (r[c] ?? "").length))),
  );
  return cells
    .map((r, ri) =>
      widths
        .map((w, c) => {
          const text = (r[c] ?? "").slice(0, 40);
          return typeof rows[ri]?.[c] === "number" ? text.padStart(w) : text.padEnd(w);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
