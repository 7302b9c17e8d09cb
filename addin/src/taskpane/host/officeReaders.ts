import type { OfficeApi } from "./officeApi";
import { cellsOfAreas } from "./officeErrors";
import { quoteSheet, toAddress } from "./types";

/**
 * The formula cells outside `sheet!range` that refer to a cell of it, through Excel's "Trace Dependents"
 * (`Range.getDirectDependents()`, ExcelApi 1.13: the direct dependents on every sheet of the workbook; what
 * counts, defined names included, is Excel's own tracing). Each cell with its sheet (`Summering!A1`), by
 * sheet in the workbook's order, then row, then column. Excel throws `ItemNotFound` when nothing refers to the
 * range: none. Undefined when this Excel cannot tell (before ExcelApi 1.13, or the call refused): the dialog
 * then says it could not check.
 */
export async function readersIn(
  context: Excel.RequestContext,
  office: OfficeApi,
  sheet: string,
  range: string,
): Promise<string[] | undefined> {
  if (!office.supports("1.13")) return undefined;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  let addresses: string[];
  try {
    // inside the try: a platform that claims 1.13 without the method refuses here, and is "could not check"
    const dependents = sheets.getItem(sheet).getRange(range).getDirectDependents();
    dependents.load("addresses");
    await context.sync();
    addresses = dependents.addresses;
  } catch (e) {
    if ((e as { code?: string } | undefined)?.code === "ItemNotFound") return [];
    return undefined;
  }
  const order = new Map(sheets.items.map((s, i) => [s.name.toLocaleLowerCase("sv-SE"), i]));
  const key = (c: { sheet: string; row: number; col: number }) =>
    `${c.sheet.toLocaleLowerCase("sv-SE")}!${c.row}:${c.col}`;
  const own = new Set(cellsOfAreas(`${quoteSheet(sheet)}!${range}`).map(key));
  const seen = new Map<string, { sheet: string; row: number; col: number }>();
  for (const address of addresses) {
    for (const c of cellsOfAreas(address)) {
      if (!own.has(key(c))) seen.set(key(c), c);
    }
  }
  const rank = (s: string) => order.get(s.toLocaleLowerCase("sv-SE")) ?? order.size;
  return [...seen.values()]
    .sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.col - b.col)
    .map((c) => `${quoteSheet(c.sheet)}!${toAddress(c.row, c.col)}`);
}
