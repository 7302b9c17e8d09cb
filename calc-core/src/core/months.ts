import { monthName } from "./format.js";
import { KommunError } from "./KommunError.js";
import { requireArray, requireNumber } from "./validate.js";

/** The calendar month (0 = January) of month `i` (0-based) of a budget year starting in `startMonth` (1–12). */
export function calendarMonth(i: number, startMonth = 1): number {
  return (((startMonth - 1 + i) % 12) + 12) % 12;
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
    // the common case first: a finite number needs no month name
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
