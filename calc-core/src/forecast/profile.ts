import { Decimal, ONE, sum } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { positionOf, requireArray, toDecimal } from "../core/validate.js";

/**
 * Validates a 12-month profile and normalises it by its sum, so that monthly
 * budget amounts work as well as shares. `undefined` gives an even profile.
 */
const EVEN: readonly Decimal[] = Array.from({ length: 12 }, () => ONE.div(12));

export function toProfile(x: unknown, name = "profil"): readonly Decimal[] {
  if (x === undefined) return EVEN;
  const arr = requireArray(x, name);
  if (arr.length !== 12) {
    throw new KommunError(
      "value",
      `Profilen ${name} ska ha 12 månader men har ${arr.length}.`,
      `The profile ${name} must have 12 months but has ${arr.length}.`,
      name,
    );
  }
  const values = arr.map((v, i) => toDecimal(v, name, { min: 0 }, positionOf(i)));
  const total = sum(values);
  if (total.isZero()) {
    throw new KommunError(
      "value",
      `Profilen ${name} summerar till 0; den behöver minst en månad med en positiv andel.`,
      `The profile ${name} sums to 0; it needs at least one month with a positive share.`,
      name,
    );
  }
  return values.map((v) => v.div(total));
}
