import { Decimal, ONE, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireObject, toDecimal, toNumber } from "../core/validate.js";

/** Who bears the cost of unused capacity. */
export type Barare = "saljare" | "centralt";

/**
 * The cost of unused capacity (outnyttjad kapacitet) of an internal service,
 * and who bears it: the seller when the cost could be influenced, centrally when
 * not (seed 003).
 *
 * @returns `{ kostnad: kostnader × max(0, 1 − volym / kapacitet), barsAv }`
 *
 * @example
 * outnyttjadKapacitet({ kostnader: 1000000, kapacitet: 10000, volym: 8000, paverkbar: false })
 * // → { kostnad: 200000, barsAv: "centralt" }
 */
export function outnyttjadKapacitet(input: {
  kostnader: number;
  kapacitet: number;
  volym: number;
  paverkbar: boolean;
}): { kostnad: number; barsAv: Barare } {
  const o = requireObject(input, "input");
  const cost = toDecimal(o.kostnader, "kostnader", RULES.nonNegativeMoney);
  const capacity = toDecimal(o.kapacitet, "kapacitet", RULES.positiveCount);
  const volume = toDecimal(o.volym, "volym", RULES.count);
  if (typeof o.paverkbar !== "boolean") {
    throw new KommunError(
      "value",
      "Argumentet paverkbar ska vara sant eller falskt: kunde säljaren påverka kostnaden?",
      "Argument paverkbar must be true or false: could the seller influence the cost?",
      "paverkbar",
    );
  }
  const unused = Decimal.max(ZERO, ONE.minus(volume.div(capacity)));
  return { kostnad: toNumber(cost.times(unused)), barsAv: o.paverkbar ? "saljare" : "centralt" };
}
