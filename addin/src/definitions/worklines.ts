import {
  arbetslinjeBesparing,
  arbetslinjePlan,
  besparingVidReferensniva,
  bistandPerInvanare,
  type ArbetslinjeInput,
} from "@kommunkalkyl/calc-core";
import { n, optional, scalar } from "./excel";
import { param } from "./params";
import type { ExcelValue, FunctionDef, Lang, ParamDef } from "./types";

const invanare = param(
  "invanare",
  "number",
  "count",
  ["invånare", "Antal invånare."],
  ["inhabitants", "Number of inhabitants."],
);

const WORKLINE_REQUIRED: ParamDef[] = [
  param(
    "hushall",
    "number",
    "count",
    ["hushåll", "Hushåll med ekonomiskt bistånd."],
    ["households", "Households on financial assistance."],
  ),
  param(
    "kostnadPerHushall",
    "number",
    "money",
    ["kostnad_per_hushåll", "Bistånd per hushåll och år (kr)."],
    ["cost_per_household", "Assistance per household a year (kr)."],
  ),
  param(
    "andelSomLamnar",
    "number",
    "share",
    ["andel_som_lämnar", "Andelen hushåll som lämnar biståndet (per år i planen)."],
    ["share_leaving", "The share of households that leave assistance (per year in the plan)."],
    { wrongUnit: 15 },
  ),
];

const WORKLINE_OPTIONAL: ParamDef[] = [
  param(
    "andelTillArbete",
    "number",
    "share",
    ["andel_till_arbete", "Av dem som lämnar: andelen som går till arbete. Standard 100 %."],
    ["share_to_work", "Of those who leave: the share who go to work. Default 100 %."],
    { optional: true, default: "100 %", wrongUnit: 60 },
  ),
  param(
    "inkomstVidArbete",
    "number",
    "money",
    ["inkomst_vid_arbete", "Årsinkomst för den som får arbete (kr). Standard 0."],
    ["income_at_work", "Yearly income of one who gets work (kr). Default 0."],
    { optional: true, default: "0" },
  ),
  param(
    "skattesats",
    "number",
    "taxRate",
    ["skattesats", "Kommunal skattesats, kr per 100 kr (21,37)."],
    ["tax_rate", "Municipal tax rate, kr per 100 kr (21.37)."],
    { optional: true, wrongUnit: 0.2137 },
  ),
  param(
    "behallenAndel",
    "number",
    "share",
    ["behållen_andel", "Andel av ny skatteintäkt som kommunen behåller efter inkomstutjämning. Standard 0."],
    ["retained_share", "Share of new tax revenue kept after income equalisation. Default 0."],
    { optional: true, default: "0", wrongUnit: 20 },
  ),
  param(
    "programkostnad",
    "number",
    "money",
    ["programkostnad", "Programmets kostnad per år (kr). Standard 0."],
    ["programme_cost", "The programme's cost a year (kr). Default 0."],
    { optional: true, default: "0" },
  ),
];

function worklineInput(args: ExcelValue[], optionalFrom: number): ArbetslinjeInput {
  const [h, k, a] = args;
  const o = args.slice(optionalFrom);
  return {
    hushall: n(scalar(h, "hushall")),
    kostnadPerHushall: n(scalar(k, "kostnadPerHushall")),
    andelSomLamnar: n(scalar(a, "andelSomLamnar")),
    andelTillArbete: n(optional(o[0], "andelTillArbete")),
    inkomstVidArbete: n(optional(o[1], "inkomstVidArbete")),
    skattesats: n(optional(o[2], "skattesats")),
    behallenAndel: n(optional(o[3], "behallenAndel")),
    programkostnad: n(optional(o[4], "programkostnad")),
  };
}

const PLAN_HEADERS: Record<Lang, string[]> = {
  sv: [
    "År",
    "Kvar på bistånd",
    "Lämnat totalt",
    "Biståndsbesparing",
    "varav till arbete",
    "varav annan ersättning",
    "Skattetillskott",
    "Programkostnad",
    "Netto",
    "Kumulativt",
  ],
  en: [
    "Year",
    "Still on assistance",
    "Left in total",
    "Benefit saving",
    "of which to work",
    "of which other benefit",
    "Tax gain",
    "Programme cost",
    "Net",
    "Cumulative",
  ],
};
const PAYBACK: Record<Lang, [string, string]> = {
  sv: ["Återbetalningsår", "aldrig"],
  en: ["Payback year", "never"],
};

export const WORKLINES: FunctionDef[] = [
  {
    id: "ASSISTANCEPERCAPITA",
    sv: { name: "BISTÅNDPERINVÅNARE", description: "Utbetalt ekonomiskt bistånd per invånare (kr)." },
    en: { name: "ASSISTANCEPERCAPITA", description: "Financial assistance paid per inhabitant (kr)." },
    area: "worklines",
    calcCore: "bistandPerInvanare",
    params: [
      param(
        "utbetalt",
        "number",
        "money",
        ["utbetalt", "Utbetalt bistånd under året (kr)."],
        ["paid", "Assistance paid in the year (kr)."],
      ),
      invanare,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.ASSISTANCEPERCAPITA(26477000,83000)", value: "319" },
    invoke: ([u, i]) => bistandPerInvanare(n(scalar(u, "utbetalt")), n(scalar(i, "invanare"))),
  },
  {
    id: "SAVINGATREFERENCE",
    sv: {
      name: "REFERENSBESPARING",
      description: "Besparingen om kostnaden per invånare når en referensnivå, t.ex. Solnas 319 kr (kr).",
    },
    en: {
      name: "SAVINGATREFERENCE",
      description:
        "The saving if the cost per inhabitant reaches a reference level, e.g. Solna's 319 kr (kr).",
    },
    area: "worklines",
    calcCore: "besparingVidReferensniva",
    params: [
      param(
        "kostnadPerInv",
        "number",
        "money",
        ["kostnad_per_inv", "Egen kostnad per invånare (kr)."],
        ["cost_per_capita", "Own cost per inhabitant (kr)."],
      ),
      param(
        "referensPerInv",
        "number",
        "money",
        ["referens_per_inv", "Referenskostnad per invånare (kr)."],
        ["reference_per_capita", "Reference cost per inhabitant (kr)."],
      ),
      invanare,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.SAVINGATREFERENCE(1454,319,30000)", value: "34050000" },
    invoke: ([k, r, i]) =>
      besparingVidReferensniva(
        n(scalar(k, "kostnadPerInv")),
        n(scalar(r, "referensPerInv")),
        n(scalar(i, "invanare")),
      ),
  },
  {
    id: "WORKLINESAVING",
    sv: {
      name: "ARBETSLINJE",
      description:
        "Ett års nettoeffekt av arbetslinjen: sparat bistånd + skattetillskott − programkostnad, helårseffekt utan tidsförskjutning (kr).",
    },
    en: {
      name: "WORKLINESAVING",
      description:
        "One year's net effect of a work line: assistance saved + tax gain − programme cost, a full year without timing (kr).",
    },
    area: "worklines",
    calcCore: "arbetslinjeBesparing",
    params: [...WORKLINE_REQUIRED, ...WORKLINE_OPTIONAL],
    result: "number",
    resultUnit: "money",
    example: {
      formula: "=KOMMUN.WORKLINESAVING(400,110000,15%,60%,300000,21.5,0.2,3000000)",
      value: "4064400",
    },
    invoke: (args) => arbetslinjeBesparing(worklineInput(args, 3)).netto,
  },
  {
    id: "WORKLINEPLAN",
    sv: {
      name: "ARBETSLINJEPLAN",
      description:
        "Flerårsplan för arbetslinjen med rubrikrad och återbetalningsår; skattetillskottet når kommunen två år senare (spiller en tabell).",
    },
    en: {
      name: "WORKLINEPLAN",
      description:
        "Multi-year work-line plan with a header row and the payback year; the tax gain reaches the municipality two years later (spills a table).",
    },
    area: "worklines",
    calcCore: "arbetslinjePlan",
    params: [
      ...WORKLINE_REQUIRED,
      param(
        "ar",
        "number",
        "whole",
        ["år", "Antal år i planen (1–50); i HyperFormula och kommandoraden ett tal i formeln."],
        ["years", "Number of years in the plan (1–50); in HyperFormula and the CLI a number in the formula."],
      ),
      ...WORKLINE_OPTIONAL,
      param(
        "skattefordrojning",
        "number",
        "whole",
        [
          "skattefördröjning",
          "År tills skattetillskottet når kommunens intäkter (0–10). Standard 2: skatteunderlaget är inkomsten två år före.",
        ],
        [
          "tax_delay",
          "Years until the tax gain reaches the municipality's revenue (0–10). Default 2: the tax base is the income of two years before.",
        ],
        { optional: true, default: "2" },
      ),
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: "=KOMMUN.WORKLINEPLAN(100,100000,10%,2,,,,,1500000)",
      value:
        "Year,Still on assistance,Left in total,Benefit saving,of which to work,of which other benefit,Tax gain,Programme cost,Net,Cumulative;1,90,10,1000000,1000000,0,0,1500000,-500000,-500000;2,81,19,1900000,1900000,0,0,1500000,400000,-100000;Payback year,never,,,,,,,,",
    },
    invoke: (args, lang) => {
      const years = n(scalar(args[3] as ExcelValue, "ar"));
      const delay = optional(args[9] as ExcelValue, "skattefordrojning");
      const plan = arbetslinjePlan({
        ...worklineInput([args[0], args[1], args[2], ...args.slice(4, 9)], 3),
        ar: years,
        ...(delay === undefined ? {} : { skattefordrojning: n(delay) }),
      });
      const table: (number | string)[][] = [PLAN_HEADERS[lang]];
      for (const y of plan.ar) {
        table.push([
          y.ar,
          y.kvarPaBistand,
          y.lamnatTotalt,
          y.bistandBesparing,
          y.varavTillArbete,
          y.varavAnnanErsattning,
          y.skattetillskott,
          y.programkostnad,
          y.netto,
          y.kumulativt,
        ]);
      }
      const [label, never] = PAYBACK[lang];
      table.push([label, plan.aterbetalningsar ?? never, "", "", "", "", "", "", "", ""]);
      return table;
    },
    spill: (_shapes, literals) => {
      const years = literals[3];
      return [
        years !== undefined && Number.isInteger(years) && years >= 1 && years <= 50 ? years + 2 : 1,
        10,
      ];
    },
  },
];
