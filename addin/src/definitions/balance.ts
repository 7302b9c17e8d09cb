import {
  aterstallande,
  balanskravsutredning,
  KommunError,
  reserveringsutrymme,
  resultatMotMal,
} from "@kommunkalkyl/calc-core";
import { BALANCE_WORDS } from "./budget";
import { n, ns, optional, range, scalar } from "./excel";
import { P, param } from "./params";
import type { ExcelValue, FunctionDef, Lang } from "./types";

const money = (key: string, sv: [string, string], en: [string, string]) =>
  param(key, "number", "money", sv, en, { optional: true, default: "0" });

/** The lines of the balanskravsutredning, in the table's order (the calc-core field names). */
const LINES = [
  "realisationsvinster",
  "realisationsvinsterUndantag",
  "realisationsforlusterUndantag",
  "orealiseradeVinster",
  "orealiseradeForluster",
  "reservering",
  "disposition",
] as const;

const RESTORATION_HEADERS: Record<Lang, string[]> = {
  sv: ["År", "Balanskravsresultat", "Återställt", "Kvar att återställa", "Senast år", "Försenat"],
  en: ["Year", "Balance requirement result", "Restored", "Left to restore", "Restore by", "Late"],
};

/** The `forsenat` column in the user's language: late past the three years of KL 11 kap. 12 §, or not. */
const LATE_WORDS: Record<Lang, [string, string]> = { sv: ["försenat", "nej"], en: ["late", "no"] };

/** The equity parameter (positivt/negativt), shared by the reserve room and the balance table. */
const EQUITY_PARAM = param(
  "negativtEgetKapitalInklPension",
  "text",
  "word",
  [
    "eget_kapital_inkl_pension",
    '"positivt" (standard) eller "negativt" eget kapital inkl. ansvarsförbindelsen.',
  ],
  ["equity_incl_pensions", '"positive" (default) or "negative" equity incl. the pension obligations.'],
  { optional: true, default: "positivt" },
);

const EQUITY_WORDS: Record<"positivt" | "negativt", string[]> = {
  positivt: ["positivt", "positiv", "positive"],
  negativt: ["negativt", "negativ", "negative"],
};

/** Reads the sign of equity including the pension obligations: "positivt" (default) or "negativt". */
function negativeEquity(v: ExcelValue): boolean {
  const s = optional(v, "negativtEgetKapitalInklPension");
  if (s === undefined) return false;
  const word = typeof s === "string" ? s.trim().toLowerCase() : undefined;
  if (word !== undefined && EQUITY_WORDS.negativt.includes(word)) return true;
  if (word !== undefined && EQUITY_WORDS.positivt.includes(word)) return false;
  throw new KommunError(
    "value",
    'Argumentet eget_kapital_inkl_pension ska vara "positivt" eller "negativt".',
    'Argument equity_incl_pensions must be "positive" or "negative".',
    "negativtEgetKapitalInklPension",
  );
}

/** The arguments of the balance requirement table, shared by BALANCEREQUIREMENTRESULT and DEFICITTORESTORE. */
const BALANCE_PARAMS = [
  param(
    "resultat",
    "number",
    "money",
    ["resultat", "Årets resultat enligt resultaträkningen."],
    ["result", "The year's result from the income statement."],
  ),
  money(
    "realisationsvinster",
    ["realisationsvinster", "Samtliga realisationsvinster (dras av), positivt belopp."],
    ["gains_on_sales", "All gains on sales of fixed assets (deducted), a positive amount."],
  ),
  money(
    "realisationsvinsterUndantag",
    ["realisationsvinster_undantag", "Realisationsvinster enligt undantagsmöjlighet (läggs till)."],
    ["gains_by_exception", "Gains on sales by exception (added back)."],
  ),
  money(
    "realisationsforlusterUndantag",
    ["realisationsförluster_undantag", "Realisationsförluster enligt undantagsmöjlighet (läggs till)."],
    ["losses_by_exception", "Losses on sales by exception (added back)."],
  ),
  money(
    "orealiseradeVinster",
    ["orealiserade_vinster", "Orealiserade vinster i värdepapper inkl. återförda förluster (dras av)."],
    ["unrealised_gains", "Unrealised gains in securities incl. reversed losses (deducted)."],
  ),
  money(
    "orealiseradeForluster",
    ["orealiserade_förluster", "Orealiserade förluster i värdepapper inkl. återförda vinster (läggs till)."],
    ["unrealised_losses", "Unrealised losses in securities incl. reversed gains (added back)."],
  ),
  money(
    "reservering",
    ["reservering", "Reservering till resultatreserv/resultatutjämningsreserv (dras av)."],
    ["reservation", "Reservation to the result reserve (deducted)."],
  ),
  money(
    "disposition",
    ["disposition", "Användning av resultatreserv/resultatutjämningsreserv (läggs till)."],
    ["use_of_reserve", "Use of the result reserve (added)."],
  ),
  param(
    "skatterOchBidrag",
    "number",
    "money",
    [
      "skatter_och_bidrag",
      "Valfritt: skatter, generella statsbidrag och utjämning; då prövas reserveringen mot reserveringsutrymmet.",
    ],
    [
      "taxes_and_grants",
      "Optional: taxes, general grants and equalisation; the reservation is then checked against the room.",
    ],
    { optional: true },
  ),
  EQUITY_PARAM,
  money(
    "attAterstallaTidigareAr",
    [
      "underskott_tidigare_år",
      "Balanskravsunderskott från tidigare år som ännu ska återställas, positivt belopp (dras av från utrymmet).",
    ],
    [
      "deficits_earlier_years",
      "Deficits of earlier years still to restore, a positive amount (deducted from the room).",
    ],
  ),
  money(
    "synnerligaSkal",
    [
      "synnerliga_skäl",
      "Del av underskottet som fullmäktige beslutat inte återställa av synnerliga skäl (KL 11 kap. 13 §).",
    ],
    [
      "exceptional_reasons",
      "Part of the deficit the council decided not to restore for synnerliga skäl (KL ch. 11 § 13).",
    ],
  ),
];

/** The calc-core input of the balance requirement table from the Excel arguments (BALANCE_PARAMS). */
function balanceInput(args: ExcelValue[]): Record<string, unknown> {
  const input: Record<string, unknown> = { resultat: scalar(args[0], "resultat") };
  LINES.forEach((key, i) => {
    const v = optional(args[i + 1], key);
    if (v !== undefined) input[key] = v;
  });
  const sob = optional(args[8], "skatterOchBidrag");
  if (sob !== undefined) input.skatterOchBidrag = sob;
  if (optional(args[9], "negativtEgetKapitalInklPension") !== undefined) {
    input.negativtEgetKapitalInklPension = negativeEquity(args[9]);
  }
  (["attAterstallaTidigareAr", "synnerligaSkal"] as const).forEach((key, i) => {
    const v = optional(args[10 + i], key);
    if (v !== undefined) input[key] = v;
  });
  return input;
}

export const BALANCE: FunctionDef[] = [
  {
    id: "RESULTVSTARGET",
    sv: {
      name: "RESULTATMOTMÅL",
      description: "Resultat mot resultatmål (inte balanskravet): ok, under resultatmål eller underskott.",
    },
    en: {
      name: "RESULTVSTARGET",
      description:
        "The result against the result goal (not the balance requirement): ok, below target or deficit.",
    },
    area: "budget",
    calcCore: "resultatMotMal",
    params: [P.resultat, P.skatterOchBidrag, P.andel],
    result: "text",
    resultUnit: "word",
    example: { formula: "=KOMMUN.RESULTVSTARGET(5,1000)", value: "below target" },
    invoke: ([r, sob, a], lang) =>
      BALANCE_WORDS[
        resultatMotMal(n(scalar(r, "resultat")), n(scalar(sob, "skatterOchBidrag")), n(optional(a, "andel")))
      ]![lang],
  },
  {
    id: "BALANCEREQUIREMENTRESULT",
    sv: {
      name: "BALANSKRAVSRESULTAT",
      description:
        "Årets balanskravsresultat enligt balanskravsutredningen (KL 11 kap.): resultat efter justeringar och resultatreserv; en användning eller reservering som lagen inte tillåter ger #VÄRDEFEL!.",
    },
    en: {
      name: "BALANCEREQUIREMENTRESULT",
      description:
        "The year's balance requirement result (KL ch. 11): the result after the adjustments and the result reserve; a use or reservation the law does not allow gives #VALUE!.",
    },
    area: "balance",
    calcCore: "balanskravsutredning",
    params: BALANCE_PARAMS,
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.BALANCEREQUIREMENTRESULT(563,23,,,,,185)", value: "355" },
    invoke: (args) => balanskravsutredning(balanceInput(args) as never).balanskravsresultat,
  },
  {
    id: "DEFICITTORESTORE",
    sv: {
      name: "ATTÅTERSTÄLLA",
      description:
        "Balanskravsresultat att återställa vid årets slut (RKR:s balanskravsutredning): underskott från tidigare år − årets balanskravsresultat − synnerliga skäl, aldrig under 0.",
    },
    en: {
      name: "DEFICITTORESTORE",
      description:
        "The balance requirement deficit left to restore at year-end (RKR's table): earlier deficits − this year's result − synnerliga skäl, never below 0.",
    },
    area: "balance",
    calcCore: "balanskravsutredning",
    params: BALANCE_PARAMS,
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.DEFICITTORESTORE(15,,,,,,,,,,40)", value: "25" },
    invoke: (args) => balanskravsutredning(balanceInput(args) as never).attAterstalla,
  },
  {
    id: "RESTORATION",
    sv: {
      name: "ÅTERSTÄLLANDE",
      description:
        "Återställande av negativa balanskravsresultat inom tre år: per år återställt, kvar och senast år (spiller en tabell).",
    },
    en: {
      name: "RESTORATION",
      description:
        "Restoring negative balance requirement results within three years: per year restored, left and deadline (spills a table).",
    },
    area: "balance",
    calcCore: "aterstallande",
    params: [
      param(
        "balanskravsresultat",
        "range",
        "money",
        ["balanskravsresultat", "Balanskravsresultatet för på varandra följande år."],
        ["balance_results", "The balance requirement results of consecutive years."],
      ),
      param(
        "startar",
        "number",
        "year",
        ["startår", "Året för det första värdet."],
        ["first_year", "The year of the first value."],
      ),
    ],
    result: "matrix",
    resultUnit: "table",
    example: {
      formula: "=KOMMUN.RESTORATION({-193,355},2014)",
      value:
        "Year,Balance requirement result,Restored,Left to restore,Restore by,Late;2014,-193,0,193,2017,no;2015,355,193,0,,no",
    },
    invoke: ([b, s], lang) => {
      const rows = aterstallande(ns(range(b).values), n(scalar(s, "startar")));
      return [
        RESTORATION_HEADERS[lang],
        ...rows.map((r) => [
          r.ar,
          r.balanskravsresultat,
          r.aterstallt,
          r.kvarAttAterstalla,
          r.senastAr ?? "",
          LATE_WORDS[lang][r.forsenat ? 0 : 1],
        ]),
      ];
    },
    spill: (shapes) => {
      const shape = shapes[0];
      return [(shape ? shape[0] * shape[1] : 1) + 1, 6];
    },
  },
  {
    id: "RESERVEROOM",
    sv: {
      name: "RESERVERINGSUTRYMME",
      description:
        "Hur mycket som får reserveras till resultatreserven: delen över 1 % (2 % vid negativt eget kapital inkl. pensioner) av skatter och bidrag, efter underskott som ännu ska återställas.",
    },
    en: {
      name: "RESERVEROOM",
      description:
        "How much may be reserved to the result reserve: the part above 1 % (2 % with negative equity incl. pensions) of taxes and grants, after deficits still to restore.",
    },
    area: "balance",
    calcCore: "reserveringsutrymme",
    params: [
      param(
        "resultatEfterJusteringar",
        "number",
        "money",
        [
          "resultat_efter_justeringar",
          "Årets resultat efter balanskravsjusteringar (eller årets resultat om lägre).",
        ],
        [
          "result_after_adjustments",
          "The result after the balance requirement adjustments (or the result if lower).",
        ],
      ),
      P.skatterOchBidrag,
      EQUITY_PARAM,
      param(
        "befintligResultatreserv",
        "number",
        "money",
        [
          "befintlig_reserv",
          "Valfritt: vad resultatreserven redan rymmer (taket är 5 % av skatter och bidrag).",
        ],
        [
          "reserve_held",
          "Optional: what the result reserve already holds (the ceiling is 5 % of taxes and grants).",
        ],
        { optional: true },
      ),
      param(
        "attAterstalla",
        "number",
        "money",
        [
          "underskott_att_återställa",
          "Valfritt: balanskravsunderskott från tidigare år som ännu ska återställas, positivt belopp; dras av först.",
        ],
        [
          "deficits_to_restore",
          "Optional: deficits of earlier years still to restore, a positive amount; deducted first.",
        ],
        { optional: true, default: "0" },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.RESERVEROOM(540,16200,,,193)", value: "185" },
    invoke: ([r, sob, eq, held, restore]) =>
      reserveringsutrymme(
        n(scalar(r, "resultatEfterJusteringar")),
        n(scalar(sob, "skatterOchBidrag")),
        negativeEquity(eq),
        n(optional(held, "befintligResultatreserv")),
        n(optional(restore, "attAterstalla")),
      ),
  },
];
