import { arsavrakning, sjalvkostnadspris } from "@kommunkalkyl/calc-core";
import { n, ns, optional, range, reshape, scalar } from "./excel";
import { param } from "./params";
import type { FunctionDef } from "./types";

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
