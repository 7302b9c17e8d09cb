import { formatNumber, monthName } from "../core/format.js";
import { KommunError } from "../core/KommunError.js";
import { requireNumber, toInteger, type Position } from "../core/validate.js";

/** Excel's day 0 (serial dates count days from 1899-12-30). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's last date, 9999-12-31. */
const EXCEL_LAST_SERIAL = 2958465;
/**
 * 1 January 1950: a smaller number (13, 120) is a mistyped month, not a date someone meant
 * ("13 looks like 13 January 1900" would be a puzzling hint).
 */
const FIRST_PLAUSIBLE_DATE = 18264;

/**
 * Validates a calendar month, 1–12 (1 = January), as a whole number. A number that
 * looks like an Excel date (a whole number of days from 1950 on, e.g. 45748 = 1 April 2025)
 * gets a hint naming the month to write instead. @internal
 */
export function toMonth(x: unknown, name: string, position?: Position): number {
  const n = requireNumber(x, name, position);
  if (Number.isInteger(n) && n >= FIRST_PLAUSIBLE_DATE && n <= EXCEL_LAST_SERIAL) {
    const date = new Date(EXCEL_EPOCH + n * 86_400_000);
    const month = date.getUTCMonth();
    const year = date.getUTCFullYear();
    const where = position ? { sv: ` (${position.sv})`, en: ` (${position.en})` } : { sv: "", en: "" };
    throw new KommunError(
      "value",
      `Argumentet ${name}${where.sv} = ${formatNumber(n, "sv")} ligger utanför det rimliga intervallet 1–12 (månadens nummer, 1 = januari). Det ser ut som ett datum (${monthName(month, "sv")} ${year}): skriv ${month + 1}, inte ${formatNumber(n, "sv")}.`,
      `Argument ${name}${where.en} = ${n} is outside the plausible range 1–12 (the month's number, 1 = January). It looks like a date (${monthName(month, "en")} ${year}): write ${month + 1}, not ${n}.`,
      name,
    );
  }
  return toInteger(n, name, { min: 1, max: 12, unit: "whole" });
}
