import { DetailedCellError, type HyperFormula } from "hyperformula";
import { HostError, referenceKey, type CellValue, type NamesResult } from "./types";

/** Defined names in the demo's workbook, as HyperFormula named expressions: loaded, read and added. */

/**
 * The workbook's names from a loaded file, so that they resolve as in Excel ("Hämta från namngivna områden"
 * reads Gap, Skatteunderlag …); returns the names HyperFormula could not take (listed, never silently dropped).
 */
export function defineNames(hf: HyperFormula, names: Record<string, string>): string[] {
  const unresolved: string[] = [];
  for (const [name, reference] of Object.entries(names)) {
    const expression = reference.startsWith("=") ? reference : `=${reference}`;
    if (hf.isItPossibleToAddNamedExpression(name, expression)) hf.addNamedExpression(name, expression);
    else unresolved.push(name);
  }
  return unresolved;
}

/** A name's values: the referred cells for a reference, else the expression's value; undefined when none. */
export function readName(hf: HyperFormula, name: string, sheetId: number): CellValue[][] | undefined {
  const v = hf.getNamedExpressionValue(name);
  if (v === undefined) return undefined;
  const show = (x: unknown): CellValue =>
    x instanceof DetailedCellError ? x.value : ((x ?? null) as CellValue);
  // a name that is a reference (`=Scenario!$B$7:$D$7`) gives the referred cells, as Excel's name does
  const reference = hf.getNamedExpressionFormula(name)?.replace(/^=/, "") ?? "";
  const range = hf.simpleCellRangeFromString(reference, sheetId);
  if (range) return hf.getRangeValues(range).map((r) => r.map(show));
  const cell = hf.simpleCellAddressFromString(reference, sheetId);
  if (cell) return [[show(hf.getCellValue(cell))]];
  if (Array.isArray(v)) return (v as unknown[][]).map((r) => r.map(show));
  // a range comes back as a SimpleRangeValue
  const data = (v as { data?: unknown[][] }).data;
  if (Array.isArray(data)) return data.map((r) => r.map(show));
  return [[show(v)]];
}

/**
 * Adds workbook-scope names as named expressions; a name there already (names ignore case, as in Excel)
 * pointing elsewhere is kept and reported unless listed in `replace`.
 */
export function addNamesTo(
  hf: HyperFormula,
  names: Record<string, string>,
  replace: readonly string[],
): NamesResult {
  const result: NamesResult = { added: [], unchanged: [], replaced: [], kept: [] };
  for (const [name, reference] of Object.entries(names)) {
    const expression = reference.startsWith("=") ? reference : `=${reference}`;
    const existing = hf.getNamedExpressionFormula(name);
    if (existing !== undefined) {
      if (referenceKey(existing) === referenceKey(expression)) result.unchanged.push(name);
      else if (replace.includes(name)) {
        hf.changeNamedExpression(name, expression);
        result.replaced.push(name);
      } else result.kept.push({ name, refersTo: existing.startsWith("=") ? existing : `=${existing}` });
      continue;
    }
    if (!hf.isItPossibleToAddNamedExpression(name, expression))
      throw new HostError("badName", name, reference);
    hf.addNamedExpression(name, expression);
    result.added.push(name);
  }
  return result;
}
