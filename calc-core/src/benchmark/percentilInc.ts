import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireArray, toDecimal, toDecimalArray, toNumber } from "../core/validate.js";
import type { Decimal } from "../core/decimal.js";

/** @internal Excel's PERCENTILE.INC on decimals */
export function percentilIncDecimal(values: Decimal[], p: Decimal): Decimal {
  const sorted = values.slice().sort((a, b) => a.comparedTo(b));
  const h = p.times(sorted.length - 1);
  const lo = h.floor().toNumber();
  const low = sorted[lo]!;
  if (lo >= sorted.length - 1) return low;
  return low.plus(h.minus(lo).times(sorted[lo + 1]!.minus(low)));
}

/**
 * Excel's PERCENTILE.INC: the p-th percentile with linear interpolation between
 * the sorted values at rank `(n − 1) × p`.
 *
 * @param varden - the values (a peer group), at least one
 * @param p - the percentile as a share, 0–1 (25 % = 0.25)
 * @returns the percentile, in the values' unit
 * @throws KommunError `na` for an empty group, `value` for p outside 0–1 (25 for 25 %)
 *
 * @example
 * percentilInc([1, 2, 3, 4], 0.25) // → 1.75 (rank 0.75 between 1 and 2)
 */
export function percentilInc(varden: readonly number[], p: number): number {
  const arr = requireArray(varden, "varden");
  if (arr.length === 0) {
    throw new KommunError("na", "Jämförelsegruppen är tom.", "The comparison group is empty.", "varden");
  }
  const values = toDecimalArray(arr, "varden", RULES.money);
  return toNumber(percentilIncDecimal(values, toDecimal(p, "p", RULES.share)));
}
