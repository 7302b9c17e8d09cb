import {
  inkomstutjamning,
  marginalintakt,
  preliminaraSkatteintakter,
  skatterOchBidrag,
  slutavrakning,
  slutavrakningPerInvanare,
  uppraknatSkatteunderlag,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, range, scalar } from "./excel";
import { param } from "./params";
import type { ExcelValue, FunctionDef, Lang } from "./types";

const skatteunderlagAr2 = param(
  "skatteunderlag",
  "number",
  "money",
  ["skatteunderlag", "SCB:s skatteunderlag för inkomståret två år före budgetåret (kr, tkr eller mnkr)."],
  ["tax_base", "SCB's tax base of the income year two years before the budget year (kr, tkr or mnkr)."],
);
const faktorer = param(
  "faktorer",
  "range",
  "factor",
  [
    "faktorer",
    "Uppräkningsfaktorerna i ordning (år t−1, t, …) som regeringen skriver dem: 1,048 för +4,8 %.",
  ],
  [
    "factors",
    "The uplift factors in order (years t−1, t, …) as the government writes them: 1.048 for +4.8 %.",
  ],
  { wrongUnit: 4.8 },
);
const skattesats = param(
  "skattesats",
  "number",
  "taxRate",
  ["skattesats", "Kommunens skattesats i kronor per 100 kr, t.ex. 21,37."],
  ["tax_rate", "The municipality's tax rate in kronor per 100 kr, e.g. 21.37."],
  { wrongUnit: 0.2137 },
);
const medelskattekraft = param(
  "medelskattekraft",
  "number",
  "money",
  ["medelskattekraft", "Rikets uppräknade skatteunderlag per invånare (kr per invånare)."],
  ["average_capacity", "The country's uplifted tax base per inhabitant (kr per inhabitant)."],
  { wrongUnit: 250 },
);
const lansSkattesats = param(
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
  { wrongUnit: 0.1941 },
);
const invanare = param(
  "invanare",
  "number",
  "count",
  ["invånare", "Invånare den 1 november året före."],
  ["inhabitants", "Inhabitants on 1 November of the year before."],
);

const TABLE_HEADERS: Record<Lang, string[]> = {
  sv: [
    "År",
    "Uppräknat skatteunderlag",
    "Skatteintäkter",
    "Slutavräkning",
    "Inkomstutjämning",
    "Övriga bidrag och avgifter",
    "Skatter och bidrag",
  ],
  en: [
    "Year",
    "Uplifted tax base",
    "Tax revenue",
    "Final settlement",
    "Income equalisation",
    "Other grants and charges",
    "Taxes and grants",
  ],
};

/** One number for all years, or one per year: a single cell is a number, a range a list. */
function perYear(v: ExcelValue): number | number[] | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const { values } = range(v);
  return values.length === 1 ? n(values[0]) : ns(values);
}

/** The column of the previous year's correction, shown after the settlement when it is given. */
const CORRECTION_HEADER: Record<Lang, string> = {
  sv: "Korrigering föregående år",
  en: "Correction of the previous year",
};

/** Other grants and charges: items in rows and years in columns, or (transposed) years in rows. */
function otherItems(v: ExcelValue, years: number): number[][] | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const { values, shape } = range(v);
  const rows: number[][] = [];
  if (shape.cols !== years && shape.rows === years) {
    for (let c = 0; c < shape.cols; c++) {
      rows.push(Array.from({ length: shape.rows }, (_, r) => n(values[r * shape.cols + c])));
    }
  } else {
    for (let r = 0; r < shape.rows; r++) rows.push(ns(values.slice(r * shape.cols, (r + 1) * shape.cols)));
  }
  return rows;
}

export const REVENUE: FunctionDef[] = [
  {
    id: "UPLIFTEDTAXBASE",
    sv: {
      name: "UPPRÄKNATSKATTEUNDERLAG",
      description: "Budgetårets skatteunderlag: skatteunderlaget år t−2 × uppräkningsfaktorerna.",
    },
    en: {
      name: "UPLIFTEDTAXBASE",
      description: "The tax base of the budget year: the tax base of year t−2 × the uplift factors.",
    },
    area: "revenue",
    calcCore: "uppraknatSkatteunderlag",
    params: [skatteunderlagAr2, faktorer],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.UPLIFTEDTAXBASE(2087172,{1.048,1.034})", value: "2261726.368704" },
    invoke: ([u, f]) => uppraknatSkatteunderlag(n(scalar(u, "skatteunderlag")), ns(range(f).values)),
  },
  {
    id: "PRELIMINARYTAXREVENUE",
    sv: {
      name: "PRELSKATTEINTÄKTER",
      description: "Preliminära skatteintäkter: uppräknat skatteunderlag × skattesats / 100.",
    },
    en: {
      name: "PRELIMINARYTAXREVENUE",
      description: "Preliminary tax revenue: the uplifted tax base × tax rate / 100.",
    },
    area: "revenue",
    calcCore: "preliminaraSkatteintakter",
    params: [skatteunderlagAr2, faktorer, skattesats],
    result: "number",
    resultUnit: "money",
    example: {
      formula: "=KOMMUN.PRELIMINARYTAXREVENUE(2087172,{1.048,1.034},20.5)",
      value: "463653.90558432",
    },
    invoke: ([u, f, s]) =>
      preliminaraSkatteintakter(
        n(scalar(u, "skatteunderlag")),
        ns(range(f).values),
        n(scalar(s, "skattesats")),
      ),
  },
  {
    id: "FINALSETTLEMENT",
    sv: {
      name: "SLUTAVRÄKNING",
      description: "Slutavräkningen i kronor: kronor per invånare × invånarna den 1 november året före.",
    },
    en: {
      name: "FINALSETTLEMENT",
      description:
        "The final settlement in kronor: kronor per inhabitant × inhabitants on 1 November the year before.",
    },
    area: "revenue",
    calcCore: "slutavrakning",
    params: [
      param(
        "krPerInvanare",
        "number",
        "money",
        [
          "kr_per_invånare",
          "Slutavräkningen i kronor per invånare (SKR:s prognos); negativ = återbetalning.",
        ],
        [
          "kr_per_inhabitant",
          "The settlement in kronor per inhabitant (SKR's forecast); negative = repayment.",
        ],
      ),
      invanare,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.FINALSETTLEMENT(-250,30000)", value: "-7500000" },
    invoke: ([k, i]) => slutavrakning(n(scalar(k, "krPerInvanare")), n(scalar(i, "invanare"))),
  },
  {
    id: "FINALSETTLEMENTPERCAPITA",
    sv: {
      name: "SLUTAVRÄKNINGPERINV",
      description:
        "Slutavräkning per invånare: (slutlig − preliminär uppräkning) × medelskattekraft × skattesats / 100.",
    },
    en: {
      name: "FINALSETTLEMENTPERCAPITA",
      description:
        "Final settlement per inhabitant: (final − preliminary uplift) × average capacity × tax rate / 100.",
    },
    area: "revenue",
    calcCore: "slutavrakningPerInvanare",
    params: [
      param(
        "preliminaraFaktorer",
        "range",
        "factor",
        [
          "preliminära_faktorer",
          "Faktorerna de preliminära utbetalningarna byggde på (år t−1 och t), 1,048.",
        ],
        ["preliminary_factors", "The factors the preliminary payments used (years t−1 and t), 1.048."],
        { wrongUnit: 4.8 },
      ),
      param(
        "slutligaFaktorer",
        "range",
        "factor",
        ["slutliga_faktorer", "Den slutliga (eller senast prognosticerade) utvecklingen för samma år, 1,05."],
        ["final_factors", "The final (or latest forecast) growth for the same years, 1.05."],
        { wrongUnit: 105 },
      ),
      param(
        "medelskattekraft",
        "number",
        "money",
        ["medelskattekraft", "Rikets skatteunderlag år t−2 per invånare (kr per invånare)."],
        ["average_capacity", "The country's tax base of year t−2 per inhabitant (kr per inhabitant)."],
        { wrongUnit: 220 },
      ),
      skattesats,
    ],
    result: "number",
    resultUnit: "money",
    example: {
      formula: "=KOMMUN.FINALSETTLEMENTPERCAPITA({1.048,1.034},{1.05,1.04},220000,21)",
      value: "386.6016",
    },
    invoke: ([p, f, m, s]) =>
      slutavrakningPerInvanare(
        ns(range(p).values),
        ns(range(f).values),
        n(scalar(m, "medelskattekraft")),
        n(scalar(s, "skattesats")),
      ),
  },
  {
    id: "INCOMEEQUALISATION",
    sv: {
      name: "INKOMSTUTJÄMNING",
      description:
        "Inkomstutjämning: bidrag (positivt) under 115 % av medelskattekraften, avgift (negativ) över.",
    },
    en: {
      name: "INCOMEEQUALISATION",
      description:
        "Income equalisation: a grant (positive) below 115 % of the average capacity, a charge (negative) above.",
    },
    area: "revenue",
    calcCore: "inkomstutjamning",
    params: [
      param(
        "skattekraft",
        "number",
        "money",
        ["skattekraft", "Kommunens uppräknade skatteunderlag per invånare (kr per invånare)."],
        ["tax_capacity", "The municipality's uplifted tax base per inhabitant (kr per inhabitant)."],
        { wrongUnit: 200 },
      ),
      medelskattekraft,
      invanare,
      lansSkattesats,
      param(
        "avgiftsSkattesats",
        "number",
        "taxRate",
        [
          "avgiftsskattesats",
          "Länsvis skattesats för avgift, förordning (2004:881) 3 §; behövs bara över 115 %.",
        ],
        ["charge_rate", "County rate for the charge, förordning (2004:881) 3 §; needed only above 115 %."],
        { optional: true, default: "–", wrongUnit: 0.1698 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.INCOMEEQUALISATION(200000,250000,30000,19.41)", value: "509512500" },
    invoke: ([s, m, i, r, a]) => {
      const charge = optional(a, "avgiftsSkattesats");
      return inkomstutjamning(
        n(scalar(s, "skattekraft")),
        n(scalar(m, "medelskattekraft")),
        n(scalar(i, "invanare")),
        n(scalar(r, "lansSkattesats")),
        charge === undefined ? undefined : n(charge),
      );
    },
  },
  {
    id: "MARGINALREVENUE",
    sv: {
      name: "MARGINALINTÄKT",
      description: "Vad en invånare till med inkomsten ger i skatt + ändrad inkomstutjämning (kr per år).",
    },
    en: {
      name: "MARGINALREVENUE",
      description:
        "What one more inhabitant with the income brings in tax + changed income equalisation (kr a year).",
    },
    area: "revenue",
    calcCore: "marginalintakt",
    params: [
      param(
        "inkomst",
        "number",
        "money",
        ["inkomst", "Den nya invånarens beskattningsbara inkomst per år (kr)."],
        ["income", "The newcomer's taxable income a year (kr)."],
      ),
      skattesats,
      lansSkattesats,
      medelskattekraft,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.MARGINALREVENUE(300000,21.5,19.41,250000)", value: "62073.75" },
    invoke: ([i, s, r, m]) =>
      marginalintakt(
        n(scalar(i, "inkomst")),
        n(scalar(s, "skattesats")),
        n(scalar(r, "lansSkattesats")),
        n(scalar(m, "medelskattekraft")),
      ).summa,
  },
  {
    id: "TAXESANDGRANTS",
    sv: {
      name: "SKATTEROCHBIDRAG",
      description:
        "Skatteintäkter och generella statsbidrag per år med delarna och rubrikrad (spiller en tabell).",
    },
    en: {
      name: "TAXESANDGRANTS",
      description: "Taxes and general grants per year with the parts and a header row (spills a table).",
    },
    area: "revenue",
    calcCore: "skatterOchBidrag",
    params: [
      param(
        "ar",
        "range",
        "year",
        ["år", "Budgetåret och planåren i följd, t.ex. 2026–2028."],
        ["years", "The budget year and the plan years in order, e.g. 2026–2028."],
      ),
      skatteunderlagAr2,
      param(
        "faktorer",
        "range",
        "factor",
        ["faktorer", "En faktor mer än åren: för år t−1, t och varje planår (1 + SKR:s prognos), 1,048."],
        [
          "factors",
          "One factor more than the years: for year t−1, t and each plan year (1 + SKR's forecast), 1.048.",
        ],
        { wrongUnit: 4.8 },
      ),
      param(
        "skattesats",
        "range",
        "taxRate",
        ["skattesats", "Skattesatsen i kr per 100 kr, en för alla år eller en per år."],
        ["tax_rate", "The tax rate in kr per 100 kr, one for all years or one per year."],
        { wrongUnit: 0.21 },
      ),
      param(
        "slutavrakning",
        "range",
        "money",
        ["slutavräkning", "Slutavräkningen per år (belopp). Standard 0."],
        ["final_settlement", "The final settlement per year (amounts). Default 0."],
        { optional: true, default: "0" },
      ),
      param(
        "inkomstutjamning",
        "range",
        "money",
        ["inkomstutjämning", "Inkomstutjämningen per år (bidrag +, avgift −). Standard 0."],
        ["income_equalisation", "Income equalisation per year (grant +, charge −). Default 0."],
        { optional: true, default: "0" },
      ),
      param(
        "ovriga",
        "range",
        "money",
        ["övriga", "Övriga bidrag och avgifter: en rad per post, en kolumn per år (avgifter negativa)."],
        ["other", "Other grants and charges: one row per item, one column per year (charges negative)."],
        { optional: true, default: "0" },
      ),
      param(
        "tillvaxt",
        "range",
        "factor",
        [
          "tillväxt",
          "SKR:s prognos för skatteunderlagets faktiska tillväxt, en faktor per inkomstår som faktorer (1,048). Ger slutavräkningen; lämna då slutavräkning tom.",
        ],
        [
          "growth",
          "SKR's forecast of the tax base's actual growth, one factor per income year like factors (1.048). Gives the final settlement; leave final_settlement empty then.",
        ],
        { optional: true, wrongUnit: 4.8 },
      ),
      param(
        "korrigering",
        "range",
        "money",
        [
          "korrigering",
          "Korrigering av föregående års slutavräkning som bokförs året (belopp per år); visas i en egen kolumn.",
        ],
        [
          "correction",
          "The correction of the previous year's final settlement booked in the year (amounts per year); shown in a column of its own.",
        ],
        { optional: true },
      ),
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: "=KOMMUN.TAXESANDGRANTS({2026,2027},1000,{1.03,1.04,1.05},21,{5,0},{100,110},{-20,-20})",
      value:
        "Year,Uplifted tax base,Tax revenue,Final settlement,Income equalisation,Other grants and charges,Taxes and grants;2026,1071.2,224.952,5,100,-20,309.952;2027,1124.76,236.1996,0,110,-20,326.1996",
    },
    invoke: ([a, u, f, s, sa, iu, o, g, k], lang) => {
      const years = ns(range(a).values);
      const growth = g === undefined || g === null || g === "" ? undefined : ns(range(g).values);
      const correction = perYear(k);
      const rows = skatterOchBidrag({
        ar: years,
        skatteunderlag: n(scalar(u, "skatteunderlag")),
        faktorer: ns(range(f).values),
        skattesats: perYear(s) ?? (null as unknown as number),
        slutavrakning: perYear(sa),
        inkomstutjamning: perYear(iu),
        ovriga: otherItems(o, years.length),
        ...(growth === undefined ? {} : { tillvaxt: growth }),
        ...(correction === undefined ? {} : { korrigering: correction }),
      });
      // the correction gets its column after the settlement only when it is given
      const withCorrection = correction !== undefined;
      const headers = TABLE_HEADERS[lang];
      return [
        withCorrection ? [...headers.slice(0, 4), CORRECTION_HEADER[lang], ...headers.slice(4)] : headers,
        ...rows.map((y) => [
          y.ar,
          y.uppraknatSkatteunderlag,
          y.skatteintakter,
          y.slutavrakning,
          ...(withCorrection ? [y.korrigering ?? 0] : []),
          y.inkomstutjamning,
          y.ovriga,
          y.summa,
        ]),
      ];
    },
    spill: (shapes, _literals, given) => {
      const s = shapes[0];
      return [(s ? Math.max(s[0], s[1]) : 1) + 1, given?.[8] ? 8 : 7];
    },
  },
];
