import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toNumber } from "../core/validate.js";
import type { Decimal } from "../core/decimal.js";

/** @internal decimal core shared by the budget functions */
export function nettokostnadsramDecimal(sob: Decimal, finansnetto: Decimal, andel: Decimal): Decimal {
  return sob.plus(finansnetto).minus(andel.times(sob));
}

/**
 * The net-cost frame (nettokostnadsram): the largest total net cost of
 * operations (incl. depreciation) that still leaves the required result.
 *
 * @param skatterOchBidrag - taxes + general grants and equalisation (money, any unit)
 * @param finansnetto - financial income minus financial costs, same unit (negative when costs dominate)
 * @param andel - the result requirement as a share, 2 % = 0.02; 0–0.25; default 2 %
 * @returns `skatterOchBidrag + finansnetto − andel × skatterOchBidrag`, same unit
 *
 * @example
 * // 1 000 Mkr of taxes and grants, +5 Mkr finance net, 2 % requirement:
 * // 1 000 + 5 − 20 = 985 Mkr may be spent on operations
 * nettokostnadsram(1000, 5, 0.02) // → 985
 */
export function nettokostnadsram(
  skatterOchBidrag: number,
  finansnetto: number,
  andel: number = 0.02,
): number {
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const fn = toDecimal(finansnetto, "finansnetto", RULES.money);
  const a = optionalDecimal(andel, "andel", 0.02, RULES.resultShare)!;
  return toNumber(nettokostnadsramDecimal(sob, fn, a));
}
