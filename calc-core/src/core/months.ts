import { addMonths } from "date-fns/addMonths";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { describeValue, monthName } from "./format.js";
import { KommunError } from "./KommunError.js";
import { RULES } from "./rules.js";
import { requireArray, requireNumber, toInteger } from "./validate.js";

/** The calendar month (0 = January) of month `i` (0-based) of a budget year starting in `startMonth` (1–12). */
export function calendarMonth(i: number, startMonth = 1): number {
  return addMonths(new Date(2000, startMonth - 1, 1), i).getMonth();
}

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

/**
 * Validates a monthly range of outcomes: at most 12 entries, blanks (`null`,
 * `undefined`, `""`) mean "no outcome yet" and may only come after the last
 * filled month. Returns the filled months (m = their count) as finite numbers;
 * add them with {@link exactSum}.
 */
export function monthlyOutcomes(x: unknown, name: string, startMonth = 1): number[] {
  const arr = requireArray(x, name);
  if (arr.length > 12) {
    throw new KommunError(
      "value",
      `Området ${name} har ${arr.length} månader; ett budgetår har 12.`,
      `Range ${name} has ${arr.length} months; a budget year has 12.`,
      name,
    );
  }
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  let last = -1;
  arr.forEach((v, i) => {
    if (!blank(v)) last = i;
  });
  const out: number[] = [];
  for (let i = 0; i <= last; i++) {
    const v = arr[i];
    // the common case first: a finite number needs no month name (date-fns is only asked for a message)
    if (typeof v === "number" && Number.isFinite(v)) {
      out.push(v);
      continue;
    }
    const month = calendarMonth(i, startMonth);
    if (blank(v)) {
      throw new KommunError(
        "value",
        `Utfallet för ${monthName(month, "sv")} saknas men senare månader är ifyllda; fyll i ${monthName(month, "sv")} (0 om inget har bokförts).`,
        `The outcome for ${monthName(month, "en")} is missing while later months are filled; fill in ${monthName(month, "en")} (0 if nothing was booked).`,
        name,
      );
    }
    // not a finite number: throws the typed error naming the month
    requireNumber(v, name, { sv: monthName(month, "sv"), en: monthName(month, "en") });
  }
  return out;
}

/**
 * The month of a budget year (1–12) that calendar month `month` (1 = January) is, for a budget
 * year starting in calendar month `startMonth`: the inverse of {@link calendarMonth}, so the
 * month arithmetic stays in one place. Both arguments are validated by the caller.
 */
export function budgetMonthOf(month: number, startMonth = 1): number {
  for (let i = 0; i < 12; i++) if (calendarMonth(i, startMonth) === month - 1) return i + 1;
  // unreachable for months 1–12, which the callers validate
  throw new RangeError(`month ${month} is not a calendar month`);
}
