import { useState } from "react";
import type { ChartConfiguration } from "chart.js";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import type { WorkbookHost, Writer } from "../../host/types";
import { TEXTS } from "../../i18n";
import { formatAmount, formatPercentAmount } from "../../shared/format";
import { FIELDS, formatInput, MONEY_UNITS, type MoneyUnit } from "../../input/number";
import { Chart } from "../../shared/Chart";
import { NumberField } from "../../shared/NumberField";
import { NumberTable } from "../../shared/NumberTable";
import { Problems, WriteButton } from "../../shared/Problems";
import { ResultCard } from "../../shared/ResultCard";
import { useJudged } from "../../shared/useJudged";
import { useLangChange } from "../../shared/useLangTexts";
import { Notes, Warnings } from "../../shared/Warnings";
import { KeptNote } from "../../shared/KeptNote";
import { useKept } from "../../shared/useKept";
import { taxBlock } from "./block";
import { keptTaxState } from "./kept";
import { convertState, relangState } from "./convert";
import { chartUnit, gapChart, raiseChart } from "./charts";
import type { Measure, SourceKey } from "./fields";
import { useFill } from "./useFill";
import { MeasureCard } from "./Measure";
import { taxModel } from "./model";
import { TAX_TEXTS } from "./texts";
import { quoteSheet } from "../../shared/address";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  results: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

let nextId = 1;

/** A chart with its bars named as the cards name them (with the year all measures are in effect from). */
function withLabels(config: ChartConfiguration, labels: string[]): ChartConfiguration {
  return { ...config, data: { ...config.data, labels } };
}

/** "Skatt eller effektivisering?": the tax raise a gap needs beside the efficiency, and what measures close. */
export function TaxPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const styles = useStyles();
  const layout = usePanelLayout();
  const [unit, setUnit] = useState<MoneyUnit>("mnkr");
  const [texts, setTexts] = useState<Record<SourceKey, string>>(() => ({
    gap: formatInput(25, FIELDS.money("mnkr"), lang),
    base: formatInput(6900, FIELDS.money("mnkr"), lang),
    netCost: formatInput(1900, FIELDS.money("mnkr"), lang),
    income: formatInput(320000, FIELDS.kronor(), lang),
  }));
  const [measures, setMeasures] = useState<Measure[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const { judged, leave, judgeAll } = useJudged(lang);
  // what was typed is kept with the workbook and restored on the next start (review s8 finding 5)
  const kept = useKept(
    props.host.memory,
    "tax",
    lang,
    { unit, texts, measures },
    (k, from) => {
      const s = keptTaxState(k, from, lang);
      if (!s) return false;
      nextId = Math.max(nextId, ...s.measures.map((x) => x.id + 1));
      setUnit(s.unit);
      setTexts(s.texts);
      setMeasures(s.measures);
      return true;
    },
    judgeAll,
  );
  const { fillMessage, fillFromSelection, fillFromNames } = useFill(props.host, unit, lang, setTexts);
  const m = taxModel({ unit, texts, measures }, lang, judged);
  const r = m.result;
  const v = m.values;

  // the same numbers, written the new language's way, when the language changes
  useLangChange(lang, (from, to) => {
    const next = relangState({ unit, texts, measures }, from, to);
    setTexts(next.texts);
    setMeasures(next.measures);
  });

  function changeUnit(to: MoneyUnit) {
    if (to === unit) return;
    const next = convertState({ unit, texts, measures }, to, lang);
    setTexts(next.texts);
    setMeasures(next.measures);
    setUnit(to);
  }

  function update(id: number, patch: Partial<Measure>) {
    setMeasures((ms) => ms.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  }

  function remove(id: number, index: number) {
    setMeasures((ms) => ms.filter((x) => x.id !== id));
    // focus the next measure's first control, or the add button when the last one went
    requestAnimationFrame(() => {
      const next =
        document.querySelector<HTMLElement>(
          `[data-measure-index="${index}"] button, [data-measure-index="${index}"] input`,
        ) ??
        document.querySelector<HTMLElement>(`[data-measure-index="${index - 1}"] button`) ??
        document.getElementById("tax-add-measure");
      next?.focus();
    });
  }

  function addMeasure() {
    const startYear = String(new Date().getFullYear() + 1);
    setMeasures((ms) => [
      ...ms,
      { id: nextId++, kind: "ovrigt", name: "", startYear, amount: "", model: {} },
    ]);
  }

  async function writeSheet() {
    judgeAll();
    if (!r) return;
    const where = await props.write("new", "A1", taxBlock(m, unit, lang), t.sheetTax);
    setMessage(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  // a small gap is drawn in tkr or kr, so that the axis' ticks are distinct figures
  const gapScale =
    r && v.gap !== undefined ? chartUnit([v.gap, r.atgarderSumma, r.kvarvarandeGap], unit) : undefined;
  const money = (x: number) => `${formatAmount(x, lang, m.moneyDigits)}\u00a0${unit}`;
  // a raise of a small gap is a fraction of an öre: shown with two significant digits, never "0 öre"
  const ore = (krPer100: number) => `${formatAmount(krPer100 * 100, lang)}\u00a0${t.ore}`;
  const tt = TAX_TEXTS[lang];
  const phased = m.phased;
  const all = (label: string) => (phased ? tt.fromYear(label, phased.allFrom) : label);
  return (
    <div className={layout.stack}>
      <KeptNote lang={lang} kept={kept} testId="tax-kept" />
      <div className={styles.row}>
        <Button onClick={() => void fillFromSelection()}>{t.fromSelection}</Button>
        <Button onClick={() => void fillFromNames()}>{t.fromNames}</Button>
        <Field label={t.unit}>
          <Dropdown
            data-testid="tax-unit"
            value={unit}
            selectedOptions={[unit]}
            onOptionSelect={(_, d) => changeUnit(d.optionValue as MoneyUnit)}
            style={{ minWidth: 0, width: 110 }}
          >
            {(Object.keys(MONEY_UNITS) as MoneyUnit[]).map((u) => (
              <Option key={u} value={u}>
                {u}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {fillMessage && (
        <MessageBar intent={fillMessage.intent} data-testid="tax-fill-message" layout="multiline">
          {fillMessage.text}
        </MessageBar>
      )}
      <div className={layout.fields}>
        {(Object.keys(m.main) as SourceKey[]).map((k) => (
          <NumberField
            key={k}
            id={`tax-${k === "netCost" ? "netcost" : k}`}
            label={m.main[k].label}
            text={texts[k]}
            parsed={m.main[k].parsed}
            onText={(s) => setTexts((x) => ({ ...x, [k]: s }))}
            judged={judged(m.main[k].label)}
            onLeave={() => leave(m.main[k].label)}
            {...(k === "income" ? { hint: t.optional } : {})}
          />
        ))}
      </div>
      <Problems lang={lang} lines={m.lines} testId="tax-problems" />
      <Warnings
        title={TAX_TEXTS[lang].warnings}
        lines={m.warnings.map((w) => w.text)}
        testId="tax-warnings"
      />
      {r && (
        <div className={styles.results}>
          <ResultCard
            title={t.raiseTax}
            items={[
              { label: t.taxRaise, value: ore(r.skattehojning), testId: "tax-raise" },
              {
                label: t.perPerson,
                value:
                  r.kostnadPerPerson === null
                    ? t.noIncome
                    : `${formatAmount(r.kostnadPerPerson, lang, 0)}\u00a0kr`,
                testId: "tax-per-person",
              },
            ]}
          />
          <Text size={200} data-testid="tax-gross-note">
            {t.grossNote}
          </Text>
          <ResultCard
            title={t.beEfficient}
            items={[
              {
                label: `${t.efficiency} ${t.ofNetCost}`,
                value: formatPercentAmount(r.effektiviseringsbehov, lang),
                testId: "tax-efficiency",
              },
            ]}
          />
          {m.roundedUp && (
            <Text size={200} data-testid="tax-rounded-up">
              {m.roundedUp}
            </Text>
          )}
        </div>
      )}
      <Text weight="semibold" as="h2">
        {t.measures}
      </Text>
      {measures.map((x, i) => (
        <MeasureCard
          key={x.id}
          lang={lang}
          index={i}
          measure={x}
          fields={m.perMeasure[i]!}
          unit={unit}
          amount={m.amounts[i]}
          equivalent={m.equivalents[i]}
          counted={m.counted[i]!}
          judged={judged}
          leave={leave}
          update={(patch) => update(x.id, patch)}
          remove={() => remove(x.id, i)}
        />
      ))}
      <Button id="tax-add-measure" onClick={addMeasure}>
        {t.addMeasure}
      </Button>
      <Notes lines={m.notes} testId="tax-notes" />
      {r && (
        <ResultCard
          title={t.measures}
          items={[
            // measures starting in different years: the first year's need, then the totals with their year
            ...(phased
              ? [
                  {
                    label: tt.inYear(t.remaining, phased.first.year),
                    value: money(phased.first.left),
                    testId: "tax-remaining-first",
                  },
                  {
                    label: tt.inYear(t.raiseAfter, phased.first.year),
                    value: ore(phased.first.raiseLeft),
                    testId: "tax-raise-after-first",
                  },
                ]
              : []),
            { label: all(t.measuresClose), value: money(r.atgarderSumma), testId: "tax-measures" },
            { label: all(t.remaining), value: money(r.kvarvarandeGap), testId: "tax-remaining" },
            { label: all(t.raiseAfter), value: ore(r.skattehojningEfterAtgarder), testId: "tax-raise-after" },
          ]}
        />
      )}
      {r && m.perYear.length > 0 && (
        <NumberTable
          lang={lang}
          label={t.perYear}
          testId="tax-per-year"
          head={[t.year, `${t.inEffect} (${unit})`, `${t.remaining} (${unit})`, `${t.raiseLeft} (${t.ore})`]}
          rows={m.perYear.map((y) => ({
            key: String(y.year),
            testId: `tax-year-${y.year}`,
            cells: [
              y.year,
              formatAmount(y.inEffect, lang),
              formatAmount(y.left, lang),
              formatAmount(y.raiseLeft * 100, lang),
            ],
          }))}
        />
      )}
      {r && gapScale && v.gap !== undefined && (
        <Chart
          config={withLabels(gapChart(v.gap, r, gapScale, lang), [
            t.gap,
            all(t.measuresClose),
            all(t.remaining),
          ])}
          lang={lang}
          unit={gapScale.unit}
          label={`${t.chartTax} (${gapScale.unit})`}
          testId="tax-chart"
          table={{
            head: [t.gap, all(t.measuresClose), all(t.remaining)],
            rows: [
              [v.gap, r.atgarderSumma, r.kvarvarandeGap].map((x) => formatAmount(x * gapScale.factor, lang)),
            ],
          }}
        />
      )}
      {r && (
        <Chart
          config={withLabels(raiseChart(r, lang), [t.taxRaise, all(t.raiseAfter)])}
          lang={lang}
          unit={t.ore}
          label={`${t.taxRaise} (${t.ore})`}
          table={{
            head: [t.taxRaise, all(t.raiseAfter)],
            rows: [[r.skattehojning, r.skattehojningEfterAtgarder].map((x) => formatAmount(x * 100, lang))],
          }}
        />
      )}
      <WriteButton
        lang={lang}
        label={t.writeSheet}
        blocked={m.lines.length > 0}
        onClick={() => void writeSheet()}
        testId="tax-write"
      />
      {message && <MessageBar data-testid="tax-message">{message}</MessageBar>}
    </div>
  );
}
