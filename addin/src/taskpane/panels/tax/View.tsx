import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Card,
  Dropdown,
  Field,
  Input,
  MessageBar,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { besparingVidReferensniva, skattEllerEffektivisering } from "@kommunkalkyl/calc-core";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../../definitions";
import {
  formula,
  num,
  text,
  type Block,
  type CellValue,
  type WorkbookHost,
  type Writer,
} from "../../host/types";
import { formatNumber, formatPercent, TEXTS } from "../../i18n";
import {
  checkValue,
  FIELDS,
  formatInput,
  MONEY_UNITS,
  valueOf,
  type FieldSpec,
  type MoneyUnit,
} from "../../input/number";
import {
  convertMoneyText,
  errorText,
  field,
  problems,
  relangText,
  type FieldState,
} from "../../input/problems";
import { Chart } from "../../shared/Chart";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { ResultCard } from "../../shared/ResultCard";

export type MeasureKind = "arbetslinje" | "lokaler" | "digitalisering" | "ovrigt";

export interface Measure {
  id: number;
  kind: MeasureKind;
  name: string;
  /** texts as typed: the start year, the amount (Övrigt) and the model's inputs */
  startYear: string;
  amount: string;
  model: Record<string, string>;
}

type ModelField = {
  key: string;
  sv: string;
  en: string;
  spec: (unit: MoneyUnit) => FieldSpec;
  initial?: string;
};

/** The small models of the measure kinds; percentages start at the cited municipalities' figures, visibly. */
export const MODEL_FIELDS: Record<MeasureKind, ModelField[]> = {
  arbetslinje: [
    {
      key: "kostnadPerInv",
      sv: "Bistånd per invånare nu (kr)",
      en: "Assistance per inhabitant now (kr)",
      spec: FIELDS.kronor,
    },
    {
      key: "referensPerInv",
      sv: "Referensnivå (kr), Solna 319",
      en: "Reference level (kr), Solna 319",
      spec: FIELDS.kronor,
    },
    { key: "invanare", sv: "Invånare", en: "Inhabitants", spec: FIELDS.positiveCount },
    {
      key: "andel",
      sv: "Andel av vägen (%)",
      en: "Share of the way (%)",
      spec: FIELDS.share,
      initial: "100",
    },
  ],
  lokaler: [
    {
      key: "lokalkostnad",
      sv: "Lokalkostnad per år",
      en: "Premises cost a year",
      spec: FIELDS.nonNegativeMoney,
    },
    {
      key: "krav",
      sv: "Besparingskrav (%), Lomma 10",
      en: "Saving requirement (%), Lomma 10",
      spec: FIELDS.share,
      initial: "10",
    },
  ],
  digitalisering: [
    {
      key: "overtid",
      sv: "Övertidskostnad per år",
      en: "Overtime cost a year",
      spec: FIELDS.nonNegativeMoney,
    },
    {
      key: "overtidMinskning",
      sv: "Minskning övertid (%), Tjörn 70",
      en: "Overtime cut (%), Tjörn 70",
      spec: FIELDS.share,
      initial: "70",
    },
    {
      key: "vikarier",
      sv: "Vikariekostnad per år",
      en: "Substitute cost a year",
      spec: FIELDS.nonNegativeMoney,
    },
    {
      key: "vikarieMinskning",
      sv: "Minskning vikarier (%), Tjörn 30",
      en: "Substitute cut (%), Tjörn 30",
      spec: FIELDS.share,
      initial: "30",
    },
  ],
  ovrigt: [],
};

/** A percentage field's initial text in a language ("10 %" / "10%"). */
function initialText(f: ModelField, lang: Lang): string {
  return f.initial === undefined ? "" : formatInput(Number(f.initial) / 100, FIELDS.share(), lang);
}

/** The fields of one measure, parsed, with labels that say which measure they belong to. */
function measureFields(m: Measure, index: number, unit: MoneyUnit, lang: Lang): Record<string, FieldState> {
  const t = TEXTS[lang];
  const who = `${t.measure} ${index + 1}`;
  const out: Record<string, FieldState> = {
    startYear: field(`${who} · ${t.startYear}`, m.startYear, FIELDS.year(), lang),
  };
  if (m.kind === "ovrigt")
    out.amount = field(`${who} · ${t.amount} (${unit})`, m.amount, FIELDS.money(unit), lang);
  for (const f of MODEL_FIELDS[m.kind]) {
    out[f.key] = field(`${who} · ${lang === "sv" ? f.sv : f.en}`, m.model[f.key] ?? "", f.spec(unit), lang);
  }
  return out;
}

/** What a measure saves a year in the panel's unit, from its amount or its model; undefined while a field is invalid. */
export function measureAmount(
  kind: MeasureKind,
  v: Record<string, number | undefined>,
  unit: MoneyUnit,
): number | undefined {
  const all = (...keys: string[]) => keys.every((k) => v[k] !== undefined);
  switch (kind) {
    case "arbetslinje":
      if (!all("kostnadPerInv", "referensPerInv", "invanare", "andel")) return undefined;
      return (
        (besparingVidReferensniva(v.kostnadPerInv!, v.referensPerInv!, v.invanare!) * v.andel!) /
        MONEY_UNITS[unit]
      );
    case "lokaler":
      if (!all("lokalkostnad", "krav")) return undefined;
      return v.lokalkostnad! * v.krav!;
    case "digitalisering":
      if (!all("overtid", "overtidMinskning", "vikarier", "vikarieMinskning")) return undefined;
      return v.overtid! * v.overtidMinskning! + v.vikarier! * v.vikarieMinskning!;
    default:
      return v.amount;
  }
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  two: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    // a neighbour's label wrapping to more lines must not stretch this field's input box
    alignItems: "start",
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  results: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

/** The money format of a written cell in a unit: mnkr with two decimals, tkr and kr whole. */
export function moneyFormat(unit: MoneyUnit): string {
  return unit === "mnkr" ? "#,##0.00" : "#,##0";
}

/** The labelled cells the panel reads from a selection or from named ranges, with the field they fill. */
const SOURCES = [
  { key: "gap", names: ["Gap", "Budgetgap"], words: ["gap"] },
  { key: "base", names: ["Skatteunderlag", "TaxBase"], words: ["skatteunderlag", "tax base"] },
  { key: "netCost", names: ["Nettokostnad", "NetCost"], words: ["nettokostnad", "net cost"] },
  { key: "income", names: ["Inkomst", "Income"], words: ["inkomst", "income"] },
] as const;
type SourceKey = (typeof SOURCES)[number]["key"];

let nextId = 1;

/** "Skatt eller effektivisering?": the tax raise a gap needs beside the efficiency, and what measures close. */
export function TaxPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const styles = useStyles();
  const [unit, setUnit] = useState<MoneyUnit>("mnkr");
  const [texts, setTexts] = useState<Record<SourceKey, string>>(() => ({
    gap: formatInput(25, FIELDS.money("mnkr"), lang),
    base: formatInput(6900, FIELDS.money("mnkr"), lang),
    netCost: formatInput(1900, FIELDS.money("mnkr"), lang),
    income: formatInput(320000, FIELDS.kronor(), lang),
  }));
  const [measures, setMeasures] = useState<Measure[]>([]);
  const [fillMessage, setFillMessage] = useState<{ intent: "info" | "warning"; text: string } | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  const specs: Record<SourceKey, FieldSpec> = {
    gap: FIELDS.money(unit),
    base: FIELDS.positiveMoney(unit),
    netCost: FIELDS.positiveMoney(unit),
    income: { ...FIELDS.kronor(), optional: true },
  };
  const labels: Record<SourceKey, string> = {
    gap: `${t.gap} (${unit})`,
    base: `${t.taxBase} (${unit})`,
    netCost: `${t.netCost} (${unit})`,
    income: t.income,
  };
  const main = Object.fromEntries(
    (Object.keys(specs) as SourceKey[]).map((k) => [k, field(labels[k], texts[k], specs[k], lang)]),
  ) as Record<SourceKey, FieldState>;
  const perMeasure = measures.map((m, i) => measureFields(m, i, unit, lang));
  const amounts = measures.map((m, i) =>
    measureAmount(
      m.kind,
      Object.fromEntries(Object.entries(perMeasure[i]!).map(([k, f]) => [k, valueOf(f.parsed)])),
      unit,
    ),
  );
  const allFields = [...Object.values(main), ...perMeasure.flatMap((f) => Object.values(f))];
  const lines = problems(allFields);

  const v = (k: SourceKey) => valueOf(main[k].parsed);
  const names = measures.map((m) => m.name.trim() || t.kinds[m.kind]);
  let result: ReturnType<typeof skattEllerEffektivisering> | undefined;
  let perYear: { year: number; inEffect: number; left: number; raiseLeft: number }[] = [];
  if (lines.length === 0) {
    try {
      const input = (upTo?: number) => ({
        gap: v("gap")!,
        skatteunderlag: v("base")!,
        nettokostnad: v("netCost")!,
        ...(v("income") !== undefined ? { beskattningsbarInkomst: v("income")! } : {}),
        atgarder: measures
          .map((_, i) => ({
            namn: names[i]!,
            belopp: amounts[i]!,
            start: valueOf(perMeasure[i]!.startYear!.parsed)!,
          }))
          .filter((a) => upTo === undefined || a.start <= upTo)
          .map(({ namn, belopp }) => ({ namn, belopp })),
      });
      result = skattEllerEffektivisering(input());
      const starts = measures.map((_, i) => valueOf(perMeasure[i]!.startYear!.parsed)!);
      if (starts.length > 0) {
        const first = Math.min(...starts);
        const last = Math.min(first + 9, Math.max(first + 2, ...starts));
        perYear = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
          const r = skattEllerEffektivisering(input(year));
          return {
            year,
            inEffect: r.atgarderSumma,
            left: r.kvarvarandeGap,
            raiseLeft: r.skattehojningEfterAtgarder,
          };
        });
      }
    } catch (e) {
      lines.push(
        errorText(e, lang, (arg) => {
          const map: Record<string, string> = {
            gap: labels.gap,
            skatteunderlag: labels.base,
            nettokostnad: labels.netCost,
            beskattningsbarInkomst: labels.income,
          };
          return map[arg];
        }),
      );
      result = undefined;
    }
  }

  // the same numbers, written the new language's way, when the language changes
  const shownLang = useRef(lang);
  useEffect(() => {
    const from = shownLang.current;
    shownLang.current = lang;
    if (from === lang) return;
    const money = FIELDS.money(unit);
    setTexts((x) => ({
      gap: relangText(x.gap, money, from, lang),
      base: relangText(x.base, money, from, lang),
      netCost: relangText(x.netCost, money, from, lang),
      income: relangText(x.income, FIELDS.kronor(), from, lang),
    }));
    setMeasures((ms) =>
      ms.map((m) => ({
        ...m,
        startYear: relangText(m.startYear, FIELDS.year(), from, lang),
        amount: relangText(m.amount, money, from, lang),
        model: Object.fromEntries(
          Object.entries(m.model).map(([k, s]) => {
            const f = MODEL_FIELDS[m.kind].find((x) => x.key === k);
            return [k, f ? relangText(s, f.spec(unit), from, lang) : s];
          }),
        ),
      })),
    );
  }, [lang, unit]);

  function setText(k: SourceKey, s: string) {
    setTexts((x) => ({ ...x, [k]: s }));
  }

  function changeUnit(to: MoneyUnit) {
    if (to === unit) return;
    const from = unit;
    setTexts((x) => ({
      ...x,
      gap: convertMoneyText(x.gap, from, to, specs.gap, lang),
      base: convertMoneyText(x.base, from, to, specs.base, lang),
      netCost: convertMoneyText(x.netCost, from, to, specs.netCost, lang),
    }));
    setMeasures((ms) =>
      ms.map((m) => ({
        ...m,
        amount: convertMoneyText(m.amount, from, to, FIELDS.money(from), lang),
        model: Object.fromEntries(
          Object.entries(m.model).map(([k, s]) => {
            const f = MODEL_FIELDS[m.kind].find((x) => x.key === k);
            const spec = f?.spec(from);
            return [
              k,
              spec && spec.kind === "money" && spec.unit !== "kr"
                ? convertMoneyText(s, from, to, spec, lang)
                : s,
            ];
          }),
        ),
      })),
    );
    setUnit(to);
  }

  /** Fills the four fields from values found by label or name, each checked against its field first. */
  function apply(
    found: Partial<Record<SourceKey, { value: number; unit?: MoneyUnit; where: string }>>,
  ): string[] {
    const notes: string[] = [];
    const next: Partial<Record<SourceKey, string>> = {};
    for (const s of SOURCES) {
      const f = found[s.key];
      if (!f) continue;
      const spec = specs[s.key];
      const inUnit =
        spec.kind === "money" && spec.unit !== "kr" && f.unit
          ? (f.value * MONEY_UNITS[f.unit]) / MONEY_UNITS[spec.unit!]
          : f.value;
      const checked = checkValue(Number(inUnit.toPrecision(12)), spec, lang);
      if (checked.status === "ok") {
        next[s.key] = formatInput(checked.value, spec, lang);
        notes.push(`${labels[s.key]} = ${next[s.key]} (${f.where})`);
      } else if (checked.status === "error") {
        notes.push(
          `${labels[s.key]}: ${f.where} = ${formatNumber(f.value, lang)} — ${checked.message} ${t.notFilled}`,
        );
      }
    }
    setTexts((x) => ({ ...x, ...next }));
    return notes;
  }

  async function fillFromSelection() {
    const sel = await props.host.readSelection();
    const found: Partial<Record<SourceKey, { value: number; unit?: MoneyUnit; where: string }>> = {};
    let labelled = 0;
    for (const row of sel.values) {
      const label = row.find((c): c is string => typeof c === "string");
      const value = row.find((c): c is number => typeof c === "number");
      if (label === undefined) continue;
      labelled++;
      const l = label.toLowerCase();
      const source = SOURCES.find((s) => s.words.some((w) => l.includes(w)));
      if (!source || value === undefined || found[source.key]) continue;
      const unitWord = /\((mnkr|tkr|kr)\b/i.exec(label)?.[1]?.toLowerCase() as MoneyUnit | undefined;
      found[source.key] = { value, ...(unitWord ? { unit: unitWord } : {}), where: `”${label}”` };
    }
    if (labelled === 0 || Object.keys(found).length === 0) {
      setFillMessage({ intent: "warning", text: `${sel.address}: ${t.selectionNeedsLabels}` });
      return;
    }
    const notes = apply(found);
    setFillMessage({ intent: "info", text: `${t.filledFrom} ${sel.address}: ${notes.join("; ")}` });
  }

  async function fillFromNames() {
    const found: Partial<Record<SourceKey, { value: number; where: string }>> = {};
    const foundNames: string[] = [];
    for (const s of SOURCES) {
      for (const name of s.names) {
        const values = await props.host.readNamedRange(name);
        if (values === undefined) continue;
        const cells = values.flat().filter((c: CellValue) => c !== null && c !== "");
        foundNames.push(name);
        if (cells.length === 1 && typeof cells[0] === "number") {
          found[s.key] = { value: cells[0], where: name };
        } else {
          found[s.key] = { value: NaN, where: name };
        }
        break;
      }
    }
    const looked = SOURCES.flatMap((s) => s.names).join(", ");
    const notes = apply(
      Object.fromEntries(Object.entries(found).filter(([, f]) => Number.isFinite(f.value))) as typeof found,
    );
    const bad = Object.entries(found)
      .filter(([, f]) => !Number.isFinite(f.value))
      .map(([, f]) => `${f.where}: ${t.notOneNumber}`);
    setFillMessage({
      intent: foundNames.length === 0 || bad.length > 0 ? "warning" : "info",
      text: `${t.lookedFor} ${looked}. ${t.found}: ${foundNames.length ? foundNames.join(", ") : t.none}. ${[
        ...notes,
        ...bad,
      ].join("; ")}${foundNames.length ? ` ${t.namesInUnit} ${unit}.` : ""}`.trim(),
    });
  }

  function update(id: number, patch: Partial<Measure>) {
    setMeasures((ms) => ms.map((m) => (m.id === id ? { ...m, ...patch } : m)));
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
    setMeasures((ms) => [
      ...ms,
      {
        id: nextId++,
        kind: "ovrigt",
        name: "",
        startYear: String(new Date().getFullYear() + 1),
        amount: "",
        model: {},
      },
    ]);
  }

  async function writeSheet() {
    if (!result) return;
    const fmt = moneyFormat(unit);
    const n = measures.length;
    const first = 12;
    const last = first + n - 1;
    const sumRow = first + Math.max(n, 1) + 0;
    // inputs (B2:B4, B8) and KOMMUN formulas that refer to them, so the sheet recalculates and can be audited
    const block: Block = [
      [text(t.taxTab), text(unit)],
      [text(labels.gap), num(v("gap")!, fmt)],
      [text(labels.base), num(v("base")!, fmt)],
      [text(labels.netCost), num(v("netCost")!, fmt)],
      [text(`${t.taxRaise} (kr/100 kr)`), formula("=KOMMUN.TAXRAISEFOR(B2,B3)", "0.00")],
      [
        text(`${t.perPerson} (kr)`),
        v("income") === undefined ? null : formula("=KOMMUN.TAXCOSTPERPERSON(B5,B8)", "#,##0"),
      ],
      [text(`${t.efficiency} ${t.ofNetCost}`), formula("=KOMMUN.EFFICIENCYNEEDED(B2,B4)", "0.00%")],
      [text(t.income), v("income") === undefined ? null : num(v("income")!, "#,##0")],
      [text(`${t.taxRaise} (${t.ore})`), formula("=B5*100", "0")],
      [],
      [
        text(t.measure),
        text(`${t.amount} (${unit})`),
        text(t.startYear),
        text(`${t.taxEquivalent} (${t.ore})`),
      ],
      ...(n === 0
        ? [[text(t.noMeasures)]]
        : measures.map((_, i) => [
            text(names[i]!),
            num(amounts[i]!, fmt),
            num(valueOf(perMeasure[i]!.startYear!.parsed)!, "0"),
            formula(`=KOMMUN.TAXEQUIVALENT(B${first + i},$B$3)*100`, "0.0"),
          ])),
      [text(t.measuresClose), n === 0 ? num(0, fmt) : formula(`=SUM(B${first}:B${last})`, fmt)],
      [text(t.remaining), formula(`=MAX(0,B2-B${sumRow})`, fmt)],
      [text(`${t.raiseAfter} (kr/100 kr)`), formula(`=KOMMUN.TAXRAISEFOR(B${sumRow + 1},B3)`, "0.00")],
    ];
    if (n > 0 && perYear.length > 0) {
      const head = sumRow + 4;
      block.push([]);
      block.push([
        text(t.year),
        text(`${t.inEffect} (${unit})`),
        text(`${t.remaining} (${unit})`),
        text(`${t.raiseLeft} (kr/100 kr)`),
      ]);
      perYear.forEach((y, i) => {
        const r = head + 1 + i;
        block.push([
          num(y.year, "0"),
          formula(`=SUMIF($C$${first}:$C$${last},"<="&A${r},$B$${first}:$B$${last})`, fmt),
          formula(`=MAX(0,$B$2-B${r})`, fmt),
          formula(`=KOMMUN.TAXRAISEFOR(C${r},$B$3)`, "0.00"),
        ]);
      });
    }
    const where = await props.write("new", "A1", block, t.sheetTax);
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const r = result;
  const chart: ChartConfiguration | undefined = r
    ? {
        type: "bar",
        data: {
          labels: [t.gap, t.measuresClose, t.remaining],
          datasets: [
            {
              label: unit,
              data: [v("gap")!, r.atgarderSumma, r.kvarvarandeGap],
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
      <div className={styles.two}>
        {(Object.keys(main) as SourceKey[]).map((k) => (
          <NumberField
            key={k}
            id={`tax-${k === "netCost" ? "netcost" : k}`}
            label={main[k].label}
            text={texts[k]}
            parsed={main[k].parsed}
            onText={(s) => setText(k, s)}
            {...(k === "income" ? { hint: t.optional } : {})}
          />
        ))}
      </div>
      <Problems lang={lang} lines={lines} testId="tax-problems" />
      {r && (
        <div className={styles.results}>
          <ResultCard
            title={t.raiseTax}
            items={[
              {
                label: t.taxRaise,
                value: `${formatNumber(r.skattehojning * 100, lang)} ${t.ore}`,
                testId: "tax-raise",
              },
              {
                label: t.perPerson,
                value:
                  r.kostnadPerPerson === null
                    ? t.noIncome
                    : `${formatNumber(r.kostnadPerPerson, lang, 0)} kr`,
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
                value: formatPercent(r.effektiviseringsbehov, lang),
                testId: "tax-efficiency",
              },
            ]}
          />
        </div>
      )}
      <Text weight="semibold" as="h2">
        {t.measures}
      </Text>
      {measures.map((m, i) => {
        const fs = perMeasure[i]!;
        const amount = amounts[i];
        const equivalent = r?.atgarder[i]?.skatteekvivalent;
        return (
          <Card key={m.id} aria-label={`${t.measure} ${i + 1}`} data-measure-index={i}>
            <div className={styles.two}>
              <Field label={t.kind}>
                <Dropdown
                  value={t.kinds[m.kind]}
                  selectedOptions={[m.kind]}
                  style={{ minWidth: 0 }}
                  onOptionSelect={(_, d) => {
                    const kind = d.optionValue as MeasureKind;
                    update(m.id, {
                      kind,
                      model: Object.fromEntries(MODEL_FIELDS[kind].map((f) => [f.key, initialText(f, lang)])),
                    });
                  }}
                >
                  {(Object.keys(t.kinds) as MeasureKind[]).map((k) => (
                    <Option key={k} value={k}>
                      {t.kinds[k]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={t.name}>
                <Input
                  value={m.name}
                  placeholder={t.kinds[m.kind]}
                  style={{ minWidth: 0 }}
                  onChange={(_, d) => update(m.id, { name: d.value })}
                />
              </Field>
              <NumberField
                id={`measure-${i}-start`}
                label={t.startYear}
                text={m.startYear}
                parsed={fs.startYear!.parsed}
                onText={(s) => update(m.id, { startYear: s })}
              />
              {m.kind === "ovrigt" && (
                <NumberField
                  id={`measure-${i}-amount`}
                  label={`${t.amount} (${unit})`}
                  text={m.amount}
                  parsed={fs.amount!.parsed}
                  onText={(s) => update(m.id, { amount: s })}
                />
              )}
              {MODEL_FIELDS[m.kind].map((f) => (
                <NumberField
                  key={f.key}
                  id={`measure-${i}-${f.key}`}
                  label={`${lang === "sv" ? f.sv : f.en}${f.spec(unit).kind === "money" && f.spec(unit).unit !== "kr" ? ` (${unit})` : ""}`}
                  text={m.model[f.key] ?? ""}
                  parsed={fs[f.key]!.parsed}
                  onText={(s) => update(m.id, { model: { ...m.model, [f.key]: s } })}
                />
              ))}
            </div>
            <div className={styles.row} style={{ justifyContent: "space-between" }}>
              <Body1 data-testid={`measure-${i}-result`}>
                {amount === undefined
                  ? t.measureIncomplete
                  : `${formatNumber(amount, lang)} ${unit}${equivalent === undefined ? "" : ` = ${formatNumber(equivalent * 100, lang)} ${t.ore}`}`}
              </Body1>
              <Button
                appearance="subtle"
                onClick={() => remove(m.id, i)}
                aria-label={`${t.remove}: ${t.measure} ${i + 1}`}
              >
                {t.remove}
              </Button>
            </div>
          </Card>
        );
      })}
      <Button id="tax-add-measure" onClick={addMeasure}>
        {t.addMeasure}
      </Button>
      {r && (
        <ResultCard
          title={t.measures}
          items={[
            {
              label: t.measuresClose,
              value: `${formatNumber(r.atgarderSumma, lang)} ${unit}`,
              testId: "tax-measures",
            },
            {
              label: t.remaining,
              value: `${formatNumber(r.kvarvarandeGap, lang)} ${unit}`,
              testId: "tax-remaining",
            },
            {
              label: t.raiseAfter,
              value: `${formatNumber(r.skattehojningEfterAtgarder * 100, lang)} ${t.ore}`,
              testId: "tax-raise-after",
            },
          ]}
        />
      )}
      {r && perYear.length > 0 && (
        <div className={styles.scroll} role="region" aria-label={t.perYear} tabIndex={0}>
          <Table
            size="small"
            aria-label={t.perYear}
            data-testid="tax-per-year"
            style={{ tableLayout: "auto", width: "auto", minWidth: "100%" }}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.year}</TableHeaderCell>
                <TableHeaderCell>{`${t.inEffect} (${unit})`}</TableHeaderCell>
                <TableHeaderCell>{`${t.remaining} (${unit})`}</TableHeaderCell>
                <TableHeaderCell>{`${t.raiseLeft} (${t.ore})`}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {perYear.map((y) => (
                <TableRow key={y.year} data-testid={`tax-year-${y.year}`}>
                  <TableCell>{y.year}</TableCell>
                  <TableCell>{formatNumber(y.inEffect, lang)}</TableCell>
                  <TableCell>{formatNumber(y.left, lang)}</TableCell>
                  <TableCell>{formatNumber(y.raiseLeft * 100, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {chart && r && (
        <Chart
          config={chart}
          lang={lang}
          unit={unit}
          label={t.chartTax}
          testId="tax-chart"
          table={{
            head: [t.gap, t.measuresClose, t.remaining],
            rows: [
              [
                formatNumber(v("gap")!, lang),
                formatNumber(r.atgarderSumma, lang),
                formatNumber(r.kvarvarandeGap, lang),
              ],
            ],
          }}
        />
      )}
      {raiseChart && r && (
        <Chart
          config={raiseChart}
          lang={lang}
          unit={t.ore}
          label={`${t.taxRaise} (${t.ore})`}
          table={{
            head: [t.taxRaise, t.raiseAfter],
            rows: [
              [
                formatNumber(r.skattehojning * 100, lang),
                formatNumber(r.skattehojningEfterAtgarder * 100, lang),
              ],
            ],
          }}
        />
      )}
      <WriteButton
        lang={lang}
        label={t.writeSheet}
        blocked={!r}
        onClick={() => void writeSheet()}
        testId="tax-write"
      />
      {message && <MessageBar data-testid="tax-message">{message}</MessageBar>}
    </div>
  );
}
