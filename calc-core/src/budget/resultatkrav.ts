import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toNumber } from "../core/validate.js";

/**
 * The result requirement (resultatkrav): the share of taxes and general grants
 * that the budget must leave as a surplus.
 *
 * @param skatterOchBidrag - tax revenue + general state grants and equalisation,
 *   money in any unit (kr, tkr, mnkr); the result is in the same unit
 * @param andel - the required share, as Excel stores 2 % (0.02); 0–0.25; default 2 %
 * @returns `andel × skatterOchBidrag`
 * @throws KommunError `value` for non-numbers or a share outside 0–0.25 (`2` for 2 %)
 *
 * @example
 * // SKR's general rule of thumb (issue 21): 2 % of 1 000 Mkr of taxes and grants
 * resultatkrav(1000, 0.02) // → 20
 */
export function resultatkrav(skatterOchBidrag: number, andel: number = 0.02): number {
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const a = optionalDecimal(andel, "andel", 0.02, RULES.resultShare);
  return toNumber(sob.times(a!));
}
