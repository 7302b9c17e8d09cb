import { balanceRequirementSheet } from "./balance";
import { ALLOCATION_ROWS, ALLOCATION_SHEET, allocationSheet } from "./allocation";
import type { CellSpec, WorkbookSpec } from "./model";
import { sensitivitySheet } from "./sensitivitySample";
import { REVENUE_SHEET, REVENUE_TOTAL_ROW, revenueSheet, SAMPLE_TAXES_AND_GRANTS } from "./revenue";

/** The fictional municipality of the samples: about 30 000 inhabitants, amounts in mnkr. */
export const BUDGET_SAMPLE = {
  years: [2025, 2026, 2027],
  /** what the sheet Skatter och bidrag (samples/revenue.ts) gives, rounded to whole mnkr */
  skatterOchBidrag: SAMPLE_TAXES_AND_GRANTS,
  finansnetto: [-12, -15, -18],
  andel: 0.02,
  /**
   * The price index the 2025 frames are uplifted by: SKR's forecast of its weighted index for municipal
   * activity (prisindex för kommunal verksamhet, PKV) for the budget year 2025, as its circulars
   * *Budgetförutsättningar* print it ("Kommunal verksamhet, sammanvägt prisindex"). An example value: take the
   * figure from SKR's latest circular. Not the outcome of 2024: SKR's lagged index is its advice for fees.
   */
  index2025: 0.032,
  planIndex: [0.03, 0.025],
  kompensationsgrad: 0.8,
  committees: [
    { name: "Kommunstyrelsen", base2024: 150, proposals: [158, 163, 168] },
    { name: "Barn- och utbildningsnämnden", base2024: 740, proposals: [792, 815, 838] },
    { name: "Vård- och omsorgsnämnden", base2024: 560, proposals: [606, 632, 660] },
    { name: "Socialnämnden (IFO)", base2024: 190, proposals: [208, 214, 220] },
    { name: "Kultur- och fritidsnämnden", base2024: 60, proposals: [64, 66, 68] },
    { name: "Samhällsbyggnadsnämnden", base2024: 80, proposals: [87, 90, 93] },
  ],
} as const;

const COLS = ["B", "C", "D"] as const;
/** Committees whose proposals are the resource allocation model's frames (row on its sheet). */
const ALLOCATION_FEEDS: Record<string, number> = {
  "Barn- och utbildningsnämnden": ALLOCATION_ROWS.proposalBun,
  "Vård- och omsorgsnämnden": ALLOCATION_ROWS.proposalVon,
};
const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const share = (v: string | number, input = false): CellSpec => ({ v, style: "share1", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });

/** "Mål och budget 2025 med plan 2026–2027": the budget sample of SPEC §1. */
export function budgetWorkbook(): WorkbookSpec {
  const s = BUDGET_SAMPLE;
  const first = 18;
  const last = first + s.committees.length - 1; // 23
  const allocFirst = 27;
  const allocLast = allocFirst + s.committees.length - 1;
  const afterFirst = allocLast + 3; // 35
  const afterLast = afterFirst + s.committees.length - 1;
  const resultRow = afterLast + 3;
  const rows: Record<number, (CellSpec | string | number | null)[]> = {
    1: [{ v: "Mål och budget 2025 med plan 2026–2027", style: "title" }],
    2: [{ v: "Exempelkommun, cirka 30 000 invånare. Belopp i mnkr. Gula celler är indata.", style: "note" }],
    4: [header("Förutsättningar"), ...s.years.map(header)],
    // from the revenue forecast (SPEC §8), rounded to whole mnkr: 1 950, 2 010, 2 075
    5: [
      "Skatteintäkter och generella statsbidrag",
      ...COLS.map((c) => money(`='${REVENUE_SHEET}'!${c}${REVENUE_TOTAL_ROW}`)),
    ],
    6: ["Finansnetto", ...s.finansnetto.map((v) => money(v, true))],
    7: ["Resultatkrav (andel av skatter och bidrag)", ...s.years.map(() => share(s.andel, true))],
    8: [
      "Index för uppräkning (2025: SKR:s prognos för PKV 2025, exempelvärde; planår: antagande)",
      share(s.index2025, true),
      ...s.planIndex.map((v) => share(v, true)),
    ],
    9: ["Kompensationsgrad för prisökningar", ...s.years.map(() => share(s.kompensationsgrad, true))],
    11: [header("Styrtal"), ...s.years.map(header)],
    12: ["Resultatkrav", ...COLS.map((c) => money(`=KOMMUN.RESULTREQUIREMENT(${c}5,${c}7)`))],
    13: ["Nettokostnadsram", ...COLS.map((c) => money(`=KOMMUN.NETCOSTFRAME(${c}5,${c}6,${c}7)`))],
    14: ["Nämndernas förslag, summa", ...COLS.map((c) => money(`=SUM(${c}${first}:${c}${last})`))],
    15: [
      "Budgetgap (besparing som behövs)",
      ...COLS.map((c) => money(`=KOMMUN.BUDGETGAP(${c}${first}:${c}${last},${c}5,${c}6,${c}7)`)),
    ],
    17: [
      header("Nämndernas förslag"),
      ...s.years.map(header),
      header("Ram 2024"),
      header("Uppräknad ram 2025"),
      header("Dolt effektiviseringskrav 2025"),
    ],
    [last + 1]: [
      { v: "Summa", style: "header" },
      ...["B", "C", "D", "E", "F", "G"].map((c) => money(`=SUM(${c}${first}:${c}${last})`)),
    ],
    [allocFirst - 1]: [header("Fördelning av besparingen (avrundad till 0,1 mnkr)"), ...s.years.map(header)],
    [allocLast + 1]: [
      { v: "Summa (= budgetgapet)", style: "header" },
      ...COLS.map((c) => money(`=SUM(${c}${allocFirst}:${c}${allocLast})`)),
    ],
    [afterFirst - 1]: [header("Budget efter besparing"), ...s.years.map(header)],
    [afterLast + 1]: [
      { v: "Summa", style: "header" },
      ...COLS.map((c) => money(`=SUM(${c}${afterFirst}:${c}${afterLast})`)),
    ],
    [resultRow]: [header("Resultat"), ...s.years.map(header)],
    [resultRow + 1]: [
      "Resultat med nämndernas förslag",
      ...COLS.map((c) => money(`=KOMMUN.RESULT(${c}5,${c}6,${c}${first}:${c}${last})`)),
    ],
    [resultRow + 2]: [
      "Resultatandel med förslagen",
      ...COLS.map((c) => ({ v: `=KOMMUN.RESULTSHARE(${c}${resultRow + 1},${c}5)`, style: "share" as const })),
    ],
    [resultRow + 3]: [
      "Resultat mot resultatmål med förslagen",
      ...COLS.map((c) => `=KOMMUN.RESULTVSTARGET(${c}${resultRow + 1},${c}5,${c}7)`),
    ],
    [resultRow + 4]: [
      "Resultat efter besparing",
      ...COLS.map((c) => money(`=KOMMUN.RESULT(${c}5,${c}6,${c}${afterFirst}:${c}${afterLast})`)),
    ],
    [resultRow + 5]: [
      "Resultatandel efter besparing",
      ...COLS.map((c) => ({ v: `=KOMMUN.RESULTSHARE(${c}${resultRow + 4},${c}5)`, style: "share" as const })),
    ],
    [resultRow + 6]: [
      "Resultat mot resultatmål efter besparing",
      ...COLS.map((c) => `=KOMMUN.RESULTVSTARGET(${c}${resultRow + 4},${c}5,${c}7)`),
    ],
  };
  s.committees.forEach((committee, i) => {
    const r = first + i;
    // the two volume-driven committees' proposals come from the resource allocation model
    const fed = ALLOCATION_FEEDS[committee.name];
    rows[r] = [
      committee.name,
      ...committee.proposals.map((v, j) =>
        fed ? money(`=${ALLOCATION_SHEET}!${COLS[j]}${fed}`) : money(v, true),
      ),
      money(committee.base2024, true),
      money(`=KOMMUN.INDEXEDFRAME(E${r},$B$8,$B$9)`),
      money(`=KOMMUN.IMPLICITEFFICIENCY(E${r},$B$8,$B$9)`),
    ];
    rows[allocFirst + i] = [
      committee.name,
      ...COLS.map((c) =>
        i === 0
          ? {
              v: `=KOMMUN.ALLOCATE(${c}${first}:${c}${last},${c}15,,1)`,
              style: "money" as const,
              spill: `${c}${allocFirst}:${c}${allocLast}`,
            }
          : null,
      ),
    ];
    rows[afterFirst + i] = [committee.name, ...COLS.map((c) => money(`=${c}${r}-${c}${allocFirst + i}`))];
  });

  const pkvRows: Record<number, (CellSpec | string | number | null)[]> = {
    1: [
      header("År"),
      header("Arbetskostnad"),
      header("Övrig förbrukning"),
      header("Vikt arbetskraftskostnad"),
      header("Vikt övrig förbrukning"),
      header("PKV (KOMMUN.VIKTATINDEX)"),
      header("PKV enligt SKR"),
    ],
  };
  // Seed 001, table 1: Prisindex kommunal verksamhet (SKR), 2022–2024.
  const table1 = [
    [2022, 0.027, 0.1, 0.696, 0.304, 0.049],
    [2023, 0.066, 0.045, 0.686, 0.314, 0.059],
    [2024, 0.055, 0.027, 0.691, 0.309, 0.046],
  ] as const;
  table1.forEach(([year, labour, other, wl, wo, skr], i) => {
    const r = i + 2;
    pkvRows[r] = [
      { v: year, style: "year" },
      share(labour, true),
      share(other, true),
      share(wl, true),
      share(wo, true),
      { v: `=KOMMUN.WEIGHTEDINDEX(B${r}:C${r},D${r}:E${r})`, style: "share" },
      share(skr),
    ];
  });
  pkvRows[6] = [
    { v: "Källa: SKR, via seed 001 (tabell 1). Vikterna normeras med sin summa.", style: "note" },
  ];
  pkvRows[7] = [
    {
      v: "Utfall för tidigare år. Ramarna 2025 räknas upp med SKR:s prognos för budgetåret (bladet Budget, rad 8), inte med förra årets PKV: SKR:s eftersläpande index är ett råd för avgifter.",
      style: "note",
    },
  ];

  return {
    title: "Mål och budget 2025 med plan 2026–2027",
    sheets: [
      { name: "Budget", widths: [52, 14, 14, 14, 14, 20, 28], rows },
      { name: "PKV", widths: [8, 16, 18, 24, 24, 26, 16], rows: pkvRows },
      sensitivitySheet(),
      revenueSheet(),
      balanceRequirementSheet(resultRow + 4),
      allocationSheet({ budgetIndex: true }),
    ],
  };
}
