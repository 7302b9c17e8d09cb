import { RULES } from "../core/rules.js";
import { toDecimal, toDecimalArray, toInteger, toNumber } from "../core/validate.js";
import { splitProRata } from "../budget/fordelaBesparing.js";

/**
 * The year-end settlement of an internal service (årsavräkning, seed 003):
 * the seller's target is ±0, so a surplus is paid back to, or a deficit charged
 * to, the buyers pro rata to what they bought.
 *
 * @param kostnader - the seller's actual costs (money)
 * @param intakter - what the buyers paid, same unit
 * @param kop - each buyer's purchases (the key), non-negative
 * @param decimaler - optional decimals; the parts then sum exactly to the surplus (largest remainder)
 * @returns one amount per buyer; positive = paid back to the buyer
 *
 * @example
 * arsavrakning(900, 1000, [500, 300, 200]) // → [50, 30, 20]
 */
export function arsavrakning(
  kostnader: number,
  intakter: number,
  kop: readonly number[],
  decimaler?: number,
): number[] {
  const cost = toDecimal(kostnader, "kostnader", RULES.money);
  const revenue = toDecimal(intakter, "intakter", RULES.money);
  const key = toDecimalArray(kop, "kop", RULES.nonNegativeWeight);
  const decimals = decimaler === undefined ? undefined : toInteger(decimaler, "decimaler", RULES.decimals);
  return splitProRata(revenue.minus(cost), key, "kop", decimals).map(toNumber);
}
