import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The net cost deviation (nettokostnadsavvikelse): how far the net cost is from
 * the structurally expected reference cost, as a share. Negative = cheaper than
 * expected. Solna's IFO deviation 2024 was −56.4 % (seed 001).
 *
 * @param nettokostnad - the actual net cost (money or per inhabitant)
 * @param referenskostnad - the reference (structurally expected) cost, same unit; 0 is `div0`
 * @returns `(nettokostnad − referenskostnad) / referenskostnad`
 *
 * @example
 * nettokostnadsavvikelse(436, 1000) // → -0.564
 */
export function nettokostnadsavvikelse(nettokostnad: number, referenskostnad: number): number {
  const cost = toDecimal(nettokostnad, "nettokostnad", RULES.money);
  const ref = toDecimal(referenskostnad, "referenskostnad", { above: 0, zeroIsDiv0: true, unit: "money" });
  return toNumber(cost.minus(ref).div(ref));
}
