import { addMonths, differenceInCalendarMonths, isValid, parse } from "date-fns";
import { Decimal } from "./decimal.js";
import { monthName } from "./format.js";
import { KommunError } from "./KommunError.js";
import { requireArray, toDecimal } from "./validate.js";

/** The calendar month (0 = January) of month `i` (0-based) of a budget year starting in `startMonth` (1–12). */
export function calendarMonth(i: number, startMonth = 1): number {
  return addMonths(new Date(2000, startMonth - 1, 1), i).getMonth();
}

/** The month of a budget year (1–12) that a period such as "2025-08" is, for a year starting in `startMonth`. */
export function monthOfBudgetYear(period: string, budgetYear: number, startMonth = 1): number {
  const date = parse(period, "yyyy-MM", new Date(2000, 0, 1));
  if (!isValid(date)) {
    throw new KommunError(
      "value",
      `Perioden "${period}" ska skrivas år-månad, t.ex. 2025-08.`,
      `The period "${period}" must be written year-month, e.g. 2025-08.`,
      "per",
    );
  }
  const month = differenceInCalendarMonths(date, new Date(budgetYear, startMonth - 1, 1)) + 1;
  if (month < 1 || month > 12) {
    throw new KommunError(
      "value",
      `Perioden ${period} ligger utanför budgetåret ${budgetYear}.`,
      `The period ${period} is outside the budget year ${budgetYear}.`,
      "per",
    );
  }
  return month;
}

/**
 * Validates a monthly range of outcomes: at most 12 entries, blanks (`null`,
 * `undefined`, `""`) mean "no outcome yet" and may only come after the last
 * filled month. Returns the filled months as decimals (m = their count).
 */
export function monthlyOutcomes(x: unknown, name: string, startMonth = 1): Decimal[] {
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
  const out: Decimal[] = [];
  for (let i = 0; i <= last; i++) {
    const v = arr[i];
    // the common case first: a finite number needs no month name (date-fns is only asked for a message)
    if (typeof v === "number" && Number.isFinite(v)) {
      out.push(new Decimal(v));
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
    out.push(
      toDecimal(arr[i], name, { unit: "money" }, { sv: monthName(month, "sv"), en: monthName(month, "en") }),
    );
  }
  return out;
}
