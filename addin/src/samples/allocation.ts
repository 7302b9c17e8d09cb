import { styleOf } from "./actionplan";
import type { CellSpec, SheetSpec, WorkbookSpec } from "./model";

/** The sheet's name, referred to from the budget sample. */
export const ALLOCATION_SHEET = "Resursfördelning";
const YEARS = [2025, 2026, 2027, 2028];
const COLS = ["B", "C", "D", "E"];

/**
 * A fictional but plausible population forecast for a municipality of about 30 000
 * inhabitants (SCB's age groups for preschool, school, upper secondary and elderly care):
 * fewer small children, more 16–18-year-olds and a growing 80+ group.
 */
export const POPULATION = [
  { group: "0 år", volumes: [290, 285, 282, 280] },
  { group: "1–5 år (förskola)", volumes: [1640, 1610, 1585, 1560], price: 0.132, committee: "bun" },
  {
    group: "6–15 år (grundskola och fritidshem)",
    volumes: [3520, 3510, 3526, 3515],
    price: 0.118,
    committee: "bun",
  },
  { group: "16–18 år (gymnasieskola)", volumes: [1040, 1075, 1105, 1120], price: 0.128, committee: "bun" },
  { group: "19–64 år", volumes: [16850, 16860, 16855, 16850] },
  { group: "65–79 år (äldreomsorg)", volumes: [5080, 5120, 5150, 5170], price: 0.016, committee: "von" },
  {
    group: "80 år och äldre (äldreomsorg)",
    volumes: [1693, 1721, 1766, 1810],
    price: 0.245,
    committee: "von",
  },
] as const;

/** The parts of the frames that do not follow volumes (mnkr, each year's prices). */
export const FIXED = { bun: [27, 27.8, 28.5, 29.2], von: [110, 113.3, 116.1, 119] };
/** Yearly price index (change from the year before): 2026 3 %, 2027 and 2028 2.5 % (the budget's planning assumption). */
export const INDEX = [0, 0.03, 0.025, 0.025];

const header = (v: string | number): CellSpec => ({ v, style: "header" });
const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const share = (v: number | string, input = false): CellSpec => ({ v, style: "share1", input });

/** Rows of the sheet that other sheets refer to. */
export const ALLOCATION_ROWS = { proposalBun: 23, proposalVon: 24 } as const;

/**
 * The resource allocation sheet: population forecast 2025–2028, price per inhabitant of each
 * group, frames per committee (KOMMUN.RESURSFÖRDELNING) and the demographic pressure per year
 * (KOMMUN.DEMOGRAFIEFFEKT). With `budgetIndex`, the 2026 and 2027 index come from the budget
 * sheet's planning assumptions (`Budget!C8:D8`), so the two stay one input.
 */
export function allocationSheet(options: { budgetIndex?: boolean } = {}): SheetSpec {
  const rows: SheetSpec["rows"] = {
    1: [
      {
        v: "Resursfördelning 2025–2028: befolkning, pris per enhet, ramar och demografiskt tryck",
        style: "title",
      },
    ],
    2: [
      {
        v: "Exempelkommun med cirka 30 000 invånare, fiktiv befolkningsprognos. Belopp i mnkr, priser per invånare i 2025 års nivå. Gula celler är indata.",
        style: "note",
      },
    ],
    4: [header("Åldersgrupp"), ...YEARS.map(header), header("Pris per invånare 2025 (mnkr)")],
    12: [
      { v: "Summa invånare", style: "header" },
      ...COLS.map((c) => ({ v: `=SUM(${c}5:${c}11)`, style: "count" as const })),
    ],
    14: [header("Prisuppräkning"), ...YEARS.map(header)],
    15: [
      "Index, förändring från föregående år",
      share(0),
      options.budgetIndex ? share("=Budget!C8") : share(INDEX[1]!, true),
      options.budgetIndex ? share("=Budget!D8") : share(INDEX[2]!, true),
      share(INDEX[3]!, true),
    ],
    16: [
      "Index från 2025 års priser",
      share(0),
      ...COLS.slice(1).map((c, i) => share(`=(1+${COLS[i]}16)*(1+${c}15)-1`)),
    ],
    18: [header("Ramar (KOMMUN.RESURSFÖRDELNING)"), ...YEARS.map(header)],
    19: ["Barn- och utbildningsnämnden: fast del, ej volymstyrd", ...FIXED.bun.map((v) => money(v, true))],
    20: [
      "Barn- och utbildningsnämnden: ram",
      ...COLS.map((c) => ({
        v: `=KOMMUN.RESOURCEALLOCATION(${c}6:${c}8,$F$6:$F$8,${c}16,${c}19)`,
        style: styleOf("RESOURCEALLOCATION") ?? "money",
      })),
    ],
    21: [
      "Vård- och omsorgsnämnden: fast del (LSS, hälso- och sjukvård m.m.)",
      ...FIXED.von.map((v) => money(v, true)),
    ],
    22: [
      "Vård- och omsorgsnämnden: ram",
      ...COLS.map((c) => ({
        v: `=KOMMUN.RESOURCEALLOCATION(${c}10:${c}11,$F$10:$F$11,${c}16,${c}21)`,
        style: styleOf("RESOURCEALLOCATION") ?? "money",
      })),
    ],
    [ALLOCATION_ROWS.proposalBun]: [
      "Barn- och utbildningsnämnden: förslag (hela mnkr)",
      ...COLS.map((c) => ({ v: `=ROUND(${c}20,0)`, style: "money0" as const })),
    ],
    [ALLOCATION_ROWS.proposalVon]: [
      "Vård- och omsorgsnämnden: förslag (hela mnkr)",
      ...COLS.map((c) => ({ v: `=ROUND(${c}22,0)`, style: "money0" as const })),
    ],
    26: [
      header("Demografiskt tryck (KOMMUN.DEMOGRAFIEFFEKT), 2025 års priser"),
      header("2025→2026"),
      header("2026→2027"),
      header("2027→2028"),
    ],
    27: [
      "Barn- och utbildningsnämnden",
      ...COLS.slice(0, 3).map((c, i) => ({
        v: `=KOMMUN.DEMOGRAPHICCOST(${c}6:${c}8,${COLS[i + 1]}6:${COLS[i + 1]}8,$F$6:$F$8)`,
        style: styleOf("DEMOGRAPHICCOST") ?? "money",
      })),
    ],
    28: [
      "Vård- och omsorgsnämnden",
      ...COLS.slice(0, 3).map((c, i) => ({
        v: `=KOMMUN.DEMOGRAPHICCOST(${c}10:${c}11,${COLS[i + 1]}10:${COLS[i + 1]}11,$F$10:$F$11)`,
        style: styleOf("DEMOGRAPHICCOST") ?? "money",
      })),
    ],
    29: [
      { v: "Summa demografiskt tryck", style: "header" },
      ...COLS.slice(0, 3).map((c) => money(`=${c}27+${c}28`)),
    ],
    30: [
      {
        v: "Positivt = befolkningsförändringen kostar mer före varje beslut. Färre småbarn motverkar fler äldre. Förslagen avrundas till hela mnkr och förs till budgetens förslag.",
        style: "note",
      },
    ],
  };
  POPULATION.forEach((g, i) => {
    const r = 5 + i;
    rows[r] = [
      g.group,
      ...g.volumes.map((v) => ({ v, style: "count" as const, input: true })),
      "price" in g ? { v: g.price, style: "money2" as const, input: true } : null,
    ];
  });
  return { name: ALLOCATION_SHEET, widths: [62, 12, 12, 12, 12, 28], rows };
}

/** "Resursfördelning 2025–2028": the sheet on its own. */
export function allocationWorkbook(): WorkbookSpec {
  return { title: "Resursfördelning 2025–2028", sheets: [allocationSheet()] };
}
