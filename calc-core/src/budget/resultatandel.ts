import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The result as a share of taxes and general grants (resultatandel), the
 * measure the 2 % goal is set in.
 *
 * @param resultat - the result (money, any unit)
 * @param skatterOchBidrag - taxes + general grants, same unit; 0 is `div0`
 * @returns `resultat / skatterOchBidrag` as a share (0.02 = 2 %)
 *
 * @example
 * resultatandel(20, 1000) // → 0.02
 */
export function resultatandel(resultat: number, skatterOchBidrag: number): number {
  const r = toDecimal(resultat, "resultat", RULES.money);
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", {
    ...RULES.nonNegativeMoney,
    zeroIsDiv0: true,
  });
  return toNumber(r.div(sob));
}
