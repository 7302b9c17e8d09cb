import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import { TEXTS } from "../../i18n";
import { MONEY_UNITS, type MoneyUnit } from "../../input/number";
import type { TaxModel } from "./model";

type Result = NonNullable<TaxModel["result"]>;

/**
 * The unit a chart of amounts is drawn in: the panel's unit while the largest amount is at least 1 in it, else
 * the largest smaller unit (tkr, kr) in which it is, so that the axis' ticks (two decimals at most) are
 * distinct figures: a gap of 25 kr in an mnkr panel is drawn as 25 kr, not on ticks "0 mnkr 0 mnkr 0 mnkr".
 * `factor` multiplies an amount in the panel's unit into the chart's unit.
 */
export function chartUnit(values: readonly number[], unit: MoneyUnit): { unit: MoneyUnit; factor: number } {
  const largest = Math.max(0, ...values.map((x) => Math.abs(x)));
  const units = (Object.keys(MONEY_UNITS) as MoneyUnit[]).sort((a, b) => MONEY_UNITS[b] - MONEY_UNITS[a]);
  const candidates = units.filter((u) => MONEY_UNITS[u] <= MONEY_UNITS[unit]);
  const fits = candidates.find((u) => largest === 0 || largest * (MONEY_UNITS[unit] / MONEY_UNITS[u]) >= 1);
  const chosen = fits ?? candidates[candidates.length - 1]!;
  return { unit: chosen, factor: MONEY_UNITS[unit] / MONEY_UNITS[chosen] };
}

/** Gap, what the measures close and what is left, in `unit` (chartUnit's choice) with `factor` applied. */
export function gapChart(
  gap: number,
  r: Result,
  scale: { unit: MoneyUnit; factor: number },
  lang: Lang,
): ChartConfiguration {
  const t = TEXTS[lang];
  return {
    type: "bar",
    data: {
      labels: [t.gap, t.measuresClose, t.remaining],
      datasets: [
        {
          label: scale.unit,
          data: [gap, r.atgarderSumma, r.kvarvarandeGap].map((x) => x * scale.factor),
          backgroundColor: ["#c50f1f", "#107c10", "#ca5010"],
        },
      ],
    },
    options: { plugins: { legend: { display: false } } },
  };
}

/**
 * The tax raise before and after the measures, in öre. It needs no other unit for a small gap: calc-core rounds
 * a raise up to a whole öre (skattehojningFor), so a non-zero raise is at least 1 öre and its ticks distinct.
 */
export function raiseChart(r: Result, lang: Lang): ChartConfiguration {
  const t = TEXTS[lang];
  return {
    type: "bar",
    data: {
      labels: [t.taxRaise, t.raiseAfter],
      datasets: [
        {
          label: t.ore,
          data: [r.skattehojning * 100, r.skattehojningEfterAtgarder * 100],
          backgroundColor: ["#0f6cbd", "#8764b8"],
        },
      ],
    },
    options: { plugins: { legend: { display: false } } },
  };
}
