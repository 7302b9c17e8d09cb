import {
  avvikelse,
  avvikelseAndel,
  prognos,
  prognosbias,
  prognosstatus,
  prognostraffsakerhet,
  sasongsprofil,
  type PrognosmetodOrd,
  type TeckenOrd,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, optionalRange, range, scalar } from "./excel";
import { param } from "./params";
import type { ExcelScalar, FunctionDef, Lang } from "./types";

const STATUS_WORDS: Record<string, Record<Lang, string>> = {
  ok: { sv: "ok", en: "ok" },
  varning: { sv: "varning", en: "warning" },
  kritisk: { sv: "kritisk", en: "critical" },
};

const budget = param(
  "budget",
  "number",
  "money",
  ["budget", "Årsbudgeten (belopp)."],
  ["budget", "The annual budget (amount)."],
);
const prognosParam = param(
  "prognos",
  "number",
  "money",
  ["prognos", "Helårsprognosen, samma enhet som budgeten."],
  ["forecast", "The full-year forecast, same unit as the budget."],
);
const tecken = param(
  "tecken",
  "text",
  "word",
  ["tecken", 'Vad raden är: "kostnad" (standard), "intäkt" eller "resultat".'],
  ["sign", 'What the line is: "cost" (default), "revenue" or "result".'],
  { optional: true, default: "kostnad / cost" },
);

const prognoser = param(
  "prognoser",
  "range",
  "money",
  ["prognoser", "Prognoserna som gjordes under året; tomma celler hoppas över."],
  ["forecasts", "The forecasts made during the year; empty cells are skipped."],
  { blanks: true },
);
const utfallParam = param(
  "utfall",
  "number",
  "money",
  ["utfall", "Årets slutliga utfall."],
  ["outcome", "The year's final outcome."],
);
const namnare = param(
  "namnare",
  "number",
  "money",
  [
    "nämnare",
    "Valfri nämnare, t.ex. skatter och bidrag för en resultatrad med utfall nära 0. Standard: |utfall|.",
  ],
  [
    "denominator",
    "Optional denominator, e.g. taxes and grants for a result line whose outcome is near 0. Default: |outcome|.",
  ],
  { optional: true, default: "|utfall| / |outcome|" },
);

/**
 * A word argument as Excel gives it. calc-core types the words it knows (`PrognosmetodOrd`, `TeckenOrd`)
 * and checks any value at run time — any case, with or without å/ä/ö, anything else a KommunError — so
 * the cell's value is passed on as typed and calc-core decides.
 */
function text<W extends string>(v: ExcelScalar): W | undefined {
  return v === undefined ? undefined : (v as W);
}

export const FORECAST: FunctionDef[] = [
  {
    id: "FORECAST",
    sv: {
      name: "PROGNOS",
      description:
        "Helårsprognos av utfallet hittills: linjär, med säsongsprofil eller resten enligt budget.",
    },
    en: {
      name: "FORECAST",
      description:
        "Full-year forecast from the outcomes so far: run rate, seasonal profile or rest as budgeted.",
    },
    area: "forecast",
    calcCore: "prognos",
    params: [
      budget,
      param(
        "utfall",
        "range",
        "money",
        ["utfall", "Månadsutfallen hittills (upp till 12); tomma celler = inget utfall ännu."],
        ["outcomes", "The monthly outcomes so far (up to 12); empty cells = no outcome yet."],
        { blanks: true },
      ),
      param(
        "metod",
        "text",
        "word",
        ["metod", '"linjär", "profil" (standard) eller "budget".'],
        ["method", '"linear", "profile" (default) or "budget".'],
        { optional: true, default: "profil / profile" },
      ),
      param(
        "profil",
        "range",
        undefined,
        ["profil", "Valfri månadsprofil, 12 tal (andelar eller månadsbudget). Standard: jämn."],
        ["profile", "Optional monthly profile, 12 numbers (shares or a monthly budget). Default: even."],
        { optional: true, default: "jämn / even" },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: '=KOMMUN.FORECAST(1200,{100,100,100},"linear")', value: "1200" },
    invoke: ([b, u, m, p]) =>
      prognos(
        n(scalar(b, "budget")),
        range(u).values as (number | null)[],
        text<PrognosmetodOrd>(optional(m, "metod")),
        optionalRange(p) as number[] | undefined,
      ),
  },
  {
    id: "SEASONALPROFILE",
    sv: {
      name: "SÄSONGSPROFIL",
      description:
        "Månadsprofil ur historiken: varje år normeras till 1, sedan medel per månad (spiller 12).",
    },
    en: {
      name: "SEASONALPROFILE",
      description:
        "Monthly profile from history: each year normalised to 1, then the mean per month (spills 12).",
    },
    area: "forecast",
    calcCore: "sasongsprofil",
    params: [
      param(
        "historik",
        "range",
        "money",
        ["historik", "Tidigare års månadsbelopp: år i rader (12 kolumner) eller år i kolumner (12 rader)."],
        ["history", "Earlier years' monthly amounts: years in rows (12 columns) or in columns (12 rows)."],
      ),
    ],
    result: "matrix",
    resultUnit: "share",
    example: {
      formula: "=KOMMUN.SEASONALPROFILE({1,1,1,1,1,1,0,1,1,1,1,1})",
      value:
        "0.0909090909090909,0.0909090909090909,0.0909090909090909,0.0909090909090909,0.0909090909090909,0.0909090909090909,0,0.0909090909090909,0.0909090909090909,0.0909090909090909,0.0909090909090909,0.0909090909090909",
    },
    invoke: ([h]) => {
      const { values, shape } = range(h);
      const byRows = shape.cols === 12;
      if (!byRows && shape.rows !== 12) {
        // neither orientation: let calc-core name the problem (a year without 12 months)
        return [sasongsprofil([values as number[]])];
      }
      const years: number[][] = [];
      if (byRows) {
        for (let r = 0; r < shape.rows; r++) years.push(values.slice(r * 12, r * 12 + 12) as number[]);
      } else {
        for (let c = 0; c < shape.cols; c++) {
          years.push(Array.from({ length: 12 }, (_, r) => values[r * shape.cols + c] as number));
        }
      }
      const profile = sasongsprofil(years);
      return byRows ? [profile] : profile.map((v) => [v]);
    },
    spill: (shapes) => {
      const s = shapes[0];
      return s && s[1] !== 12 && s[0] === 12 ? [12, 1] : [1, 12];
    },
  },
  {
    id: "DEVIATION",
    sv: {
      name: "AVVIKELSE",
      description: "Prognosens avvikelse från budget; positiv = gynnsam för resultatet.",
    },
    en: {
      name: "DEVIATION",
      description: "The forecast's deviation from budget; positive = favourable to the result.",
    },
    area: "forecast",
    calcCore: "avvikelse",
    params: [budget, prognosParam, tecken],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.DEVIATION(1000,1030)", value: "-30" },
    invoke: ([b, p, t]) =>
      avvikelse(n(scalar(b, "budget")), n(scalar(p, "prognos")), text<TeckenOrd>(optional(t, "tecken"))),
  },
  {
    id: "DEVIATIONSHARE",
    sv: { name: "AVVIKELSEANDEL", description: "Avvikelsen som andel av budgeten." },
    en: { name: "DEVIATIONSHARE", description: "The deviation as a share of the budget." },
    area: "forecast",
    calcCore: "avvikelseAndel",
    params: [budget, prognosParam, tecken],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.DEVIATIONSHARE(1000,1030)", value: "-0.03" },
    invoke: ([b, p, t]) =>
      avvikelseAndel(n(scalar(b, "budget")), n(scalar(p, "prognos")), text<TeckenOrd>(optional(t, "tecken"))),
  },
  {
    id: "FORECASTSTATUS",
    sv: { name: "PROGNOSSTATUS", description: "ok, varning eller kritisk efter hur ogynnsam avvikelsen är." },
    en: {
      name: "FORECASTSTATUS",
      description: "ok, warning or critical by how unfavourable the deviation is.",
    },
    area: "forecast",
    calcCore: "prognosstatus",
    params: [
      budget,
      prognosParam,
      tecken,
      param(
        "varning",
        "number",
        "share",
        ["varning", "Gräns för varning som andel av budget. Standard 1 %."],
        ["warning", "Warning threshold as a share of budget. Default 1 %."],
        { optional: true, default: "1 %", wrongUnit: 5 },
      ),
      param(
        "kritisk",
        "number",
        "share",
        ["kritisk", "Gräns för kritisk som andel av budget. Standard 3 %."],
        ["critical", "Critical threshold as a share of budget. Default 3 %."],
        { optional: true, default: "3 %", wrongUnit: 30 },
      ),
    ],
    result: "text",
    resultUnit: "word",
    example: { formula: "=KOMMUN.FORECASTSTATUS(1000,1020)", value: "warning" },
    invoke: ([b, p, t, w, k], lang) => {
      const status = prognosstatus(
        n(scalar(b, "budget")),
        n(scalar(p, "prognos")),
        text<TeckenOrd>(optional(t, "tecken")),
        n(optional(w, "varning")),
        n(optional(k, "kritisk")),
      );
      return STATUS_WORDS[status]![lang];
    },
  },
  {
    id: "FORECASTACCURACY",
    sv: {
      name: "TRÄFFSÄKERHET",
      description:
        "Hur träffsäkra tidigare prognoser var mot slututfallet: medelfelet i belopp delat med utfallet eller en given nämnare.",
    },
    en: {
      name: "FORECASTACCURACY",
      description:
        "How accurate earlier forecasts were against the final outcome: the mean absolute error over the outcome or a given denominator.",
    },
    area: "forecast",
    calcCore: "prognostraffsakerhet",
    params: [prognoser, utfallParam, namnare],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.FORECASTACCURACY({1050,950},1000)", value: "0.05" },
    invoke: ([p, u, d]) =>
      prognostraffsakerhet(ns(range(p).values), n(scalar(u, "utfall")), n(optional(d, "namnare"))),
  },
  {
    id: "FORECASTBIAS",
    sv: {
      name: "PROGNOSBIAS",
      description:
        "Om tidigare prognoser systematiskt låg för högt eller lågt: medelfelet med tecken som andel av utfallet; positivt = för höga.",
    },
    en: {
      name: "FORECASTBIAS",
      description:
        "Whether earlier forecasts were systematically high or low: the mean signed error as a share of the outcome; positive = too high.",
    },
    area: "forecast",
    calcCore: "prognosbias",
    params: [prognoser, utfallParam],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.FORECASTBIAS({970,970,970},1000)", value: "-0.03" },
    invoke: ([p, u]) => prognosbias(ns(range(p).values), n(scalar(u, "utfall"))),
  },
];
