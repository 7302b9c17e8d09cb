import { useEffect, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  MessageBar,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { avvikelse, prognos, prognosstatus } from "@kommunkalkyl/calc-core";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import {
  formula,
  num,
  numbersOf,
  parseAddress,
  text,
  toAddress,
  type Block,
  type WorkbookHost,
  type Writer,
} from "../../host/types";
import { formatNumber, TEXTS } from "../../i18n";
import { formatInput, valueOf, type FieldSpec } from "../../input/number";
import { errorText, field, problems, relangText } from "../../input/problems";
import { readRow, ref, signOfLabel, splitAddress, type RowRead, type Sign } from "../../input/selection";
import { Chart } from "../../shared/Chart";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { ResultCard } from "../../shared/ResultCard";

const METHODS = ["linjar", "profil", "budget"] as const;
/** the method words in the English formulas the pane writes */
const METHOD_WORD = { linjar: "linear", profil: "profile", budget: "budget" } as const;

/** A budget: money, not zero (a deviation is a share of it). */
export const BUDGET: FieldSpec = { kind: "money", rule: { above: 0, unit: "money" } };

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** Prognos: three methods' forecasts of the selected outcomes, deviation, status and a chart. */
export function ForecastPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const styles = useStyles();
  const [row, setRow] = useState<RowRead | undefined>();
  const [source, setSource] = useState<string>("");
  const [budgetText, setBudgetText] = useState("");
  const [budgetNote, setBudgetNote] = useState<string | undefined>();
  const [sign, setSign] = useState<Sign>("kostnad");
  /** where the cost/revenue choice comes from: the row's label, an assumption (shown), or the user */
  const [signSource, setSignSource] = useState<"label" | "assumed" | "noLabel" | "chosen">("noLabel");
  const [profile, setProfile] = useState<{ values: number[]; ref: string } | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  const shownLang = useRef(lang);
  useEffect(() => {
    const from = shownLang.current;
    shownLang.current = lang;
    if (from !== lang) setBudgetText((s) => relangText(s, BUDGET, from, lang));
  }, [lang]);

  const budgetField = field(t.budget, budgetText, BUDGET, lang);
  const budget = valueOf(budgetField.parsed);
  const outcomes = row?.ok ? row.months : [];
  const lines: string[] = [];
  if (!row) lines.push(t.selectRow);
  else if (!row.ok) lines.push(row.message);
  lines.push(...problems([budgetField]));

  type Result = { method: (typeof METHODS)[number]; forecast: number; deviation: number; status: string };
  let results: Result[] = [];
  if (lines.length === 0 && budget !== undefined) {
    try {
      results = METHODS.map((m) => {
        const f = prognos(budget, outcomes, m, profile?.values);
        return {
          method: m,
          forecast: f,
          deviation: avvikelse(budget, f, sign),
          status: prognosstatus(budget, f, sign),
        };
      });
    } catch (e) {
      lines.push(
        errorText(e, lang, (arg) => ({ budget: t.budget, utfall: t.outcomes, profil: t.profile })[arg]),
      );
      results = [];
    }
  }

  async function readOutcomes() {
    const sel = await props.host.readSelection();
    const read = readRow(sel.address, sel.values, lang);
    setRow(read);
    setSource(sel.address);
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
    if (!row?.ok || results.length === 0 || budget === undefined) return;
    const cell = await props.host.activeCell();
    const { row: r0, col: c0 } = parseAddress(cell.address);
    const at = (r: number, c: number) => toAddress(r0 + r, c0 + c);
    const abs = (r: number, c: number) => at(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    // the table first (as before), then the inputs it refers to: budget, sign and the outcomes' range
    const budgetCell = abs(6, 1);
    const signCell = abs(7, 1);
    const fmt = "#,##0.0";
    const block: Block = [
      [text(t.method), text(t.forecast), text(t.deviation), text(t.status)],
      ...METHODS.map((m, i) => [
        text(methodName(m)),
        formula(
          `=KOMMUN.FORECAST(${budgetCell},${row.monthsRef},"${METHOD_WORD[m]}"${profile ? `,${profile.ref}` : ""})`,
          fmt,
        ),
        formula(`=KOMMUN.DEVIATION(${budgetCell},${at(1 + i, 1)},${signCell})`, fmt),
        formula(`=KOMMUN.FORECASTSTATUS(${budgetCell},${at(1 + i, 1)},${signCell})`),
      ]),
      [],
      [text(t.inputs)],
      [text(t.budget), row.budget ? formula(`=${row.budget.ref}`, fmt) : num(budget, fmt)],
      [text(t.sign), text(sign === "intakt" ? "intäkt" : "kostnad")],
      [text(t.outcomes), text(row.monthsRef.replace(/\$/g, ""))],
    ];
    const where = await props.write(cell.sheet, cell.address, block, "");
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const even = Array.from({ length: 12 }, () => 1 / 12);
  const p = profile?.values;
  const shares = p && p.length === 12 ? p.map((x) => x / p.reduce((a, b) => a + b, 0)) : even;
  const monthsLabels = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(lang === "sv" ? "sv-SE" : "en-GB", { month: "short" }).format(
      new Date(2025, i, 1),
    ),
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
  /** a method's name; without a chosen profile the profile method is the even one, and says so */
  const methodName = (m: (typeof METHODS)[number]) =>
    m === "profil" && !profile ? `${t.methods.profil} (${t.clearProfile.toLowerCase()})` : t.methods[m];

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
        {row?.ok ? `${source}${row.label ? ` (${row.label})` : ""}: ${filled} ${t.months}` : t.outcomesHint} ·{" "}
        {t.profile}: {profile ? `${profile.values.length}` : t.clearProfile}
      </Body1>
      <NumberField
        id="forecast-budget"
        label={t.budget}
        text={budgetText}
        parsed={budgetField.parsed}
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
      <Problems lang={lang} lines={lines} testId="forecast-problems" />
      {results.length > 0 && (
        <>
          <ResultCard
            title={t.forecast}
            items={results.map((r) => ({
              label: methodName(r.method),
              value: formatNumber(r.forecast, lang),
              testId: `forecast-${r.method}`,
            }))}
          />
          {results.map((r) => (
            <div key={r.method} className={styles.row}>
              <Text>{methodName(r.method)}:</Text>
              <Text data-testid={`deviation-${r.method}`}>
                {t.deviation} {formatNumber(r.deviation, lang)}
              </Text>
              <Badge
                data-testid={`status-${r.method}`}
                color={r.status === "kritisk" ? "danger" : r.status === "varning" ? "warning" : "success"}
              >
                {t.statuses[r.status as "ok"]}
              </Badge>
            </div>
          ))}
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
                cumulative[i] == null ? "" : formatNumber(cumulative[i]!, lang),
                formatNumber(budgetLine[i]!, lang),
              ]),
            }}
          />
        </>
      )}
      <WriteButton
        lang={lang}
        label={t.writeForecast}
        blocked={results.length === 0}
        onClick={() => void writeTable()}
        testId="forecast-write"
      />
      {message && <MessageBar data-testid="forecast-message">{message}</MessageBar>}
    </div>
  );
}
