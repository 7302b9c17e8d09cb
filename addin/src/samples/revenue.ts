import type { CellSpec, SheetSpec, WorkbookSpec } from "./model";

/**
 * The revenue forecast of the fictional municipality of the samples (about 30 000 inhabitants,
 * Västra Götaland, amounts in mnkr), for the budget sample's years 2025–2027.
 */
export const REVENUE_SAMPLE = {
  years: [2025, 2026, 2027],
  /** SCB's tax base of income year 2023 (mnkr) */
  skatteunderlag2023: 6000,
  /** SFS 2024:669: income years 2024 and 2025 (samples/data/upprakningsfaktorer.csv) */
  faktorer: [1.031, 1.045],
  /** example growth of the tax base for the plan years, as SKR's forecast gives it (not a real forecast) */
  tillvaxt: [0.038, 0.036],
  skattesats: 21.5,
  invanare: [30000, 30150, 30300],
  /** the country's uplifted tax base per inhabitant (kr), example values */
  medelskattekraft: [265000, 275000, 285000],
  /** Västra Götaland, förordning (2004:881) 2 § as worded by SFS 2019:797 */
  lansSkattesats: 19.41,
  /** final settlement in kr per inhabitant (example of SKR's forecast) */
  slutavrakningKrPerInv: [250, 0, 0],
  ovriga: [
    { name: "Kostnadsutjämning", values: [25, 20, 15] },
    { name: "LSS-utjämning", values: [-8, -8.5, -9] },
    { name: "Strukturbidrag", values: [0, 0, 0] },
    { name: "Regleringsbidrag (+) / regleringsavgift (−)", values: [-20, -30, -42.5] },
    { name: "Kommunal fastighetsavgift", values: [36, 37.5, 39] },
    { name: "Generella statsbidrag utöver utjämningen", values: [0, 0, 0] },
  ],
  /** taxable incomes of the newcomers in the marginal-revenue block (kr a year) */
  inkomster: [
    { name: "Låg inkomst", income: 150000 },
    { name: "Medelinkomst", income: 250000 },
    { name: "Hög inkomst", income: 400000 },
  ],
} as const;

/** The sheet's name, also used by the budget sample that refers to its total. */
export const REVENUE_SHEET = "Skatter och bidrag";
/** Where the total per year, rounded to whole mnkr for the budget, stands: B, C, D of this row. */
export const REVENUE_TOTAL_ROW = 41;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: string | number, input = false): CellSpec => ({ v, style: "money0", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const note = (v: string): CellSpec => ({ v, style: "note" });
const COLS = ["B", "C", "D"] as const;
/** Row 12 stands under the uplift section's years (2024 in B): 2025–2027 are C–E. */
const UPLIFTED_COLS = ["C", "D", "E"] as const;

/** The sheet "Skatter och bidrag": SPEC §8 from the tax base of t−2 to the total per year. */
export function revenueSheet(): SheetSpec {
  const s = REVENUE_SAMPLE;
  const itemFirst = 26;
  const itemLast = itemFirst + s.ovriga.length - 1; // 31
  const tableRow = 35; // header row of the spilled table; years in 36–38
  const marginalRow = 44;
  const rows: SheetSpec["rows"] = {
    1: [{ v: "Skatteintäkter och generella statsbidrag 2025–2027", style: "title" }],
    2: [
      note(
        "Exempelkommun i Västra Götaland, cirka 30 000 invånare. Belopp i mnkr där inget annat anges. Gula celler är indata.",
      ),
    ],
    4: [header("Förutsättningar"), ...s.years.map(header)],
    5: ["Invånare 1 november året före", ...s.invanare.map((v) => kr(v, true))],
    6: [
      "Skattesats (kr per 100 kr)",
      ...s.years.map(() => ({ v: s.skattesats, style: "rate" as const, input: true })),
    ],
    7: ["Skatteunderlag inkomstår 2023 enligt SCB (mnkr)", money(s.skatteunderlag2023, true)],
    8: [header("Uppräkning av skatteunderlaget"), header(2024), ...s.years.map(header)],
    9: [
      "Uppräkningsfaktor",
      ...s.faktorer.map((v) => ({ v, style: "factor" as const, input: true })),
      { v: "=1+D10", style: "factor" },
      { v: "=1+E10", style: "factor" },
    ],
    10: [
      "Skatteunderlagets ökning enligt SKR:s prognos (planår)",
      null,
      null,
      ...s.tillvaxt.map((v) => ({ v, style: "share1" as const, input: true })),
    ],
    11: [
      note(
        "2024–2025: förordning (2024:669) om uppräkningsfaktorer. 2026–2027: 1 + SKR:s prognos (exempelvärden; hämta aktuella ur SKR:s cirkulär).",
      ),
    ],
    // under row 8's years: the uplifted base of 2025 stands under 2025 (column C), not under 2024
    12: [
      "Uppräknat skatteunderlag (mnkr)",
      null,
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:C9)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:D9)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:E9)"),
    ],
    14: [header("Inkomstutjämning"), ...s.years.map(header)],
    15: [
      "Medelskattekraft i riket, uppräknad (kr per invånare)",
      ...s.medelskattekraft.map((v) => kr(v, true)),
    ],
    16: [
      "Kommunens skattekraft (kr per invånare)",
      ...COLS.map((c, i) => kr(`=${UPLIFTED_COLS[i]}12*1000000/${c}5`)),
    ],
    17: [
      "Skattekraft i procent av medelskattekraften",
      ...COLS.map((c) => ({ v: `=${c}16/${c}15`, style: "share1" as const })),
    ],
    18: [
      "Länsvis skattesats för bidrag, Västra Götaland (förordning (2004:881) 2 §)",
      { v: s.lansSkattesats, style: "rate", input: true },
    ],
    19: [
      "Inkomstutjämningsbidrag (+) / -avgift (−) (mnkr)",
      ...COLS.map((c) => money(`=KOMMUN.INCOMEEQUALISATION(${c}16,${c}15,${c}5,$B$18)/1000000`)),
    ],
    21: [header("Slutavräkning"), ...s.years.map(header)],
    22: [
      "Slutavräkning, SKR:s prognos (kr per invånare)",
      ...s.slutavrakningKrPerInv.map((v) => kr(v, true)),
    ],
    23: ["Slutavräkning (mnkr)", ...COLS.map((c) => money(`=KOMMUN.FINALSETTLEMENT(${c}22,${c}5)/1000000`))],
    [itemFirst - 1]: [header("Övriga bidrag och avgifter ur SKR:s modell (mnkr)"), ...s.years.map(header)],
    [itemLast + 1]: [
      { v: "Summa övriga", style: "header" },
      ...COLS.map((c) => money(`=SUM(${c}${itemFirst}:${c}${itemLast})`)),
    ],
    [tableRow - 1]: [
      { v: "Skatter och generella statsbidrag per år (KOMMUN.SKATTEROCHBIDRAG)", style: "heading" },
    ],
    [tableRow]: [
      {
        v: `=KOMMUN.TAXESANDGRANTS(B4:D4,B7,B9:E9,B6:D6,B23:D23,B19:D19,B${itemFirst}:D${itemLast})`,
        style: "money",
        spill: `A${tableRow}:G${tableRow + 3}`,
        // the first column holds the years: "2025", not "2 025,0"
        columnStyles: ["year", "money", "money", "money", "money", "money", "money"],
      },
    ],
    [REVENUE_TOTAL_ROW - 1]: [header("Till budgeten"), ...s.years.map(header)],
    [REVENUE_TOTAL_ROW]: [
      "Skatteintäkter och generella statsbidrag, hela mnkr",
      ...COLS.map((c, i) => kr(`=ROUND(G${tableRow + 1 + i},0)`)),
    ],
    [marginalRow - 1]: [
      {
        v: "Vad ger 100 nya invånare? (2025, SKL:s promemoria Marginalintäkter vid befolkningsförändring, 2014)",
        style: "heading",
      },
    ],
    [marginalRow]: [
      header("Inkomst"),
      header("Beskattningsbar inkomst (kr)"),
      header("Skatt (kr per person)"),
      header("Ändrad utjämning (kr per person)"),
      header("Summa (kr per person)"),
      header("100 invånare (mnkr)"),
    ],
    [marginalRow + 5]: [
      note(
        "Inkomsten betyder lite: varje krona ger (21,50 − 19,41)/100 = 2,09 öre netto, eftersom inkomstutjämningen minskar med 19,41 öre. Gäller så länge kommunen får inkomstutjämningsbidrag.",
      ),
    ],
    [marginalRow + 7]: [header("Källor")],
    [marginalRow + 8]: [
      note(
        "Uppräkningsfaktorer: förordning (2024:669); lag (1965:269) 4 §. Länsvis skattesats: förordning (2004:881) 2 §.",
      ),
    ],
    [marginalRow + 9]: [
      note(
        "Inkomstutjämning: lag (2004:773) 4–6 §§ (bidrag under 115 %, avgift över 115 % med skattesatserna i förordning (2004:881) 3 §).",
      ),
    ],
    [marginalRow + 10]: [
      note(
        "Slutavräkning, övriga bidrag och avgifter: SKR:s cirkulär Budgetförutsättningar och modellen Skatter & bidrag (här exempelvärden).",
      ),
    ],
  };
  s.ovriga.forEach((item, i) => {
    rows[itemFirst + i] = [item.name, ...item.values.map((v) => money(v, true))];
  });
  s.inkomster.forEach((p, i) => {
    const r = marginalRow + 1 + i;
    rows[r] = [
      p.name,
      kr(p.income, true),
      kr(`=KOMMUN.TAXREVENUE(B${r},$B$6)`),
      kr(`=E${r}-C${r}`),
      kr(`=KOMMUN.MARGINALREVENUE(B${r},$B$6,$B$18,$B$15)`),
      money(`=E${r}*100/1000000`),
    ];
  });
  return { name: REVENUE_SHEET, widths: [62, 16, 16, 18, 18, 20, 20], rows };
}

/** "Skatter och bidrag 2025–2027": the revenue forecast of SPEC §8 in its own workbook. */
export function revenueWorkbook(): WorkbookSpec {
  return { title: "Skatteintäkter och generella statsbidrag 2025–2027", sheets: [revenueSheet()] };
}
