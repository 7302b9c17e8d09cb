import { Decimal, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, requireArray, toDecimal, toDecimalArray, toNumber } from "../core/validate.js";
import type { Rule } from "../core/validate.js";
import { percentilIncDecimal } from "./percentilInc.js";

/**
 * A net cost deviation as a share: +10 % over the reference cost is 0.10, Solna's IFO −56.4 % is
 * −0.564. Plausible −1 to +2 (a net cost from nothing to three times the reference); −56.4 written
 * for −56.4 % gets a hint.
 */
const NKA: Rule = { min: -1, max: 2, unit: "share" };

/**
 * The efficiency potential on the net cost deviation (effektiviseringspotential
 * på nettokostnadsavvikelse, NKA): what reaching a percentile of the peers'
 * NKA would save, in the unit of the reference cost; never negative.
 *
 * Why NKA and not kronor per inhabitant ({@link effektiviseringspotential}):
 * the reference cost (referenskostnad) is what the activity would cost with
 * the municipality's own structure (age, geography, social conditions) at
 * average ambition and efficiency, from the cost equalisation (kostnads-
 * utjämningen, lag (2004:773) om kommunalekonomisk utjämning). Comparing the
 * deviation from it, not the raw cost, keeps structural differences from
 * being counted as inefficiency. Sources: Kolada/RKA's nettokostnadsavvikelse
 * (e.g. N30001 for IFO); Umeå kommun, "Kostnadsbegrepp" (referenskostnad,
 * nettokostnadsavvikelse); Linköpings kommun, budget 2016–2017, "Jämförelse
 * med andra kommuner" ("Vid kostnadsjämförelser mellan kommuner är det
 * lämpligt att jämföra avvikelse mellan kommunens verkliga kostnad och den
 * beräknade standardkostnaden").
 *
 * @param nkaEgen - own net cost deviation as a share (+10 % = 0.10), −1–2
 * @param nkaGrupp - the peers' net cost deviations, same unit, at least one
 * @param referenskostnad - own reference cost (money, or kr per inhabitant), ≥ 0
 * @param p - the target percentile, 0–1, default 25 % (the cheapest quarter)
 * @returns `max(0, nkaEgen − PERCENTILE.INC(nkaGrupp, p)) × referenskostnad`, in the unit of `referenskostnad`
 * @throws KommunError `na` for an empty group; `value` for an NKA written in per cent (−56.4 for −56.4 %)
 *
 * @example
 * // P25 of −10 %, −5 %, 0, +5 %, +20 % is −5 %; own +10 %: (0.10 + 0.05) × 200 Mkr = 30 Mkr
 * effektiviseringspotentialNka(0.1, [-0.1, -0.05, 0, 0.05, 0.2], 200000000) // → 30000000
 */
export function effektiviseringspotentialNka(
  nkaEgen: number,
  nkaGrupp: readonly number[],
  referenskostnad: number,
  p: number = 0.25,
): number {
  const own = toDecimal(nkaEgen, "nkaEgen", NKA);
  const arr = requireArray(nkaGrupp, "nkaGrupp");
  if (arr.length === 0) {
    throw new KommunError("na", "Jämförelsegruppen är tom.", "The comparison group is empty.", "nkaGrupp");
  }
  const peers = toDecimalArray(arr, "nkaGrupp", NKA);
  const reference = toDecimal(referenskostnad, "referenskostnad", RULES.nonNegativeMoney);
  const percentile = optionalDecimal(p, "p", 0.25, RULES.share)!;
  const gap = Decimal.max(ZERO, own.minus(percentilIncDecimal(peers, percentile)));
  return toNumber(gap.times(reference));
}
