import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import { TEXTS } from "../../i18n";
import type { MoneyUnit } from "../../input/number";
import type { TaxModel } from "./model";

type Result = NonNullable<TaxModel["result"]>;

/** Gap, what the measures close and what is left, in the panel's unit. */
export function gapChart(gap: number, r: Result, unit: MoneyUnit, lang: Lang): ChartConfiguration {
  const t = TEXTS[lang];
  return {
    type: "bar",
    data: {
      labels: [t.gap, t.measuresClose, t.remaining],
      datasets: [
        {
          label: unit,
          data: [gap, r.atgarderSumma, r.kvarvarandeGap],
          backgroundColor: ["#c50f1f", "#107c10", "#ca5010"],
        },
      ],
    },
    options: { plugins: { legend: { display: false } } },
  };
}

/** The tax raise before and after the measures, in öre. */
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
