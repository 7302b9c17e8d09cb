import { Decimal, HUNDRED, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import {
  positionOf,
  requireArray,
  requireObject,
  toDecimal,
  toInteger,
  toNumber,
  type Rule,
} from "../core/validate.js";
import { toFactor } from "./validate.js";

/** The revenue forecast's input: a budget year and its plan years. */
export interface SkatterOchBidragInput {
  /** the budget year and the plan years, consecutive, e.g. [2026, 2027, 2028] */
  ar: readonly number[];
  /** SCB's tax base of income year `ar[0] − 2` (kr, tkr or mnkr; everything else in the same unit) */
  skatteunderlag: number;
  /**
   * uplift factors, one more than the years: for `ar[0] − 1`, `ar[0]`, then each plan year
   * (the government's where fixed, 1 + SKR's forecast growth after), 1,048 not 4,8
   */
  faktorer: readonly number[];
  /** the tax rate in kr per 100 kr, one for all years or one per year */
  skattesats: number | readonly number[];
  /** the final settlement per year (amounts, e.g. from {@link slutavrakning}); 0 when left out */
  slutavrakning?: number | readonly number[];
  /** income equalisation per year (grant positive, charge negative; {@link inkomstutjamning}) */
  inkomstutjamning?: number | readonly number[];
  /**
   * other grants and charges entered from SKR's model or circulars (kostnadsutjämning,
   * LSS-utjämning, strukturbidrag, regleringsbidrag/-avgift, kommunal fastighetsavgift,
   * generella statsbidrag): one row per item, one amount per year; charges negative
   */
  ovriga?: readonly (readonly number[])[];
}

/** One year of the forecast; all amounts in the unit of the tax base. */
export interface SkatterOchBidragAr {
  ar: number;
  uppraknatSkatteunderlag: number;
  /** uplifted tax base × tax rate / 100 */
  skatteintakter: number;
  slutavrakning: number;
  inkomstutjamning: number;
  /** the sum of the other grants and charges */
  ovriga: number;
  /** skatteintäkter och generella statsbidrag: the sum of the parts */
  summa: number;
}

function perYear(x: unknown, name: string, years: number, rule: Rule): Decimal[] {
  if (x === undefined) return Array<Decimal>(years).fill(ZERO);
  if (!Array.isArray(x)) return Array<Decimal>(years).fill(toDecimal(x, name, rule));
  if (x.length !== years) {
    throw new KommunError(
      "value",
      `${name} har ${x.length} värden men åren är ${years}.`,
      `${name} has ${x.length} values but there are ${years} years.`,
      name,
    );
  }
  return x.map((v, i) => toDecimal(v, name, rule, positionOf(i)));
}

/**
 * Skatteintäkter och generella statsbidrag for a budget year and its plan years: per year
 * the uplifted tax base, the tax revenue, the final settlement, income equalisation,
 * the other grants and charges, and their sum — the figure the 2 % result goal is set
 * against.
 *
 * The tax revenue of year t is paid on SCB's tax base of income year t−2 uplifted by the
 * factors for t−1 and t (lag (1965:269) 4 §, the yearly SFS); each plan year multiplies
 * by one more factor (1 + SKR's forecast growth). The other parts are amounts computed
 * elsewhere (see {@link slutavrakning}, {@link inkomstutjamning}) or entered from SKR's model
 * "Skatter & bidrag". SPEC.md §8.
 *
 * @param input - see {@link SkatterOchBidragInput}
 * @returns one {@link SkatterOchBidragAr} per year
 * @throws KommunError `value` for years that do not follow one another, a wrong number of
 *   factors or amounts, or a factor in the wrong unit
 *
 * @example
 * // 1 000 mnkr of income 2024 × 1,03 × 1,04 at 21 kr, +5 settlement, +100 equalisation, −20 other
 * skatterOchBidrag({ ar: [2026, 2027], skatteunderlag: 1000, faktorer: [1.03, 1.04, 1.05], skattesats: 21,
 *   slutavrakning: [5, 0], inkomstutjamning: [100, 110], ovriga: [[-20, -20]] })[0]
 * // → { ar: 2026, uppraknatSkatteunderlag: 1071.2, skatteintakter: 224.952, slutavrakning: 5,
 * //     inkomstutjamning: 100, ovriga: -20, summa: 309.952 }
 * @example
 * // one year: 1 000 × 1,03 × 1,04 × 21/100 = 224,952, +5 settlement, −20 of other charges
 * skatterOchBidrag({ ar: [2026], skatteunderlag: 1000, faktorer: [1.03, 1.04], skattesats: 21,
 *   slutavrakning: 5, inkomstutjamning: [0], ovriga: [[-20]] })
 * // → [{ ar: 2026, uppraknatSkatteunderlag: 1071.2, skatteintakter: 224.952, slutavrakning: 5,
 * //     inkomstutjamning: 0, ovriga: -20, summa: 209.952 }]
 */
export function skatterOchBidrag(input: SkatterOchBidragInput): SkatterOchBidragAr[] {
  const o = requireObject(input, "input");
  const years = requireArray(o.ar, "ar").map((y) => toInteger(y, "ar", RULES.year));
  if (years.length === 0) {
    throw new KommunError("na", "Inga år att beräkna.", "No years to compute.", "ar");
  }
  years.forEach((y, i) => {
    if (i > 0 && y !== years[i - 1]! + 1) {
      throw new KommunError(
        "value",
        `Åren ska följa på varandra: ${y} kommer efter ${years[i - 1]}.`,
        `The years must follow one another: ${y} comes after ${years[i - 1]}.`,
        "ar",
      );
    }
  });
  const base = toDecimal(o.skatteunderlag, "skatteunderlag", RULES.nonNegativeMoney);
  const factors = requireArray(o.faktorer, "faktorer");
  if (factors.length !== years.length + 1) {
    throw new KommunError(
      "value",
      `faktorer ska ha ${years.length + 1} uppräkningsfaktorer (för ${years[0]! - 1} och för varje år ${years[0]}–${years.at(-1)}) men har ${factors.length}.`,
      `faktorer must hold ${years.length + 1} uplift factors (for ${years[0]! - 1} and for each year ${years[0]}–${years.at(-1)}) but holds ${factors.length}.`,
      "faktorer",
    );
  }
  const f = factors.map((x, i) => toFactor(x, "faktorer", positionOf(i)));
  const rates = perYear(o.skattesats, "skattesats", years.length, RULES.taxRate);
  const settlement = perYear(o.slutavrakning, "slutavrakning", years.length, RULES.money);
  const equalisation = perYear(o.inkomstutjamning, "inkomstutjamning", years.length, RULES.money);
  const rows =
    o.ovriga === undefined
      ? []
      : requireArray(o.ovriga, "ovriga").map((row, r) => {
          const name = `ovriga[${r + 1}]`;
          return perYear(requireArray(row, name), name, years.length, RULES.money);
        });

  let uplifted = base.times(f[0]!);
  return years.map((ar, i) => {
    uplifted = uplifted.times(f[i + 1]!);
    const skatteintakter = uplifted.times(rates[i]!).div(HUNDRED);
    const ovriga = sum(rows.map((row) => row[i]!));
    const summa = skatteintakter.plus(settlement[i]!).plus(equalisation[i]!).plus(ovriga);
    return {
      ar,
      uppraknatSkatteunderlag: toNumber(uplifted),
      skatteintakter: toNumber(skatteintakter),
      slutavrakning: toNumber(settlement[i]!),
      inkomstutjamning: toNumber(equalisation[i]!),
      ovriga: toNumber(ovriga),
      summa: toNumber(summa),
    };
  });
}
