import { sum, type Decimal } from "../core/decimal.js";
import { largestRemainder } from "../core/rounding.js";
import { RULES } from "../core/rules.js";
import {
  divisionByZero,
  requireArray,
  requireSameLength,
  toDecimal,
  toDecimalArray,
  toInteger,
  toNumber,
} from "../core/validate.js";

/** @internal pro-rata split with optional largest-remainder rounding, shared with the settlement */
export function splitProRata(
  total: Decimal,
  key: readonly Decimal[],
  keyName: string,
  decimals: number | undefined,
): Decimal[] {
  const keySum = sum(key);
  if (keySum.isZero()) {
    divisionByZero(
      `Fördelningsnyckeln ${keyName} summerar till 0, så det finns inget att fördela efter.`,
      `The allocation key ${keyName} sums to 0, so there is nothing to allocate by.`,
      keyName,
    );
  }
  const parts = key.map((k) => total.times(k).div(keySum));
  return decimals === undefined ? parts : largestRemainder(parts, total, decimals);
}

/**
 * Splits a savings requirement (a gap) over committees (fördela besparing),
 * pro rata to their proposals or to an explicit key.
 *
 * Without `decimaler` the parts are exact (unrounded); with `decimaler` they are
 * rounded by the largest-remainder method so that they sum **exactly** to the
 * gap rounded to those decimals — no öre or krona lost in the rounding.
 *
 * @param forslag - each committee's proposed net cost (money)
 * @param gap - the amount to split, same unit (positive = savings)
 * @param nyckel - optional key (non-negative weights, same length as `forslag`); default `forslag`
 * @param decimaler - optional decimals to round to; 0 = whole units, −3 = thousands
 * @returns one part per committee, in the order of `forslag`
 * @throws KommunError `value` for mismatched sizes or a negative key, `div0` when the key sums to 0
 *
 * @example
 * // a 15 Mkr gap over proposals of 500, 300 and 200 Mkr
 * fordelaBesparing([500, 300, 200], 15) // → [7.5, 4.5, 3]
 * // 10 over three equal committees, whole units: parts still sum to 10
 * fordelaBesparing([1, 1, 1], 10, undefined, 0) // → [4, 3, 3]
 */
export function fordelaBesparing(
  forslag: readonly number[],
  gap: number,
  nyckel?: readonly number[],
  decimaler?: number,
): number[] {
  const f = toDecimalArray(forslag, "forslag", RULES.money);
  const g = toDecimal(gap, "gap", RULES.money);
  let key: Decimal[];
  if (nyckel === undefined) {
    key = toDecimalArray(forslag, "forslag", RULES.nonNegativeWeight);
  } else {
    requireSameLength(f, "forslag", requireArray(nyckel, "nyckel"), "nyckel");
    key = toDecimalArray(nyckel, "nyckel", RULES.nonNegativeWeight);
  }
  const decimals = decimaler === undefined ? undefined : toInteger(decimaler, "decimaler", RULES.decimals);
  return splitProRata(g, key, nyckel === undefined ? "forslag" : "nyckel", decimals).map(toNumber);
}
