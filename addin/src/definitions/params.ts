import type { ParamDef } from "./types";

type Unit = ParamDef["unit"];

/** Builds a parameter from its key, Swedish and English names and descriptions. */
export function param(
  key: string,
  kind: ParamDef["kind"],
  unit: Unit,
  sv: [string, string],
  en: [string, string],
  extra: Partial<Pick<ParamDef, "optional" | "default" | "wrongUnit" | "blanks">> = {},
): ParamDef {
  return {
    key,
    kind,
    unit,
    sv: { name: sv[0], description: sv[1] },
    en: { name: en[0], description: en[1] },
    ...extra,
  };
}

/** Parameters shared by several functions, so their texts are written once. */
export const P = {
  skatterOchBidrag: param(
    "skatterOchBidrag",
    "number",
    "money",
    ["skatter_och_bidrag", "Skatteintäkter + generella statsbidrag och utjämning (kr, tkr eller mnkr)."],
    ["taxes_and_grants", "Tax revenue + general state grants and equalisation (kr, tkr or mnkr)."],
  ),
  finansnetto: param(
    "finansnetto",
    "number",
    "money",
    ["finansnetto", "Finansiella intäkter minus finansiella kostnader, samma enhet."],
    ["finance_net", "Financial income minus financial costs, same unit."],
  ),
  andel: param(
    "andel",
    "number",
    "share",
    ["andel", "Resultatkravet som andel, t.ex. 2 %. Standard 2 %."],
    ["share", "The result requirement as a share, e.g. 2 %. Default 2 %."],
    { optional: true, default: "2 %", wrongUnit: 2 },
  ),
  forslag: param(
    "forslag",
    "range",
    "money",
    ["förslag", "Nämndernas förslag till nettokostnad (ett område)."],
    ["proposals", "The committees' proposed net costs (a range)."],
  ),
  nettokostnader: param(
    "nettokostnader",
    "range",
    "money",
    ["nettokostnader", "Nämndernas nettokostnader (ett område)."],
    ["net_costs", "The committees' net costs (a range)."],
  ),
  resultat: param(
    "resultat",
    "number",
    "money",
    ["resultat", "Årets resultat, samma enhet som skatter och bidrag."],
    ["result", "The year's result, same unit as taxes and grants."],
  ),
  bas: param(
    "bas",
    "number",
    "money",
    ["bas", "Fjolårets ram (belopp)."],
    ["base", "Last year's frame (amount)."],
  ),
  index: param(
    "index",
    "number",
    "share",
    ["index", "Prisförändringen som andel, t.ex. 4,9 %."],
    ["index", "The price change as a share, e.g. 4.9 %."],
    { wrongUnit: 4.9 },
  ),
} satisfies Record<string, ParamDef>;
