import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import {
  divisionByZero,
  optionalDecimal,
  requireArray,
  requireObject,
  requireSameLength,
  toDecimalArray,
  toInteger,
  toNumber,
} from "../core/validate.js";
import { balanskontrollDecimal, type Balansstatus } from "./balanskontroll.js";
import { nettokostnadsramDecimal } from "./nettokostnadsram.js";

/** Input of {@link flerarsplan}: one entry per year in every array. */
export interface FlerarsplanInput {
  /** calendar years, e.g. `[2025, 2026, 2027]` (budget year and plan years) */
  ar: readonly number[];
  /** taxes + general grants per year (money, any unit) */
  skatterOchBidrag: readonly number[];
  /** finance net per year, same unit */
  finansnetto: readonly number[];
  /** per year, the committees' net costs (proposals), same unit */
  nettokostnader: readonly (readonly number[])[];
  /** result requirement as a share, 2 % = 0.02; default 2 % */
  andel?: number;
}

/** One year of {@link flerarsplan}. */
export interface FlerarsplanAr {
  ar: number;
  /** net-cost frame */
  ram: number;
  /** Σ net costs − frame; positive = savings needed */
  gap: number;
  resultat: number;
  resultatandel: number;
  /** the result against the result goal (as {@link resultatMotMal}); the field keeps its old name */
  balanskontroll: Balansstatus;
}

/**
 * A multi-year budget ("Mål och budget 2025 med plan 2026–2027"): frame, gap,
 * result, result share and the result against the goal for the budget year and each plan year
 * (not the legal balance requirement, which is {@link balanskravsutredning}).
 *
 * @returns one row per year, in the order given
 * @throws KommunError `value` when the arrays differ in length or a year is not a whole number
 *
 * @example
 * flerarsplan({ ar: [2025], skatterOchBidrag: [1000], finansnetto: [5], nettokostnader: [[500, 500]] })
 * // → [{ ar: 2025, ram: 985, gap: 15, resultat: 5, resultatandel: 0.005, balanskontroll: "under resultatmål" }]
 */
export function flerarsplan(input: FlerarsplanInput): FlerarsplanAr[] {
  const o = requireObject(input, "input");
  const years = requireArray(o.ar, "ar");
  for (const [name, arr] of [
    ["skatterOchBidrag", o.skatterOchBidrag],
    ["finansnetto", o.finansnetto],
    ["nettokostnader", o.nettokostnader],
  ] as const) {
    requireSameLength(years, "ar", requireArray(arr, name), name);
  }
  const andel = optionalDecimal(o.andel, "andel", 0.02, RULES.resultShare)!;
  const sobs = toDecimalArray(o.skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const fns = toDecimalArray(o.finansnetto, "finansnetto", RULES.money);
  const costs = o.nettokostnader as readonly unknown[];
  return years.map((y, i) => {
    const ar = toInteger(y, "ar", RULES.year);
    const sob = sobs[i]!;
    const fn = fns[i]!;
    const nk = sum(toDecimalArray(costs[i], `nettokostnader[${ar}]`, RULES.money));
    const ram = nettokostnadsramDecimal(sob, fn, andel);
    const res = sob.plus(fn).minus(nk);
    if (sob.isZero()) {
      divisionByZero(
        `Skatter och bidrag är 0 för ${ar}; resultatandelen går inte att beräkna.`,
        `Taxes and grants are 0 for ${ar}; the result share cannot be computed.`,
        "skatterOchBidrag",
      );
    }
    return {
      ar,
      ram: toNumber(ram),
      gap: toNumber(nk.minus(ram)),
      resultat: toNumber(res),
      resultatandel: toNumber(res.div(sob)),
      balanskontroll: balanskontrollDecimal(res, sob, andel),
    };
  });
}
