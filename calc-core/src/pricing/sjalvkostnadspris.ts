import { ONE } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toNumber } from "../core/validate.js";

/**
 * The self-cost unit price of an internal service (självkostnadspris), as in
 * Region Blekinge's rules (seed 003): all the unit's costs including capital
 * cost over the planned volume of the cost driver; external buyers pay a surcharge.
 *
 * @param kostnader - all costs of the unit incl. capital cost (money)
 * @param planeradVolym - the planned volume of the cost driver (hours, m², cases); 0 is `div0`
 * @param externtPaslag - surcharge for external sales as a share, 0–1; default 0
 * @returns price per unit of the cost driver
 *
 * @example
 * sjalvkostnadspris(12000000, 20000, 0.1) // → 660 (600 kr an hour + 10 %)
 */
export function sjalvkostnadspris(
  kostnader: number,
  planeradVolym: number,
  externtPaslag: number = 0,
): number {
  const cost = toDecimal(kostnader, "kostnader", RULES.nonNegativeMoney);
  const volume = toDecimal(planeradVolym, "planeradVolym", RULES.positiveCount);
  const surcharge = optionalDecimal(externtPaslag, "externtPaslag", 0, RULES.share)!;
  return toNumber(cost.div(volume).times(ONE.plus(surcharge)));
}
