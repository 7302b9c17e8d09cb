import { Decimal, ONE, sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import {
  optionalDecimal,
  requireArray,
  requireSameLength,
  toDecimalArray,
  toNumber,
} from "../core/validate.js";

/** @internal Σ volume × price, both validated, ranges of the same size */
export function volumeCost(
  volymer: unknown,
  volymerName: string,
  priser: unknown,
  priserName: string,
): Decimal {
  requireSameLength(
    requireArray(volymer, volymerName),
    volymerName,
    requireArray(priser, priserName),
    priserName,
  );
  const v = toDecimalArray(volymer, volymerName, RULES.count);
  const p = toDecimalArray(priser, priserName, RULES.nonNegativeMoney);
  return sum(v.map((x, i) => x.times(p[i]!)));
}

/**
 * A frame from a resource allocation model (resursfördelningsmodell): for each group the
 * volume (children 1–5 in preschool, pupils 6–15, inhabitants 80+, …) times the price per
 * unit, summed, uplifted by the price index, plus the parts of the frame that do not follow
 * volumes (premises, administration, decided commitments).
 *
 * Sources: seed 004 (Östersund set its 2026 frames with a new resource allocation model);
 * SPEC §10. The price index is the one the budget uses for frames (`viktatIndex`, PKV from SKR,
 * seed 001 table 1); `index` is the uplift from the prices' year to the frame's year.
 *
 * @param volymer - the volumes per group (counts ≥ 0)
 * @param prisPerEnhet - the price per unit of each group (money ≥ 0, in the unit the frame is
 *   wanted in, e.g. mnkr per child), same number of values as `volymer`
 * @param index - the price uplift as a share (3 % = 0.03), −0.2–0.3; default 0 (prices of the
 *   frame's year)
 * @param fast - the fixed part of the frame, not uplifted (money, any sign); default 0
 * @returns `Σ volym × pris × (1 + index) + fast`
 * @throws KommunError `value` for ranges of different sizes (naming both), a negative volume or
 *   price, an index outside −0.2–0.3 (3 written for 3 % gets a hint)
 *
 * @example
 * // 1 650 children 1–5 at 0.135 mnkr and 3 500 pupils 6–15 at 0.125 mnkr, uplifted 3 %,
 * // plus 6 mnkr fixed: (222.75 + 437.5) × 1.03 + 6
 * resursfordelning([1650, 3500], [0.135, 0.125], 0.03, 6) // → 686.0575
 */
export function resursfordelning(
  volymer: readonly number[],
  prisPerEnhet: readonly number[],
  index: number = 0,
  fast: number = 0,
): number {
  const variable = volumeCost(volymer, "volymer", prisPerEnhet, "prisPerEnhet");
  const i = optionalDecimal(index, "index", 0, RULES.indexChange)!;
  const f = optionalDecimal(fast, "fast", 0, RULES.money)!;
  return toNumber(variable.times(ONE.plus(i)).plus(f));
}
