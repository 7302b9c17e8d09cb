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
 * @returns per year the effect and the cumulative net, and `aterbetalningsar`:
 *   the first year whose cumulative net is ≥ 0 (`null` if it never is)
 *
 * @example
 * // 100 households of 100 000 kr, 10 % leave each year, programme 1.5 Mkr a year:
 * // year 1: 10 left → 1.0 − 1.5 = −0.5 Mkr; year 2: 19 → +0.4 (cum. −0.1); year 3: 27.1 → +1.21 (cum. 1.11)
 * arbetslinjePlan({ hushall: 100, kostnadPerHushall: 100000, andelSomLamnar: 0.1, programkostnad: 1500000, ar: 3 })
 *   .aterbetalningsar // → 3
 */
export function arbetslinjePlan(input: ArbetslinjePlanInput): {
  ar: ArbetslinjePlanAr[];
  aterbetalningsar: number | null;
} {
  const o = requireObject(input, "input");
  const p = arbetslinjeParams(o);
  const years = toInteger(o.ar, "ar", { min: 1, max: 50, unit: "whole" });
  const start = optionalDecimal(o.startar, "startar", undefined, RULES.year);
  const rows: ArbetslinjePlanAr[] = [];
  let cumulative = ZERO;
  let payback: number | null = null;
  for (let t = 1; t <= years; t++) {
    const remaining = p.households.times(ONE.minus(p.leave).pow(t));
    const left = p.households.minus(remaining);
    const e = yearEffect(p, left);
    cumulative = cumulative.plus(e.net);
    const label = start === undefined ? t : start.toNumber() + t - 1;
    if (payback === null && cumulative.gte(0)) payback = label;
    rows.push({
      ar: label,
      kvarPaBistand: toNumber(remaining),
      lamnatTotalt: toNumber(left),
      bistandBesparing: toNumber(e.saving),
      varavTillArbete: toNumber(e.work),
      varavAnnanErsattning: toNumber(e.other),
      skattetillskott: toNumber(e.tax),
      programkostnad: toNumber(p.programme),
      netto: toNumber(e.net),
      kumulativt: toNumber(cumulative),
    });
  }
  return { ar: rows, aterbetalningsar: payback };
}
