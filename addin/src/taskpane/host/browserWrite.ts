import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import {
  blockRange,
  newErrorsElsewhere,
  parseAddress,
  quoteSheet,
  toAddress,
  type Block,
  type CellSpec,
  type CellStyle,
  type WriteResult,
} from "./types";

/** Writing a block into the demo's workbook: contents, formats and marks, errors read back. */

/** What HyperFormula stores for a cell the pane writes: text behind an apostrophe, so it is never parsed. */
function rawContent(cell: CellSpec): RawCellContent {
  if (cell === null) return null;
  if ("text" in cell) return `'${cell.text}`;
  if ("value" in cell) return cell.value;
  return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
}

/** The Excel format a written cell gets: Text for labels, the spec's own otherwise. */
function formatOf(cell: CellSpec): string | undefined {
  if (cell === null) return undefined;
  if ("text" in cell) return "@";
  return cell.format;
}

/** Every formula cell of the workbook that shows an error: "sheet!A1" (quoted as Excel does) → the error. */
export function formulaErrors(hf: HyperFormula): Map<string, string> {
  const errors = new Map<string, string>();
  for (const name of hf.getSheetNames()) {
    const id = hf.getSheetId(name)!;
    hf.getSheetValues(id).forEach((r, i) =>
      r.forEach((v, j) => {
        if (v instanceof DetailedCellError && hf.doesCellHaveFormula({ sheet: id, row: i, col: j }))
          errors.set(`${quoteSheet(name)}!${toAddress(i, j)}`, v.value);
      }),
    );
  }
  return errors;
}

/** Where a sheet's formats and marks are kept: "row:col" → format code, and → input/header mark. */
export interface SheetLooks {
  formats: Record<string, string>;
  styles: Record<string, CellStyle>;
}

/**
 * Writes a block at `sheet!topLeft`, keeps its formats and marks, and reads it back: the cells that show an
 * error, and the formulas elsewhere that show one now and did not before.
 */
export function writeCells(
  hf: HyperFormula,
  sheet: string,
  topLeft: string,
  block: Block,
  looks: SheetLooks,
): WriteResult {
  const { row, col } = parseAddress(topLeft);
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`No sheet ${sheet}`);
  const before = formulaErrors(hf);
  const cols = Math.max(1, ...block.map((r) => r.length));
  const rows = block.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? null));
  hf.setCellContents(
    { sheet: id, row, col },
    rows.map((r) => r.map(rawContent)),
  );
  rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      const key = `${row + i}:${col + j}`;
      const format = formatOf(cell);
      if (format) looks.formats[key] = format;
      else delete looks.formats[key];
      if (cell?.style) looks.styles[key] = cell.style;
    }),
  );
  // read back, as the Excel host does: any formula cell showing an error is reported
  const errors: WriteResult["errors"] = [];
  rows.forEach((r, i) =>
    r.forEach((_, j) => {
      const address = { sheet: id, row: row + i, col: col + j };
      const raw = hf.getCellValue(address);
      const v = raw instanceof DetailedCellError ? raw.value : raw;
      if (typeof v === "string" && /^#[A-Z0-9/!?]+[!?]?$/.test(v) && hf.doesCellHaveFormula(address))
        errors.push({ address: toAddress(row + i, col + j), value: v });
    }),
  );
  // formulas elsewhere that show an error now and did not before (they referred to replaced cells)
  const elsewhere = newErrorsElsewhere(
    before,
    formulaErrors(hf),
    sheet,
    blockRange(topLeft, rows.length, cols),
  );
  return {
    sheet,
    range: `${topLeft}:${toAddress(row + rows.length - 1, col + cols - 1)}`,
    errors,
    elsewhere,
  };
}
