import { demografiskKostnadsforandring, resursfordelning } from "@kommunkalkyl/calc-core";
import { n, ns, optional, range } from "./excel";
import { param } from "./params";
import type { FunctionDef } from "./types";

export const ALLOCATION: FunctionDef[] = [
  {
    id: "RESOURCEALLOCATION",
    sv: {
      name: "RESURSFÖRDELNING",
      description:
        "Ram ur resursfördelningsmodellen: Σ volym × pris per enhet, uppräknat med index, plus fast del.",
    },
    en: {
      name: "RESOURCEALLOCATION",
      description:
        "Frame from a resource allocation model: Σ volume × price per unit, uplifted by index, plus a fixed part.",
    },
    area: "allocation",
    calcCore: "resursfordelning",
    params: [
      param(
        "volymer",
        "range",
        "count",
        ["volymer", "Volym per grupp: barn 1–5 år, elever 6–15 år, invånare 80+ … (antal)."],
        ["volumes", "Volume per group: children 1–5, pupils 6–15, inhabitants 80+ … (count)."],
      ),
      param(
        "prisPerEnhet",
        "range",
        "money",
        ["pris_per_enhet", "Pris per enhet för varje grupp (belopp), lika många som volymerna."],
        ["price_per_unit", "Price per unit of each group (amount), as many as the volumes."],
      ),
      param(
        "index",
        "number",
        "share",
        ["index", "Uppräkning från prisernas år till ramens år, t.ex. 3 %. Standard 0."],
        ["index", "Uplift from the prices' year to the frame's year, e.g. 3 %. Default 0."],
        { optional: true, default: "0", wrongUnit: 3 },
      ),
      param(
        "fast",
        "number",
        "money",
        ["fast", "Den del av ramen som inte följer volymer (belopp, räknas inte upp). Standard 0."],
        ["fixed", "The part of the frame that does not follow volumes (amount, not uplifted). Default 0."],
        { optional: true, default: "0" },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.RESOURCEALLOCATION({1650,3500},{0.135,0.125},3%,6)", value: "686.0575" },
    invoke: ([v, p, i, f]) =>
      resursfordelning(
        ns(range(v).values),
        ns(range(p).values),
        n(optional(i, "index")),
        n(optional(f, "fast")),
      ),
  },
  {
    id: "DEMOGRAPHICCOST",
    sv: {
      name: "DEMOGRAFIEFFEKT",
      description:
        "Vad befolkningsförändringen kostar före beslut: Σ (volym senare − volym nu) × kostnad per enhet.",
    },
    en: {
      name: "DEMOGRAPHICCOST",
      description:
        "What the population change costs before any decision: Σ (volume later − now) × cost per unit.",
    },
    area: "allocation",
    calcCore: "demografiskKostnadsforandring",
    params: [
      param(
        "volymNu",
        "range",
        "count",
        ["volym_nu", "Volym per grupp nu (antal)."],
        ["volumes_now", "Volume per group now (count)."],
      ),
      param(
        "volymSenare",
        "range",
        "count",
        ["volym_senare", "Volym per grupp senare, samma grupper i samma ordning."],
        ["volumes_later", "Volume per group later, the same groups in the same order."],
      ),
      param(
        "kostnadPerEnhet",
        "range",
        "money",
        ["kostnad_per_enhet", "Kostnad per enhet för varje grupp (belopp)."],
        ["cost_per_unit", "Cost per unit of each group (amount)."],
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.DEMOGRAPHICCOST({1650,1700},{1610,1790},{0.135,0.26})", value: "18" },
    invoke: ([a, b, c]) =>
      demografiskKostnadsforandring(ns(range(a).values), ns(range(b).values), ns(range(c).values)),
  },
];
