import { useState } from "react";
import { Badge, Body1, Button, MessageBar, Radio, RadioGroup, Field, Text } from "@fluentui/react-components";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import { numbersOf, type WorkbookHost, type Writer } from "../../host/types";
import { formatFixed, TEXTS } from "../../i18n";
import { formatInput } from "../../input/number";
import { relangText } from "../../input/problems";
import { readRow, ref, signOfLabel, splitAddress, type RowRead, type Sign } from "../../input/selection";
import { Chart } from "../../shared/Chart";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { ResultCard } from "../../shared/ResultCard";
import { useJudged } from "../../shared/useJudged";
import { KeptNote } from "../../shared/KeptNote";
import { useKept } from "../../shared/useKept";
import { useLangChange } from "../../shared/useLangTexts";
import { Notes, Warnings } from "../../shared/Warnings";
import {
  BUDGET,
  FORECAST_DECIMALS,
  FORECAST_WARNINGS_TITLE,
  coversSource,
  deviationNotes,
  forecastBlock,
  forecastModel,
  methodName as methodNameOf,
  type Method,
} from "./model";
import { quoteSheet } from "../../shared/address";
import { localeOf } from "../../shared/numberFormat";

/** Prognos: three methods' forecasts of the selected outcomes, deviation, status and a chart. */
export function ForecastPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const layout = usePanelLayout();
  const [row, setRow] = useState<RowRead | undefined>();
  const [source, setSource] = useState<string>("");
  const [budgetText, setBudgetText] = useState("");
  const [budgetNote, setBudgetNote] = useState<string | undefined>();
  const [sign, setSign] = useState<Sign>("kostnad");
  /** where the cost/revenue choice comes from: the row's label, an assumption (shown), or the user */
  const [signSource, setSignSource] = useState<"label" | "assumed" | "noLabel" | "chosen">("noLabel");
  const [profile, setProfile] = useState<{ values: number[]; ref: string } | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  // the same number, written the new language's way, when the language changes
  useLangChange(lang, (from, to) => setBudgetText((s) => relangText(s, BUDGET, from, to)));

  const { judged, leave, judgeAll } = useJudged(lang);
  // what was typed is kept with the workbook (review s8 finding 5): the budget typed and the sign chosen; what the
  // sheet gave (the months, a budget read from a cell) is read again, never restored as it was
  const typed = {
    budgetText: budgetNote === undefined ? budgetText : "",
    ...(signSource === "chosen" ? { sign } : {}),
  };
  const kept = useKept(
    props.host.memory,
    "forecast",
    lang,
    typed,
    (k, from) => {
      const v = k as { budgetText?: unknown; sign?: unknown } | null;
      if (
        typeof v?.budgetText !== "string" ||
        (v.sign !== undefined && v.sign !== "kostnad" && v.sign !== "intakt")
      )
        return false;
      setBudgetText(relangText(v.budgetText, BUDGET, from, lang));
      if (v.sign !== undefined) {
        setSign(v.sign);
        setSignSource("chosen");
      }
      return true;
    },
    judgeAll,
  );
  const state = { row, budgetText, sign, profile };
  const m = forecastModel(state, lang, judged);
  const { budgetField, budget, outcomes, lines, results } = m;

  async function readOutcomes() {
    const sel = await props.host.readSelection();
    const read = readRow(sel.address, sel.values, lang);
    setRow(read);
    setSource(sel.address);
    // reading the months is not leaving the budget field: it is judged once left or a write is tried, and until
    // then the panel says what the forecast waits for (issue 23 point 4, review s8 finding 8)
    setMessage(undefined);
    if (!read.ok) return;
    // the budget field follows the selection: the row's budget cell, or empty with a reason
    if (read.budget) {
      const b = read.budget.value;
      // a number is shown as the field writes it (and checked like typing it); text stays as it is, flagged
      setBudgetText(typeof b === "number" ? formatInput(b, BUDGET, lang) : b === null ? "" : String(b));
      setBudgetNote(`${t.budgetRead} ${read.budget.ref.replace(/\$/g, "")}`);
    } else {
      setBudgetText("");
      setBudgetNote(t.budgetMissing);
    }
    // every selection decides the sign anew: from its label, or visibly assumed a cost (never the last row's)
    const s = read.label === undefined ? undefined : signOfLabel(read.label);
    setSign(s ?? "kostnad");
    setSignSource(s !== undefined ? "label" : read.label === undefined ? "noLabel" : "assumed");
  }

  async function readProfile() {
    const sel = await props.host.readSelection();
    const nums = numbersOf(sel.values);
    const { sheet, row: r, col } = splitAddress(sel.address);
    const rows = sel.values.length;
    const cols = sel.values[0]?.length ?? 1;
    setProfile(
      nums.length ? { values: nums, ref: ref(sheet, r, col, r + rows - 1, col + cols - 1) } : undefined,
    );
  }

  async function writeTable() {
    judgeAll();
    const cell = await props.host.activeCell();
    const block = forecastBlock(state, m, cell.address, lang);
    if (!block) return;
    const onSource = coversSource(state.row, cell.sheet, cell.address, block, lang);
    if (onSource) return setMessage(onSource);
    const where = await props.write(cell.sheet, cell.address, block, "");
    setMessage(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  const even = Array.from({ length: 12 }, () => 1 / 12);
  const p = profile?.values;
  const shares = p && p.length === 12 ? p.map((x) => x / p.reduce((a, b) => a + b, 0)) : even;
  const monthsLabels = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(localeOf(lang), { month: "short" }).format(new Date(2025, i, 1)),
  );
  const cumulative: (number | null)[] = [];
  outcomes.reduce<number>((acc, v, i) => {
    const next = acc + (v ?? 0);
    cumulative[i] = v === null ? null : next;
    return next;
  }, 0);
  const upTo = (i: number) => shares.slice(0, i + 1).reduce((a, b) => a + b, 0);
  const budgetLine = shares.map((_, i) => (budget ?? 0) * upTo(i));
  const profileForecast = results.find((r) => r.method === "profil");
  const forecastLine = profileForecast ? shares.map((_, i) => profileForecast.forecast * upTo(i)) : [];
  const chart: ChartConfiguration = {
    type: "line",
    data: {
      labels: monthsLabels,
      datasets: [
        { label: t.cumulative, data: cumulative, borderColor: "#0f6cbd", backgroundColor: "#0f6cbd" },
        {
          label: t.budgetProfile,
          data: budgetLine,
          borderColor: "#8a8886",
          backgroundColor: "#8a8886",
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
  const filled = outcomes.filter((v) => v !== null).length;
  // every figure of the panel with one decimal, as the written block's format #,##0.0 shows it (forecastBlock)
  const shown = (x: number) => formatFixed(x, lang, FORECAST_DECIMALS);
  const methodName = (x: Method) => methodNameOf(x, profile !== undefined, lang);

  // nothing invalid yet, only nothing read: the write button says what it waits for (select a row …)
  const waitsForRow = results.length === 0 && lines.length === 0 && m.notes.length > 0;
  return (
    <div className={layout.stack}>
      <KeptNote lang={lang} kept={kept} testId="forecast-kept" />
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void readOutcomes()}>
          {`${t.fromSelection}: ${t.outcomes.toLowerCase()}`}
        </Button>
        <Button onClick={() => void readProfile()}>{t.useSelectionAsProfile}</Button>
        <Button onClick={() => setProfile(undefined)}>{t.clearProfile}</Button>
      </div>
      <Body1 data-testid="forecast-source">
        {row?.ok ? `${source}${row.label ? ` (${row.label})` : ""}: ${filled} ${t.months}` : t.outcomesHint} ·{" "}
        {t.profile}: {profile ? `${profile.values.length}` : t.clearProfile}
      </Body1>
      <NumberField
        id="forecast-budget"
        label={t.budget}
        text={budgetText}
        parsed={budgetField.parsed}
        judged={judged(budgetField.label)}
        onLeave={() => leave(budgetField.label)}
        onText={(s) => {
          setBudgetText(s);
          setBudgetNote(undefined);
        }}
        {...(budgetNote ? { hint: budgetNote } : {})}
      />
      <Field
        label={t.sign}
        hint={
          row?.ok
            ? {
                label: t.signFromLabel,
                assumed: t.signAssumed,
                noLabel: t.signNoLabel,
                chosen: t.signChosen,
              }[signSource]
            : undefined
        }
      >
        <RadioGroup
          layout="horizontal"
          value={sign}
          data-testid="forecast-sign"
          onChange={(_, d) => {
            setSign(d.value as Sign);
            setSignSource("chosen");
          }}
        >
          <Radio value="kostnad" label={t.signs.kostnad} />
          <Radio value="intakt" label={t.signs.intakt} />
        </RadioGroup>
      </Field>
      {/* the first note, what to select, is said once: beside the write button while nothing is read */}
      <Notes lines={waitsForRow ? m.notes.slice(1) : m.notes} testId="forecast-notes" />
      <Problems lang={lang} lines={lines} testId="forecast-problems" />
      <Warnings title={FORECAST_WARNINGS_TITLE[lang]} lines={m.warnings} testId="forecast-warnings" />
      {results.length > 0 && (
        <>
          <ResultCard
            title={t.forecast}
            items={results.map((r) => ({
              label: methodName(r.method),
              value: shown(r.forecast),
              testId: `forecast-${r.method}`,
            }))}
          />
          {results.map((r) => (
            <div key={r.method} className={layout.row}>
              <Text>{methodName(r.method)}:</Text>
              <Text data-testid={`deviation-${r.method}`}>
                {t.deviation} {shown(r.deviation)}
              </Text>
              <Badge
                data-testid={`status-${r.method}`}
                color={r.status === "kritisk" ? "danger" : r.status === "varning" ? "warning" : "success"}
              >
                {t.statuses[r.status as "ok"]}
              </Badge>
            </div>
          ))}
          {budget !== undefined && (
            <Notes
              lines={deviationNotes(budget, results, sign, profile !== undefined, lang)}
              testId="forecast-rounding"
            />
          )}
          <Chart
            config={chart}
            lang={lang}
            unit=""
            label={t.chartForecast}
            testId="forecast-chart"
            table={{
              head: [t.month, t.cumulative, t.budgetProfile],
              rows: monthsLabels.map((m, i) => [
                m,
                cumulative[i] == null ? "" : shown(cumulative[i]!),
                shown(budgetLine[i]!),
              ]),
            }}
          />
        </>
      )}
      <WriteButton
        lang={lang}
        label={t.writeForecast}
        blocked={results.length === 0}
        {...(waitsForRow ? { reason: m.notes[0] } : {})}
        onClick={() => void writeTable()}
        testId="forecast-write"
      />
      {message && <MessageBar data-testid="forecast-message">{message}</MessageBar>}
    </div>
  );
}
