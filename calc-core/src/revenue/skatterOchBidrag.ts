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
  /**
   * SKR's forecast of the tax base's actual growth (skatteunderlagsprognos), one factor per
   * income year like `faktorer` (for `ar[0] − 1`, `ar[0]`, then each plan year; 1,048 for
   * +4,8 %). With it the final settlement of each year follows from the difference between
   * the actual and the preliminary uplift, so `slutavrakning` must be left out.
   */
  tillvaxt?: readonly number[];
  /**
   * the correction of the previous income year's settlement booked this year
   * (slutavräkningsdifferens/korrigering föregående år, SKR's circulars in kr per inhabitant ×
   * inhabitants on 1 November of the year before): amounts per year, positive adds
   */
  korrigering?: number | readonly number[];
}

/** One year of the forecast; all amounts in the unit of the tax base. */
export interface SkatterOchBidragAr {
  ar: number;
  uppraknatSkatteunderlag: number;
  /** uplifted tax base × tax rate / 100 (preliminära skatteintäkter) */
  skatteintakter: number;
  /** this income year's final settlement (given, or from `tillvaxt`) */
  slutavrakning: number;
  /** with `tillvaxt`: the tax base of `ar − 2` × Π tillvaxt through `ar` */
  faktisktSkatteunderlag?: number;
  /** with `korrigering`: the correction of the previous year's settlement booked this year */
  korrigering?: number;
  inkomstutjamning: number;
  /** the sum of the other grants and charges */
  ovriga: number;
  /** skatteintäkter och generella statsbidrag: the sum of the parts (with `korrigering`) */
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
 * **SKR's growth path (`tillvaxt`).** The preliminary tax revenue (preliminära skattemedel)
 * is paid on the tax base uplifted by the government's factors; once the final tax outcome
 * is known the difference is settled (slutavräkning, lag (1965:269) med särskilda
 * bestämmelser om kommuns och regions medel från skatter, m.m.; the system of prop.
 * 1992/93:36: "De skillnader som uppstår … mellan uppräknat och slutligt skatteunderlag
 * skall regleras när det slutliga taxeringsutfallet föreligger"). SKR's circulars
 * *Budgetförutsättningar* give a forecast of the tax base's actual growth per income year
 * (skatteunderlagsprognos, five times a year; the December one is the one for the accounts)
 * and from it the settlement in kr per inhabitant. With `tillvaxt` each year's
 * `skatteintakter + slutavrakning` = `skatteunderlag × Π tillvaxt (through that year) ×
 * skattesats/100`: the revenue builds on the forecast of actual growth, and the government's
 * factors only split the year into preliminary revenue and settlement. A settlement of one
 * year (actual growth above the factors) therefore carries into every plan year instead of
 * being lost when the plan years chain the factors. In the plan years, where the factors
 * are 1 + SKR's growth too, the "settlement" is the difference the earlier years leave in
 * the chain (the government will fix later factors from a higher level); read the total.
 * Where `tillvaxt` equals `faktorer`, the settlement is 0.
 *
 * **Correction of the previous year (`korrigering`).** An annual report books the forecast
 * settlement of the year in the year (preliminär slutavräkning innevarande år) and, the year
 * after, the difference between that forecast and the final outcome (slutavräkning/
 * korrigering föregående år); Göteborg's annual report 2015, note 6, shows the three lines.
 * SKR's circulars give that correction in kr per inhabitant; enter it as an amount per year
 * ({@link slutavrakning} turns kr per inhabitant into an amount). It is added to the total
 * and returned on its own (`korrigering`), outside the identity above, because it belongs to
 * the income year before. Assumption (marked): the forecast growth applies to the
 * municipality's own tax base as to the country's, as SKR's *Prognosunderlag* assumes
 * ("skatteunderlaget … förändras i samma takt som i riket").
 *
 * @param input - see {@link SkatterOchBidragInput}
 * @returns one {@link SkatterOchBidragAr} per year
 * @throws KommunError `value` for years that do not follow one another, a wrong number of
 *   factors or amounts, a factor in the wrong unit, or both `tillvaxt` and `slutavrakning`
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
 * @example
 * // actual growth 1,04 and 1,05 where the factors were 1,03 and 1,04: 1 000 × 1,04 × 1,05 = 1 092
 * // at 20 kr = 218,4; preliminary 1 071,2 × 0,20 = 214,24; settlement 4,16; correction −1
 * skatterOchBidrag({ ar: [2026], skatteunderlag: 1000, faktorer: [1.03, 1.04], skattesats: 20,
 *   tillvaxt: [1.04, 1.05], korrigering: -1 })
 * // → [{ ar: 2026, uppraknatSkatteunderlag: 1071.2, skatteintakter: 214.24, slutavrakning: 4.16,
 * //     faktisktSkatteunderlag: 1092, korrigering: -1, inkomstutjamning: 0, ovriga: 0, summa: 217.4 }]
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
  const growth =
    o.tillvaxt === undefined
      ? undefined
      : requireArray(o.tillvaxt, "tillvaxt").map((x, i) => toFactor(x, "tillvaxt", positionOf(i)));
  if (growth !== undefined) {
    if (growth.length !== f.length) {
      throw new KommunError(
        "value",
        `tillvaxt ska ha en faktor per inkomstår som faktorer, ${f.length} (för ${years[0]! - 1} och för varje år ${years[0]}–${years.at(-1)}), men har ${growth.length}.`,
        `tillvaxt must hold one factor per income year like faktorer, ${f.length} (for ${years[0]! - 1} and for each year ${years[0]}–${years.at(-1)}), but holds ${growth.length}.`,
        "tillvaxt",
      );
    }
    if (o.slutavrakning !== undefined) {
      throw new KommunError(
        "value",
        "Ange antingen slutavrakning eller tillvaxt, inte båda: med SKR:s prognos för skatteunderlagets tillväxt följer slutavräkningen av skillnaden mot uppräkningsfaktorerna. Föregående års korrigering anges i korrigering.",
        "Give either slutavrakning or tillvaxt, not both: with SKR's forecast of the tax base's growth the final settlement follows from the difference to the uplift factors. The previous year's correction goes in korrigering.",
        "slutavrakning",
      );
    }
  }
  const correction =
    o.korrigering === undefined
      ? undefined
      : perYear(o.korrigering, "korrigering", years.length, RULES.money);
  const equalisation = perYear(o.inkomstutjamning, "inkomstutjamning", years.length, RULES.money);
  const rows =
    o.ovriga === undefined
      ? []
      : requireArray(o.ovriga, "ovriga").map((row, r) => {
          const name = `ovriga[${r + 1}]`;
          return perYear(requireArray(row, name), name, years.length, RULES.money);
        });

  let uplifted = base.times(f[0]!);
  let actual = growth === undefined ? undefined : base.times(growth[0]!);
  return years.map((ar, i) => {
    uplifted = uplifted.times(f[i + 1]!);
    const skatteintakter = uplifted.times(rates[i]!).div(HUNDRED);
    actual = actual?.times(growth![i + 1]!);
    const slutavrakning =
      actual === undefined ? settlement[i]! : actual.times(rates[i]!).div(HUNDRED).minus(skatteintakter);
    const ovriga = sum(rows.map((row) => row[i]!));
    const summa = skatteintakter
      .plus(slutavrakning)
      .plus(correction?.[i] ?? ZERO)
      .plus(equalisation[i]!)
      .plus(ovriga);
    return {
      ar,
      uppraknatSkatteunderlag: toNumber(uplifted),
      skatteintakter: toNumber(skatteintakter),
      slutavrakning: toNumber(slutavrakning),
      ...(actual === undefined ? {} : { faktisktSkatteunderlag: toNumber(actual) }),
      ...(correction === undefined ? {} : { korrigering: toNumber(correction[i]!) }),
      inkomstutjamning: toNumber(equalisation[i]!),
      ovriga: toNumber(ovriga),
      summa: toNumber(summa),
    };
  });
}
