import {
  avskrivning,
  investeringsplan,
  investeringsutrymme,
  KommunError,
  nettokostnadsandel,
  sjalvfinansieringsgrad,
  soliditet,
  type InvesteringsProjekt,
} from "@kommunkalkyl/calc-core";
import { n, ns, optional, optionalRange, range, scalar } from "./excel";
import { P, param } from "./params";
import type { ExcelScalar, ExcelValue, FunctionDef, Lang } from "./types";

const resultat = param(
  "resultat",
  "number",
  "money",
  ["resultat", "Årets resultat (budgeterat eller utfall)."],
  ["result", "The year's result (budgeted or outcome)."],
);
const avskrivningar = param(
  "avskrivningar",
  "number",
  "money",
  ["avskrivningar", "Årets avskrivningar, samma enhet."],
  ["depreciation", "The year's depreciation, same unit."],
);

/** The columns of a project row in Excel, in order; the last three may be blank. */
const PROJECT_COLUMNS = [
  "belopp",
  "ar",
  "avskrivningstid",
  "aktiveringsmanad",
  "prioritet",
  "driftkostnad",
  "besparing",
] as const;
const OPTIONAL_COLUMNS = new Set(["aktiveringsmanad", "driftkostnad", "besparing"]);
/** The columns' names in messages (`projekt (rad 2, kolumn aktiveringsmånad)`), as FunctionDef.fieldNames. */
const PROJECT_COLUMN_NAMES: Record<(typeof PROJECT_COLUMNS)[number], Record<Lang, string>> = {
  belopp: { sv: "belopp", en: "amount" },
  ar: { sv: "år", en: "year" },
  avskrivningstid: { sv: "avskrivningstid", en: "life" },
  aktiveringsmanad: { sv: "aktiveringsmånad", en: "month_in_use" },
  prioritet: { sv: "prioritet", en: "priority" },
  driftkostnad: { sv: "driftkostnad", en: "running_cost" },
  besparing: { sv: "besparing", en: "saving" },
};

/** At most this many years of a spending profile (columns after the seventh). */
const MAX_PROFILE_YEARS = 10;

/**
 * Reads the projects range: one row per project, columns as PROJECT_COLUMNS (5 to 7 of them), then
 * optionally the spending profile: the share paid in each year from the project's year (blank
 * trailing cells end it; no share at all = all paid in its year).
 */
function projectsFrom(v: ExcelValue): InvesteringsProjekt[] {
  const rows = Array.isArray(v) ? v : [[v]];
  const cols = rows[0]?.length ?? 0;
  if (cols < 5 || cols > PROJECT_COLUMNS.length + MAX_PROFILE_YEARS) {
    throw new KommunError(
      "value",
      `Argumentet projekt ska ha en rad per projekt och 5–7 kolumner (belopp, år, avskrivningstid, aktiveringsmånad, prioritet, driftkostnad, besparing), därefter valfritt andelen som betalas per år (högst ${MAX_PROFILE_YEARS} år), inte ${cols}.`,
      `Argument projekt must have one row per project and 5–7 columns (amount, year, life, month in use, priority, running cost, saving), then optionally the share paid per year (at most ${MAX_PROFILE_YEARS} years), not ${cols}.`,
      "projekt",
    );
  }
  const blank = (cell: ExcelScalar): boolean => cell === null || cell === undefined || cell === "";
  return rows.map((row, i) => {
    const p: Record<string, unknown> = { namn: `Projekt ${i + 1}` };
    PROJECT_COLUMNS.forEach((key, c) => {
      const cell: ExcelScalar = row[c];
      if (blank(cell) && OPTIONAL_COLUMNS.has(key)) return;
      p[key] = cell;
    });
    const profile = row.slice(PROJECT_COLUMNS.length);
    while (profile.length > 0 && blank(profile.at(-1))) profile.pop();
    // a blank inside the profile is a year with nothing paid: it must be written 0, not left to guess
    if (profile.length > 0) p.utbetalningar = profile;
    return p as unknown as InvesteringsProjekt;
  });
}

/** One frame, or one per year: a single cell is one frame for the plan, a range one per year. */
function frameFrom(v: ExcelValue): number | number[] {
  const values = range(v).values;
  return values.length === 1 ? n(values[0]) : ns(values);
}

const projekt = param(
  "projekt",
  "range",
  "money",
  [
    "projekt",
    "En rad per projekt: belopp, år, avskrivningstid, aktiveringsmånad, prioritet, driftkostnad, besparing.",
  ],
  ["projects", "One row per project: amount, year, life, month in use, priority, running cost, saving."],
);
const ram = param(
  "ram",
  "range",
  "money",
  [
    "ram",
    "Investeringsramen: ett belopp för projekten tillsammans, eller en ram per år (ett område, lika många som åren).",
  ],
  [
    "frame",
    "The investment frame: one amount for the projects together, or one frame per year (a range, one per year).",
  ],
);

const PLAN_HEADERS: Record<Lang, string[]> = {
  sv: [
    "År",
    "Investeringar",
    "Avskrivningar",
    "Internränta",
    "Kapitalkostnad (internränta)",
    "Extern ränta",
    "Driftkostnader",
    "Besparingar",
    "Resultatpåverkan (kommunen)",
    "Självfinansieringsgrad",
    "Pågående arbeten",
    "Befintliga avskrivningar",
  ],
  en: [
    "Year",
    "Investments",
    "Depreciation",
    "Internal interest",
    "Capital cost (internal)",
    "External interest",
    "Running costs",
    "Savings",
    "Effect on result",
    "Self-financing ratio",
    "Work in progress",
    "Existing depreciation",
  ],
};

const FITS: Record<Lang, [string, string]> = { sv: ["ryms", "väntar"], en: ["fits", "waits"] };

/** Shown instead of the existing depreciation when the ratio had to count it as 0 (calc-core's note). */
const MISSING_DEPRECIATION: Record<Lang, string> = {
  sv: "saknas (räknas som 0)",
  en: "missing (counted as 0)",
};

const count = (shape: [number, number] | undefined): number => (shape ? shape[0] * shape[1] : 1);

export const FINANCE: FunctionDef[] = [
  {
    id: "SELFFINANCINGRATIO",
    sv: {
      name: "SJÄLVFINANSIERINGSGRAD",
      description:
        "Självfinansieringsgrad av investeringar: (resultat + avskrivningar) / nettoinvesteringar.",
    },
    en: {
      name: "SELFFINANCINGRATIO",
      description: "Self-financing ratio of investments: (result + depreciation) / net investments.",
    },
    area: "finance",
    calcCore: "sjalvfinansieringsgrad",
    params: [
      resultat,
      avskrivningar,
      param(
        "nettoinvesteringar",
        "number",
        "money",
        ["nettoinvesteringar", "Årets nettoinvesteringar."],
        ["net_investments", "The year's net investments."],
      ),
    ],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.SELFFINANCINGRATIO(40,60,125)", value: "0.8" },
    invoke: ([r, a, i]) =>
      sjalvfinansieringsgrad(
        n(scalar(r, "resultat")),
        n(scalar(a, "avskrivningar")),
        n(scalar(i, "nettoinvesteringar")),
      ),
  },
  {
    id: "EQUITYRATIO",
    sv: {
      name: "SOLIDITET",
      description:
        "Soliditet: eget kapital / tillgångar, valfritt med pensionsförpliktelser utanför balansräkningen.",
    },
    en: {
      name: "EQUITYRATIO",
      description:
        "Equity ratio: equity / assets, optionally with the pension obligations outside the balance sheet.",
    },
    area: "finance",
    calcCore: "soliditet",
    params: [
      param("egetKapital", "number", "money", ["eget_kapital", "Eget kapital."], ["equity", "Equity."]),
      param(
        "tillgangar",
        "number",
        "money",
        ["tillgångar", "Summa tillgångar, samma enhet."],
        ["assets", "Total assets, same unit."],
      ),
      param(
        "pensionsforpliktelser",
        "number",
        "money",
        ["pensionsförpliktelser", "Ansvarsförbindelsen för pensioner inkl. särskild löneskatt. Standard 0."],
        ["pension_obligations", "The contingent pension liability incl. special payroll tax. Default 0."],
        { optional: true, default: "0" },
      ),
      param(
        "loneskattesats",
        "number",
        "share",
        ["löneskattesats", "Särskild löneskatt att lägga till om beloppet saknar den, 24,26 %. Standard 0."],
        ["payroll_tax_rate", "Special payroll tax to add when the amount is without it, 24.26 %. Default 0."],
        { optional: true, default: "0", wrongUnit: 24.26 },
      ),
    ],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.EQUITYRATIO(400,1000,250)", value: "0.15" },
    invoke: ([e, t, p, l]) =>
      soliditet(
        n(scalar(e, "egetKapital")),
        n(scalar(t, "tillgangar")),
        n(optional(p, "pensionsforpliktelser")),
        n(optional(l, "loneskattesats")),
      ),
  },
  {
    id: "NETCOSTSHARE",
    sv: {
      name: "NETTOKOSTNADSANDEL",
      description:
        "Nettokostnadsandel: (nettokostnad − finansnetto) / skatter och bidrag = 1 − resultatandelen.",
    },
    en: {
      name: "NETCOSTSHARE",
      description: "Net cost share: (net cost − finance net) / taxes and grants = 1 − the result share.",
    },
    area: "finance",
    calcCore: "nettokostnadsandel",
    params: [
      param(
        "nettokostnad",
        "number",
        "money",
        ["nettokostnad", "Verksamhetens nettokostnad inkl. avskrivningar, positivt belopp."],
        ["net_cost", "The operations' net cost incl. depreciation, a positive amount."],
      ),
      P.finansnetto,
      P.skatterOchBidrag,
    ],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.NETCOSTSHARE(985,-5,1000)", value: "0.99" },
    invoke: ([nk, fn, sob]) =>
      nettokostnadsandel(
        n(scalar(nk, "nettokostnad")),
        n(scalar(fn, "finansnetto")),
        n(scalar(sob, "skatterOchBidrag")),
      ),
  },
  {
    id: "INVESTMENTROOM",
    sv: {
      name: "INVESTERINGSUTRYMME",
      description:
        "Investeringsutrymmet vid ett mål för självfinansieringsgraden: (resultat + avskrivningar) / mål.",
    },
    en: {
      name: "INVESTMENTROOM",
      description: "The investment room at a self-financing target: (result + depreciation) / target.",
    },
    area: "finance",
    calcCore: "investeringsutrymme",
    params: [
      resultat,
      avskrivningar,
      param(
        "malSjalvfinansieringsgrad",
        "number",
        "share",
        ["mål", "Målet för självfinansieringsgraden, t.ex. 80 % eller 100 %."],
        ["target", "The self-financing target, e.g. 80 % or 100 %."],
        { wrongUnit: 80 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.INVESTMENTROOM(40,80,80%)", value: "150" },
    invoke: ([r, a, g]) =>
      investeringsutrymme(
        n(scalar(r, "resultat")),
        n(scalar(a, "avskrivningar")),
        n(scalar(g, "malSjalvfinansieringsgrad")),
      ),
  },
  {
    id: "DEPRECIATION",
    sv: {
      name: "AVSKRIVNING",
      description: "Årets avskrivning, rak från månaden tillgången tas i bruk (RKR R4).",
    },
    en: {
      name: "DEPRECIATION",
      description:
        "The year's depreciation, straight line from the month the asset is taken into use (RKR R4).",
    },
    area: "finance",
    calcCore: "avskrivning",
    params: [
      param(
        "investering",
        "number",
        "money",
        ["investering", "Investeringens belopp."],
        ["investment", "The investment."],
      ),
      param(
        "avskrivningstid",
        "number",
        "whole",
        ["avskrivningstid", "Avskrivningstid i hela år."],
        ["depreciation_years", "Depreciation period in whole years."],
      ),
      param(
        "ar",
        "number",
        "whole",
        ["år", "Året i tillgångens livslängd, 1 = året den tas i bruk."],
        ["year", "The year of the asset's life, 1 = the year it is taken into use."],
      ),
      param(
        "aktiveringsmanad",
        "number",
        "whole",
        ["aktiveringsmånad", "Månaden tillgången tas i bruk, 1–12. Standard 1."],
        ["month_in_use", "The month the asset is taken into use, 1–12. Default 1."],
        { optional: true, default: "1" },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.DEPRECIATION(12000000,10,1,9)", value: "400000" },
    invoke: ([i, t, a, m]) =>
      avskrivning(
        n(scalar(i, "investering")),
        n(scalar(t, "avskrivningstid")),
        n(scalar(a, "ar")),
        n(optional(m, "aktiveringsmanad")),
      ),
  },
  {
    id: "INVESTMENTFITS",
    fieldNames: PROJECT_COLUMN_NAMES,
    sv: {
      name: "INVESTERINGRYMS",
      description:
        "Vilka projekt som ryms i investeringsramen i prioritetsordning och vilka som väntar (spiller).",
    },
    en: {
      name: "INVESTMENTFITS",
      description: "Which projects fit the investment frame in priority order and which wait (spills).",
    },
    area: "finance",
    calcCore: "investeringsplan",
    params: [
      projekt,
      ram,
      param(
        "ar",
        "range",
        "year",
        ["år", "Valfritt: planens år, när ramen är en per år (lika många som ramarna)."],
        ["years", "Optional: the plan's years, when the frame is one per year (as many as the frames)."],
        { optional: true },
      ),
    ],
    result: "matrix",
    resultUnit: "word",
    example: {
      formula: "=KOMMUN.INVESTMENTFITS({100,2026,30,1,1;100,2027,30,1,2},{150,150},{2026,2027})",
      value: "fits;fits",
    },
    invoke: ([p, r, y], lang) => {
      const years = optionalRange(y ?? undefined);
      const plan = investeringsplan(projectsFrom(p), frameFrom(r), years ? { ar: ns(years) } : {});
      return plan.projekt.map((x) => [FITS[lang][x.ryms ? 0 : 1]]);
    },
    spill: (shapes) => [shapes[0]?.[0] ?? 1, 1],
  },
  {
    id: "INVESTMENTPLAN",
    fieldNames: PROJECT_COLUMN_NAMES,
    sv: {
      name: "INVESTERINGSPLAN",
      description:
        "Investeringsplanens följder per år för projekten som ryms: avskrivningar, ränta i båda vyerna, drift, resultat, självfinansiering (spiller).",
    },
    en: {
      name: "INVESTMENTPLAN",
      description:
        "The investment plan's consequences per year for the projects that fit: depreciation, interest both ways, running costs, result, self-financing (spills).",
    },
    area: "finance",
    calcCore: "investeringsplan",
    params: [
      projekt,
      ram,
      param(
        "ar",
        "range",
        "year",
        ["år", "Planens år, t.ex. 2026–2029."],
        ["years", "The plan's years, e.g. 2026–2029."],
      ),
      param(
        "internranta",
        "number",
        "share",
        ["internränta", "SKR:s internränta, t.ex. 2,5 %. Standard 0."],
        ["internal_rate", "SKR's internal interest rate, e.g. 2.5 %. Default 0."],
        { optional: true, default: "0", wrongUnit: 2.5 },
      ),
      param(
        "externRanta",
        "number",
        "share",
        ["extern_ränta", "Kommunens låneränta. Standard 0."],
        ["external_rate", "The municipality's borrowing rate. Default 0."],
        { optional: true, default: "0", wrongUnit: 3 },
      ),
      param(
        "lanandel",
        "number",
        "share",
        ["lånandel", "Andel som lånefinansieras, 0–100 %. Standard 100 %."],
        ["borrowed_share", "Share financed by borrowing, 0–100 %. Default 100 %."],
        { optional: true, default: "100 %", wrongUnit: 50 },
      ),
      param(
        "resultat",
        "range",
        "money",
        ["resultat", "Valfritt: budgeterat resultat per år före planen, för självfinansieringsgraden."],
        ["result", "Optional: the budgeted result per year before the plan, for the self-financing ratio."],
        { optional: true },
      ),
      param(
        "avskrivningar",
        "range",
        "money",
        ["avskrivningar", "Valfritt: befintliga avskrivningar per år."],
        ["depreciation", "Optional: existing depreciation per year."],
        { optional: true },
      ),
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: "=KOMMUN.INVESTMENTPLAN({120,2026,10,7,1,6,0},200,{2026,2027},2.5%,3%,50%,{30,30})",
      value:
        "Year,Investments,Depreciation,Internal interest,Capital cost (internal),External interest,Running costs,Savings,Effect on result,Self-financing ratio,Work in progress,Existing depreciation;2026,120,6,1.5,7.5,0.9,3,0,-9.9,0.2175,0,missing (counted as 0);2027,0,12,2.85,14.85,1.71,6,0,-19.71,,0,missing (counted as 0)",
    },
    invoke: (args, lang) => {
      const years = range(args[2]).values as number[];
      const resultRange = optionalRange(args[6]);
      const depreciationRange = optionalRange(args[7]);
      const plan = investeringsplan(projectsFrom(args[0]), frameFrom(args[1]), {
        ar: years,
        internranta: n(optional(args[3], "internranta")),
        externRanta: n(optional(args[4], "externRanta")),
        lanandel: n(optional(args[5], "lanandel")),
        resultat: resultRange ? ns(resultRange) : undefined,
        avskrivningar: depreciationRange ? ns(depreciationRange) : undefined,
      });
      return [
        PLAN_HEADERS[lang],
        ...plan.ar.map((y) => [
          y.ar,
          y.investeringar,
          y.avskrivningar,
          y.internranta,
          y.kapitalkostnadIntern,
          y.externranta,
          y.driftkostnader,
          y.besparingar,
          y.resultatpaverkan,
          y.sjalvfinansieringsgrad ?? "",
          y.pagaendeArbeten,
          y.befintligaAvskrivningar ?? (resultRange ? MISSING_DEPRECIATION[lang] : ""),
        ]),
      ];
    },
    spill: (shapes) => [count(shapes[2]) + 1, 12],
  },
];
