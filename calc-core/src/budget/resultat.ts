import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toDecimalArray, toNumber } from "../core/validate.js";

/**
 * The result (resultat) of a budget year.
 *
 * @param skatterOchBidrag - taxes + general grants (money, any unit)
 * @param finansnetto - finance net, same unit
 * @param nettokostnader - the committees' net costs, same unit (costs positive)
 * @returns `skatterOchBidrag + finansnetto − Σ nettokostnader`
 *
 * @example
 * resultat(1000, 5, [500, 300, 185]) // → 20
 */
export function resultat(
  skatterOchBidrag: number,
  finansnetto: number,
  nettokostnader: readonly number[],
): number {
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const fn = toDecimal(finansnetto, "finansnetto", RULES.money);
  const nk = toDecimalArray(nettokostnader, "nettokostnader", RULES.money);
  return toNumber(sob.plus(fn).minus(sum(nk)));
}
