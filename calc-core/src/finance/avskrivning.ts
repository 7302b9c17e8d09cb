import { Decimal, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toInteger, toNumber } from "../core/validate.js";

/** Plausible depreciation periods in whole years. */
export const LIFE_RULE = { min: 1, max: 100, unit: "whole" } as const;
/** A month of the year, 1–12. */
export const MONTH_RULE = { min: 1, max: 12, integer: true, unit: "whole" } as const;

/** @internal one year of a straight-line asset taken into use in month `month` */
export interface DepreciationYear {
  /** the year's depreciation */
  depreciation: Decimal;
  /** book value at the start of the year (for interest) */
  opening: Decimal;
  /** months of the year the asset is held and carries interest (0–12) */
  months: number;
}

/** Decimals kept in a year's depreciation: far below one öre in any unit, and few enough that sums are exact. */
const SCALE = 15;

/**
 * @internal Year `year` (1-based) of the asset's life. The first year carries
 * (13 − month)/12 of a full year's depreciation, the rest falls in year
 * life + 1; the last year with depreciation takes the remainder. A full year
 * and the first year are cut to 15 decimals, so every year is a terminating
 * decimal and the years sum to the investment exactly.
 */
export function depreciationYear(
  investment: Decimal,
  life: number,
  year: number,
  month = 1,
): DepreciationYear {
  const last = month === 1 ? life : life + 1;
  if (year < 1 || year > last || investment.isZero()) return { depreciation: ZERO, opening: ZERO, months: 0 };
  const full = investment.div(life).toDecimalPlaces(SCALE, Decimal.ROUND_DOWN);
  const first = full
    .times(13 - month)
    .div(12)
    .toDecimalPlaces(SCALE, Decimal.ROUND_DOWN);
  const before = year === 1 ? ZERO : first.plus(full.times(year - 2));
  const depreciation = year === last ? investment.minus(before) : year === 1 ? first : full;
  const months = year === 1 ? 13 - month : year === life + 1 ? month - 1 : 12;
  return { depreciation, opening: investment.minus(before), months };
}

/**
 * The depreciation (avskrivning) of year `ar` of an asset, straight line from
 * the month it is taken into use: depreciation starts when the asset is taken
 * into use (RKR R4, Materiella anläggningstillgångar), so an asset taken into
 * use in month m carries (13 − m)/12 of a year's depreciation in its first year
 * and the rest in year `avskrivningstid + 1`. Each year is exact to 15
 * decimals and the last year takes the remainder, so the years sum to the
 * investment exactly. For component depreciation give
 * each component its own call with its own life.
 *
 * @param investering - the investment (money, any unit)
 * @param avskrivningstid - the depreciation period in whole years (1–100)
 * @param ar - the year of the asset's life, 1 = the year it is taken into use
 * @param aktiveringsmanad - the month it is taken into use, 1–12; default 1 (January: whole years)
 * @returns the year's depreciation, 0 before and after
 *
 * @example
 * // 12 Mkr over 10 years from September: 4/12 of 1.2 Mkr the first year, 1.2 Mkr a year, 8/12 in year 11
 * avskrivning(12000000, 10, 1, 9) // → 400000
 * avskrivning(12000000, 10, 11, 9) // → 800000
 */
export function avskrivning(
  investering: number,
  avskrivningstid: number,
  ar: number,
  aktiveringsmanad: number = 1,
): number {
  const investment = toDecimal(investering, "investering", RULES.nonNegativeMoney);
  const life = toInteger(avskrivningstid, "avskrivningstid", LIFE_RULE);
  const year = toInteger(ar, "ar", { min: 1, max: 200, unit: "whole" });
  const month = toInteger(aktiveringsmanad, "aktiveringsmanad", MONTH_RULE);
  return toNumber(depreciationYear(investment, life, year, month).depreciation);
}
