import { useState } from "react";
import { Body1, Button, Card, Field, Input, MessageBar, Select, Text } from "@fluentui/react-components";
import type { AtgardStatus } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import { MONTH_LABELS } from "../../../definitions/actionplan";
import type { WorkbookHost, Writer } from "../../host/types";
import { formatFixed } from "../../i18n";
import { ACTION_PLAN_TEXTS } from "./texts";
import { planChart } from "./chart";
import {
  deficitFromSelection,
  deficitText as shownDeficit,
  measureFieldLabel,
  planBlock,
  planModel,
  type MeasureInput,
} from "./model";
import { Chart } from "../../shared/Chart";
import { Problems, WriteButton } from "../../shared/Problems";
import { useJudged } from "../../shared/useJudged";
import { KeptNote } from "../../shared/KeptNote";
import { useKept } from "../../shared/useKept";
import { keptPlan } from "./kept";
import { Notes, Warnings } from "../../shared/Warnings";
import { roundingNote } from "../../shared/rounding";
import { ACTION_PLAN_WARNINGS_TITLE, actionPlanWarnings } from "./warnings";
import { ResultCard } from "../../shared/ResultCard";
import { quoteSheet } from "../../shared/address";
import { labelFor } from "../../shared/NumberField";
import { focusAfterRemove } from "../../shared/focusAfterRemove";

const STATUSES: AtgardStatus[] = ["förslag", "beslutad", "genomförd"];
let nextId = 1;

/**
 * Åtgärdsplan: a forecast deficit (typed or read from the selection), measures with full-year
 * effect, start month, status and probability, the deficit left now and at year-end (all,
 * decided only, expected) with a chart, and the plan written to a new sheet as live KOMMUN
 * formulas. Every input is validated where it is typed; results show only when all are right.
 */
export function ActionPlanPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const t = ACTION_PLAN_TEXTS[props.lang];
  const layout = usePanelLayout();
  const [deficitText, setDeficitText] = useState("");
  const [source, setSource] = useState<string | undefined>();
  const [selectionError, setSelectionError] = useState<string | undefined>();
  const [asOfText, setAsOfText] = useState(String(new Date().getMonth() + 1));
  const [measures, setMeasures] = useState<MeasureInput[]>([]);
  const [message, setMessage] = useState<string | undefined>();

  const { judged, leave, judgeAll } = useJudged(props.lang);
  // the value read from a cell, computed with while the field shows it rounded (cleared by typing)
  const [read, setRead] = useState<number | undefined>();
  // what was typed is kept with the workbook and restored on the next start (review s8 finding 5)
  const value = {
    deficitText,
    asOfText,
    measures,
    ...(source && read !== undefined ? { source, read } : {}),
  };
  const kept = useKept(
    props.host.memory,
    "actionplan",
    props.lang,
    value,
    (k, from) => {
      const p = keptPlan(k, from, props.lang);
      if (!p) return false;
      nextId = Math.max(nextId, ...p.measures.map((m) => m.id + 1));
      setDeficitText(p.deficitText);
      setAsOfText(p.asOfText);
      setMeasures(p.measures);
      setSource(p.source);
      setRead(p.read);
      return true;
    },
    judgeAll,
  );
  const model = planModel(
    { deficitText, asOfText, measures, ...(source && read !== undefined ? { deficitRead: read } : {}) },
    props.lang,
    judged,
  );
  const { deficit, asOf, checked } = model;
  const shown = (label: string, error: string | undefined) => (judged(label) ? error : undefined);
  const deficitError = shown(t.deficit, deficit.error);
  const asOfError = shown(t.asOf, asOf.error);

  async function readDeficit() {
    const sel = await props.host.readSelection();
    const d = deficitFromSelection(sel.values, props.lang);
    if (d.value === undefined) {
      setSelectionError(d.error);
      return;
    }
    setSelectionError(undefined);
    leave(t.deficit);
    setDeficitText(shownDeficit(d.value, props.lang));
    setRead(d.value);
    setSource(sel.address);
  }

  function update(id: number, patch: Partial<MeasureInput>) {
    setMeasures((ms) => ms.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  }

  /** As Skatt and Konsekvensanalys: focus the next measure, the one before, or Lägg till — never the page. */
  function remove(id: number, index: number) {
    setMeasures((ms) => ms.filter((x) => x.id !== id));
    focusAfterRemove("ap-index", index, "ap-add-measure");
  }

  async function writePlan() {
    judgeAll();
    if (!model.plan || deficit.value === undefined) return;
    const block = planBlock(deficit.value, source, model.used, props.lang);
    const where = await props.write("new", "A1", block, t.sheet);
    setMessage(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  const p = model.plan;
  const months = p?.perManad.map((m) => MONTH_LABELS[props.lang][m.manad - 1]!) ?? [];
  const now = p && asOf.value !== undefined ? p.perManad.find((m) => m.manad === asOf.value) : undefined;
  const chart = p && planChart(p, months, props.lang);

  // one number of decimals for every amount, as the written sheet's #,##0.00 (2,00 and 0,75, not 2 and 0,75)
  const f = (x: number) => formatFixed(x, props.lang, 2);

  return (
    <div className={layout.stack}>
      <KeptNote lang={props.lang} kept={kept} testId="ap-kept" />
      <Field
        label={labelFor(t.deficit, "ap-deficit")}
        hint={[deficit.converted, source ? `${t.source} ${source}` : t.deficitHint].filter(Boolean).join(" ")}
        validationState={deficitError ? "error" : deficit.warning ? "warning" : "none"}
        validationMessage={deficitError ?? deficit.warning}
      >
        <Input
          id="ap-deficit"
          inputMode="decimal"
          input={{ className: layout.numberInput }}
          style={{ minWidth: 0, width: "100%" }}
          value={deficitText}
          onChange={(_, d) => {
            setDeficitText(d.value);
            setSource(undefined);
          }}
          onBlur={() => leave(t.deficit)}
        />
      </Field>
      <div className={layout.row}>
        <Button onClick={() => void readDeficit()}>{t.fromSelection}</Button>
      </div>
      {selectionError && (
        <MessageBar intent="warning" data-testid="ap-selection-error">
          {selectionError}
        </MessageBar>
      )}
      <Field
        label={labelFor(t.asOf, "ap-asof")}
        hint={t.asOfHint}
        validationState={asOfError ? "error" : "none"}
        validationMessage={asOfError}
      >
        <Input
          id="ap-asof"
          inputMode="numeric"
          input={{ className: layout.numberInput }}
          style={{ minWidth: 0, width: "100%" }}
          value={asOfText}
          onChange={(_, d) => setAsOfText(d.value)}
          onBlur={() => leave(t.asOf)}
        />
      </Field>
      <Text weight="semibold">{t.measures}</Text>
      {measures.map((m, i) => {
        const e = checked[i]!.errors;
        const label = (key: keyof typeof e) => measureFieldLabel(i, key, props.lang);
        // a blank new measure is left out, not judged; a field shows its error once left
        const error = (key: keyof typeof e) => (model.counted[i] ? shown(label(key), e[key]) : undefined);
        // a number probably meant otherwise (0,8 in the percent field) is hinted under the field, as in every panel
        const hint = (key: keyof typeof e) => checked[i]!.hints?.[key];
        const field = (key: keyof typeof e) => ({
          validationState: error(key)
            ? ("error" as const)
            : hint(key)
              ? ("warning" as const)
              : ("none" as const),
          validationMessage: error(key) ?? hint(key),
        });
        return (
          <Card key={m.id} aria-label={`${t.measure} ${i + 1}`} data-ap-index={i}>
            <Field label={labelFor(t.name, `ap-${i}-name`)} {...field("namn")}>
              <Input
                id={`ap-${i}-name`}
                onBlur={() => leave(label("namn"))}
                value={m.namn}
                onChange={(_, d) => update(m.id, { namn: d.value })}
              />
            </Field>
            <div className={layout.grid}>
              <Field label={labelFor(t.fullYear, `ap-${i}-full`)} {...field("helarseffekt")}>
                <Input
                  id={`ap-${i}-full`}
                  onBlur={() => leave(label("helarseffekt"))}
                  inputMode="decimal"
                  input={{ className: layout.numberInput }}
                  style={{ minWidth: 0 }}
                  value={m.helarseffekt}
                  onChange={(_, d) => update(m.id, { helarseffekt: d.value })}
                />
              </Field>
              <Field label={labelFor(t.start, `ap-${i}-start`)} {...field("startmanad")}>
                <Input
                  id={`ap-${i}-start`}
                  onBlur={() => leave(label("startmanad"))}
                  inputMode="numeric"
                  input={{ className: layout.numberInput }}
                  style={{ minWidth: 0 }}
                  value={m.startmanad}
                  onChange={(_, d) => update(m.id, { startmanad: d.value })}
                />
              </Field>
              <Field label={labelFor(t.status, `ap-${i}-status`)}>
                <Select
                  id={`ap-${i}-status`}
                  value={m.status}
                  onChange={(_, d) => update(m.id, { status: d.value as AtgardStatus })}
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t.statuses[s]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={labelFor(t.probability, `ap-${i}-prob`)}
                hint={t.probabilityHint}
                {...field("sannolikhet")}
              >
                <Input
                  id={`ap-${i}-prob`}
                  onBlur={() => leave(label("sannolikhet"))}
                  inputMode="decimal"
                  input={{ className: layout.numberInput }}
                  style={{ minWidth: 0 }}
                  value={m.sannolikhet}
                  onChange={(_, d) => update(m.id, { sannolikhet: d.value })}
                />
              </Field>
            </div>
            {p && (
              <Body1 data-testid={`ap-${i}-effect`}>
                {t.yearEffect}:{" "}
                {model.counted[i]
                  ? f(p.atgarder[model.counted.slice(0, i).filter(Boolean).length]!.arseffekt)
                  : "–"}
              </Body1>
            )}
            <Button appearance="subtle" onClick={() => remove(m.id, i)}>
              {t.remove}
            </Button>
          </Card>
        );
      })}
      <Button
        id="ap-add-measure"
        onClick={() =>
          setMeasures((ms) => [
            ...ms,
            { id: nextId++, namn: "", helarseffekt: "", startmanad: "", status: "förslag", sannolikhet: "" },
          ])
        }
      >
        {t.add}
      </Button>
      <Notes lines={model.notes} testId="ap-notes" />
      <Warnings
        title={ACTION_PLAN_WARNINGS_TITLE[props.lang]}
        lines={[
          // the number probably meant, beside the result and naming the field, as in the other panels
          ...(deficit.warning ? [`${t.deficit}: ${deficit.warning}`] : []),
          ...actionPlanWarnings(
            deficit.value,
            checked.map((c, i) => (model.counted[i] ? c.value : undefined)),
            props.lang,
          ),
        ]}
        testId="ap-warnings"
      />
      {model.used.length === 0 && model.lines.length === 0 && (
        <MessageBar data-testid="ap-status">{t.noMeasures}</MessageBar>
      )}
      {model.lines.length > 0 && <Problems lang={props.lang} testId="ap-status" lines={model.lines} />}
      {p && (
        <>
          <ResultCard
            title={t.results}
            items={[
              { label: t.total, value: f(p.summa), testId: "ap-total" },
              {
                label: now ? `${t.leftNow} ${MONTH_LABELS[props.lang][now.manad - 1]}` : t.leftNow,
                value: now ? f(now.kvar) : (asOf.error ?? ""),
                testId: "ap-left-now",
              },
              { label: t.leftYearEnd, value: f(p.kvar), testId: "ap-left" },
              { label: t.leftDecided, value: f(p.kvarBeslutade), testId: "ap-left-decided" },
              { label: t.leftExpected, value: f(p.kvarForvantad), testId: "ap-left-expected" },
            ]}
          />
          <Notes
            lines={[
              roundingNote(
                p.atgarder.map((a) => a.arseffekt),
                p.summa,
                2,
                props.lang,
              ),
            ].flatMap((x) => (x ? [x] : []))}
            testId="ap-rounding"
          />
          <Chart
            config={chart!}
            lang={props.lang}
            unit="mnkr"
            label={t.chart}
            testId="ap-chart"
            table={{
              head: [t.month, t.all, t.decided],
              rows: p.perManad.map((m, i) => [months[i]!, f(m.kvar), f(m.kvarBeslutade)]),
            }}
          />
        </>
      )}
      <WriteButton
        lang={props.lang}
        label={t.write}
        blocked={model.lines.length > 0}
        onClick={() => void writePlan()}
        testId="ap-write"
      />
      {message && <MessageBar data-testid="ap-message">{message}</MessageBar>}
    </div>
  );
}
