/**
 * Everything the task pane needs from a workbook, so that the same panels run
 * in Excel (Office.js) and in the standalone browser demo (HyperFormula).
 */
export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  /** address (A1 style, with sheet) and content of the active cell */
  activeCell(): Promise<{ address: string; empty: boolean }>;
  /** puts a formula (English syntax) in the active cell */
  insertFormula(formula: string): Promise<void>;
}
