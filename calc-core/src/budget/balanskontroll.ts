import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal } from "../core/validate.js";
import type { Decimal } from "../core/decimal.js";

/** The result against the result goal, as Swedish words (not the legal balance requirement). */
export type Balansstatus = "ok" | "under resultatmål" | "underskott";

/** @internal */
export function balanskontrollDecimal(resultat: Decimal, sob: Decimal, andel: Decimal): Balansstatus {
  if (resultat.isNegative() && !resultat.isZero()) return "underskott";
  return resultat.gte(andel.times(sob)) ? "ok" : "under resultatmål";
}

/**
 * The old, misleading name of {@link resultatMotMal}: it compares the result
 * with the result goal, which is not the legal balance requirement (that is
 * {@link balanskravsutredning}). Same arguments, same results.
 *
 * @deprecated use `resultatMotMal`; kept so that existing callers and workbooks keep working
 * @param resultat - the budgeted result (money, any unit)
 * @param skatterOchBidrag - taxes + general grants, same unit
 * @param andel - the result goal as a share, 2 % = 0.02; default 2 %
 * @returns `"ok"`, `"under resultatmål"` or `"underskott"`, as {@link resultatMotMal}
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
