import { Decimal, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toInteger, toNumber } from "../core/validate.js";
import { kapitalkostnadDecimal } from "./kapitalkostnad.js";

/** A measure's parameters, validated. @internal */
export interface Measure {
  start: number;
  oneOff: Decimal;
  investment: Decimal;
  life: number;
  rate: Decimal;
  running: Decimal;
  revenue: Decimal;
}

/** @internal validates one measure's numbers */
export function toMeasure(m: Record<string, unknown>, prefix = ""): Measure {
  // an omitted field is 0; a blank (null) is an error like any other non-number
  const or = (v: unknown, fallback: number): unknown => (v === undefined ? fallback : v);
  const investment = toDecimal(or(m.investering, 0), `${prefix}investering`, RULES.nonNegativeMoney);
  return {
    start: toInteger(m.startar, `${prefix}startar`, RULES.year),
    oneOff: toDecimal(or(m.engangskostnad, 0), `${prefix}engangskostnad`, RULES.nonNegativeMoney),
    investment,
    life: toInteger(or(m.avskrivningstid, 1), `${prefix}avskrivningstid`, {
      min: 1,
      max: 100,
      unit: "whole",
    }),
    rate: toDecimal(or(m.ranta, 0), `${prefix}ranta`, RULES.interest),
    running: toDecimal(or(m.driftkostnad, 0), `${prefix}driftkostnad`, RULES.money),
    revenue: toDecimal(or(m.intakt, 0), `${prefix}intakt`, RULES.money),
  };
}

/** @internal one measure's effect on the result in a calendar year, with its parts */
export function yearOf(m: Measure, year: number) {
  if (year < m.start) return { oneOff: ZERO, running: ZERO, capital: ZERO, revenue: ZERO, net: ZERO };
  const oneOff = year === m.start ? m.oneOff : ZERO;
  const capital = kapitalkostnadDecimal(m.investment, m.life, m.rate, year - m.start + 1);
  const net = m.revenue.minus(m.running).minus(capital).minus(oneOff);
  return { oneOff, running: m.running, capital, revenue: m.revenue, net };
}

/**
 * One measure's effect on the result (nettoeffekt) in calendar year `ar`:
 * its saving or revenue minus running cost and capital cost, minus the one-off
 * cost in the start year; 0 before the start. Positive improves the result.
 *
 * @example
 * // a digitalisation measure from 2026: 1 Mkr one-off, 3 Mkr investment over 5 years at 2 %,
 * // 0.4 Mkr running, 2.5 Mkr saved. 2026: 2.5 − 0.4 − (0.6 + 0.06) − 1 = 0.44 Mkr
 * nettoeffekt(2026, 2026, 1, 3, 5, 0.02, 0.4, 2.5) // → 0.44
 */
export function nettoeffekt(
  ar: number,
  startar: number,
  engangskostnad: number,
  investering: number,
  avskrivningstid: number,
  ranta: number,
  driftkostnad: number,
  intakt: number,
): number {
  const year = toInteger(ar, "ar", RULES.year);
  const m = toMeasure({ startar, engangskostnad, investering, avskrivningstid, ranta, driftkostnad, intakt });
  return toNumber(yearOf(m, year).net);
}
