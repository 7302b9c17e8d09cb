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
 * A Chart.js chart (canvas) with the same numbers as a visually hidden table,
 * so screen readers get the data and not just a picture.
 */
export function Chart(props: {
  config: ChartConfiguration;
  label: string;
  table: { head: string[]; rows: (string | number)[][] };
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current?.destroy();
    chart.current = new ChartJs(canvas.current, {
      ...props.config,
      options: { animation: false, responsive: true, maintainAspectRatio: false, ...props.config.options },
    });
    return () => chart.current?.destroy();
  }, [props.config]);
  return (
    <figure style={{ margin: 0 }} data-testid={props.testId}>
      <div style={{ position: "relative", height: 200 }}>
        <canvas ref={canvas} role="img" aria-label={props.label} />
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
