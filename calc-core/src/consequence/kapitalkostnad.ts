import { Decimal, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toInteger, toNumber } from "../core/validate.js";

/** @internal capital cost of year `year` (1-based) of a straight-line asset */
export function kapitalkostnadDecimal(
  investment: Decimal,
  life: number,
  rate: Decimal,
  year: number,
): Decimal {
  if (year < 1 || year > life || investment.isZero()) return ZERO;
  const depreciation = investment.div(life);
  const openingBookValue = investment.minus(depreciation.times(year - 1));
  return depreciation.plus(rate.times(openingBookValue));
}

/**
 * The capital cost (kapitalkostnad) of year `ar` of an investment: straight-line
 * depreciation plus internal interest on the opening book value.
 *
 * @param investering - the investment (money)
 * @param avskrivningstid - the depreciation period in whole years (1–100)
 * @param ranta - the internal interest rate as a share, 0–25 % (2.5 % = 0.025)
 * @param ar - the year of the asset's life, 1-based; 0 after the last year
 * @returns `investering / avskrivningstid + ranta × (investering − investering / avskrivningstid × (ar − 1))`
 *
 * @example
 * // 10 Mkr over 10 years at 2.5 %, year 3: 1 Mkr + 2.5 % of 8 Mkr = 1.2 Mkr
 * kapitalkostnad(10000000, 10, 0.025, 3) // → 1200000
 */
export function kapitalkostnad(
  investering: number,
  avskrivningstid: number,
  ranta: number,
  ar: number,
): number {
  const investment = toDecimal(investering, "investering", RULES.nonNegativeMoney);
  const life = toInteger(avskrivningstid, "avskrivningstid", { min: 1, max: 100, unit: "whole" });
  const rate = toDecimal(ranta, "ranta", RULES.interest);
  const year = toInteger(ar, "ar", { min: 1, max: 200, unit: "whole" });
  return toNumber(kapitalkostnadDecimal(investment, life, rate, year));
}
