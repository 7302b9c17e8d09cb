import { KANSLIGHETSPOSTER, kanslighetsanalys, type KanslighetsanalysInput } from "@kommunkalkyl/calc-core";
import { n, optional } from "./excel";
import { param } from "./params";
import type { ExcelValue, FunctionDef, Lang, ParamDef } from "./types";

/** The header row of the spilled sensitivity table, in the user's language. */
export const SENSITIVITY_HEADERS: Record<Lang, [string, string, string]> = {
  sv: ["Post", "Förändring", "Effekt på resultatet"],
  en: ["Item", "Change", "Effect on the result"],
};

/** The seven inputs, in the order of the arguments (and of the rows). */
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
    return [t.post, t.forandring, r.effekt];
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
        "Item,Change,Effect on the result;Pay costs,+1 %,-10000000;Tax rate,+10 öre,6900000;Tax base,+1 %,14835000",
    },
    invoke: (args, lang) => sensitivityTable(args, lang),
    // a header row and one row per argument written in the formula (an omitted argument gives no row)
    spill: (_shapes, _literals, given) => [1 + (given ?? []).slice(0, 7).filter(Boolean).length, 3],
  },
];
