import { budgetMonthOf } from "../core/months.js";
import { Decimal } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { toMonth } from "./months.js";

/** Months from calendar month `start` through the end of a budget year starting in `first`, both included. @internal */
export function monthsLeft(start: number, first: number): number {
  return 13 - budgetMonthOf(start, first);
}

/** @internal the year's effect of a validated full-year effect */
export function yearEffect(full: Decimal, start: number, first: number): Decimal {
  return full.times(monthsLeft(start, first)).div(12);
}

/**
 * The year's effect (årseffekt) of a measure that saves `helarseffekt` over a full
 * year and starts in calendar month `startmanad`: the months left of the budget year,
 * from the start month through the year's last month, each a twelfth of the full-year
 * effect (helårseffekt). A measure from January saves 12/12, from April 9/12, from
 * December 1/12 in its first year, and the full-year effect from then on.
 *
 * Source: SPEC §10 ("the year's effect is full-year × months left / 12"). There is no
 * legal rule for it; it is the arithmetic every deficit action plan uses, and the budget
 * year of a municipality is the calendar year ("budget för nästa kalenderår (budgetår)", KL
 * (2017:725) 11 kap. 5 §, formerly KL (1991:900) 8 kap. 4 §, SFS 2004:775). For an organisation
 * whose financial year starts in another month, `forstaManad` is that month.
 *
 * @param helarseffekt - the effect over a full year of twelve months (money, any unit, any sign)
 * @param startmanad - the calendar month (1–12) the measure starts to save; an Excel date
 *   (e.g. 45748) is answered with the month to write instead
 * @param forstaManad - the calendar month (1–12) the budget year starts in; default 1 (January)
 * @returns `helarseffekt × monthsLeft / 12`, in the unit of `helarseffekt`
 * @throws KommunError `value` for a non-number or a month outside 1–12
 *
 * @example
 * // 1.2 Mkr a year from April: April–December is 9 months, 1 200 000 × 9 / 12
 * arseffekt(1200000, 4) // → 900000
 * @example
 * // a budget year from July: a measure from October has October–June left, 9 months
 * arseffekt(1200000, 10, 7) // → 900000
 */
export function arseffekt(helarseffekt: number, startmanad: number, forstaManad: number = 1): number {
  const full = toDecimal(helarseffekt, "helarseffekt", RULES.money);
  const start = toMonth(startmanad, "startmanad");
  const first = toMonth(forstaManad, "forstaManad");
  return toNumber(yearEffect(full, start, first));
}
