import { Decimal, exactSum, sum, ZERO } from "../core/decimal.js";
import { calendarMonth, monthlyOutcomes } from "../core/months.js";
import { isKommunError, KommunError } from "../core/KommunError.js";
import { requireArray, requireSameLength, toNumber } from "../core/validate.js";
import { monthsLeft } from "./arseffekt.js";
import { toMeasures, type PlanAtgard } from "./measures.js";
import { toMonth } from "./months.js";

/** Planned against outcome over the months of the budget year (budget-year order). */
export interface Uppfoljningsrad {
  /** the calendar month of each of the twelve columns, 1–12 */
  manader: number[];
  /** the planned effect per month: a twelfth of the full-year effect from the start month, else 0 */
  planerat: number[];
  /** the outcome per month; `null` = no outcome yet */
  utfall: (number | null)[];
  /** utfall − planerat per month (positive = saved more than planned); `null` without an outcome */
  avvikelse: (number | null)[];
  /** how many months have an outcome */
  antalManader: number;
  /** the planned effect of the months that have an outcome */
  planeratHittills: number;
  utfallHittills: number;
  /** utfallHittills − planeratHittills */
  avvikelseHittills: number;
  /** utfallHittills / planeratHittills; `null` when nothing was planned so far */
  uppfyllelse: number | null;
}

export interface Atgardsuppfoljning {
  atgarder: (Uppfoljningsrad & { namn: string })[];
  /** all measures together; a month's outcome is `null` unless every measure has one or had not
   *  started yet (nothing planned that month, e.g. left blank before its start month), and the
   *  figures so far cover those months from the first */
  summa: Uppfoljningsrad;
}

/**
 * Follow-up of a deficit action plan (uppföljning av åtgärdsplan), month by month: each
 * measure's planned effect (a twelfth of its full-year effect in each month from its start
 * month) against its outcome, the deviation, and the figures so far. An empty month (`null`,
 * `undefined`, `""`) at the end of a measure's outcomes means "no outcome yet"; an empty month
 * before a filled one is an error naming the month, as for forecasts.
 *
 * Sources: seed 004 (the audit asks for a common template for deficit action plans and
 * their follow-up); the monthly rules are those of `prognos` (API.md, conventions).
 *
 * @param atgarder - the measures `{ namn, helarseffekt, startmanad, status?, … }` (status and
 *   probability are not used here)
 * @param utfall - one row of monthly outcomes per measure, from the budget year's first month
 *   (at most 12; the saving achieved each month, in the unit of the full-year effects)
 * @param forstaManad - the calendar month (1–12) the budget year starts in; default 1
 * @returns per measure and in total: planned, outcome and deviation per month and so far
 * @throws KommunError `value` for a different number of measures and outcome rows (naming both
 *   sizes), a gap inside a row, a non-number; `na` when no measure has any outcome yet
 *
 * @example
 * // 1.2 a year from March: planned 0.1 a month from March; outcomes to April
 * atgardsuppfoljning([{ namn: "Nattbemanning", helarseffekt: 1.2, startmanad: 3 }], [[0, 0, 0.05, 0.1]])
 * // → { summa: { planeratHittills: 0.2, utfallHittills: 0.15, avvikelseHittills: -0.05,
 * //     uppfyllelse: 0.75, … }, … }
 */
export function atgardsuppfoljning(
  atgarder: readonly PlanAtgard[],
  utfall: readonly (readonly (number | null | undefined)[])[],
  forstaManad: number = 1,
): Atgardsuppfoljning {
  const measures = toMeasures(atgarder, false);
  const rows = requireArray(utfall, "utfall");
  const first = toMonth(forstaManad, "forstaManad");
  requireSameLength(requireArray(atgarder, "atgarder"), "atgarder", rows, "utfall");
  const months = Array.from({ length: 12 }, (_, i) => calendarMonth(i, first) + 1);

  const lines = measures.map((m, j) => {
    let outcomes: number[];
    try {
      outcomes = monthlyOutcomes(rows[j], "utfall", first);
    } catch (e) {
      if (!isKommunError(e)) throw e;
      throw new KommunError(
        e.code,
        `Åtgärd ${j + 1} (${m.namn}): ${e.sv}`,
        `Measure ${j + 1} (${m.namn}): ${e.en}`,
        "utfall",
      );
    }
    const left = monthsLeft(m.start, first);
    const planned = months.map((_, i) => (12 - i <= left ? m.full.div(12) : ZERO));
    return { namn: m.namn, planned, outcomes };
  });
  if (lines.length === 0 || lines.every((l) => l.outcomes.length === 0)) {
    throw new KommunError(
      "na",
      "Det finns inget utfall ännu för någon åtgärd.",
      "There is no outcome yet for any measure.",
      "utfall",
    );
  }

  const row = (planned: Decimal[], outcomes: (Decimal | null)[]): Uppfoljningsrad => {
    const filled = outcomes.filter((o): o is Decimal => o !== null).length;
    const plannedSoFar = sum(planned.slice(0, filled));
    const outcomeSoFar = sum(outcomes.slice(0, filled) as Decimal[]);
    return {
      manader: months,
      planerat: planned.map(toNumber),
      utfall: outcomes.map((o) => (o === null ? null : toNumber(o))),
      avvikelse: outcomes.map((o, i) => (o === null ? null : toNumber(o.minus(planned[i]!)))),
      antalManader: filled,
      planeratHittills: toNumber(plannedSoFar),
      utfallHittills: toNumber(outcomeSoFar),
      avvikelseHittills: toNumber(outcomeSoFar.minus(plannedSoFar)),
      uppfyllelse: plannedSoFar.isZero() ? null : toNumber(outcomeSoFar.div(plannedSoFar)),
    };
  };
  const asDecimals = (o: number[]): (Decimal | null)[] =>
    months.map((_, i) => (i < o.length ? exactSum([o[i]!]) : null));

  const perMeasure = lines.map((l) => ({ namn: l.namn, ...row(l.planned, asDecimals(l.outcomes)) }));
  // a month counts in the total when every measure has an outcome for it or had not started
  // (nothing planned): a measure from September has nothing to report for March, and leaving
  // its months blank must not empty the total
  const reported = (i: number) => lines.every((l) => i < l.outcomes.length || l.planned[i]!.isZero());
  let common = 0;
  while (common < 12 && reported(common)) common++;
  const total = row(
    months.map((_, i) => sum(lines.map((l) => l.planned[i]!))),
    months.map((_, i) =>
      i < common ? sum(lines.map((l) => (i < l.outcomes.length ? exactSum([l.outcomes[i]!]) : ZERO))) : null,
    ),
  );
  return { atgarder: perMeasure, summa: total };
}
