import { Decimal, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { monthName } from "../core/format.js";
import { requireArray, requireNumber, toDecimal, toNumber, type Position } from "../core/validate.js";

/** Where a value stands in the history: its month, or its place beyond the twelfth. */
function position(y: number, i: number): Position {
  return i < 12
    ? { sv: `år ${y + 1}, ${monthName(i, "sv")}`, en: `year ${y + 1}, ${monthName(i, "en")}` }
    : { sv: `år ${y + 1}, värde ${i + 1}`, en: `year ${y + 1}, value ${i + 1}` };
}

/**
 * A seasonal profile (säsongsprofil) from history: each year's 12 months are
 * first normalised to sum 1 (so a larger year does not dominate), then averaged
 * month by month. July (holiday pay) and December (year-end) are why this matters.
 *
 * @param historik - one row of 12 non-negative monthly amounts per year
 * @returns 12 shares that sum to 1
 * @throws KommunError `value` for a month that is not a number (checked first), a row that is not 12 months or has a negative month; `div0` for a year that sums to 0; `na` with no years
 *
 * @example
 * // two years with the same pattern at different scale give that pattern
 * sasongsprofil([[1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2], [10, 10, 10, 10, 10, 10, 0, 10, 10, 10, 10, 20]])
 * // → [1/12, 1/12, 1/12, 1/12, 1/12, 1/12, 0, 1/12, 1/12, 1/12, 1/12, 2/12] (nothing in July, double in December)
 */
export function sasongsprofil(historik: readonly (readonly number[])[]): number[] {
  const years = requireArray(historik, "historik");
  if (years.length === 0) {
    throw new KommunError("na", "Historiken är tom.", "The history is empty.", "historik");
  }
  const totals = Array.from({ length: 12 }, () => ZERO);
  years.forEach((row, y) => {
    const months = requireArray(row, "historik");
    // a text ("abc") is not a number, whatever the row's length: say that first, not "1 månad"
    months.forEach((v, i) => {
      if (typeof v !== "number") requireNumber(v, "historik", position(y, i));
    });
    if (months.length !== 12) {
      const n = months.length;
      throw new KommunError(
        "value",
        `År ${y + 1} i historiken har ${n} ${n === 1 ? "månad" : "månader"}; varje år ska ha 12.`,
        `Year ${y + 1} of the history has ${n} ${n === 1 ? "month" : "months"}; every year must have 12.`,
        "historik",
      );
    }
    const values: Decimal[] = months.map((v, i) => toDecimal(v, "historik", { min: 0 }, position(y, i)));
    const total = sum(values);
    if (total.isZero()) {
      throw new KommunError(
        "div0",
        `År ${y + 1} i historiken summerar till 0 och kan inte normeras.`,
        `Year ${y + 1} of the history sums to 0 and cannot be normalised.`,
        "historik",
      );
    }
    values.forEach((v, i) => (totals[i] = totals[i]!.plus(v.div(total))));
  });
  return totals.map((t) => toNumber(t.div(years.length)));
}
