import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Card,
  Dropdown,
  Field,
  Input,
  MessageBar,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { besparingVidReferensniva, isKommunError, skattEllerEffektivisering } from "@kommunkalkyl/calc-core";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../definitions";
import { cellsOf, type Block, type WorkbookHost, type Writer } from "../host/types";
import { numbersOf } from "../host/types";
import { formatNumber, formatPercent, TEXTS } from "../i18n";
import { Chart } from "./Chart";
import { NumberField } from "./NumberField";
import { ResultCard } from "./ResultCard";

export type MeasureKind = "arbetslinje" | "lokaler" | "digitalisering" | "ovrigt";

export interface Measure {
  id: number;
  kind: MeasureKind;
  name: string;
  startYear: number | undefined;
  /** a direct amount, or the model's inputs */
  amount: number | undefined;
  model: Record<string, number | undefined>;
}

const UNITS = { kr: 1, tkr: 1_000, mnkr: 1_000_000 } as const;
type Unit = keyof typeof UNITS;

/** What a measure saves a year in the panel's unit, from its amount or its small model. */
export function measureAmount(m: Measure, unit: Unit): number | undefined {
  const v = m.model;
  switch (m.kind) {
    case "arbetslinje":
      if (v.kostnadPerInv === undefined || v.referensPerInv === undefined || v.invanare === undefined)
        return m.amount;
      return (
        (besparingVidReferensniva(v.kostnadPerInv, v.referensPerInv, v.invanare) * ((v.andel ?? 100) / 100)) /
        UNITS[unit]
      );
    case "lokaler":
      if (v.lokalkostnad === undefined) return m.amount;
      return v.lokalkostnad * ((v.krav ?? 10) / 100);
    case "digitalisering":
      if (v.overtid === undefined && v.vikarier === undefined) return m.amount;
      return (
        (v.overtid ?? 0) * ((v.overtidMinskning ?? 70) / 100) +
        (v.vikarier ?? 0) * ((v.vikarieMinskning ?? 30) / 100)
      );
    default:
      return m.amount;
  }
}

const MODEL_FIELDS: Record<MeasureKind, { key: string; sv: string; en: string }[]> = {
  arbetslinje: [
    { key: "kostnadPerInv", sv: "Bistånd per invånare nu (kr)", en: "Assistance per inhabitant now (kr)" },
    { key: "referensPerInv", sv: "Referensnivå (kr), Solna 319", en: "Reference level (kr), Solna 319" },
    { key: "invanare", sv: "Invånare", en: "Inhabitants" },
    { key: "andel", sv: "Andel av vägen (%)", en: "Share of the way (%)" },
  ],
  lokaler: [
    { key: "lokalkostnad", sv: "Lokalkostnad per år", en: "Premises cost a year" },
    { key: "krav", sv: "Besparingskrav (%), Lomma 10", en: "Saving requirement (%), Lomma 10" },
  ],
  digitalisering: [
    { key: "overtid", sv: "Övertidskostnad per år", en: "Overtime cost a year" },
    { key: "overtidMinskning", sv: "Minskning övertid (%), Tjörn 70", en: "Overtime cut (%), Tjörn 70" },
    { key: "vikarier", sv: "Vikariekostnad per år", en: "Substitute cost a year" },
    { key: "vikarieMinskning", sv: "Minskning vikarier (%), Tjörn 30", en: "Substitute cut (%), Tjörn 30" },
  ],
  ovrigt: [],
};

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  two: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

let nextId = 1;

/** "Skatt eller effektivisering?": the tax raise a gap needs beside the efficiency, and what measures close. */
export function TaxPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const t = TEXTS[props.lang];
  const styles = useStyles();
  const [unit, setUnit] = useState<Unit>("mnkr");
  const [gap, setGap] = useState<number | undefined>(25);
  const [base, setBase] = useState<number | undefined>(6900);
  const [netCost, setNetCost] = useState<number | undefined>(1900);
  const [income, setIncome] = useState<number | undefined>(320000);
  const [measures, setMeasures] = useState<Measure[]>([]);
  const [message, setMessage] = useState<string | undefined>();

  const amounts = measures.map((m) => measureAmount(m, unit));
  const result = useMemo(() => {
    if (gap === undefined || base === undefined || netCost === undefined) return undefined;
    try {
      return {
        ok: skattEllerEffektivisering({
          gap,
          skatteunderlag: base,
          nettokostnad: netCost,
          beskattningsbarInkomst: income,
          atgarder: measures.map((m, i) => ({ namn: m.name || t.kinds[m.kind], belopp: amounts[i] ?? 0 })),
        }),
      };
    } catch (e) {
      return { error: isKommunError(e) ? e.messageIn(props.lang) : String(e) };
    }
  }, [gap, base, netCost, income, measures, unit, props.lang]);

  async function fill(source: "selection" | "names") {
    if (source === "selection") {
      const nums = numbersOf((await props.host.readSelection()).values);
      const setters = [setGap, setBase, setNetCost, setIncome];
      nums.slice(0, 4).forEach((n, i) => setters[i]!(n));
      return;
    }
    const names: [string[], (n: number) => void][] = [
      [["Gap", "Budgetgap"], setGap],
      [["Skatteunderlag", "TaxBase"], setBase],
      [["Nettokostnad", "NetCost"], setNetCost],
      [["Inkomst", "Income"], setIncome],
    ];
    for (const [candidates, set] of names) {
      for (const name of candidates) {
        const v = await props.host.readNamedRange(name);
        const n = v ? numbersOf(v)[0] : undefined;
        if (n !== undefined) {
          set(n);
          break;
        }
      }
    }
  }

  function update(id: number, patch: Partial<Measure>) {
    setMeasures((ms) => ms.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  }

  async function writeSheet() {
    if (!result?.ok) return;
    const r = result.ok;
    const block: Block = cellsOf([
      [t.taxTab, unit],
      [t.gap, gap ?? null],
      [t.taxBase, base ?? null],
      [t.netCost, netCost ?? null],
      [`${t.taxRaise} (kr/100 kr)`, r.skattehojning],
      [t.perPerson, r.kostnadPerPerson],
      [t.efficiency, r.effektiviseringsbehov],
      [],
      [t.measures, t.amount, `${t.taxEquivalent} (${t.ore})`],
      ...r.atgarder.map((a) => [a.namn, a.belopp, a.skatteekvivalent * 100]),
      [t.measuresClose, r.atgarderSumma],
      [t.remaining, r.kvarvarandeGap],
      [`${t.raiseAfter} (kr/100 kr)`, r.skattehojningEfterAtgarder],
    ]);
    const where = await props.write("new", "A1", block, t.sheetTax);
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const r = result?.ok;
  const chart: ChartConfiguration | undefined = r
    ? {
        type: "bar",
        data: {
          labels: [t.gap, t.measuresClose, t.remaining],
          datasets: [
            {
              label: unit,
              data: [gap ?? 0, r.atgarderSumma, r.kvarvarandeGap],
              backgroundColor: ["#c50f1f", "#107c10", "#ca5010"],
            },
          ],
        },
        options: { plugins: { legend: { display: false } } },
      }
    : undefined;
  const raiseChart: ChartConfiguration | undefined = r
    ? {
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
      }
    : undefined;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button onClick={() => void fill("selection")}>{t.fromSelection}</Button>
        <Button onClick={() => void fill("names")}>{t.fromNames}</Button>
        <Field label="Enhet / unit">
          <Dropdown
            value={unit}
            selectedOptions={[unit]}
            onOptionSelect={(_, d) => setUnit(d.optionValue as Unit)}
          >
            {Object.keys(UNITS).map((u) => (
              <Option key={u} value={u}>
                {u}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={styles.two}>
        <NumberField
          id="tax-gap"
          label={`${t.gap} (${unit})`}
          value={gap}
          onChange={setGap}
          lang={props.lang}
        />
        <NumberField
          id="tax-base"
          label={`${t.taxBase} (${unit})`}
          value={base}
          onChange={setBase}
          lang={props.lang}
        />
        <NumberField
          id="tax-netcost"
          label={`${t.netCost} (${unit})`}
          value={netCost}
          onChange={setNetCost}
          lang={props.lang}
        />
        <NumberField id="tax-income" label={t.income} value={income} onChange={setIncome} lang={props.lang} />
      </div>
      {result?.error && <MessageBar intent="error">{result.error}</MessageBar>}
      {r && (
        <div className={styles.two}>
          <ResultCard
            title={t.raiseTax}
            items={[
              {
                label: t.taxRaise,
                value: `${formatNumber(r.skattehojning * 100, props.lang)} ${t.ore}`,
                testId: "tax-raise",
              },
              {
                label: t.perPerson,
                value:
                  r.kostnadPerPerson === null ? "–" : `${formatNumber(r.kostnadPerPerson, props.lang, 0)} kr`,
                testId: "tax-per-person",
              },
            ]}
          />
          <ResultCard
            title={t.beEfficient}
            items={[
              {
                label: `${t.efficiency} ${t.ofNetCost}`,
                value: formatPercent(r.effektiviseringsbehov, props.lang),
                testId: "tax-efficiency",
              },
            ]}
          />
        </div>
      )}
      <Text weight="semibold" as="h2">
        {t.measures}
      </Text>
      {measures.map((m, i) => (
        <Card key={m.id} aria-label={`${t.measures} ${i + 1}`}>
          <div className={styles.row}>
            <Field label={t.kind}>
              <Dropdown
                value={t.kinds[m.kind]}
                selectedOptions={[m.kind]}
                onOptionSelect={(_, d) => update(m.id, { kind: d.optionValue as MeasureKind, model: {} })}
              >
                {(Object.keys(t.kinds) as MeasureKind[]).map((k) => (
                  <Option key={k} value={k}>
                    {t.kinds[k]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t.name}>
              <Input value={m.name} onChange={(_, d) => update(m.id, { name: d.value })} />
            </Field>
            <NumberField
              label={t.startYear}
              value={m.startYear}
              onChange={(v) => update(m.id, { startYear: v })}
              lang={props.lang}
              year
            />
          </div>
          <div className={styles.two}>
            <NumberField
              id={`measure-${i}-amount`}
              label={`${t.amount} (${unit})`}
              value={m.amount}
              onChange={(v) => update(m.id, { amount: v })}
              lang={props.lang}
            />
            {MODEL_FIELDS[m.kind].map((f) => (
              <NumberField
                key={f.key}
                id={`measure-${i}-${f.key}`}
                label={props.lang === "sv" ? f.sv : f.en}
                value={m.model[f.key]}
                onChange={(v) => update(m.id, { model: { ...m.model, [f.key]: v } })}
                lang={props.lang}
              />
            ))}
          </div>
          <div className={styles.row}>
            <Body1 data-testid={`measure-${i}-result`}>
              {amounts[i] === undefined
                ? "–"
                : `${formatNumber(amounts[i]!, props.lang)} ${unit} = ${formatNumber((r?.atgarder[i]?.skatteekvivalent ?? 0) * 100, props.lang)} ${t.ore}`}
            </Body1>
            <Button appearance="subtle" onClick={() => setMeasures((ms) => ms.filter((x) => x.id !== m.id))}>
              {t.remove}
            </Button>
          </div>
        </Card>
      ))}
      <Button
        onClick={() =>
          setMeasures((ms) => [
            ...ms,
            {
              id: nextId++,
              kind: "ovrigt",
              name: "",
              startYear: new Date().getFullYear() + 1,
              amount: undefined,
              model: {},
            },
          ])
        }
      >
        {t.addMeasure}
      </Button>
      {r && (
        <ResultCard
          title={t.measures}
          items={[
            {
              label: t.measuresClose,
              value: `${formatNumber(r.atgarderSumma, props.lang)} ${unit}`,
              testId: "tax-measures",
            },
            {
              label: t.remaining,
              value: `${formatNumber(r.kvarvarandeGap, props.lang)} ${unit}`,
              testId: "tax-remaining",
            },
            {
              label: t.raiseAfter,
              value: `${formatNumber(r.skattehojningEfterAtgarder * 100, props.lang)} ${t.ore}`,
              testId: "tax-raise-after",
            },
          ]}
        />
      )}
      {chart && r && (
        <Chart
          config={chart}
          label={t.chartTax}
          testId="tax-chart"
          table={{
            head: [t.gap, t.measuresClose, t.remaining],
            rows: [[gap ?? 0, r.atgarderSumma, r.kvarvarandeGap]],
          }}
        />
      )}
      {raiseChart && r && (
        <Chart
          config={raiseChart}
          label={`${t.taxRaise} (${t.ore})`}
          table={{
            head: [t.taxRaise, t.raiseAfter],
            rows: [[r.skattehojning * 100, r.skattehojningEfterAtgarder * 100]],
          }}
        />
      )}
      <Button appearance="primary" onClick={() => void writeSheet()} disabled={!r}>
        {t.writeSheet}
      </Button>
      {message && <MessageBar data-testid="tax-message">{message}</MessageBar>}
    </div>
  );
}
