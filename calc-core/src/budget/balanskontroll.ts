import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal } from "../core/validate.js";
import type { Decimal } from "../core/decimal.js";

/** The outcome of a balance check, as Swedish words. */
export type Balansstatus = "ok" | "under resultatmål" | "underskott";

/** @internal */
export function balanskontrollDecimal(resultat: Decimal, sob: Decimal, andel: Decimal): Balansstatus {
  if (resultat.isNegative() && !resultat.isZero()) return "underskott";
  return resultat.gte(andel.times(sob)) ? "ok" : "under resultatmål";
}

/**
 * The balance check (balanskontroll): does the budget meet the legal balance
 * requirement (result ≥ 0) and the municipality's own result goal?
 *
 * @param resultat - the budgeted result (money, any unit)
 * @param skatterOchBidrag - taxes + general grants, same unit
 * @param andel - the result goal as a share, 2 % = 0.02; default 2 %
 * @returns `"ok"` when the goal is met; `"under resultatmål"` when the balance
 *   requirement is met but not the goal; `"underskott"` for a deficit
 *
 * @example
 * balanskontroll(20, 1000)  // → "ok"               (exactly 2 %)
 * balanskontroll(5, 1000)   // → "under resultatmål" (0.5 %)
 * balanskontroll(-1, 1000)  // → "underskott"
 */
export function balanskontroll(
  resultat: number,
  skatterOchBidrag: number,
  andel: number = 0.02,
): Balansstatus {
  const r = toDecimal(resultat, "resultat", RULES.money);
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const a = optionalDecimal(andel, "andel", 0.02, RULES.resultShare)!;
  return balanskontrollDecimal(r, sob, a);
}
