import type { Decimal } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toInteger } from "../core/validate.js";

/** @internal first calendar year whose cumulative cash flow is ≥ 0, or null */
export function paybackYear(start: number, upfront: Decimal, yearly: Decimal): number | null {
  if (upfront.lte(0) && yearly.gte(0)) return start;
  if (yearly.lte(0)) return null;
  // cumulative after j years: −upfront + j × yearly ≥ 0  ⇔  j ≥ upfront / yearly
  const years = Math.max(1, upfront.div(yearly).ceil().toNumber());
  return start + years - 1;
}

/**
 * The payback year (återbetalningsår) of a measure on a cash basis: the first
 * calendar year whose cumulative cash flow (`−engangskostnad − investering` in
 * `startar`, `intakt − driftkostnad` every year from `startar`) is ≥ 0.
 *
 * @param startar - the calendar year the measure starts
 * @param engangskostnad - one-off cost (money)
 * @param investering - the investment, same unit
 * @param driftkostnad - yearly running cost, same unit
 * @param intakt - yearly revenue or saving, same unit
 * @returns a calendar year
 * @throws KommunError `na` when it never pays back
 *
 * @example
 * // 2 Mkr up front, 0.9 Mkr a year net from 2026: cumulative −1.1, −0.2, +0.7 → 2028
 * aterbetalningsar(2026, 500000, 1500000, 100000, 1000000) // → 2028
 */
export function aterbetalningsar(
  startar: number,
  engangskostnad: number,
  investering: number,
  driftkostnad: number,
  intakt: number,
): number {
  const start = toInteger(startar, "startar", RULES.year);
  const upfront = toDecimal(engangskostnad, "engangskostnad", RULES.nonNegativeMoney).plus(
    toDecimal(investering, "investering", RULES.nonNegativeMoney),
  );
  const yearly = toDecimal(intakt, "intakt", RULES.money).minus(
    toDecimal(driftkostnad, "driftkostnad", RULES.money),
  );
  const year = paybackYear(start, upfront, yearly);
  if (year === null) {
    throw new KommunError(
      "na",
      "Åtgärden betalar sig aldrig: den årliga besparingen täcker inte driftkostnaden.",
      "The measure never pays back: the yearly saving does not cover the running cost.",
    );
  }
  return year;
}
