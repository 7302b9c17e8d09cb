import { hostError, realOffice, splitAddress, type OfficeApi } from "./officeApi";
import { formulaErrors } from "./officeErrors";
import { settingsMemory } from "./paneMemory";
import { addNamesIn, readNamesIn } from "./officeNames";
import { readersIn } from "./officeReaders";
import { prepare, writeBlock } from "./officeWrite";
import {
  HostError,
  blockRange,
  newErrorsElsewhere,
  parseAddress,
  quoteSheet,
  toAddress,
  uniqueSheetName,
  type CellValue,
  type WorkbookHost,
} from "./types";

export { cellsOfAreas } from "./officeErrors";
export { hostError, realOffice, splitAddress, type OfficeApi } from "./officeApi";
export { quoteSheet };

/** The host inside Excel, through Office.js. Every call is one `Excel.run`; failures become {@link HostError}s. */
export function createOfficeHost(office: OfficeApi = realOffice()): WorkbookHost {
  async function run<T>(where: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await office.run(batch);
    } catch (e) {
      throw hostError(e, where);
    }
  }

  const readNames = (names: readonly string[]): Promise<Map<string, CellValue[][]>> =>
    run(names.join(", "), (context) => readNamesIn(context, names));

  return {
    kind: "excel",
    memory: settingsMemory(() => office.settings?.()),
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
        return { values, formulas, ...(await readersIn(context, office, sheet, target)) };
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
      run(Object.keys(names).join(", "), (context) => addNamesIn(context, office, names, replace)),
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
