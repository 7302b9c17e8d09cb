import type { MockExcel } from "./excelMock";
import { quote, rectOf, type Rect } from "./excelMockTypes";
import { parseAddress, toAddress } from "./types";

/**
 * The mock's "Trace Dependents": which formula cells refer to a cell of a rectangle, read from the formulas
 * as written (`=B9-80`, `=Uppföljning!P9*2`, `=SUMMA($B$8:B10)`, a defined name `=Gap*2`). Texts in quotes are
 * not references; a name followed by "(" is a function.
 */
const REFERENCE =
  /(?<![\p{L}\p{N}_.$])(?:(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])|(?<![\p{L}\p{N}_.$])([\p{L}_][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(!])/gu;

/** The rectangles a formula on `sheet` refers to, each with its sheet. */
function referencesOf(excel: MockExcel, sheet: string, formula: string): { sheet: string; rect: Rect }[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const found: { sheet: string; rect: Rect }[] = [];
  for (const m of bare.matchAll(REFERENCE)) {
    if (m[3]) {
      const on = m[1]?.replace(/''/g, "'") ?? m[2] ?? sheet;
      found.push({ sheet: on, rect: rectOf(m[3].replace(/\$/g, "")) });
    } else if (m[4]) {
      const name = excel.sheets.get(sheet)?.names.get(m[4]) ?? excel.names.get(m[4]);
      if (name?.ref) found.push({ sheet: name.ref.sheet, rect: rectOf(name.ref.range.replace(/\$/g, "")) });
    }
  }
  return found;
}

const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/**
 * Excel's `getDirectDependents()` addresses for `sheet!rect`: one string per sheet, its cells joined by ", "
 * as Excel writes areas (`Uppföljning!T9, Uppföljning!T10`), sheets in the workbook's order. The range's own
 * cells are included when they refer to each other, as in Excel.
 */
export function directDependents(excel: MockExcel, sheet: string, rect: Rect): string[] {
  const addresses: string[] = [];
  for (const [name, s] of excel.sheets) {
    const cells = [...s.cells.entries()]
      .filter(([, c]) => c.formulaLocal)
      .filter(([, c]) =>
        referencesOf(excel, name, c.formulaLocal!).some((r) => r.sheet === sheet && overlaps(r.rect, rect)),
      )
      .map(([a1]) => a1)
      .sort((a, b) => {
        const x = parseAddress(a);
        const y = parseAddress(b);
        return x.row - y.row || x.col - y.col;
      });
    if (cells.length > 0) addresses.push(cells.map((a1) => `${quote(name)}!${a1}`).join(", "));
  }
  return addresses;
}

/**
 * Excel's `getDependents()` addresses for `sheet!rect` (ExcelApi 1.15): every cell that reads it directly or
 * through other formulas, as {@link directDependents} followed to its end; one string per sheet, as there.
 */
export function allDependents(excel: MockExcel, sheet: string, rect: Rect): string[] {
  const found = new Map<string, Map<string, { row: number; col: number }>>();
  const queue: { sheet: string; rect: Rect }[] = [{ sheet, rect }];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const address of directDependents(excel, next.sheet, next.rect))
      for (const part of address.split(", ")) {
        const i = part.lastIndexOf("!");
        const on = part.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
        const at = parseAddress(part.slice(i + 1));
        const cells = found.get(on) ?? new Map<string, { row: number; col: number }>();
        found.set(on, cells);
        const key = `${at.row}:${at.col}`;
        if (cells.has(key)) continue;
        cells.set(key, at);
        queue.push({ sheet: on, rect: { r0: at.row, c0: at.col, r1: at.row, c1: at.col } });
      }
  }
  return [...excel.sheets.keys()]
    .filter((name) => (found.get(name)?.size ?? 0) > 0)
    .map((name) =>
      [...found.get(name)!.values()]
        .sort((a, b) => a.row - b.row || a.col - b.col)
        .map((c) => `${quote(name)}!${toAddress(c.row, c.col)}`)
        .join(", "),
    );
}
