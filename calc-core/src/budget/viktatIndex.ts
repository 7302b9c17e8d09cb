import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import {
  divisionByZero,
  requireArray,
  requireSameLength,
  toDecimalArray,
  toNumber,
} from "../core/validate.js";

/**
 * A weighted index (viktat index), e.g. SKR's price index for municipal
 * activity (PKV) from the change in labour cost and in other consumption.
 *
 * Weights are normalised by their sum, so 69.6/30.4 and 0.696/0.304 agree.
 *
 * @param forandringar - the changes as shares (2.7 % = 0.027), each −0.2–0.3
 * @param vikter - non-negative weights, same length, not all zero
 * @returns `Σ fᵢwᵢ / Σ wᵢ` as a share
 *
 * @example
 * // PKV 2022 (seed 001, table 1): labour +2.7 % weight 69.6 %, other +10 % weight 30.4 %
 * viktatIndex([0.027, 0.10], [0.696, 0.304]) // → 0.049192 ≈ 4.9 %
 */
export function viktatIndex(forandringar: readonly number[], vikter: readonly number[]): number {
  requireSameLength(
    requireArray(forandringar, "forandringar"),
    "forandringar",
    requireArray(vikter, "vikter"),
    "vikter",
  );
  const f = toDecimalArray(forandringar, "forandringar", RULES.indexChange);
  const w = toDecimalArray(vikter, "vikter", RULES.nonNegativeWeight);
  const wSum = sum(w);
  if (wSum.isZero()) {
    divisionByZero("Vikterna summerar till 0.", "The weights sum to 0.", "vikter");
  }
  return toNumber(sum(f.map((fi, i) => fi.times(w[i]!))).div(wSum));
}
