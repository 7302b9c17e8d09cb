import { formulaLocale, toLocalFormula, type FormulaLocale } from "./localFormula";
import {
  HostError,
  blockRange,
  newErrorsElsewhere,
  INPUT_FILL,
  isHostError,
  quoteSheet,
  parseAddress,
  referenceKey,
  toAddress,
  uniqueSheetName,
  type Block,
  type CellSpec,
  type CellValue,
  type NamesResult,
  type WorkbookHost,
  type WriteResult,
} from "./types";

/** The parts of Office.js the host uses, so that tests can pass a mock of the Excel API. */
export interface OfficeApi {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Excel's display language, `sv-SE` or `en-US` (Office.context.displayLanguage) */
  displayLanguage: () => string;
  /** the English KOMMUN names (`NETCOSTFRAME`) → the Swedish ones, loaded when a formula is first written */
  swedishNames: () => Promise<ReadonlyMap<string, string>>;
  /** whether Excel supports an ExcelApi requirement set (`1.11`) */
  supports: (version: string) => boolean;
}

/** Cells written per `context.sync()`, so that one request stays far below Excel on the web's 5 MB. */
const CELLS_PER_SYNC = 2000;

/** "'Skatt (2)'!A1:B3" → { sheet: "Skatt (2)", cell: "A1", range: "A1:B3" }. */
export function splitAddress(address: string): { sheet: string; cell: string; range: string } {
  const i = address.lastIndexOf("!");
  const sheet = address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
  const range = address.slice(i + 1);
  return { sheet, cell: range.split(":")[0]!, range };
}

export { quoteSheet };

/** An Office.js failure as a {@link HostError}: which range, and what the user can do. */
export function hostError(e: unknown, where: string): HostError {
  if (isHostError(e)) return e;
  const code = (e as { code?: string } | undefined)?.code ?? "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError("editMode", where);
    case "AccessDenied":
      return new HostError("protected", where);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new HostError("tooLarge", where);
    case "InvalidSelection":
      return new HostError("multipleAreas", where);
    case "ItemNotFound":
      return new HostError("noSheet", where);
    default:
      return new HostError("other", where, message);
  }
}

/** The English KOMMUN names → Swedish, from the definition table (loaded on first use, not at start). */
async function definitionNames(): Promise<ReadonlyMap<string, string>> {
  const { FUNCTIONS } = await import(/* webpackChunkName: "definitions" */ "../../definitions");
  return new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.sv.name]));
}

/** Office.js as the running add-in sees it. */
export function realOffice(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    displayLanguage: () => Office.context?.displayLanguage ?? "en-US",
    swedishNames: definitionNames,
    supports: (version) => Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false,
  };
}

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
interface Prepared {
  locale?: FormulaLocale;
  names?: ReadonlyMap<string, string>;
}

async function prepare(context: Excel.RequestContext, block: Block, office: OfficeApi): Promise<Prepared> {
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

/** Every cell of an address Excel gives for areas: "Blad1!A1:B2,Blad1!D4" → Blad1!A1, Blad1!B1, … */
export function cellsOfAreas(address: string): { sheet: string; row: number; col: number }[] {
  const cells: { sheet: string; row: number; col: number }[] = [];
  // commas inside a quoted sheet name do not separate areas
  for (const area of address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []) {
    const { sheet, range } = splitAddress(area.trim());
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
async function formulaErrors(
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

/** The host inside Excel, through Office.js. Every call is one `Excel.run`; failures become {@link HostError}s. */
export function createOfficeHost(office: OfficeApi = realOffice()): WorkbookHost {
  async function run<T>(where: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await office.run(batch);
    } catch (e) {
      throw hostError(e, where);
    }
  }

  async function readNames(names: readonly string[]): Promise<Map<string, CellValue[][]>> {
    return run(names.join(", "), async (context) => {
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
    });
  }

  async function writeBlock(
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

  return {
    kind: "excel",
    readSelection: () =>
      run("", async (context) => {
        const areas = context.workbook.getSelectedRanges();
        areas.load(["areaCount", "address"]);
        await context.sync();
        if (areas.areaCount > 1) throw new HostError("multipleAreas", areas.address);
        const selected = context.workbook.getSelectedRange();
        // a whole column or row reaches a million cells: only the used part is loaded
        const used = selected.worksheet.getUsedRangeOrNullObject(true);
        const part = selected.getIntersectionOrNullObject(used);
        selected.load("address");
        part.load(["address", "values", "isNullObject"]);
        await context.sync();
        if (part.isNullObject) return { address: selected.address, values: [] };
        return { address: part.address, values: part.values as CellValue[][] };
      }),
    readNamedRanges: readNames,
    readNamedRange: async (name) => (await readNames([name])).get(name),
    activeCell: () =>
      run("", async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("address");
        await context.sync();
        const { sheet, cell: a1 } = splitAddress(cell.address);
        return { sheet, address: a1 };
      }),
    contents: (sheet, topLeft, rows, cols) => {
      const target = blockRange(topLeft, rows, cols);
      return run(`${quoteSheet(sheet)}!${target}`, async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(target);
        range.load("formulas");
        await context.sync();
        let values = 0;
        let formulas = 0;
        for (const f of (range.formulas as unknown[][]).flat()) {
          if (typeof f === "string" && f.startsWith("=")) formulas++;
          else if (f !== "" && f !== null) values++;
        }
        return { values, formulas };
      });
    },
    isEmpty: (sheet, topLeft, rows, cols) => {
      const { row, col } = parseAddress(topLeft);
      const target = `${topLeft}:${toAddress(row + rows - 1, col + cols - 1)}`;
      return run(`${quoteSheet(sheet)}!${target}`, async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(target);
        range.load("formulas");
        await context.sync();
        return (range.formulas as unknown[][]).flat().every((f) => f === "" || f === null);
      });
    },
    writeRange: (sheet, topLeft, block) => {
      const where = `${quoteSheet(sheet)}!${topLeft}`;
      return run(where, async (context) => {
        const prepared = await prepare(context, block, office);
        const target = context.workbook.worksheets.getItem(sheet);
        target.protection.load("protected");
        await context.sync();
        // a protected sheet would refuse cell by cell: say so before writing anything
        if (target.protection.protected) throw new HostError("protected", where);
        // which formulas showed an error before, so that only those the write broke are named after it
        const before = await formulaErrors(context, office);
        const { range, errors } = await writeBlock(context, target, topLeft, block, prepared, where);
        const after = before && (await formulaErrors(context, office));
        return { sheet, range, errors, elsewhere: newErrorsElsewhere(before, after, sheet, range) };
      });
    },
    addNames: (names, replace = []) =>
      run(Object.keys(names).join(", "), async (context) => {
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
      }),
    writeNewSheet: (name, topLeft, block) =>
      run(name, async (context) => {
        // everything that is read comes first: the sheet is added only when writing can start
        const prepared = await prepare(context, block, office);
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const unique = uniqueSheetName(
          name,
          sheets.items.map((s) => s.name),
        );
        const sheet = sheets.add(unique);
        try {
          const { range, errors } = await writeBlock(context, sheet, topLeft, block, prepared, unique);
          sheet.activate();
          await context.sync();
          return { sheet: unique, range, errors };
        } catch (e) {
          // no empty or half-written sheet is left behind
          try {
            const added = sheets.getItemOrNullObject(unique);
            added.load("isNullObject");
            await context.sync();
            if (!added.isNullObject) {
              added.delete();
              await context.sync();
            }
          } catch {
            // Excel refuses everything (a cell in edit mode): the first error says why
          }
          throw hostError(e, unique);
        }
      }),
  };
}
