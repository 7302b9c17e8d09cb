import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The net cost deviation in money (and per inhabitant when `invanare` is given).
 *
 * @param nettokostnad - the actual net cost (money)
 * @param referenskostnad - the reference cost, same unit
 * @param invanare - optional inhabitants; the result is then per inhabitant
 * @returns `nettokostnad − referenskostnad`, or that divided by `invanare`
 *
 * @example
 * // Solna's IFO: about 229 Mkr below the reference, ≈ 2 700 kr per inhabitant of ≈ 85 000
 * nettokostnadsavvikelseBelopp(177e6, 406e6, 84800) // → -2700.47…
 */
export function nettokostnadsavvikelseBelopp(
  nettokostnad: number,
  referenskostnad: number,
  invanare?: number,
): number {
  const cost = toDecimal(nettokostnad, "nettokostnad", RULES.money);
  const ref = toDecimal(referenskostnad, "referenskostnad", RULES.money);
  const diff = cost.minus(ref);
  if (invanare === undefined) return toNumber(diff);
  return toNumber(diff.div(toDecimal(invanare, "invanare", RULES.positiveCount)));
}
