import { aterbetalningsar, kapitalkostnad, nettoeffekt } from "@kommunkalkyl/calc-core";
import { n, optional, scalar } from "./excel";
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
  ["ränta", "Räntan i vald räntevy: internränta (t.ex. 2,5 %) eller extern låneränta."],
  ["interest", "The rate of the chosen view: internal rate (e.g. 2.5 %) or external borrowing rate."],
  { wrongUnit: 2.5 },
);
const driftkostnad = param(
  "driftkostnad",
  "number",
  "money",
  ["driftkostnad", "Årlig driftkostnad från startåret."],
  ["running_cost", "Yearly running cost from the start year."],
);
const aktiveringsmanad = param(
  "aktiveringsmanad",
  "number",
  "whole",
  ["aktiveringsmånad", "Månaden tillgången tas i bruk, 1–12. Standard 1 (hela år)."],
  ["month_in_use", "The month the asset is taken into use, 1–12. Default 1 (whole years)."],
  { optional: true, default: "1" },
);
const rantevy = param(
  "rantevy",
  "text",
  "word",
  ["räntevy", '"intern" (nämndens kapitalkostnad, standard) eller "extern" (kommunens resultat).'],
  [
    "interest_view",
    '"internal" (the committee\'s capital cost, default) or "external" (the municipality\'s result).',
  ],
  { optional: true, default: "intern" },
);
const lanandel = param(
  "lanandel",
  "number",
  "share",
  ["lånandel", "Lånefinansierad andel vid extern räntevy, t.ex. 40 %. Standard 100 %."],
  ["borrowed_share", "Share financed by borrowing in the external view, e.g. 40 %. Default 100 %."],
  { optional: true, default: "100 %", wrongUnit: 40 },
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
      description:
        "Kapitalkostnad ett visst år: avskrivning från aktiveringsmånaden + ränta på bokfört värde (internränta som standard).",
    },
    en: {
      name: "CAPITALCOST",
      description:
        "Capital cost of a year: depreciation from the month in use + interest on the book value (internal by default).",
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
      aktiveringsmanad,
      rantevy,
      lanandel,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.CAPITALCOST(10000000,10,2.5%,3)", value: "1200000" },
    invoke: ([i, t, r, a, m, v, l]) =>
      kapitalkostnad(
        n(scalar(i, "investering")),
        n(scalar(t, "avskrivningstid")),
        n(scalar(r, "ranta")),
        n(scalar(a, "ar")),
        n(optional(m, "aktiveringsmanad")),
        optional(v, "rantevy") as string,
        n(optional(l, "lanandel")),
      ),
  },
  {
    id: "NETEFFECT",
    sv: {
      name: "NETTOEFFEKT",
      description:
        "En åtgärds effekt på resultatet ett kalenderår, från startmånaden; positiv förbättrar (internränta som standard).",
    },
    en: {
      name: "NETEFFECT",
      description:
        "A measure's effect on the result in a calendar year, from its start month; positive improves it (internal interest by default).",
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
      param(
        "startmanad",
        "number",
        "whole",
        ["startmånad", "Månaden åtgärden startar och investeringen tas i bruk, 1–12. Standard 1."],
        [
          "start_month",
          "The month the measure starts and the investment is taken into use, 1–12. Default 1.",
        ],
        { optional: true, default: "1" },
      ),
      rantevy,
      lanandel,
    ],
    result: "number",
    resultUnit: "money",
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
      const v = args.slice(0, 8).map((a, i) => n(scalar(a, names[i]!)));
      return nettoeffekt(
        v[0]!,
        v[1]!,
        v[2]!,
        v[3]!,
        v[4]!,
        v[5]!,
        v[6]!,
        v[7]!,
        n(optional(args[8], "startmanad")),
        optional(args[9], "rantevy") as string,
        n(optional(args[10], "lanandel")),
      );
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
    resultUnit: "year",
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
