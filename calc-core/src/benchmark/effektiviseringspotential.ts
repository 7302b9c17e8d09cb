import { Decimal, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, requireArray, toDecimal, toDecimalArray, toNumber } from "../core/validate.js";
import { percentilIncDecimal } from "./percentilInc.js";

/**
 * The efficiency potential (effektiviseringspotential): what moving to a
 * percentile of the peers would save; never negative.
 *
 * @param egen - own cost (per inhabitant when the peers are per inhabitant)
 * @param jamforelsegrupp - the peers' costs, same unit
 * @param percentil - the target percentile, default 25 % (the cheapest quarter)
 * @param invanare - optional inhabitants: a per-inhabitant potential becomes money
 * @returns `max(0, egen − percentilInc(grupp, percentil))`, × `invanare` when given
 *
 * @example
 * effektiviseringspotential(5000, [3000, 4000, 5000, 6000], 0.25, 10000) // → 12500000 (5 000 − 3 750 = 1 250 kr × 10 000)
 */
export function effektiviseringspotential(
  egen: number,
  jamforelsegrupp: readonly number[],
  percentil: number = 0.25,
  invanare?: number,
): number {
  const own = toDecimal(egen, "egen", RULES.money);
  const arr = requireArray(jamforelsegrupp, "jamforelsegrupp");
  if (arr.length === 0) {
    throw new KommunError(
      "na",
      "Jämförelsegruppen är tom.",
      "The comparison group is empty.",
      "jamforelsegrupp",
    );
  }
  const peers = toDecimalArray(arr, "jamforelsegrupp", RULES.money);
  const p = optionalDecimal(percentil, "percentil", 0.25, RULES.share)!;
  const potential = Decimal.max(ZERO, own.minus(percentilIncDecimal(peers, p)));
  if (invanare === undefined) return toNumber(potential);
  return toNumber(potential.times(toDecimal(invanare, "invanare", RULES.positiveCount)));
}
