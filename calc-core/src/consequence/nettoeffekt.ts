import { Decimal, ONE, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toInteger, toNumber } from "../core/validate.js";
import { LIFE_RULE, MONTH_RULE } from "../finance/avskrivning.js";
import {
  kapitalkostnadDecimal,
  readRantevy,
  requireExternalForShare,
  type Rantevy,
} from "./kapitalkostnad.js";

/** A measure's parameters, validated. @internal */
export interface Measure {
  start: number;
  /** the month the measure starts and its investment is taken into use, 1–12 */
  month: number;
  oneOff: Decimal;
  investment: Decimal;
  life: number;
  /** the interest rate of the chosen view */
  rate: Decimal;
  /** the share of the book value that carries the rate (the borrowed share in the external view, else 1) */
  share: Decimal;
  running: Decimal;
  revenue: Decimal;
}

/** @internal validates one measure's numbers; `view` picks the rate (and borrowed share) */
export function toMeasure(m: Record<string, unknown>, prefix = "", view: Rantevy = "intern"): Measure {
  // an omitted field is 0; a blank (null) is an error like any other non-number
  const or = (v: unknown, fallback: number): unknown => (v === undefined ? fallback : v);
  const investment = toDecimal(or(m.investering, 0), `${prefix}investering`, RULES.nonNegativeMoney);
  const internal = toDecimal(or(m.ranta, 0), `${prefix}ranta`, RULES.interest);
  const external =
    m.externRanta === undefined ? internal : toDecimal(m.externRanta, `${prefix}externRanta`, RULES.interest);
  const share = toDecimal(or(m.lanandel, 1), `${prefix}lanandel`, RULES.share);
  return {
    start: toInteger(m.startar, `${prefix}startar`, RULES.year),
    month: toInteger(or(m.startmanad, 1), `${prefix}startmanad`, MONTH_RULE),
    oneOff: toDecimal(or(m.engangskostnad, 0), `${prefix}engangskostnad`, RULES.nonNegativeMoney),
    investment,
    life: toInteger(or(m.avskrivningstid, 1), `${prefix}avskrivningstid`, LIFE_RULE),
    rate: view === "extern" ? external : internal,
    share: view === "extern" ? share : ONE,
    running: toDecimal(or(m.driftkostnad, 0), `${prefix}driftkostnad`, RULES.money),
    revenue: toDecimal(or(m.intakt, 0), `${prefix}intakt`, RULES.money),
  };
}

/** @internal the share of the start year a measure runs: (13 − month)/12, 1 later */
export function yearShare(m: Measure, year: number): Decimal {
  return year === m.start && m.month !== 1 ? new Decimal(13 - m.month).div(12) : ONE;
}

/** @internal one measure's effect on the result in a calendar year, with its parts */
export function yearOf(m: Measure, year: number) {
  if (year < m.start) return { oneOff: ZERO, running: ZERO, capital: ZERO, revenue: ZERO, net: ZERO };
  const oneOff = year === m.start ? m.oneOff : ZERO;
  const part = yearShare(m, year);
  const running = m.running.times(part);
  const revenue = m.revenue.times(part);
  const capital = kapitalkostnadDecimal(m.investment, m.life, m.rate, year - m.start + 1, m.month, m.share);
  const net = revenue.minus(running).minus(capital).minus(oneOff);
  return { oneOff, running, capital, revenue, net };
}

/**
 * One measure's effect on the result (nettoeffekt) in calendar year `ar`:
 * its saving or revenue minus running cost and capital cost, minus the one-off
 * cost in the start year; 0 before the start. Positive improves the result.
 *
 * A measure that starts in month `startmanad` gives that year (13 − m)/12 of its
 * yearly saving and running cost, and its investment is taken into use then
 * (see {@link kapitalkostnad}). By default the capital cost is the committee's
 * (internal interest); `rantevy = "extern"` gives the effect on the
 * municipality's result (external interest on the borrowed share `lanandel`).
 *
 * @example
 * // a digitalisation measure from 2026: 1 Mkr one-off, 3 Mkr investment over 5 years at 2 %,
 * // 0.4 Mkr running, 2.5 Mkr saved. 2026: 2.5 − 0.4 − (0.6 + 0.06) − 1 = 0.44 Mkr
 * nettoeffekt(2026, 2026, 1, 3, 5, 0.02, 0.4, 2.5) // → 0.44
 * // from October instead: 3/12 of 2.5 − 0.4 and of a year's capital cost (0.15 + 0.015), − 1
 * nettoeffekt(2026, 2026, 1, 3, 5, 0.02, 0.4, 2.5, 10) // → -0.64
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
  startmanad: number = 1,
  rantevy: string = "intern",
  lanandel: number = 1,
): number {
  const year = toInteger(ar, "ar", RULES.year);
  const view = readRantevy(rantevy);
  requireExternalForShare(view, toDecimal(lanandel, "lanandel", RULES.share));
  const m = toMeasure(
    {
      startar,
      engangskostnad,
      investering,
      avskrivningstid,
      ranta,
      driftkostnad,
      intakt,
      startmanad,
      lanandel,
    },
    "",
    view,
  );
  return toNumber(yearOf(m, year).net);
}
