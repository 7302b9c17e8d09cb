import type { MockExcel } from "./excelMock";
import { quote, rectOf, type Rect } from "./excelMockTypes";
import { parseAddress } from "./types";

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
