// Periods written as dates ("2025-08") are parsed with date-fns; only prognosPer needs this, so it lives
// apart from the monthly outcomes that every forecast reads and keeps date-fns out of their bundles.
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { describeValue, monthName } from "./format.js";
import { KommunError } from "./KommunError.js";
import { RULES } from "./rules.js";
import { toInteger } from "./validate.js";

/**
 * The month of a budget year (1–12) that a period such as "2025-08" is, for a
 * budget year that starts in month `startmanad` (1 = January) of `budgetar`.
 *
 * @param per - the period as text, year-month ("yyyy-MM")
 * @param budgetar - the calendar year the budget year starts in
 * @param startmanad - the calendar month (1–12) the budget year starts in; default 1
 * @throws KommunError `value` for a period that is not text written year-month or is outside the
 *   budget year, a year or start month that is not a whole number in range
 * @example
 * monthOfBudgetYear("2025-08", 2025) // → 8
 * // a budget year from July 2025: August is its second month, January 2026 its seventh
 * monthOfBudgetYear("2026-01", 2025, 7) // → 7
 */
export function monthOfBudgetYear(per: string, budgetar: number, startmanad: number = 1): number {
  const year = toInteger(budgetar, "budgetar", RULES.year);
  const start = toInteger(startmanad, "startmanad", { min: 1, max: 12, unit: "whole" });
  const date = typeof per === "string" ? parse(per, "yyyy-MM", new Date(2000, 0, 1)) : undefined;
  if (date === undefined || !isValid(date)) {
    throw new KommunError(
      "value",
      `Argumentet per ska vara en period skriven år-månad som text, t.ex. "2025-08", men är ${describeValue(per, "sv")}.`,
      `Argument per must be a period written year-month as text, e.g. "2025-08", but is ${describeValue(per, "en")}.`,
      "per",
    );
  }
  const month = differenceInCalendarMonths(date, new Date(year, start - 1, 1)) + 1;
  if (month < 1 || month > 12) {
    throw new KommunError(
      "value",
      `Argumentet per = ${per} ligger utanför budgetåret ${year}${start === 1 ? "" : ` (från ${monthName(start - 1, "sv")})`}.`,
      `Argument per = ${per} is outside the budget year ${year}${start === 1 ? "" : ` (from ${monthName(start - 1, "en")})`}.`,
      "per",
    );
  }
  return month;
}
