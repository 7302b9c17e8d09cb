import {
  KANSLIGHETSPOSTER,
  kanslighetsanalys,
  SKATTEUNDERLAG_UTAN_UTJAMNING,
  type KanslighetsanalysInput,
} from "@kommunkalkyl/calc-core";
import { n, optional } from "./excel";
import { param } from "./params";
import type { ExcelValue, FunctionDef, Lang, ParamDef } from "./types";

/** The header row of the spilled sensitivity table, in the user's language. */
export const SENSITIVITY_HEADERS: Record<Lang, [string, string, string]> = {
  sv: ["Post", "Förändring", "Effekt på resultatet"],
  en: ["Item", "Change", "Effect on the result"],
};

/**
 * The inputs, in the order of the arguments: the seven of the original table (in the order of
 * the rows), then income equalisation and the own tax base row's inputs (API.md §13).
 */
export const SENSITIVITY_PARAMS: ParamDef[] = [
  param(
    "personalkostnader",
    "number",
    "money",
    ["personalkostnader", "Personalkostnader inkl. PO (kr): raden löner +1 %."],
    ["personnel_costs", "Personnel costs incl. social charges (kr): the row pay +1 %."],
    { optional: true },
  ),
  param(
    "ovrigaKostnader",
    "number",
    "money",
    ["övriga_kostnader", "Övriga kostnader, varor och tjänster (kr): raden priser +1 %."],
    ["other_costs", "Other costs, goods and services (kr): the row prices +1 %."],
    { optional: true },
  ),
  param(
    "skatteunderlag",
    "number",
    "money",
    ["skatteunderlag", "Skatteunderlaget (kr): raden skattesats +10 öre."],
    ["tax_base", "The tax base (kr): the row tax rate +10 öre."],
    { optional: true },
  ),
  param(
    "skattesats",
    "number",
    "taxRate",
    ["skattesats", "Skattesats, kr per 100 kr (21,37): raden skatteunderlag +1 % (kräver skatteunderlag)."],
    ["tax_rate", "Tax rate, kr per 100 kr (21.37): the row tax base +1 % (needs the tax base)."],
    { optional: true, wrongUnit: 0.2137 },
  ),
  param(
    "laneskuld",
    "number",
    "money",
    ["låneskuld", "Låneskulden (kr): raden ränta +1 procentenhet."],
    ["loan_debt", "The loan debt (kr): the row interest +1 percentage point."],
    { optional: true },
  ),
  param(
    "invanare",
    "number",
    "count",
    ["invånare", "Antal invånare: raden generellt statsbidrag +100 kr per invånare (i kronor)."],
    ["inhabitants", "Inhabitants: the row general grant +100 kr per inhabitant (in kronor)."],
    { optional: true },
  ),
  param(
    "bistand",
    "number",
    "money",
    ["bistånd", "Ekonomiskt bistånd per år (kr): raden bistånd +10 %."],
    ["assistance", "Financial assistance a year (kr): the row assistance +10 %."],
    { optional: true },
  ),
  param(
    "inkomstutjamning",
    "number",
    "money",
    [
      "inkomstutjämning",
      "Årets inkomstutjämning (kr, bidrag +, avgift −): raden skatteunderlag i riket +1 % räknar då med utjämningen.",
    ],
    [
      "income_equalisation",
      "The year's income equalisation (kr, grant +, charge −): the row national tax base +1 % then counts it.",
    ],
    { optional: true },
  ),
  param(
    "skattekraft",
    "number",
    "money",
    [
      "skattekraft",
      "Kommunens skattekraft, kr per invånare: raden eget skatteunderlag +1 % (med medelskattekraft, länsskattesats, invånare).",
    ],
    [
      "tax_capacity",
      "The municipality's tax capacity, kr per inhabitant: the row own tax base +1 % (with average capacity, county rate, inhabitants).",
    ],
    { optional: true, wrongUnit: 230 },
  ),
  param(
    "medelskattekraft",
    "number",
    "money",
    ["medelskattekraft", "Rikets medelskattekraft, kr per invånare."],
    ["average_capacity", "The country's average tax capacity, kr per inhabitant."],
    { optional: true, wrongUnit: 250 },
  ),
  param(
    "lansSkattesats",
    "number",
    "taxRate",
    [
      "länsskattesats",
      "Länsvis skattesats för bidrag, förordning (2004:881) 2 § (Västra Götaland 19,41), kr per 100 kr.",
    ],
    [
      "county_rate",
      "County rate for the grant, förordning (2004:881) 2 § (Västra Götaland 19.41), kr per 100 kr.",
    ],
    { optional: true, wrongUnit: 0.1941 },
  ),
];

const KEYS = SENSITIVITY_PARAMS.map((p) => p.key) as (keyof KanslighetsanalysInput)[];

/** The sensitivity table as Excel shows it: a header row, then one row per given input. */
export function sensitivityTable(args: ExcelValue[], lang: Lang): (number | string)[][] {
  const input: KanslighetsanalysInput = {};
  KEYS.forEach((key, i) => {
    const v = optional(args[i], key);
    if (v !== undefined) input[key] = n(v);
  });
  const rows = kanslighetsanalys(input).map((r) => {
    const t = KANSLIGHETSPOSTER[r.post][lang];
    // the national tax base row without equalisation says so, in the user's language
    const change =
      r.forandring === SKATTEUNDERLAG_UTAN_UTJAMNING.sv ? SKATTEUNDERLAG_UTAN_UTJAMNING[lang] : t.forandring;
    return [t.post, change, r.effekt];
  });
  return [SENSITIVITY_HEADERS[lang], ...rows];
}

export const SENSITIVITY: FunctionDef[] = [
  {
    id: "SENSITIVITY",
    sv: {
      name: "KÄNSLIGHETSANALYS",
      description:
        "Känslighetsanalysen: vad 1 % lön, 10 öre skatt eller 100 kr statsbidrag per invånare gör med resultatet (spiller en tabell).",
    },
    en: {
      name: "SENSITIVITY",
      description:
        "The sensitivity table: what 1 % of pay, 10 öre of tax or 100 kr of grant per inhabitant does to the result (spills a table).",
    },
    area: "budget",
    calcCore: "kanslighetsanalys",
    params: SENSITIVITY_PARAMS,
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: "=KOMMUN.SENSITIVITY(1000000000,,6900000000,21.5)",
      value:
        "Item,Change,Effect on the result;Pay costs,+1 %,-10000000;Tax rate,+10 öre,6900000;National tax base,+1 % (income equalisation left out),14835000",
    },
    invoke: (args, lang) => sensitivityTable(args, lang),
    // a header row and one row per argument written in the formula (an omitted argument gives no row);
    // equalisation adds none, the tax capacity adds the own tax base row
    spill: (_shapes, _literals, given) => [
      1 + (given ?? []).slice(0, 7).filter(Boolean).length + (given?.[8] ? 1 : 0),
      3,
    ],
  },
];
