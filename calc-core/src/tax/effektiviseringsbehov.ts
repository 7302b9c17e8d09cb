import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * How much more efficient the organisation must become to close a gap
 * (effektiviseringsbehov), as a share of the net cost of operations.
 *
 * @param gap - the amount to close (money)
 * @param nettokostnad - the net cost of operations, same unit; 0 is `div0`
 * @returns `gap / nettokostnad` (0.013 = 1.3 %)
 *
 * @example
 * effektiviseringsbehov(25, 1900) // → 0.013157894736842…
 */
export function effektiviseringsbehov(gap: number, nettokostnad: number): number {
  const g = toDecimal(gap, "gap", RULES.money);
  const cost = toDecimal(nettokostnad, "nettokostnad", { above: 0, zeroIsDiv0: true, unit: "money" });
  return toNumber(g.div(cost));
}
