import type { WorkbookHost } from "./types";

/** The host inside Excel, through Office.js. */
export function createOfficeHost(): WorkbookHost {
  return {
    kind: "excel",
    activeCell: () =>
      Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load(["address", "formulas", "values"]);
        await context.sync();
        const formula = cell.formulas[0]?.[0];
        return { address: cell.address, empty: formula === "" || formula === null || formula === undefined };
      }),
    insertFormula: (formula) =>
      Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.formulas = [[formula]];
        await context.sync();
      }),
  };
}
