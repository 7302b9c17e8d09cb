import { Decimal, HUNDRED, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireObject, toDecimal, toInteger, toNumber } from "../core/validate.js";
import { paybackYear } from "./aterbetalningsar.js";
import { readRantevy, type Rantevy } from "./kapitalkostnad.js";
import { toMeasure, yearOf, yearShare, type Measure } from "./nettoeffekt.js";

/** A measure (åtgärd) of a decision: amounts are yearly from `startar` on, one-offs in `startar`. */
export interface KonsekvensAtgard {
  namn: string;
  startar: number;
  engangskostnad?: number;
  investering?: number;
  avskrivningstid?: number;
  /** the internal interest rate (the committee's view) */
  ranta?: number;
  driftkostnad?: number;
  intakt?: number;
  /** the month the measure starts and its investment is taken into use, 1–12; default 1 */
  startmanad?: number;
  /** the external borrowing rate (the municipality's view); default `ranta` */
  externRanta?: number;
  /** the share of the investment financed by borrowing (the municipality's view), 0–1; default 1 */
  lanandel?: number;
}

export interface KonsekvensAr {
  ar: number;
  engangskostnader: number;
  driftkostnader: number;
  /** depreciation + interest in the view of the analysis (`rantevy` of the result) */
  kapitalkostnader: number;
  intakter: number;
  /** effect on the result; positive improves it */
  nettoeffekt: number;
  /** effect on the result share (of taxes and grants), `null` without them */
  resultatandelseffekt: number | null;
  /** the effect in tax rate (kr per 100 kr), `null` without a tax base */
  skatteekvivalent: number | null;
}

/**
 * The economic consequence analysis of a decision (ekonomisk konsekvensanalys):
 * per budget and plan year the effect on the result, on the result share and in
 * tax rate; per measure and in total the payback year (cash basis).
 *
 * Capital costs are in the committee's view by default (internal interest,
 * `rantevy: "intern"`); `rantevy: "extern"` gives the effect on the
 * municipality's result (each measure's `externRanta` on its borrowed share
 * `lanandel`). The result says which view its figures are in. A measure
 * starting in month `startmanad` gives that year (13 − m)/12 of its yearly
 * amounts, and its investment is depreciated from that month (RKR R4).
 *
 * @param atgarder - the measures
 * @param options - `ar`: the calendar years to show; `skatterOchBidrag` (one number or one per year)
 *   and `skatteunderlag` (likewise) for the share and tax equivalents; `rantevy` the view of the capital cost
 *
 * @example
 * // 9 Mkr over 10 years at 2 %: depreciation 0.9 + interest 0.18 in 2026 against 3 Mkr of revenue
 * konsekvensanalys([{ namn: "Lokaler", startar: 2026, investering: 9, avskrivningstid: 10, ranta: 0.02, intakt: 3 }],
 *   { ar: [2026, 2027], skatterOchBidrag: 2000 }).ar[0]
 * // → { ar: 2026, kapitalkostnader: 1.08, nettoeffekt: 1.92, resultatandelseffekt: 0.00096, … }
 */
export function konsekvensanalys(
  atgarder: readonly KonsekvensAtgard[],
  options: {
    ar: readonly number[];
    skatterOchBidrag?: number | readonly number[];
    skatteunderlag?: number | readonly number[];
    rantevy?: string;
  },
): {
  ar: KonsekvensAr[];
  atgarder: { namn: string; nettoeffekt: number[]; aterbetalningsar: number | null }[];
  aterbetalningsar: number | null;
  /** the view the capital costs are in: `"intern"` (the committee's, the default) or `"extern"` */
  rantevy: Rantevy;
} {
  const list = requireArray(atgarder, "atgarder");
  const o = requireObject(options, "options");
  const years = requireArray(o.ar, "ar").map((y) => toInteger(y, "ar", RULES.year));
  if (years.length === 0) {
    throw new KommunError("na", "Inga år att visa.", "No years to show.", "ar");
  }
  const perYear = (x: unknown, name: string): Decimal[] | undefined => {
    if (x === undefined) return undefined;
    if (Array.isArray(x)) {
      if (x.length !== years.length) {
        throw new KommunError(
          "value",
          `${name} har ${x.length} värden men åren är ${years.length}.`,
          `${name} has ${x.length} values but there are ${years.length} years.`,
          name,
        );
      }
      return x.map((v) => toDecimal(v, name, { above: 0, zeroIsDiv0: true, unit: "money" }));
    }
    const v = toDecimal(x, name, { above: 0, zeroIsDiv0: true, unit: "money" });
    return years.map(() => v);
  };
  const view = readRantevy(o.rantevy);
  const sob = perYear(o.skatterOchBidrag, "skatterOchBidrag");
  const base = perYear(o.skatteunderlag, "skatteunderlag");
  const measures = list.map((m, i) => {
    const r = requireObject(m, `atgarder[${i + 1}]`);
    const name = typeof r.namn === "string" && r.namn.trim() ? r.namn : `Åtgärd ${i + 1}`;
    return { name, m: toMeasure(r, `atgarder[${i + 1}].`, view) };
  });
  const rows = years.map((year, i) => {
    const parts = measures.map(({ m }) => yearOf(m, year));
    const net = sum(parts.map((p) => p.net));
    return {
      ar: year,
      engangskostnader: toNumber(sum(parts.map((p) => p.oneOff))),
      driftkostnader: toNumber(sum(parts.map((p) => p.running))),
      kapitalkostnader: toNumber(sum(parts.map((p) => p.capital))),
      intakter: toNumber(sum(parts.map((p) => p.revenue))),
      nettoeffekt: toNumber(net),
      resultatandelseffekt: sob ? toNumber(net.div(sob[i]!)) : null,
      skatteekvivalent: base ? toNumber(net.div(base[i]!.div(HUNDRED))) : null,
    };
  });
  const cash = (m: Measure) => ({ upfront: m.oneOff.plus(m.investment), yearly: m.revenue.minus(m.running) });
  return {
    ar: rows,
    atgarder: measures.map(({ name, m }) => {
      const c = cash(m);
      return {
        namn: name,
        nettoeffekt: years.map((y) => toNumber(yearOf(m, y).net)),
        aterbetalningsar: m.month === 1 ? paybackYear(m.start, c.upfront, c.yearly) : totalPayback([m]),
      };
    }),
    aterbetalningsar: totalPayback(measures.map(({ m }) => m)),
    rantevy: view,
  };
}

/** The first year the measures' combined cumulative cash flow is ≥ 0 (searched over 100 years). */
function totalPayback(measures: Measure[]): number | null {
  if (measures.length === 0) return null;
  const first = Math.min(...measures.map((m) => m.start));
  let cumulative = ZERO;
  for (let year = first; year < first + 100; year++) {
    for (const m of measures) {
      if (year === m.start) cumulative = cumulative.minus(m.oneOff).minus(m.investment);
      if (year >= m.start) cumulative = cumulative.plus(m.revenue.minus(m.running).times(yearShare(m, year)));
    }
    if (cumulative.gte(0) && measures.every((m) => m.start <= year)) return year;
  }
  return null;
}
