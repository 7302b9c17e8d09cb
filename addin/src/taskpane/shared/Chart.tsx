import { useEffect, useRef } from "react";
import type { ChartConfiguration } from "chart.js";
import { tokens } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import { formatNumber } from "../i18n";
import { localeOf } from "./numberFormat";

type ChartJs = import("./chartjs").ChartJs;
let chartJs: Promise<typeof import("./chartjs")> | undefined;
/**
 * Chart.js (about 150 KB) is loaded with the first chart to draw, not with the pane: the pane is usable
 * before it has been fetched and parsed (issue 23, point 10).
 */
function loadChartJs(): Promise<typeof import("./chartjs")> {
  chartJs ??= import(/* webpackChunkName: "chartjs" */ "./chartjs");
  return chartJs;
}

/**
 * A Chart.js chart (canvas) with the same numbers as a visually hidden table, so screen readers
 * get the data and not just a picture. Ticks and tooltips are written in the UI language's number
 * format with the unit; text and grid take the theme's foreground colour (the canvas inherits
 * Fluent's `colorNeutralForeground1`, ≥ 4.5:1 on the background in light and dark themes).
 */
export function Chart(props: {
  config: ChartConfiguration;
  label: string;
  lang: Lang;
  /** the unit of the values axis: mnkr, öre, … */
  unit: string;
  table: { head: string[]; rows: (string | number)[][] };
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | null>(null);
  /** what the chart on the canvas shows: it is drawn again only when this changes */
  const drawn = useRef("");
  // drawn after the frame that shows the panel's figures, so a chart never delays an answer: a keystroke's
  // result is painted first, the chart follows in the next task
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = async () => {
      const { ChartJs } = await loadChartJs();
      const el = canvas.current;
      if (cancelled || !el) return;
      const style = getComputedStyle(el);
      const colour = style.color || "#242424";
      const grid = style.borderColor || "#d1d1d1";
      const key = JSON.stringify([props.config, props.lang, props.unit, colour, grid]);
      if (key === drawn.current && chart.current) return;
      drawn.current = key;
      const value = (v: number | string) =>
        `${formatNumber(Number(v), props.lang)}${props.unit ? ` ${props.unit}` : ""}`;
      const options = props.config.options ?? {};
      const config = {
        ...props.config,
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          locale: localeOf(props.lang),
          color: colour,
          ...options,
          scales: {
            x: { ticks: { color: colour }, grid: { color: grid } },
            y: { ticks: { color: colour, callback: (v) => value(v) }, grid: { color: grid } },
          },
          plugins: {
            ...options.plugins,
            legend: { ...options.plugins?.legend, labels: { color: colour } },
            tooltip: {
              callbacks: {
                label: (item) =>
                  `${item.dataset.label ? `${item.dataset.label}: ` : ""}${value(item.parsed.y ?? 0)}`,
              },
            },
          },
        },
      } as ChartConfiguration;
      const current = chart.current;
      if (current && (current.config as ChartConfiguration).type === config.type) {
        // the same kind of chart with other figures (a keystroke): updated in place, without animation
        current.data = config.data;
        current.options = config.options ?? {};
        current.update("none");
      } else {
        current?.destroy();
        chart.current = new ChartJs(el, config);
      }
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void draw(), 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  });
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
      drawn.current = "";
    },
    [],
  );
  return (
    <figure style={{ margin: 0, color: tokens.colorNeutralForeground1 }} data-testid={props.testId}>
      <div style={{ position: "relative", height: 200 }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={props.label}
          style={{ color: tokens.colorNeutralForeground1, borderColor: tokens.colorNeutralStroke2 }}
        />
      </div>
      <figcaption style={{ fontSize: tokens.fontSizeBase200 }}>{props.label}</figcaption>
      <table style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        <thead>
          <tr>
            {props.table.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
