import {
  aterbetalningsar,
  arsavrakning,
  effektiviseringspotential,
  kapitalkostnad,
  nettoeffekt,
  nettokostnadsavvikelse,
  nettokostnadsavvikelseBelopp,
  sjalvkostnadspris,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, range, reshape, scalar } from "./excel";
import { param } from "./params";
import type { FunctionDef } from "./types";

const nettokostnad = param(
  "nettokostnad",
  "number",
  "money",
  ["nettokostnad", "Faktisk nettokostnad (belopp eller kr per invånare)."],
  ["net_cost", "Actual net cost (amount or kr per inhabitant)."],
);
const referenskostnad = param(
  "referenskostnad",
  "number",
  "money",
  ["referenskostnad", "Strukturårsjusterad referenskostnad, samma enhet."],
  ["reference_cost", "Structurally expected reference cost, same unit."],
);
const invanareOpt = param(
  "invanare",
  "number",
  "count",
  ["invånare", "Valfritt antal invånare."],
  ["inhabitants", "Optional number of inhabitants."],
  { optional: true },
);

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

export const BENCHMARK: FunctionDef[] = [
  {
    id: "NETCOSTDEVIATION",
    sv: {
      name: "NETTOKOSTNADSAVVIKELSE",
      description: "Nettokostnadsavvikelsen som andel av referenskostnaden; negativ = billigare än väntat.",
    },
    en: {
      name: "NETCOSTDEVIATION",
      description:
        "The net cost deviation as a share of the reference cost; negative = cheaper than expected.",
    },
    area: "benchmark",
    calcCore: "nettokostnadsavvikelse",
    params: [nettokostnad, referenskostnad],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.NETCOSTDEVIATION(436,1000)", value: "-0.564" },
    invoke: ([a, b]) => nettokostnadsavvikelse(n(scalar(a, "nettokostnad")), n(scalar(b, "referenskostnad"))),
  },
  {
    id: "NETCOSTDEVIATIONAMOUNT",
    sv: {
      name: "NKABELOPP",
      description: "Nettokostnadsavvikelsen i kronor, per invånare om invånare anges.",
    },
    en: {
      name: "NETCOSTDEVIATIONAMOUNT",
      description: "The net cost deviation in money, per inhabitant when inhabitants are given.",
    },
    area: "benchmark",
    calcCore: "nettokostnadsavvikelseBelopp",
    params: [nettokostnad, referenskostnad, invanareOpt],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.NETCOSTDEVIATIONAMOUNT(177000000,406000000)", value: "-229000000" },
    invoke: ([a, b, i]) =>
      nettokostnadsavvikelseBelopp(
        n(scalar(a, "nettokostnad")),
        n(scalar(b, "referenskostnad")),
        n(optional(i, "invanare")),
      ),
  },
  {
    id: "EFFICIENCYPOTENTIAL",
    sv: {
      name: "EFFEKTIVISERINGSPOTENTIAL",
      description: "Vad det sparar att nå en percentil av jämförelsegruppen (aldrig negativt).",
    },
    en: {
      name: "EFFICIENCYPOTENTIAL",
      description: "What reaching a percentile of the peer group saves (never negative).",
    },
    area: "benchmark",
    calcCore: "effektiviseringspotential",
    params: [
      param("egen", "number", "money", ["egen", "Egen kostnad."], ["own", "Own cost."]),
      param(
        "jamforelsegrupp",
        "range",
        "money",
        ["jämförelsegrupp", "Jämförelsekommunernas kostnader, samma enhet."],
        ["peer_group", "The peer municipalities' costs, same unit."],
      ),
      param(
        "percentil",
        "number",
        "share",
        ["percentil", "Målpercentil, standard 25 %."],
        ["percentile", "Target percentile, default 25 %."],
        { optional: true, default: "25 %", wrongUnit: 25 },
      ),
      invanareOpt,
    ],
    result: "number",
    resultUnit: "money",
    example: {
      formula: "=KOMMUN.EFFICIENCYPOTENTIAL(5000,{3000,4000,5000,6000},25%,10000)",
      value: "12500000",
    },
    invoke: ([e, g, p, i]) =>
      effektiviseringspotential(
        n(scalar(e, "egen")),
        ns(range(g).values),
        n(optional(p, "percentil")),
        n(optional(i, "invanare")),
      ),
  },
];

export const PRICING: FunctionDef[] = [
  {
    id: "SELFCOSTPRICE",
    sv: {
      name: "SJÄLVKOSTNADSPRIS",
      description:
        "Internpris till självkostnad: kostnader / planerad volym, med pålägg vid extern försäljning.",
    },
    en: {
      name: "SELFCOSTPRICE",
      description:
        "Internal price at self-cost: costs / planned volume, with a surcharge for external sales.",
    },
    area: "pricing",
    calcCore: "sjalvkostnadspris",
    params: [
      param(
        "kostnader",
        "number",
        "money",
        ["kostnader", "Enhetens alla kostnader inkl. kapitalkostnad."],
        ["costs", "All the unit's costs incl. capital cost."],
      ),
      param(
        "planeradVolym",
        "number",
        "count",
        ["planerad_volym", "Planerad volym av kostnadsdrivaren (timmar, m², ärenden)."],
        ["planned_volume", "Planned volume of the cost driver (hours, m², cases)."],
      ),
      param(
        "externtPaslag",
        "number",
        "share",
        ["externt_pålägg", "Pålägg vid extern försäljning, t.ex. 10 %. Standard 0."],
        ["external_surcharge", "Surcharge for external sales, e.g. 10 %. Default 0."],
        { optional: true, default: "0", wrongUnit: 10 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.SELFCOSTPRICE(12000000,20000,10%)", value: "660" },
    invoke: ([k, v, p]) =>
      sjalvkostnadspris(
        n(scalar(k, "kostnader")),
        n(scalar(v, "planeradVolym")),
        n(optional(p, "externtPaslag")),
      ),
  },
  {
    id: "YEARENDSETTLEMENT",
    sv: {
      name: "ÅRSAVRÄKNING",
      description: "Fördelar överskott eller underskott på köparna i proportion till köpen (spiller).",
    },
    en: {
      name: "YEARENDSETTLEMENT",
      description: "Splits a surplus or deficit over the buyers pro rata to their purchases (spills).",
    },
    area: "pricing",
    calcCore: "arsavrakning",
    params: [
      param(
        "kostnader",
        "number",
        "money",
        ["kostnader", "Säljarens faktiska kostnader."],
        ["costs", "The seller's actual costs."],
      ),
      param(
        "intakter",
        "number",
        "money",
        ["intäkter", "Vad köparna betalat."],
        ["revenues", "What the buyers paid."],
      ),
      param(
        "kop",
        "range",
        "money",
        ["köp", "Varje köpares köp (fördelningsnyckel)."],
        ["purchases", "Each buyer's purchases (the key)."],
      ),
      param(
        "decimaler",
        "number",
        "whole",
        ["decimaler", "Valfritt antal decimaler; delarna summerar då exakt."],
        ["decimals", "Optional decimals; the parts then sum exactly."],
        { optional: true },
      ),
    ],
    result: "matrix",
    resultUnit: "money",
    example: { formula: "=KOMMUN.YEARENDSETTLEMENT(900,1000,{500;300;200})", value: "50;30;20" },
    invoke: ([k, i, kop, d]) => {
      const { values, shape } = range(kop);
      return reshape(
        arsavrakning(
          n(scalar(k, "kostnader")),
          n(scalar(i, "intakter")),
          ns(values),
          n(optional(d, "decimaler")),
        ),
        shape,
      );
    },
    spill: (shapes) => shapes[2] ?? [1, 1],
  },
];

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
    resultUnit: "money",
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
