import {
  effektiviseringspotential,
  effektiviseringspotentialNka,
  nettokostnadsavvikelse,
  nettokostnadsavvikelseBelopp,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, range, scalar } from "./excel";
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
  {
    id: "EFFICIENCYPOTENTIALNCD",
    sv: {
      name: "EFFEKTIVISERINGSPOTENTIALNKA",
      description:
        "Vad det sparar att nå en percentil av jämförelsegruppens nettokostnadsavvikelse, × egen referenskostnad (aldrig negativt).",
    },
    en: {
      name: "EFFICIENCYPOTENTIALNCD",
      description:
        "What reaching a percentile of the peers' net cost deviation saves, × own reference cost (never negative).",
    },
    area: "benchmark",
    calcCore: "effektiviseringspotentialNka",
    params: [
      param(
        "nkaEgen",
        "number",
        "share",
        ["nka_egen", "Egen nettokostnadsavvikelse som andel (+10 % = 0,10)."],
        ["own_ncd", "Own net cost deviation as a share (+10 % = 0.10)."],
        { wrongUnit: 10 },
      ),
      param(
        "nkaGrupp",
        "range",
        "share",
        ["nka_grupp", "Jämförelsekommunernas nettokostnadsavvikelser, samma enhet."],
        ["peer_ncd", "The peer municipalities' net cost deviations, same unit."],
        { wrongUnit: 10 },
      ),
      param(
        "referenskostnad",
        "number",
        "money",
        ["referenskostnad", "Egen referenskostnad (kr eller kr per invånare); resultatet i samma enhet."],
        ["reference_cost", "Own reference cost (kr or kr per inhabitant); the result is in the same unit."],
      ),
      param(
        "p",
        "number",
        "share",
        ["percentil", "Målpercentil, standard 25 %."],
        ["percentile", "Target percentile, default 25 %."],
        { optional: true, default: "25 %", wrongUnit: 25 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: {
      formula: "=KOMMUN.EFFICIENCYPOTENTIALNCD(0.1,{-0.1,-0.05,0,0.05,0.2},200000000)",
      value: "30000000",
    },
    invoke: ([e, g, r, p]) =>
      effektiviseringspotentialNka(
        n(scalar(e, "nkaEgen")),
        ns(range(g).values),
        n(scalar(r, "referenskostnad")),
        n(optional(p, "p")),
      ),
  },
];
