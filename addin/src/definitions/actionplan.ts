import {
  arseffekt,
  atgardsplan,
  atgardsuppfoljning,
  KommunError,
  type PlanAtgard,
  type Uppfoljningsrad,
} from "@kommunkalkyl/calc-core";
import { n, optional, optionalRange, range, scalar } from "./excel";
import { param } from "./params";
import type { ExcelScalar, ExcelValue, FunctionDef, Lang } from "./types";

/** Short month names for table headers, calendar order. */
export const MONTH_LABELS: Record<Lang, string[]> = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** The statuses as the user reads them. */
export const STATUS_WORDS: Record<string, Record<Lang, string>> = {
  förslag: { sv: "förslag", en: "proposed" },
  beslutad: { sv: "beslutad", en: "decided" },
  genomförd: { sv: "genomförd", en: "done" },
};

const helarseffekt = param(
  "helarseffekt",
  "range",
  "money",
  ["helårseffekt", "Varje åtgärds besparing under ett helt år (belopp, positivt)."],
  ["full_year_effect", "Each measure's saving over a full year (amount, positive)."],
);
const startmanad = param(
  "startmanad",
  "range",
  "whole",
  ["startmånad", "Kalendermånaden (1–12) då varje åtgärd börjar spara; 4 = april."],
  ["start_month", "The calendar month (1–12) each measure starts to save; 4 = April."],
  { wrongUnit: 45748 },
);
const namn = param(
  "namn",
  "range",
  "word",
  ["namn", "Åtgärdernas namn (text), en per åtgärd."],
  ["names", "The measures' names (text), one per measure."],
);
const forstaManad = param(
  "forstaManad",
  "number",
  "whole",
  ["första_månad", "Kalendermånaden (1–12) då budgetåret börjar. Standard 1 (januari)."],
  ["first_month", "The calendar month (1–12) the budget year starts in. Default 1 (January)."],
  { optional: true, default: "1", wrongUnit: 45658 },
);

function sizeMismatch(aName: string, a: number, bName: string, b: number): never {
  throw new KommunError(
    "value",
    `Områdena ${aName} (${a} värden) och ${bName} (${b} värden) måste vara lika stora.`,
    `Ranges ${aName} (${a} values) and ${bName} (${b} values) must be the same size.`,
    bName,
  );
}

/** The measures of a plan from the columns the user selected, one value per measure in each. */
function measuresFrom(
  names: ExcelValue,
  effects: ExcelValue,
  starts: ExcelValue,
  statuses?: ExcelValue,
  probabilities?: ExcelValue,
): PlanAtgard[] {
  const nm = range(names).values;
  const cols: [string, ExcelScalar[] | undefined][] = [
    ["helarseffekt", range(effects).values],
    ["startmanad", range(starts).values],
    ["status", statuses === undefined ? undefined : range(statuses).values],
    [
      "sannolikhet",
      probabilities === undefined || probabilities === null || probabilities === ""
        ? undefined
        : range(probabilities).values,
    ],
  ];
  for (const [key, values] of cols) {
    if (values !== undefined && values.length !== nm.length)
      sizeMismatch("namn", nm.length, key, values.length);
  }
  const [e, s, st, p] = cols.map(([, v]) => v);
  return nm.map((name, i) => {
    const prob = p?.[i];
    return {
      namn: name as string,
      helarseffekt: e![i] as number,
      startmanad: s![i] as number,
      status: (st?.[i] ?? (statuses === undefined ? undefined : null)) as string,
      // a blank probability cell is a certain measure (100 %), as the parameter says
      ...(prob === undefined || prob === null || prob === "" ? {} : { sannolikhet: prob as number }),
    };
  });
}

const PLAN_HEADERS: Record<Lang, string[]> = {
  sv: ["Åtgärd", "Status", "Startmånad", "Sannolikhet", "Helårseffekt", "Årseffekt", "Förväntad effekt"],
  en: [
    "Measure",
    "Status",
    "Start month",
    "Probability",
    "Full-year effect",
    "Year effect",
    "Expected effect",
  ],
};
/** The two columns a plan gains at its end: one-off or permanent, and the effect next year. */
const NEXT_YEAR_HEADERS: Record<Lang, [string, string]> = {
  sv: ["Engångs/varaktig", "Effekt nästa år"],
  en: ["One-off/permanent", "Effect next year"],
};
const DURATION_WORDS: Record<Lang, [string, string]> = {
  sv: ["engångs", "varaktig"],
  en: ["one-off", "permanent"],
};
/** Words read for a one-off (true) or permanent (false) measure, Swedish and English. */
const ONE_OFF_INPUT: [string, boolean][] = [
  ["engångs", true],
  ["engång", true],
  ["engångsåtgärd", true],
  ["one-off", true],
  ["oneoff", true],
  ["varaktig", false],
  ["permanent", false],
];

/** The one-off column: blank = permanent; a word (TRUE/FALSE would hide which is meant); anything else is named. */
function oneOffFrom(values: ExcelScalar[] | undefined, count: number): (boolean | undefined)[] {
  if (values === undefined) return Array.from({ length: count }, () => undefined);
  if (values.length !== count) sizeMismatch("namn", count, "engangs", values.length);
  return values.map((v, i) => {
    if (v === undefined || v === null || v === "") return undefined;
    const word = typeof v === "string" ? v.trim().toLowerCase() : undefined;
    const hit = ONE_OFF_INPUT.find(([w]) => w === word);
    if (hit) return hit[1];
    throw new KommunError(
      "value",
      `Argumentet engangs (åtgärd ${i + 1}) ska vara "engångs" eller "varaktig" (tom cell = varaktig), inte ${String(v)}.`,
      `Argument engangs (measure ${i + 1}) must be "one-off" or "permanent" (an empty cell = permanent), not ${String(v)}.`,
      "engangs",
    );
  });
}

const PLAN_ROWS: Record<Lang, [string, string, string, string]> = {
  sv: ["Summa", "Kvar att åtgärda", "Kvar (endast beslutade)", "Kvar (förväntat)"],
  en: ["Total", "Deficit left", "Deficit left (decided only)", "Deficit left (expected)"],
};
const FOLLOWUP_HEADERS: Record<Lang, [string, string, string]> = {
  sv: ["Åtgärd", "Rad", "Hittills"],
  en: ["Measure", "Line", "So far"],
};
const FOLLOWUP_LINES: Record<Lang, [string, string, string, string]> = {
  sv: ["Planerat", "Utfall", "Avvikelse", "Summa"],
  en: ["Planned", "Outcome", "Deviation", "Total"],
};

/** Rows of a spilled table: 1 header + one per measure + extra rows; measures counted from a range argument. */
function tableRows(shape: [number, number] | undefined, perMeasure: number, extra: number): number {
  const count = shape ? shape[0] * shape[1] : 1;
  return 1 + count * perMeasure + extra;
}

function followupLines(label: string, r: Uppfoljningsrad, lang: Lang): (number | string)[][] {
  const [planned, outcome, deviation] = FOLLOWUP_LINES[lang];
  const blank = (v: number | null): number | string => (v === null ? "" : v);
  return [
    [label, planned, ...r.planerat, r.planeratHittills],
    [label, outcome, ...r.utfall.map(blank), r.utfallHittills],
    [label, deviation, ...r.avvikelse.map(blank), r.avvikelseHittills],
  ];
}

const DEFS: FunctionDef[] = [
  {
    id: "YEAREFFECT",
    sv: {
      name: "ÅRSEFFEKT",
      description: "Årets effekt av en åtgärd från startmånaden: helårseffekten × månader kvar / 12.",
    },
    en: {
      name: "YEAREFFECT",
      description:
        "The year's effect of a measure from its start month: full-year effect × months left / 12.",
    },
    area: "actionplan",
    calcCore: "arseffekt",
    params: [
      param(
        "helarseffekt",
        "number",
        "money",
        ["helårseffekt", "Besparingen under ett helt år (belopp)."],
        ["full_year_effect", "The saving over a full year (amount)."],
      ),
      param(
        "startmanad",
        "number",
        "whole",
        ["startmånad", "Kalendermånaden (1–12) då åtgärden börjar spara; 4 = april."],
        ["start_month", "The calendar month (1–12) the measure starts to save; 4 = April."],
        { wrongUnit: 45748 },
      ),
      forstaManad,
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.YEAREFFECT(1200000,4)", value: "900000" },
    invoke: ([h, s, f]) =>
      arseffekt(n(scalar(h, "helarseffekt")), n(scalar(s, "startmanad")), n(optional(f, "forstaManad"))),
  },
  {
    id: "ACTIONPLAN",
    sv: {
      name: "ÅTGÄRDSPLAN",
      description:
        "Åtgärdsplan mot ett underskott: årseffekt per åtgärd och månad, kvar att åtgärda (spiller en tabell).",
    },
    en: {
      name: "ACTIONPLAN",
      description:
        "Deficit action plan: each measure's year and monthly effect, the deficit left (spills a table).",
    },
    area: "actionplan",
    calcCore: "atgardsplan",
    params: [
      param(
        "underskott",
        "number",
        "money",
        ["underskott", "Prognostiserat underskott som positivt belopp (t.ex. −AVVIKELSE)."],
        ["deficit", "The forecast deficit as a positive amount (e.g. −DEVIATION)."],
        { wrongUnit: -1000000 },
      ),
      namn,
      helarseffekt,
      startmanad,
      param(
        "status",
        "range",
        "word",
        ["status", '"förslag", "beslutad" eller "genomförd" per åtgärd.'],
        ["status", '"proposed", "decided" or "done" per measure.'],
      ),
      param(
        "sannolikhet",
        "range",
        "share",
        ["sannolikhet", "Sannolikhet 0–100 % per åtgärd; tom cell = säker (100 %). Ger förväntad effekt."],
        [
          "probability",
          "Probability 0–100 % per measure; empty cell = certain (100 %). Gives the expected effect.",
        ],
        { optional: true, default: "100 %", wrongUnit: 50, blanks: true },
      ),
      forstaManad,
      param(
        "engangs",
        "range",
        "word",
        [
          "engångs",
          '"engångs" (sparar bara i år) eller "varaktig" per åtgärd; tom cell = varaktig. Ger effekten nästa år.',
        ],
        [
          "one_off",
          '"one-off" (saves this year only) or "permanent" per measure; empty cell = permanent. Gives next year\'s effect.',
        ],
        { optional: true, default: "varaktig", blanks: true },
      ),
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: '=KOMMUN.ACTIONPLAN(1000000,{"Night staffing"},{1200000},{4},{"decided"})',
      value:
        "Measure,Status,Start month,Probability,Full-year effect,Year effect,Expected effect,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,One-off/permanent,Effect next year;" +
        "Night staffing,decided,4,1,1200000,900000,900000,0,0,0,100000,100000,100000,100000,100000,100000,100000,100000,100000,permanent,1200000;" +
        "Total,,,,1200000,900000,900000,0,0,0,100000,100000,100000,100000,100000,100000,100000,100000,100000,,1200000;" +
        "Deficit left,,,,,100000,,1000000,1000000,1000000,900000,800000,700000,600000,500000,400000,300000,200000,100000,,;" +
        "Deficit left (decided only),,,,,100000,,1000000,1000000,1000000,900000,800000,700000,600000,500000,400000,300000,200000,100000,,;" +
        "Deficit left (expected),,,,,,100000,1000000,1000000,1000000,900000,800000,700000,600000,500000,400000,300000,200000,100000,,",
    },
    invoke: ([u, nm, h, s, st, p, f, e], lang) => {
      const first = optional(f, "forstaManad");
      const measures = measuresFrom(nm, h, s, st, p);
      const oneOff = oneOffFrom(optionalRange(e ?? undefined), measures.length);
      const plan = atgardsplan(
        n(scalar(u, "underskott")),
        measures.map((m, i) => (oneOff[i] === undefined ? m : { ...m, engangs: oneOff[i] })),
        first === undefined ? undefined : n(first),
      );
      const months = plan.perManad.map((m) => MONTH_LABELS[lang][m.manad - 1]!);
      const table: (number | string)[][] = [[...PLAN_HEADERS[lang], ...months, ...NEXT_YEAR_HEADERS[lang]]];
      for (const a of plan.atgarder) {
        table.push([
          a.namn,
          STATUS_WORDS[a.status]![lang],
          a.startmanad,
          a.sannolikhet,
          a.helarseffekt,
          a.arseffekt,
          a.forvantadEffekt,
          ...a.perManad,
          DURATION_WORDS[lang][a.engangs ? 0 : 1],
          a.nastaArsEffekt,
        ]);
      }
      const [total, left, leftDecided, leftExpected] = PLAN_ROWS[lang];
      table.push([
        total,
        "",
        "",
        "",
        plan.summaHelarseffekt,
        plan.summa,
        plan.summaForvantad,
        ...plan.perManad.map((m) => m.effekt),
        "",
        plan.summaNastaAr,
      ]);
      table.push([left, "", "", "", "", plan.kvar, "", ...plan.perManad.map((m) => m.kvar), "", ""]);
      table.push([
        leftDecided,
        "",
        "",
        "",
        "",
        plan.kvarBeslutade,
        "",
        ...plan.perManad.map((m) => m.kvarBeslutade),
        "",
        "",
      ]);
      table.push([
        leftExpected,
        "",
        "",
        "",
        "",
        "",
        plan.kvarForvantad,
        ...plan.perManad.map((m) => m.kvarForvantad),
        "",
        "",
      ]);
      return table;
    },
    spill: (shapes) => [tableRows(shapes[1], 1, 4), 21],
  },
  {
    id: "ACTIONFOLLOWUP",
    sv: {
      name: "ÅTGÄRDSUPPFÖLJNING",
      description:
        "Uppföljning av åtgärdsplanen: planerad effekt mot utfall per åtgärd och månad (spiller en tabell).",
    },
    en: {
      name: "ACTIONFOLLOWUP",
      description:
        "Action plan follow-up: planned effect against outcome per measure and month (spills a table).",
    },
    area: "actionplan",
    calcCore: "atgardsuppfoljning",
    params: [
      namn,
      helarseffekt,
      startmanad,
      param(
        "utfall",
        "range",
        "money",
        ["utfall", "Besparingens utfall per månad: en rad per åtgärd; tomma celler = inget utfall ännu."],
        ["outcomes", "The saving achieved per month: one row per measure; empty cells = no outcome yet."],
        { blanks: true },
      ),
      forstaManad,
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: '=KOMMUN.ACTIONFOLLOWUP({"Night staffing"},{1200000},{3},{0,0,50000,100000})',
      value:
        "Measure,Line,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,So far;" +
        "Night staffing,Planned,0,0,100000,100000,100000,100000,100000,100000,100000,100000,100000,100000,200000;" +
        "Night staffing,Outcome,0,0,50000,100000,,,,,,,,,150000;" +
        "Night staffing,Deviation,0,0,-50000,0,,,,,,,,,-50000;" +
        "Total,Planned,0,0,100000,100000,100000,100000,100000,100000,100000,100000,100000,100000,200000;" +
        "Total,Outcome,0,0,50000,100000,,,,,,,,,150000;" +
        "Total,Deviation,0,0,-50000,0,,,,,,,,,-50000",
    },
    invoke: ([nm, h, s, u, f], lang) => {
      const measures = measuresFrom(nm, h, s);
      const { values, shape } = range(u);
      // one row of months per measure; a single measure may be given as a row or a column
      const rows: ExcelScalar[][] =
        measures.length === 1 && shape.cols === 1 && shape.rows > 1
          ? [values]
          : Array.from({ length: shape.rows }, (_, r) => values.slice(r * shape.cols, (r + 1) * shape.cols));
      const first = optional(f, "forstaManad");
      const result = atgardsuppfoljning(
        measures,
        rows as (number | null)[][],
        first === undefined ? undefined : n(first),
      );
      const [measure, line, soFar] = FOLLOWUP_HEADERS[lang];
      const months = result.summa.manader.map((m) => MONTH_LABELS[lang][m - 1]!);
      return [
        [measure, line, ...months, soFar],
        ...result.atgarder.flatMap((a) => followupLines(a.namn, a, lang)),
        ...followupLines(FOLLOWUP_LINES[lang][3], result.summa, lang),
      ];
    },
    spill: (shapes) => [tableRows(shapes[0], 3, 3), 15],
  },
];

/** calc-core's list of measures, `atgarder`, is the names range in Excel (errorMessage.ts). */
export const ACTIONPLAN: FunctionDef[] = DEFS.map((def) => ({ ...def, fieldNames: { atgarder: "namn" } }));
