import { ONE, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, requireObject, toInteger, toNumber } from "../core/validate.js";
import { arbetslinjeParams, yearEffect, type ArbetslinjeInput } from "./arbetslinjeBesparing.js";

/** Input of {@link arbetslinjePlan}: the one-year input plus the number of years. */
export interface ArbetslinjePlanInput extends ArbetslinjeInput {
  /** number of years, 1–50 */
  ar: number;
  /** the calendar year of year 1, to label the years; default: years numbered 1, 2, … */
  startar?: number;
  /**
   * years until the tax gain reaches the municipality's revenue, whole 0–10; default 2: the tax
   * gain of those who have left by year t is counted in year t + 2 (the tax base of a year is the
   * taxable income of two years before)
   */
  skattefordrojning?: number;
}

/** One year of {@link arbetslinjePlan}, kr. */
export interface ArbetslinjePlanAr {
  ar: number;
  /** households still on assistance during the year */
  kvarPaBistand: number;
  /** households that have left, in total, by the start of the year */
  lamnatTotalt: number;
  bistandBesparing: number;
  varavTillArbete: number;
  varavAnnanErsattning: number;
  /** the tax gain that reaches the municipality this year: from those who had left `skattefordrojning` years before */
  skattetillskott: number;
  programkostnad: number;
  netto: number;
  kumulativt: number;
}

/**
 * A multi-year work-line plan: at the start of each year a share
 * `andelSomLamnar` of the households still on assistance leaves, and those who
 * left stay off; so households on assistance fall geometrically,
 * `hushall × (1 − andel)^t`.
 *
 * The tax gain arrives late (`skattefordrojning`, default 2 years): the
 * municipality's tax revenue of a year is its tax rate times the tax base,
 * and the tax base is the taxable income in the final tax decisions made the
 * year before (lag (1965:269) 1 §), that is the income of two years before,
 * uplifted by the government's factors (4 § of the same law; e.g. förordning
 * (2014:1308): the preliminary revenue of 2015 from income year 2013 uplifted
 * for 2014 and 2015). So the tax on the wages of year t is revenue of year
 * t + 2. The plan shows the gain in that year and nothing of it before; the
 * final settlement is collective per inhabitant and is not attributed to the
 * plan. Changed in the issue on conventions: before, the gain was counted in
 * the year the people started working (now `skattefordrojning: 0`).
 * Through income equalisation only a small share stays with a municipality
 * that receives the grant: `behallenAndel` (default 0).
 *
 * @returns per year the effect and the cumulative net, and `aterbetalningsar`:
 *   the first year whose cumulative net is ≥ 0 (`null` if it never is)
 * @throws KommunError `value` for a `skattefordrojning` that is not a whole number 0–10
 *
 * @example
 * // 100 households of 100 000 kr, 10 % leave each year, programme 1.5 Mkr a year:
 * // year 1: 10 left → 1.0 − 1.5 = −0.5 Mkr; year 2: 19 → +0.4 (cum. −0.1); year 3: 27.1 → +1.21 (cum. 1.11)
 * arbetslinjePlan({ hushall: 100, kostnadPerHushall: 100000, andelSomLamnar: 0.1, programkostnad: 1500000, ar: 3 })
 *   .aterbetalningsar // → 3
 *
 * @example
 * // 10 % of 100 households leave each year, all for work at 300 000 kr, rate 20, 50 % kept:
 * // the tax gain of the 10 who left by year 1 is 10 × 300 000 × 20 % × 50 % = 300 000, in year 3
 * arbetslinjePlan({ hushall: 100, kostnadPerHushall: 0, andelSomLamnar: 0.1, inkomstVidArbete: 300000, skattesats: 20, behallenAndel: 0.5, ar: 3, skattefordrojning: 2 })
 *   .ar.map((y) => y.skattetillskott) // → [0, 0, 300000]
 */
export function arbetslinjePlan(input: ArbetslinjePlanInput): {
  ar: ArbetslinjePlanAr[];
  aterbetalningsar: number | null;
} {
  const o = requireObject(input, "input");
  const p = arbetslinjeParams(o);
  const years = toInteger(o.ar, "ar", { min: 1, max: 50, unit: "whole" });
  const start = optionalDecimal(o.startar, "startar", undefined, RULES.year);
  const delay =
    o.skattefordrojning === undefined
      ? 2
      : toInteger(o.skattefordrojning, "skattefordrojning", { min: 0, max: 10, unit: "whole" });
  const rows: ArbetslinjePlanAr[] = [];
  const leftBy = (t: number) => p.households.minus(p.households.times(ONE.minus(p.leave).pow(t)));
  let cumulative = ZERO;
  let payback: number | null = null;
  for (let t = 1; t <= years; t++) {
    const remaining = p.households.times(ONE.minus(p.leave).pow(t));
    const left = p.households.minus(remaining);
    const e = yearEffect(p, left);
    // the tax gain of those who had left by year t − delay reaches the municipality now
    const tax = t - delay >= 1 ? yearEffect(p, leftBy(t - delay)).tax : ZERO;
    const net = e.net.minus(e.tax).plus(tax);
    cumulative = cumulative.plus(net);
    const label = start === undefined ? t : start.toNumber() + t - 1;
    if (payback === null && cumulative.gte(0)) payback = label;
    rows.push({
      ar: label,
      kvarPaBistand: toNumber(remaining),
      lamnatTotalt: toNumber(left),
      bistandBesparing: toNumber(e.saving),
      varavTillArbete: toNumber(e.work),
      varavAnnanErsattning: toNumber(e.other),
      skattetillskott: toNumber(tax),
      programkostnad: toNumber(p.programme),
      netto: toNumber(net),
      kumulativt: toNumber(cumulative),
    });
  }
  return { ar: rows, aterbetalningsar: payback };
}
