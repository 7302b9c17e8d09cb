import { Decimal, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { monthName } from "../core/format.js";
import { requireArray, toDecimal, toNumber } from "../core/validate.js";

/**
 * A seasonal profile (säsongsprofil) from history: each year's 12 months are
 * first normalised to sum 1 (so a larger year does not dominate), then averaged
 * month by month. July (holiday pay) and December (year-end) are why this matters.
 *
 * @param historik - one row of 12 non-negative monthly amounts per year
 * @returns 12 shares that sum to 1
 * @throws KommunError `value` for a row that is not 12 months or has a negative month; `div0` for a year that sums to 0; `na` with no years
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
    if (months.length !== 12) {
      throw new KommunError(
        "value",
        `År ${y + 1} i historiken har ${months.length} månader; varje år ska ha 12.`,
        `Year ${y + 1} of the history has ${months.length} months; every year must have 12.`,
        "historik",
      );
    }
    const values: Decimal[] = months.map((v, i) =>
      toDecimal(
        v,
        "historik",
        { min: 0 },
        {
          sv: `år ${y + 1}, ${monthName(i, "sv")}`,
          en: `year ${y + 1}, ${monthName(i, "en")}`,
        },
      ),
    );
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
