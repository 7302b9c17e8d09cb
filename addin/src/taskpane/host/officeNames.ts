import { hostError, type OfficeApi } from "./officeApi";
import { HostError, referenceKey, type CellValue, type NamesResult } from "./types";

/** Defined names through Office.js: reading their values, and adding workbook-scope names. */

/** Several names' values in two round trips: a name scoped to the active sheet before a workbook name. */
export async function readNamesIn(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<Map<string, CellValue[][]>> {
  // one batch: each name scoped to the active sheet and to the workbook
  const active = context.workbook.worksheets.getActiveWorksheet();
  const items = names.map((name) => {
    const local = active.names.getItemOrNullObject(name);
    const global = context.workbook.names.getItemOrNullObject(name);
    local.load(["type", "value"]);
    global.load(["type", "value"]);
    return { name, local, global };
  });
  await context.sync();
  // the second batch reads every range found (a sheet's own name first, as Excel resolves it)
  const found = items
    .map(({ name, local, global }) => ({ name, item: !local.isNullObject ? local : global }))
    .filter(({ item }) => !item.isNullObject)
    .map(({ name, item }) => {
      const range = item.type === "Range" ? item.getRangeOrNullObject() : undefined;
      range?.load(["values", "isNullObject"]);
      return { name, item, range };
    });
  if (found.some((f) => f.range)) await context.sync();
  const result = new Map<string, CellValue[][]>();
  for (const { name, item, range } of found) {
    if (range && !range.isNullObject) result.set(name, range.values as CellValue[][]);
    else if (!range) {
      // a constant (`=25`, `="mnkr"`) or an array constant: its value
      const v = item.value as unknown;
      result.set(name, Array.isArray(v) ? (v as CellValue[][]) : [[(v ?? null) as CellValue]]);
    }
  }
  return result;
}

/**
 * Adds workbook-scope names (`workbook.names.add`, ExcelApi 1.4): a name that exists pointing to the same cells is
 * left, one pointing elsewhere is kept and reported unless listed in `replace` (then deleted and added anew).
 */
export async function addNamesIn(
  context: Excel.RequestContext,
  office: OfficeApi,
  names: Record<string, string>,
  replace: readonly string[],
): Promise<NamesResult> {
  // what each name refers to now: `formula` (ExcelApi 1.7), else `value`, which for a range is the same
  const withFormula = office.supports("1.7");
  const collection = context.workbook.names;
  const items = Object.entries(names).map(([name, reference]) => {
    const item = collection.getItemOrNullObject(name);
    item.load(withFormula ? ["formula"] : ["value"]);
    return { name, reference: reference.startsWith("=") ? reference : `=${reference}`, item };
  });
  await context.sync();
  const result: NamesResult = { added: [], unchanged: [], replaced: [], kept: [] };
  for (const { name, reference, item } of items) {
    if (item.isNullObject) {
      collection.add(name, reference);
      result.added.push(name);
      continue;
    }
    const existing = String((withFormula ? item.formula : item.value) ?? "");
    if (referenceKey(existing) === referenceKey(reference)) result.unchanged.push(name);
    else if (replace.includes(name)) {
      // asked for: the old name goes and the new one takes its place, in the same request
      item.delete();
      collection.add(name, reference);
      result.replaced.push(name);
    } else result.kept.push({ name, refersTo: existing.startsWith("=") ? existing : `=${existing}` });
  }
  try {
    await context.sync();
  } catch (e) {
    // the name Excel refused, when it says (an invalid name, a reference to a missing sheet)
    const h = hostError(e, Object.keys(names).join(", "));
    throw h.code === "other" ? new HostError("badName", h.where, h.detail) : h;
  }
  return result;
}
