import { splitAddress, type OfficeApi } from "./officeApi";
import { parseAddress, quoteSheet, toAddress } from "./types";

/** The areas of an address Excel gives: "Blad1!A1:B2, 'Blad, 2'!D4" → "Blad1!A1:B2", "'Blad, 2'!D4". */
export function areasOf(address: string): string[] {
  // commas inside a quoted sheet name do not separate areas
  return (address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []).map((a) => a.trim()).filter(Boolean);
}

/** Every cell of an address Excel gives for areas: "Blad1!A1:B2,Blad1!D4" → Blad1!A1, Blad1!B1, … */
export function cellsOfAreas(address: string): { sheet: string; row: number; col: number }[] {
  const cells: { sheet: string; row: number; col: number }[] = [];
  for (const area of areasOf(address)) {
    const { sheet, range } = splitAddress(area);
    const [a, b = a] = range.split(":");
    const s = parseAddress(a!);
    const e = parseAddress(b!);
    for (let r = s.row; r <= e.row; r++)
      for (let c = s.col; c <= e.col; c++) cells.push({ sheet, row: r, col: c });
  }
  return cells;
}

/**
 * Every formula cell in the workbook that shows an error, as "sheet!A1" → the error (`#VALUE!`), through
 * Excel's "Go To Special: formulas with errors" (ExcelApi 1.9). Undefined when this Excel cannot tell.
 */
export async function formulaErrors(
  context: Excel.RequestContext,
  office: OfficeApi,
): Promise<Map<string, string> | undefined> {
  if (!office.supports("1.9")) return undefined;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  // an empty sheet has no used range, and a null range is not asked for its special cells
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("isNullObject");
    return { name: sheet.name, range };
  });
  await context.sync();
  const found = used
    .filter((u) => !u.range.isNullObject)
    .map(({ name, range }) => {
      const special = range.getSpecialCellsOrNullObject("Formulas", "Errors");
      special.load(["isNullObject", "address"]);
      return { name, special };
    });
  if (found.length === 0) return new Map();
  await context.sync();
  const areas = found
    .filter((f) => !f.special.isNullObject)
    .map((f) => {
      f.special.areas.load("items/address,items/values");
      return f;
    });
  if (areas.length > 0) await context.sync();
  const errors = new Map<string, string>();
  for (const { name, special } of areas) {
    for (const area of special.areas.items) {
      const { range } = splitAddress(area.address);
      const top = parseAddress(range.split(":")[0]!);
      (area.values as unknown[][]).forEach((r, i) =>
        r.forEach((v, j) =>
          errors.set(`${quoteSheet(name)}!${toAddress(top.row + i, top.col + j)}`, String(v)),
        ),
      );
    }
  }
  return errors;
}
