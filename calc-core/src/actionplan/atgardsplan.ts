import { Decimal, sum, ZERO } from "../core/decimal.js";
import { calendarMonth } from "../core/months.js";
import { KommunError } from "../core/KommunError.js";
import { formatNumber } from "../core/format.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { monthsLeft, yearEffect } from "./arseffekt.js";
import { toMeasures, type PlanAtgard, type AtgardStatus, type Measure } from "./measures.js";
import { toMonth } from "./months.js";

/** One measure of the plan, with its effects. */
export interface AtgardsplanAtgard {
  namn: string;
  helarseffekt: number;
  startmanad: number;
  status: AtgardStatus;
  ansvarig?: string;
  /** 0–1; 1 when not given (a certain measure) */
  sannolikhet: number;
  /** the year's effect: helarseffekt × months left / 12 */
  arseffekt: number;
  /** arseffekt × sannolikhet */
  forvantadEffekt: number;
  /** the effect of each month of the budget year (budget-year order): a twelfth of the full-year effect once started, else 0 */
  perManad: number[];
  /** a one-off measure (engångsåtgärd): no effect after this budget year */
  engangs: boolean;
  /** the effect in the next budget year: the full-year effect of a permanent measure, 0 for a one-off */
  nastaArsEffekt: number;
}

/** One month of the plan, in budget-year order. */
export interface AtgardsplanManad {
  /** the calendar month, 1–12 */
  manad: number;
  /** the month's effect of all measures (each a twelfth of its full-year effect from its start month) */
  effekt: number;
  /** the effect from the budget year's first month through this month */
  kumulativ: number;
  /** underskott − kumulativ: the deficit not yet covered after this month */
  kvar: number;
  /** the same counting only decided and done measures */
  kvarBeslutade: number;
  /** the same with each measure weighted by its probability */
  kvarForvantad: number;
}

export interface Atgardsplan {
  atgarder: AtgardsplanAtgard[];
  /** Σ helarseffekt of every measure: what the plan saves a full year from next year */
  summaHelarseffekt: number;
  /** Σ arseffekt of every measure */
  summa: number;
  /** Σ arseffekt of the decided and done measures */
  summaBeslutade: number;
  /** Σ arseffekt × sannolikhet */
  summaForvantad: number;
  /** underskott − summa: left at year-end if every measure gives its effect (negative = more than covered) */
  kvar: number;
  /** underskott − summaBeslutade: left at year-end counting only decided and done measures */
  kvarBeslutade: number;
  /** underskott − summaForvantad: left at year-end with each measure weighted by its probability */
  kvarForvantad: number;
  /** the twelve months of the budget year */
  perManad: AtgardsplanManad[];
  /** Σ nastaArsEffekt: what the measures save in the next budget year (one-off measures give 0) */
  summaNastaAr: number;
}

const decided = (m: Measure): boolean => m.status === "beslutad" || m.status === "genomförd";

/** @internal the validated deficit: an amount ≥ 0, with a hint for the deviation's sign */
export function toDeficit(x: unknown): Decimal {
  const d = toDecimal(x, "underskott", RULES.money);
  if (d.isNegative() && !d.isZero()) {
    const n = d.toNumber();
    throw new KommunError(
      "value",
      `Argumentet underskott = ${formatNumber(n, "sv")} är negativt. Underskottet skrivs som ett positivt belopp (avvikelsen är negativ när prognosen är ogynnsam): skriv ${formatNumber(-n, "sv")}, inte ${formatNumber(n, "sv")}.`,
      `Argument underskott = ${n} is negative. The deficit is written as a positive amount (the deviation is negative when the forecast is unfavourable): write ${-n}, not ${n}.`,
      "underskott",
    );
  }
  return d;
}

/**
 * A deficit action plan (åtgärdsplan vid underskott): the measures a committee takes
 * against a forecast deficit, each with its year's effect from its start month, and per
 * month and for the year what is left of the deficit — counting every measure, only the
 * decided and done ones, and weighting each by its probability.
 *
 * How probability enters: a measure may carry `sannolikhet` (0–1; omitted = 1, a certain
 * measure). It does not change `arseffekt`, `summa`, `kvar` or `kvarBeslutade`; it gives the
 * expected figures `forvantadEffekt = arseffekt × sannolikhet`, `summaForvantad` and
 * `kvarForvantad`, so a proposal judged 50 % likely counts half in the expected view.
 *
 * One-off and permanent measures: a measure with `engangs: true` (engångsåtgärd) saves in
 * this budget year only; `nastaArsEffekt` is 0 for it and the full-year effect (helårseffekt)
 * for a permanent one, which saves twelve months from the next year's first month, and
 * `summaNastaAr` is their sum — the first thing the council asks of a plan: how much of the
 * deficit is still there next year. (For a one-off measure `helarseffekt` is still its rate over
 * twelve months; the year's effect runs from its start month as for any measure.)
 *
 * Sources: seed 004 (Östersund's audit: the council orders action plans against deficits but
 * there is no common template, so each committee makes its own); SPEC §10 for the year's
 * effect. KL (2017:725) 11 kap. 12 § requires an action plan (åtgärdsplan) for restoring a
 * negative balance-requirement result; this function is the in-year plan the council orders
 * when a forecast shows a deficit, which no law prescribes a form for.
 *
 * @param underskott - the forecast deficit as a positive amount (e.g. −AVVIKELSE of a cost
 *   line), money in any unit; a negative number is answered with the amount to write. It is the
 *   deficit before the measures: every month from January is counted against it, so a forecast
 *   whose outcomes already include months of a measure's saving would count those months twice
 *   (take the forecast from before the first start month)
 * @param atgarder - the measures: `{ namn, helarseffekt (≥ 0), startmanad (1–12), status:
 *   "förslag" | "beslutad" | "genomförd", ansvarig?, sannolikhet?, engangs? }`
 * @param forstaManad - the calendar month (1–12) the budget year starts in; default 1
 * @returns per measure its year's and expected effect; in total the sums and what is left;
 *   per month (budget-year order) the effect, the cumulative effect and what is left
 * @throws KommunError `value` for a negative or non-number deficit, a measure without a name,
 *   a negative full-year effect, a month outside 1–12, an unknown status, a probability outside 0–1
 *
 * @example
 * // 6 mnkr deficit; night staffing decided from April (2.4 a year → 1.8), a proposal from
 * // October (1.2 a year → 0.3) judged 50 % likely
 * atgardsplan(6, [
 *   { namn: "Nattbemanning", helarseffekt: 2.4, startmanad: 4, status: "beslutad" },
 *   { namn: "Köpta platser", helarseffekt: 1.2, startmanad: 10, status: "förslag", sannolikhet: 0.5 },
 * ])
 * // → { summa: 2.1, summaBeslutade: 1.8, summaForvantad: 1.95, kvar: 3.9, kvarBeslutade: 4.2,
 * //     kvarForvantad: 4.05, … }
 *
 * @example
 * // a permanent measure (2.4 a year from April) and a one-off one (a purchase postponed, 1.2 a year
 * // from July): this year 1.8 + 0.6 = 2.4; next year only the permanent one, 2.4
 * atgardsplan(6, [
 *   { namn: "Nattbemanning", helarseffekt: 2.4, startmanad: 4, status: "beslutad" },
 *   { namn: "Uppskjutet inköp", helarseffekt: 1.2, startmanad: 7, status: "beslutad", engangs: true },
 * ])
 * // → { summa: 2.4, summaNastaAr: 2.4, kvar: 3.6, … }
 */
export function atgardsplan(
  underskott: number,
  atgarder: readonly PlanAtgard[],
  forstaManad: number = 1,
): Atgardsplan {
  const deficit = toDeficit(underskott);
  const measures = toMeasures(atgarder, true);
  const first = toMonth(forstaManad, "forstaManad");
  const rows = measures.map((m) => {
    const year = yearEffect(m.full, m.start, first);
    return { m, year, expected: year.times(m.probability) };
  });
  const total = sum(rows.map((r) => r.year));
  const totalDecided = sum(rows.filter((r) => decided(r.m)).map((r) => r.year));
  const totalExpected = sum(rows.map((r) => r.expected));

  // month i (0-based, budget-year order) carries a twelfth of a measure's full-year effect
  // when the measure has started: its months left include month i
  const monthly = (m: Measure, i: number): Decimal =>
    12 - i <= monthsLeft(m.start, first) ? m.full.div(12) : ZERO;
  let cumulative = ZERO;
  let cumulativeDecided = ZERO;
  let cumulativeExpected = ZERO;
  const perManad: AtgardsplanManad[] = [];
  for (let i = 0; i < 12; i++) {
    const parts = measures.map((m) => monthly(m, i));
    const effect = sum(parts);
    cumulative = cumulative.plus(effect);
    cumulativeDecided = cumulativeDecided.plus(sum(parts.filter((_, j) => decided(measures[j]!))));
    cumulativeExpected = cumulativeExpected.plus(sum(parts.map((p, j) => p.times(measures[j]!.probability))));
    perManad.push({
      manad: calendarMonth(i, first) + 1,
      effekt: toNumber(effect),
      kumulativ: toNumber(cumulative),
      kvar: toNumber(deficit.minus(cumulative)),
      kvarBeslutade: toNumber(deficit.minus(cumulativeDecided)),
      kvarForvantad: toNumber(deficit.minus(cumulativeExpected)),
    });
  }
  return {
    atgarder: rows.map(({ m, year, expected }) => ({
      namn: m.namn,
      helarseffekt: toNumber(m.full),
      startmanad: m.start,
      status: m.status!,
      ...(m.ansvarig === undefined ? {} : { ansvarig: m.ansvarig }),
      sannolikhet: toNumber(m.probability),
      arseffekt: toNumber(year),
      forvantadEffekt: toNumber(expected),
      perManad: Array.from({ length: 12 }, (_, i) => toNumber(monthly(m, i))),
      engangs: m.oneOff,
      nastaArsEffekt: m.oneOff ? 0 : toNumber(m.full),
    })),
    summaHelarseffekt: toNumber(sum(measures.map((m) => m.full))),
    summa: toNumber(total),
    summaBeslutade: toNumber(totalDecided),
    summaForvantad: toNumber(totalExpected),
    kvar: toNumber(deficit.minus(total)),
    kvarBeslutade: toNumber(deficit.minus(totalDecided)),
    kvarForvantad: toNumber(deficit.minus(totalExpected)),
    perManad,
    summaNastaAr: toNumber(sum(measures.filter((m) => !m.oneOff).map((m) => m.full))),
  };
}
