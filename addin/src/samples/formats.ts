import type { CellStyle } from "./model";

/**
 * Excel number formats of the cell styles (the file stores them in en-US notation; Swedish Excel shows 0,37
 * and 1 899,0): one table for every renderer of a workbook model, the files (samples/model.ts) and the task
 * pane (panels/budget), which must not bundle the file writer.
 */
export const FORMATS: Partial<Record<CellStyle, string>> = {
  money: "#,##0.0",
  money0: "#,##0",
  share: "0.00%",
  share1: "0.0%",
  taxRate: "0.00",
  ore: '#,##0.0" öre"',
  ore0: '#,##0" öre"',
  year: "0",
  factor: "0.000",
  rate: "0.00",
  money2: "#,##0.00",
  count: "#,##0",
};
