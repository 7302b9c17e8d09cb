import { Decimal, ZERO, sum } from "./decimal.js";
import { KommunError } from "./KommunError.js";

/**
 * Rounds parts so that they sum **exactly** to `total` rounded to `decimals`
 * (largest-remainder method, also called Hamilton's method).
 *
 * Each part is first rounded towards zero; the units of 10^-decimals still
 * missing go, one each, to the parts with the largest remainders (ties: the
 * larger part, then the earlier one). A negative total is split as the
 * mirror image of the positive one, so signs never flip the rounding.
 *
 * @param parts - unrounded parts whose sum is `total`
 * @param total - the amount being split
 * @param decimals - decimals to keep; 0 = whole units, −3 = thousands
 * @returns the rounded parts; their sum equals `total` rounded half-up
 *
 * @example
 * // thirds of 1 krona in whole kronor: the first of the equal remainders gets the krona
 * largestRemainder([1, 1, 1].map((x) => new Decimal(x).div(3)), new Decimal(1), 0) // → [1, 0, 0]
 */
export function largestRemainder(parts: readonly Decimal[], total: Decimal, decimals: number): Decimal[] {
  if (total.isNegative()) {
    return largestRemainder(
      parts.map((p) => p.negated()),
      total.negated(),
      decimals,
    ).map((p) => (p.isZero() ? ZERO : p.negated()));
  }
  const unit = new Decimal(10).pow(-decimals);
  const target = total.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
  const floors = parts.map((p) => p.div(unit).floor().times(unit));
  let missing = target.minus(sum(floors)).div(unit).round().toNumber();
  if (Math.abs(missing) > parts.length) {
    // Only when the amounts need more than 34 significant digits at these decimals
    // (e.g. 1e308 to whole units): the rounding cannot be done exactly, so say so.
    throw new KommunError(
      "num",
      `Beloppen är för stora för att avrundas exakt till ${decimals} decimaler.`,
      `The amounts are too large to be rounded exactly to ${decimals} decimals.`,
    );
  }
  const order = parts
    .map((p, i) => ({ i, remainder: p.minus(floors[i] ?? ZERO), size: p }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || b.size.comparedTo(a.size) || a.i - b.i);
  const result = floors.slice();
  let k = 0;
  while (missing > 0 && order.length > 0) {
    const slot = order[k % order.length];
    if (slot) result[slot.i] = (result[slot.i] ?? ZERO).plus(unit);
    missing -= 1;
    k += 1;
  }
  while (missing < 0 && order.length > 0) {
    const slot = order[order.length - 1 - (k % order.length)];
    if (slot) result[slot.i] = (result[slot.i] ?? ZERO).minus(unit);
    missing += 1;
    k += 1;
  }
  return result;
}
