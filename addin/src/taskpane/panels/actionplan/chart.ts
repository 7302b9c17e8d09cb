import type { Atgardsplan } from "@kommunkalkyl/calc-core";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import { localeOf } from "../../shared/numberFormat";
import { ACTION_PLAN_TEXTS } from "./texts";

/** The deficit left month by month: all measures, and the decided ones only (dashed). */
export function planChart(p: Atgardsplan, months: string[], lang: Lang): ChartConfiguration {
  const t = ACTION_PLAN_TEXTS[lang];
  return {
    type: "line",
    // the axis in the user's language: 6,5 in Swedish, not 6.5
    options: { locale: localeOf(lang) },
    data: {
      labels: months,
      datasets: [
        {
          label: t.all,
          data: p.perManad.map((m) => m.kvar),
          borderColor: "#0f6cbd",
          backgroundColor: "#0f6cbd",
        },
        {
          label: t.decided,
          data: p.perManad.map((m) => m.kvarBeslutade),
          borderColor: "#c50f1f",
          backgroundColor: "#c50f1f",
          borderDash: [4, 4],
        },
      ],
    },
  };
}
