import { formulaLocale, toLocalFormula, type FormulaLocale } from "./localFormula";
import { splitAddress, type OfficeApi } from "./officeApi";
import {
  HostError,
  INPUT_FILL,
  parseAddress,
  toAddress,
  type Block,
  type CellSpec,
  type WriteResult,
} from "./types";

/** Writing a block through Office.js: the user's formula language, the cells queued in parts, errors read back. */

/** Cells written per `context.sync()`, so that one request stays far below Excel on the web's 5 MB. */
const CELLS_PER_SYNC = 2000;

/** How the user's Excel writes formulas: the display language and the decimal separator (ExcelApi 1.11). */
async function userLocale(context: Excel.RequestContext, office: OfficeApi): Promise<FormulaLocale> {
  const language = office.displayLanguage();
  let decimal = language.toLowerCase().startsWith("sv") ? "," : ".";
  // older Excel (no cultureInfo) keeps the language's usual separator
  if (office.supports("1.11")) {
    const format = context.application.cultureInfo.numberFormat;
    format.load("numberDecimalSeparator");
    await context.sync();
    decimal = format.numberDecimalSeparator || decimal;
  }
  return formulaLocale(language, decimal);
}

/** What writing a block's formulas needs from Excel, fetched before anything is changed. */
export interface Prepared {
  locale?: FormulaLocale;
  names?: ReadonlyMap<string, string>;
}

export async function prepare(
  context: Excel.RequestContext,
  block: Block,
  office: OfficeApi,
): Promise<Prepared> {
  const hasFormula = block.some((r) => r.some((c) => c !== null && "formula" in c));
  if (!hasFormula) return {};
  const [locale, names] = await Promise.all([userLocale(context, office), office.swedishNames()]);
  return { locale, names };
}

/**
 * Queues one block's cells: text through `values` with the Text format `@` first (so "-10 % lokaler" or
 * "=x" stays text), numbers through `values` with their format, formulas through `formulasLocal` (the
 * user's language) with their format. Blank cells are cleared. Returns the range of the whole block.
 */
async function queueBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  topLeft: string,
  block: Block,
  { locale, names }: Prepared,
  where: string,
): Promise<Excel.Range> {
  const { row, col } = parseAddress(topLeft);
  const cols = Math.max(1, ...block.map((r) => r.length));
  const local = (f: string) => {
    // English Excel keeps the English names; Swedish Excel gets the Swedish ones
    const kommun = locale!.names === "sv" ? names! : new Map([...names!.keys()].map((k) => [k, k]));
    try {
      return toLocalFormula(f.startsWith("=") ? f : `=${f}`, locale!, kommun);
    } catch (e) {
      throw new HostError("formulaLanguage", where, e instanceof Error ? e.message : String(e));
    }
  };
  let queued = 0;
  for (let r = 0; r < block.length; r++) {
    for (let c = 0; c < cols; c++) {
      const spec: CellSpec = block[r]![c] ?? null;
      const cell = sheet.getRange(toAddress(row + r, col + c));
      if (spec === null) {
        cell.clear("Contents");
      } else if ("text" in spec) {
        cell.numberFormat = [["@"]];
        cell.values = [[spec.text]];
      } else if ("value" in spec) {
        cell.numberFormat = [[spec.format ?? "General"]];
        cell.values = [[spec.value]];
      } else {
        cell.numberFormat = [[spec.format ?? "General"]];
        cell.formulasLocal = [[local(spec.formula)]];
      }
      // input cells marked as the samples mark them (yellow), headers bold
      if (spec?.style === "input") cell.format.fill.color = INPUT_FILL;
      else if (spec?.style === "header") cell.format.font.bold = true;
      if (++queued % CELLS_PER_SYNC === 0) await context.sync();
    }
  }
  return sheet.getRange(`${topLeft}:${toAddress(row + block.length - 1, col + cols - 1)}`);
}

/** Reads a written range back and lists the cells that show an error value. */
async function errorsIn(context: Excel.RequestContext, range: Excel.Range, topLeft: string) {
  const { row, col } = parseAddress(topLeft);
  for (let attempt = 0; ; attempt++) {
    range.load(["values", "valueTypes"]);
    await context.sync();
    const values = range.values as unknown[][];
    const busy = values.some((r) => r.some((v) => v === "#BUSY!"));
    // custom functions may still be calculating: wait a little, a few times
    if (busy && attempt < 5) {
      await new Promise((ok) => setTimeout(ok, 200));
      continue;
    }
    const errors: { address: string; value: string }[] = [];
    (range.valueTypes as string[][]).forEach((r, i) =>
      r.forEach((type, j) => {
        if (type === "Error")
          errors.push({ address: toAddress(row + i, col + j), value: String(values[i]![j]) });
      }),
    );
    return errors;
  }
}

/** Writes a block and reads it back: the range written (without its sheet) and the cells showing an error. */
export async function writeBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  topLeft: string,
  block: Block,
  prepared: Prepared,
  where: string,
): Promise<{ range: string; errors: WriteResult["errors"] }> {
  const range = await queueBlock(context, sheet, topLeft, block, prepared, where);
  range.load("address");
  const errors = await errorsIn(context, range, topLeft);
  return { range: splitAddress(range.address).range, errors };
}
