import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal } from "../core/validate.js";
import { balanskontrollDecimal, type Balansstatus } from "./balanskontroll.js";

/**
 * The result against the result goal (resultat mot resultatmål): is the
 * budgeted result at least the municipality's own goal (e.g. 2 % of taxes and
 * grants, SKR's general rule of thumb), under it but not negative, or negative?
 *
 * This is *not* the legal balance requirement: that is tested on the
 * balanskravsresultat after the adjustments of kommunallagen 11 kap.
 * (see {@link balanskravsutredning}); a 2 % result resting on a gain from a land
 * sale can meet this goal and still fail the balance requirement.
 *
 * @param resultat - the budgeted result (money, any unit)
 * @param skatterOchBidrag - taxes + general grants, same unit
 * @param andel - the result goal as a share, 2 % = 0.02; default 2 %
 * @returns `"ok"` when the goal is met; `"under resultatmål"` when the result is ≥ 0
 *   but under the goal; `"underskott"` when the result is negative
 *
 * @example
 * resultatMotMal(20, 1000)  // → "ok"               (exactly 2 %)
 * resultatMotMal(5, 1000)   // → "under resultatmål" (0.5 %)
 * resultatMotMal(-1, 1000)  // → "underskott"
 */
export function resultatMotMal(
  resultat: number,
  skatterOchBidrag: number,
  andel: number = 0.02,
): Balansstatus {
  const r = toDecimal(resultat, "resultat", RULES.money);
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const a = optionalDecimal(andel, "andel", 0.02, RULES.resultShare)!;
  return balanskontrollDecimal(r, sob, a);
}
