import { useEffect, useRef } from "react";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { tokens } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import { formatNumber } from "../i18n";

ChartJs.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

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
  useEffect(() => {
    if (!canvas.current) return;
    chart.current?.destroy();
    const colour = getComputedStyle(canvas.current).color || "#242424";
    const grid = getComputedStyle(canvas.current).borderColor || "#d1d1d1";
    const value = (v: number | string) =>
      `${formatNumber(Number(v), props.lang)}${props.unit ? ` ${props.unit}` : ""}`;
    const options = props.config.options ?? {};
    chart.current = new ChartJs(canvas.current, {
      ...props.config,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: props.lang === "sv" ? "sv-SE" : "en-GB",
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
    } as ChartConfiguration);
    return () => chart.current?.destroy();
  });
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
