import { ONE } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toNumber } from "../core/validate.js";

/**
 * The equity ratio (soliditet): equity as a share of assets, and — with the
 * pension obligations earned before 1998 that the blended model (blandmodellen,
 * lagen (2018:597) om kommunal bokföring och redovisning) keeps outside the
 * balance sheet as a contingent liability (ansvarsförbindelse) — the equity
 * ratio including them: `(egetKapital − pensionsforpliktelser) / tillgangar`.
 * The obligation is counted with särskild löneskatt, as the annual report
 * states it; give `loneskattesats` (24,26 %) when the figure is without it.
 *
 * @param egetKapital - equity (money, any unit; may be negative)
 * @param tillgangar - total assets, same unit, above 0
 * @param pensionsforpliktelser - the ansvarsförbindelse for pensions, same unit; default 0
 * @param loneskattesats - särskild löneskatt to add to `pensionsforpliktelser`, a share (24,26 % = 0.2426); default 0
 *   (the figure already includes it)
 * @returns a share (0.4 = 40 %)
 * @throws KommunError `div0` when the assets are 0
 *
 * @example
 * // equity 400, assets 1 000: 40 %; with 250 of pension obligations incl. löneskatt: 15 %
 * soliditet(400, 1000) // → 0.4
 * soliditet(400, 1000, 250) // → 0.15
 */
export function soliditet(
  egetKapital: number,
  tillgangar: number,
  pensionsforpliktelser: number = 0,
  loneskattesats: number = 0,
): number {
  const ek = toDecimal(egetKapital, "egetKapital", RULES.money);
  const t = toDecimal(tillgangar, "tillgangar", { above: 0, zeroIsDiv0: true, unit: "money" });
  const p = optionalDecimal(pensionsforpliktelser, "pensionsforpliktelser", 0, RULES.nonNegativeMoney)!;
  const l = optionalDecimal(loneskattesats, "loneskattesats", 0, { min: 0, max: 0.5, unit: "share" })!;
  return toNumber(ek.minus(p.times(ONE.plus(l))).div(t));
}
