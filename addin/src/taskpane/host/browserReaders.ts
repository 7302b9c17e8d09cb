import type { HyperFormula, SimpleCellAddress, SimpleCellRange } from "hyperformula";
import { quoteSheet, toAddress } from "./types";

/**
 * The formula cells outside a block of the demo's workbook that read a cell of it, directly or through other
 * formulas (Excel's "dependents", not only the direct ones: `=B12*2` reading B12 that reads the block counts
 * too, since replacing the block changes or breaks both), from HyperFormula's dependency graph
 * (`getCellDependents`, the cells and ranges that read a cell directly), followed to its end. HyperFormula puts
 * a range (`B18:B23` in a SUM) and a defined name (`Gap` = `Scenario!$B$5`) between a cell and the formulas
 * that read it, as vertices of their own: a range's or a name's readers are followed on to the formulas, so
 * `=SUM(B6:B8)` and `=Gap*2` count as reading the cells. Each cell once, with its sheet (`Budget!B12`), by
 * sheet in the workbook's order, then row, then column.
 */
export function readersOf(
  hf: HyperFormula,
  sheet: number,
  top: number,
  left: number,
  rows: number,
  cols: number,
): string[] {
  const inside = (a: SimpleCellAddress) =>
    a.sheet === sheet && a.row >= top && a.row < top + rows && a.col >= left && a.col < left + cols;
  const queue: (SimpleCellAddress | SimpleCellRange)[] = [];
  for (let r = top; r < top + rows; r++)
    for (let c = left; c < left + cols; c++) queue.push({ sheet, row: r, col: c });
  const seen = new Set<string>();
  const found = new Map<string, SimpleCellAddress>();
  const key = (x: SimpleCellAddress | SimpleCellRange) =>
    "start" in x
      ? `${x.start.sheet}:${x.start.row}:${x.start.col}:${x.end.row}:${x.end.col}`
      : `${x.sheet}:${x.row}:${x.col}`;
  while (queue.length > 0) {
    for (const d of hf.getCellDependents(queue.pop()!)) {
      const k = key(d);
      if ("start" in d) {
        // a range read by formulas (and by larger ranges): its readers read the cell
        if (!seen.has(k)) queue.push(d);
      } else if (hf.getSheetName(d.sheet) === undefined) {
        // a defined name's vertex (HyperFormula keeps names outside every sheet): its readers read the cell
        if (!seen.has(k)) queue.push(d);
      } else if (!inside(d)) {
        // a formula outside: it reads the block, and so does every formula that reads it
        if (!seen.has(k)) queue.push(d);
        found.set(k, d);
      }
      seen.add(k);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col)
    .map((a) => `${quoteSheet(hf.getSheetName(a.sheet)!)}!${toAddress(a.row, a.col)}`);
}
