import { besparingVidReferensniva } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { TEXTS } from "../../i18n";
import { FIELDS, formatInput, MONEY_UNITS, type FieldSpec, type MoneyUnit } from "../../input/number";
import { field, type FieldState } from "../../input/problems";

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

export type ModelField = {
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
export function initialText(f: ModelField, lang: Lang): string {
  return f.initial === undefined ? "" : formatInput(Number(f.initial) / 100, FIELDS.share(), lang);
}

/** A model field's label, with the panel's unit when it is money in the panel's unit. */
export function modelLabel(f: ModelField, unit: MoneyUnit, lang: Lang): string {
  const spec = f.spec(unit);
  return `${lang === "sv" ? f.sv : f.en}${spec.kind === "money" && spec.unit !== "kr" ? ` (${unit})` : ""}`;
}

/** The fields of one measure, parsed, with labels that say which measure they belong to. */
export function measureFields(
  m: Measure,
  index: number,
  unit: MoneyUnit,
  lang: Lang,
): Record<string, FieldState> {
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

/** The money format of a written cell in a unit: mnkr with two decimals, tkr and kr whole. */
export function moneyFormat(unit: MoneyUnit): string {
  return unit === "mnkr" ? "#,##0.00" : "#,##0";
}

/** The labelled cells the panel reads from a selection or from named ranges, with the field they fill. */
export const SOURCES = [
  { key: "gap", names: ["Gap", "Budgetgap"], words: ["gap"] },
  { key: "base", names: ["Skatteunderlag", "TaxBase"], words: ["skatteunderlag", "tax base"] },
  { key: "netCost", names: ["Nettokostnad", "NetCost"], words: ["nettokostnad", "net cost"] },
  { key: "income", names: ["Inkomst", "Income"], words: ["inkomst", "income"] },
] as const;
export type SourceKey = (typeof SOURCES)[number]["key"];

/** The panel's four main fields by unit. */
export function mainSpecs(unit: MoneyUnit): Record<SourceKey, FieldSpec> {
  return {
    gap: FIELDS.money(unit),
    base: FIELDS.positiveMoney(unit),
    netCost: FIELDS.positiveMoney(unit),
    income: { ...FIELDS.kronor(), optional: true },
  };
}

export function mainLabels(unit: MoneyUnit, lang: Lang): Record<SourceKey, string> {
  const t = TEXTS[lang];
  return {
    gap: `${t.gap} (${unit})`,
    base: `${t.taxBase} (${unit})`,
    netCost: `${t.netCost} (${unit})`,
    income: t.income,
  };
}
