import type { Tecken } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { parseAddress, toAddress, type CellValue } from "../host/types";
import { TEXTS } from "../i18n";

/** How a forecast row is judged: as a cost (over budget is unfavourable) or a revenue (under is). */
export type Sign = Extract<Tecken, "kostnad" | "intakt">;

/** A selection's sheet and top-left cell from its address ("'Uppföljning'!C20:N20"). */
export function splitAddress(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const first = address.slice(bang + 1).split(":")[0]!;
  return { sheet, ...parseAddress(first) };
}

/** A sheet-qualified reference for a formula: 'Uppföljning'!$C$20:$N$20. */
export function ref(sheet: string, row: number, col: number, row2?: number, col2?: number): string {
  const abs = (r: number, c: number) => toAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const q = !sheet
    ? ""
    : /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet)
      ? `${sheet}!`
      : `'${sheet.replace(/'/g, "''")}'!`;
  return `${q}${abs(row, col)}${row2 === undefined ? "" : `:${abs(row2, col2!)}`}`;
}

/** The sign a row label names: revenue words → intäkt, cost words → kostnad, otherwise none. */
export function signOfLabel(label: string): Sign | undefined {
  const l = label.toLowerCase();
  if (/intäkt|intakt|revenue|income/.test(l)) return "intakt";
  if (/kostnad|cost|utgift/.test(l)) return "kostnad";
  return undefined;
}

/** What a selected row is: its label, budget and months, or why the pane will not guess. */
export type RowRead =
  | {
      ok: true;
      label?: string;
      budget?: { value: CellValue; ref: string };
      months: (number | null)[];
      monthsRef: string;
    }
  | { ok: false; message: string };

/**
 * Reads a selection laid out as the workbook lays out a row: [label] [budget] month 1 … month 12.
 * One row only; a label is the first cell when it is text; with 13 value cells the first is the
 * budget; text among the values, no months, or more than 14 cells is an error, never a guess.
 */
export function readRow(address: string, values: CellValue[][], lang: Lang): RowRead {
  const t = TEXTS[lang];
  if (values.length !== 1)
    return { ok: false, message: `${address}: ${t.oneRow} ${values.length} ${t.rows}.` };
  const { sheet, row, col } = splitAddress(address);
  let cells = values[0]!;
  let start = col;
  let label: string | undefined;
  if (typeof cells[0] === "string" && cells.length > 1) {
    label = cells[0];
    cells = cells.slice(1);
    start++;
  }
  if (cells.length > 13) return { ok: false, message: `${address}: ${t.tooManyCells} (${cells.length}).` };
  const hasBudget = cells.length === 13;
  const firstMonth = hasBudget ? start + 1 : start;
  const months = hasBudget ? cells.slice(1) : cells;
  const textAt = months.findIndex((c) => typeof c === "string" && c.trim() !== "");
  if (textAt >= 0 || months.some((c) => typeof c === "boolean")) {
    const i = textAt >= 0 ? textAt : months.findIndex((c) => typeof c === "boolean");
    return {
      ok: false,
      message: `${toAddress(row, firstMonth + i)} (”${String(months[i])}”) ${t.textInMonths}. ${t.selectRow}`,
    };
  }
  const numbers = months.map((c) => (typeof c === "number" ? c : null));
  if (numbers.every((n) => n === null))
    return { ok: false, message: `${address}: ${t.noMonths} ${t.selectRow}` };
  return {
    ok: true,
    ...(label !== undefined ? { label } : {}),
    ...(hasBudget ? { budget: { value: cells[0] ?? null, ref: ref(sheet, row, start) } } : {}),
    months: numbers,
    monthsRef: ref(sheet, row, firstMonth, row, firstMonth + months.length - 1),
  };
}
