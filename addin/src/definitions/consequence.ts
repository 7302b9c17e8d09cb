import { aterbetalningsar, kapitalkostnad, nettoeffekt } from "@kommunkalkyl/calc-core";
import { n, scalar } from "./excel";
import { param } from "./params";
import type { FunctionDef } from "./types";

const startar = param(
  "startar",
  "number",
  "year",
  ["startår", "Året åtgärden startar."],
  ["start_year", "The year the measure starts."],
);
const engangskostnad = param(
  "engangskostnad",
  "number",
  "money",
  ["engångskostnad", "Engångskostnad startåret."],
  ["one_off_cost", "One-off cost in the start year."],
);
const investering = param(
  "investering",
  "number",
  "money",
  ["investering", "Investeringens belopp."],
  ["investment", "The investment."],
);
const avskrivningstid = param(
  "avskrivningstid",
  "number",
  "whole",
  ["avskrivningstid", "Avskrivningstid i hela år."],
  ["depreciation_years", "Depreciation period in whole years."],
);
const ranta = param(
  "ranta",
  "number",
  "share",
  ["ränta", "Internränta, t.ex. 2,5 %."],
  ["interest", "Internal interest rate, e.g. 2.5 %."],
  { wrongUnit: 2.5 },
);
const driftkostnad = param(
  "driftkostnad",
  "number",
  "money",
  ["driftkostnad", "Årlig driftkostnad från startåret."],
  ["running_cost", "Yearly running cost from the start year."],
);
const intakt = param(
  "intakt",
  "number",
  "money",
  ["intäkt", "Årlig intäkt eller besparing från startåret."],
  ["revenue", "Yearly revenue or saving from the start year."],
);

export const CONSEQUENCE: FunctionDef[] = [
  {
    id: "CAPITALCOST",
    sv: {
      name: "KAPITALKOSTNAD",
      description: "Kapitalkostnad ett visst år: rak avskrivning + internränta på ingående bokfört värde.",
    },
    en: {
      name: "CAPITALCOST",
      description:
        "Capital cost of a year: straight-line depreciation + internal interest on the opening book value.",
    },
    area: "consequence",
    calcCore: "kapitalkostnad",
    params: [
      investering,
      avskrivningstid,
      ranta,
      param(
        "ar",
        "number",
        "whole",
        ["år", "Året i tillgångens livslängd, 1 = första året."],
        ["year", "The year of the asset's life, 1 = the first."],
      ),
    ],
    result: "number",
    example: { formula: "=KOMMUN.CAPITALCOST(10000000,10,2.5%,3)", value: "1200000" },
    invoke: ([i, t, r, a]) =>
      kapitalkostnad(
        n(scalar(i, "investering")),
        n(scalar(t, "avskrivningstid")),
        n(scalar(r, "ranta")),
        n(scalar(a, "ar")),
      ),
  },
  {
    id: "NETEFFECT",
    sv: {
      name: "NETTOEFFEKT",
      description: "En åtgärds effekt på resultatet ett kalenderår; positiv förbättrar.",
    },
    en: {
      name: "NETEFFECT",
      description: "A measure's effect on the result in a calendar year; positive improves it.",
    },
    area: "consequence",
    calcCore: "nettoeffekt",
    params: [
      param("ar", "number", "year", ["år", "Kalenderåret."], ["year", "The calendar year."]),
      startar,
      engangskostnad,
      investering,
      avskrivningstid,
      ranta,
      driftkostnad,
      intakt,
    ],
    result: "number",
    example: { formula: "=KOMMUN.NETEFFECT(2027,2026,1,3,5,2%,0.4,2.5)", value: "1.452" },
    invoke: (args) => {
      const names = [
        "ar",
        "startar",
        "engangskostnad",
        "investering",
        "avskrivningstid",
        "ranta",
        "driftkostnad",
        "intakt",
      ];
      const v = args.map((a, i) => n(scalar(a, names[i]!)));
      return nettoeffekt(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[6]!, v[7]!);
    },
  },
  {
    id: "PAYBACKYEAR",
    sv: { name: "ÅTERBETALNINGSÅR", description: "Första år då åtgärdens ackumulerade kassaflöde är ≥ 0." },
    en: { name: "PAYBACKYEAR", description: "The first year the measure's cumulative cash flow is ≥ 0." },
    area: "consequence",
    calcCore: "aterbetalningsar",
    params: [startar, engangskostnad, investering, driftkostnad, intakt],
    result: "number",
    example: { formula: "=KOMMUN.PAYBACKYEAR(2026,500000,1500000,100000,1000000)", value: "2028" },
    invoke: ([s, e, i, d, t]) =>
      aterbetalningsar(
        n(scalar(s, "startar")),
        n(scalar(e, "engangskostnad")),
        n(scalar(i, "investering")),
        n(scalar(d, "driftkostnad")),
        n(scalar(t, "intakt")),
      ),
  },
];
