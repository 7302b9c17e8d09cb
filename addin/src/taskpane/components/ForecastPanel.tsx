import { useMemo, useState } from "react";
import { Badge, Body1, Button, MessageBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { avvikelse, isKommunError, prognos, prognosstatus } from "@kommunkalkyl/calc-core";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../definitions";
import {
  cellsOf,
  numbersOf,
  type Block,
  type CellValue,
  type WorkbookHost,
  type Writer,
} from "../host/types";
import { formatNumber, TEXTS } from "../i18n";
import { Chart } from "./Chart";
import { NumberField } from "./NumberField";
import { ResultCard } from "./ResultCard";

const METHODS = ["linjar", "profil", "budget"] as const;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Monthly outcomes as read from cells: blanks stay blanks (months not yet booked). */
function monthly(values: CellValue[][]): (number | null)[] {
  return values
    .flat()
    .map((v) => (typeof v === "number" ? v : null))
    .slice(0, 12);
}

/** Prognos: three methods' forecasts of the selected outcomes, deviation, status and a chart. */
export function ForecastPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const t = TEXTS[props.lang];
  const styles = useStyles();
  const [outcomes, setOutcomes] = useState<(number | null)[]>([]);
  const [source, setSource] = useState<string>("");
  const [budget, setBudget] = useState<number | undefined>(1200);
  const [profile, setProfile] = useState<number[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  const results = useMemo(
    () =>
      METHODS.map((m) => {
        try {
          const f = prognos(budget ?? 0, outcomes, m, profile);
          return {
            method: m,
            forecast: f,
            deviation: avvikelse(budget ?? 0, f),
            status: budget ? prognosstatus(budget, f) : "ok",
          };
        } catch (e) {
          return { method: m, error: isKommunError(e) ? e.messageIn(props.lang) : String(e) };
        }
      }),
    [outcomes, budget, profile, props.lang],
  );

  async function readOutcomes() {
    const sel = await props.host.readSelection();
    setOutcomes(monthly(sel.values));
    setSource(sel.address);
  }

  async function readProfile() {
    const nums = numbersOf((await props.host.readSelection()).values);
    setProfile(nums.length ? nums : undefined);
  }

  async function writeTable() {
    const cell = await props.host.activeCell();
    const block: Block = cellsOf([
      [t.method, t.forecast, t.deviation, t.status],
      ...results.map((r) =>
        "forecast" in r
          ? [t.methods[r.method], r.forecast!, r.deviation!, t.statuses[r.status as "ok"]]
          : [t.methods[r.method], r.error!, null, null],
      ),
    ]);
    const where = await props.write(cell.sheet, cell.address, block, "");
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const filled = outcomes.filter((v) => v !== null).length;
  const even = Array.from({ length: 12 }, () => 1 / 12);
  const shares =
    profile && profile.length === 12 ? profile.map((p) => p / profile.reduce((a, b) => a + b, 0)) : even;
  const monthsLabels = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(props.lang === "sv" ? "sv-SE" : "en-GB", { month: "short" }).format(
      new Date(2025, i, 1),
    ),
  );
  const cumulative: (number | null)[] = [];
  outcomes.reduce<number>((acc, v, i) => {
    const next = acc + (v ?? 0);
    cumulative[i] = v === null ? null : next;
    return next;
  }, 0);
  const budgetLine = shares.map((_, i) => (budget ?? 0) * shares.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const profileForecast = results.find((r) => r.method === "profil");
  const forecastLine =
    profileForecast && "forecast" in profileForecast
      ? shares.map((_, i) => profileForecast.forecast! * shares.slice(0, i + 1).reduce((a, b) => a + b, 0))
      : [];
  const chart: ChartConfiguration = {
    type: "line",
    data: {
      labels: monthsLabels,
      datasets: [
        { label: t.cumulative, data: cumulative, borderColor: "#0f6cbd", backgroundColor: "#0f6cbd" },
        {
          label: t.budgetProfile,
          data: budgetLine,
          borderColor: "#616161",
          backgroundColor: "#616161",
          borderDash: [4, 4],
        },
        {
          label: `${t.forecast} (${t.methods.profil})`,
          data: forecastLine,
          borderColor: "#c50f1f",
          backgroundColor: "#c50f1f",
        },
      ],
    },
  };

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void readOutcomes()}>
          {`${t.fromSelection}: ${t.outcomes.toLowerCase()}`}
        </Button>
        <Button onClick={() => void readProfile()}>{t.useSelectionAsProfile}</Button>
        <Button onClick={() => setProfile(undefined)}>{t.clearProfile}</Button>
      </div>
      <Body1 data-testid="forecast-source">
        {source ? `${source}: ${filled} ${t.months}` : t.outcomesHint} · {t.profile}:{" "}
        {profile ? `${profile.length}` : t.clearProfile}
      </Body1>
      <NumberField
        id="forecast-budget"
        label={t.budget}
        value={budget}
        onChange={setBudget}
        lang={props.lang}
      />
      {filled > 0 && (
        <>
          <ResultCard
            title={t.forecast}
            items={results.map((r) => ({
              label: t.methods[r.method],
              value: "forecast" in r ? formatNumber(r.forecast!, props.lang) : r.error!,
              testId: `forecast-${r.method}`,
            }))}
          />
          {results.map((r) =>
            "forecast" in r ? (
              <div key={r.method} className={styles.row}>
                <Text>{t.methods[r.method]}:</Text>
                <Text data-testid={`deviation-${r.method}`}>
                  {t.deviation} {formatNumber(r.deviation!, props.lang)}
                </Text>
                <Badge
                  data-testid={`status-${r.method}`}
                  color={r.status === "kritisk" ? "danger" : r.status === "varning" ? "warning" : "success"}
                >
                  {t.statuses[r.status as "ok"]}
                </Badge>
              </div>
            ) : (
              <MessageBar key={r.method} intent="warning">
                {r.error}
              </MessageBar>
            ),
          )}
          <Chart
            config={chart}
            label={t.chartForecast}
            testId="forecast-chart"
            table={{
              head: [t.year, t.cumulative, t.budgetProfile],
              rows: monthsLabels.map((m, i) => [m, cumulative[i] ?? "", budgetLine[i] ?? ""]),
            }}
          />
          <Button appearance="primary" onClick={() => void writeTable()}>
            {t.writeForecast}
          </Button>
        </>
      )}
      {message && <MessageBar data-testid="forecast-message">{message}</MessageBar>}
    </div>
  );
}
