import type { CellSpec, SheetSpec, WorkbookSpec } from "./model";

/**
 * The revenue forecast of the fictional municipality of the samples (about 30 000 inhabitants,
 * Västra Götaland, amounts in mnkr), for the budget sample's years 2025–2027. Every other sample that
 * needs the municipality's tax base, inhabitants, tax rate or taxes and grants takes them from here
 * ({@link sampleTaxBase}, {@link SAMPLE_TAXES_AND_GRANTS}), so that the samples agree.
 */
export const REVENUE_SAMPLE = {
  years: [2025, 2026, 2027],
  /** SCB's tax base of income year 2023 (mnkr) */
  skatteunderlag2023: 6000,
  /** SFS 2024:669: income years 2024 and 2025 (samples/data/upprakningsfaktorer.csv) */
  faktorer: [1.031, 1.045],
  /**
   * SKR's forecast of the tax base's actual growth for the income years 2024–2027, as its circulars
   * *Budgetförutsättningar* print it (example values, not a real forecast: 2025 grows 0,6 percentage points
   * more than the government's factor, which gives a final settlement of about 266 kr per inhabitant)
   */
  tillvaxt: [0.031, 0.051, 0.038, 0.036],
  skattesats: 21.5,
  invanare: [30000, 30150, 30300],
  /** the country's uplifted tax base per inhabitant (kr), example values */
  medelskattekraft: [265000, 275000, 285000],
  /** Västra Götaland, förordning (2004:881) 2 § (SFS 2019:797; unchanged in the text as amended by 2023:683) */
  lansSkattesats: 19.41,
  /** the correction of the previous income year's settlement booked in the year, kr per inhabitant (example) */
  korrigeringKrPerInv: [-20, 0, 0],
  ovriga: [
    { name: "Kostnadsutjämning", values: [25, 20, 15] },
    { name: "LSS-utjämning", values: [-8, -8.5, -9] },
    { name: "Strukturbidrag", values: [0, 0, 0] },
    { name: "Regleringsbidrag (+) / regleringsavgift (−)", values: [-20, -38.3, -51.4] },
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

/**
 * The tax base of a year of the samples on SKR's growth path (mnkr): the tax base of 2023 × (1 + growth)
 * for every income year from 2024 through `year` — the base the year's tax revenue plus final settlement is
 * levied on (`skatterOchBidrag` with `tillvaxt`). 2025: 6 000 × 1,031 × 1,051 = 6 501,486.
 */
export function sampleTaxBase(year: 2025 | 2026 | 2027): number {
  const s = REVENUE_SAMPLE;
  const n = year - 2023;
  return s.tillvaxt.slice(0, n).reduce((b: number, g) => b * (1 + g), s.skatteunderlag2023);
}

/** What the sheet "Skatter och bidrag" gives per year, rounded to whole mnkr (checked by the sample tests). */
export const SAMPLE_TAXES_AND_GRANTS = [1950, 2010, 2075] as const;

/** The sheet's name, also used by the budget sample that refers to its total. */
export const REVENUE_SHEET = "Skatter och bidrag";
/** Where the total per year, rounded to whole mnkr for the budget, stands: B, C, D of this row. */
export const REVENUE_TOTAL_ROW = 50;
/** Cells of the sheet other sheets of the budget sample refer to (column B = 2025). */
export const REVENUE_CELLS = {
  invanare: "B5",
  skattesats: "B6",
  /** the tax base of 2025 on SKR's growth path (mnkr), row 14 under the uplift section's years */
  skatteunderlag2025: "C14",
  medelskattekraft: "B17",
  skattekraft: "B18",
  lansSkattesats: "B20",
  /** income equalisation 2025 (mnkr) */
  inkomstutjamning: "B21",
} as const;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: string | number, input = false): CellSpec => ({ v, style: "money0", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const note = (v: string): CellSpec => ({ v, style: "note" });
const COLS = ["B", "C", "D"] as const;
/** Rows 12–14 stand under the uplift section's years (2024 in B): 2025–2027 are C–E. */
const UPLIFTED_COLS = ["C", "D", "E"] as const;

/** The sheet "Skatter och bidrag": SPEC §8 from the tax base of t−2 to the total per year. */
export function revenueSheet(): SheetSpec {
  const s = REVENUE_SAMPLE;
  const itemFirst = 30;
  const itemLast = itemFirst + s.ovriga.length - 1; // 35
  const tableRow = 39; // header row of the spilled table; years in 40–42
  const splitRow = 45;
  const marginalRow = 54;
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
    8: [header("Uppräkning av skatteunderlaget (inkomstår)"), header(2024), ...s.years.map(header)],
    9: [
      "Uppräkningsfaktor (regeringens; planår 1 + SKR:s prognos)",
      ...s.faktorer.map((v) => ({ v, style: "factor" as const, input: true })),
      { v: "=1+D10", style: "factor" },
      { v: "=1+E10", style: "factor" },
    ],
    10: [
      "Skatteunderlagets faktiska ökning enligt SKR:s prognos",
      ...s.tillvaxt.map((v) => ({ v, style: "share1" as const, input: true })),
    ],
    11: [
      "SKR:s prognos som faktor",
      ...["B", "C", "D", "E"].map((c) => ({ v: `=1+${c}10`, style: "factor" as const })),
    ],
    // under row 8's years: the uplifted base of 2025 stands under 2025 (column C), not under 2024
    12: [
      "Uppräknat skatteunderlag, preliminärt (mnkr)",
      null,
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:C9)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:D9)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B9:E9)"),
    ],
    13: [
      note(
        "2024–2025: förordning (2024:669) om uppräkningsfaktorer (lag (1965:269)). Tillväxten: SKR:s cirkulär Budgetförutsättningar (här exempelvärden; hämta aktuella ur SKR:s senaste cirkulär).",
      ),
    ],
    14: [
      "Skatteunderlag enligt SKR:s prognos (mnkr)",
      null,
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B11:C11)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B11:D11)"),
      money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B11:E11)"),
    ],
    16: [header("Inkomstutjämning"), ...s.years.map(header)],
    17: [
      "Medelskattekraft i riket, uppräknad (kr per invånare)",
      ...s.medelskattekraft.map((v) => kr(v, true)),
    ],
    18: [
      "Kommunens skattekraft (kr per invånare)",
      ...COLS.map((c, i) => kr(`=${UPLIFTED_COLS[i]}12*1000000/${c}5`)),
    ],
    19: [
      "Skattekraft i procent av medelskattekraften",
      ...COLS.map((c) => ({ v: `=${c}18/${c}17`, style: "share1" as const })),
    ],
    20: [
      "Länsvis skattesats för bidrag, Västra Götaland (förordning (2004:881) 2 §)",
      { v: s.lansSkattesats, style: "rate", input: true },
    ],
    21: [
      "Inkomstutjämningsbidrag (+) / -avgift (−) (mnkr)",
      ...COLS.map((c) => money(`=KOMMUN.INCOMEEQUALISATION(${c}18,${c}17,${c}5,$B$20)/1000000`)),
    ],
    23: [header("Slutavräkning"), ...s.years.map(header)],
    24: [
      note(
        "Årets slutavräkning följer av SKR:s prognos för skatteunderlagets tillväxt mot regeringens uppräkningsfaktorer (tabellen nedan). Korrigeringen av föregående års slutavräkning anges här.",
      ),
    ],
    25: [
      "Korrigering av föregående års slutavräkning, SKR (kr per invånare)",
      ...s.korrigeringKrPerInv.map((v) => kr(v, true)),
    ],
    26: [
      "Korrigering av föregående års slutavräkning (mnkr)",
      ...COLS.map((c) => money(`=KOMMUN.FINALSETTLEMENT(${c}25,${c}5)/1000000`)),
    ],
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
        v: `=KOMMUN.TAXESANDGRANTS(B4:D4,B7,B9:E9,B6:D6,,B21:D21,B${itemFirst}:D${itemLast},B11:E11,B26:D26)`,
        style: "money",
        spill: `A${tableRow}:H${tableRow + 3}`,
        // the first column holds the years: "2025", not "2 025,0"
        columnStyles: ["year", "money", "money", "money", "money", "money", "money", "money"],
      },
    ],
    [splitRow - 1]: [header("Preliminärt och slutavräkning"), ...s.years.map(header)],
    [splitRow]: [
      "Preliminära skatteintäkter (regeringens faktorer)",
      ...COLS.map((_, i) => money(`=C${tableRow + 1 + i}`)),
    ],
    [splitRow + 1]: [
      "Slutavräkning innevarande år (SKR:s tillväxt mot faktorerna)",
      ...COLS.map((_, i) => money(`=D${tableRow + 1 + i}`)),
    ],
    [splitRow + 2]: [
      "Slutavräkning innevarande år (kr per invånare)",
      ...COLS.map((c, i) => kr(`=D${tableRow + 1 + i}*1000000/${c}5`)),
    ],
    [splitRow + 3]: [
      "Skatteintäkter inkl. slutavräkning = skatteunderlag enligt SKR × skattesats",
      ...COLS.map((c, i) => money(`=KOMMUN.TAXREVENUE(${UPLIFTED_COLS[i]}14,${c}6)`)),
    ],
    [REVENUE_TOTAL_ROW - 1]: [header("Till budgeten"), ...s.years.map(header)],
    [REVENUE_TOTAL_ROW]: [
      "Skatteintäkter och generella statsbidrag, hela mnkr",
      ...COLS.map((_, i) => kr(`=ROUND(H${tableRow + 1 + i},0)`)),
    ],
    [marginalRow - 2]: [
      {
        v: "Vad ger 100 nya invånare som flyttar in under 2025? (SKL:s promemoria Marginalintäkter vid befolkningsförändring, 2014)",
        style: "heading",
      },
    ],
    [marginalRow - 1]: [
      note(
        "Utjämningen räknas på invånarna den 1 november året före men på skatteunderlaget två år före: 2026 ger varje nyinflyttad 1,15 × medelskattekraften × 19,41/100, oavsett inkomst. Skatten på deras inkomster når kommunen först 2027; sedan gäller summan per person, eftersom utjämningen då minskar med 19,41 öre per krona inkomst. Belopp i 2026 års medelskattekraft.",
      ),
    ],
    [marginalRow]: [
      header("Inkomst"),
      header("Beskattningsbar inkomst (kr)"),
      header("Skatt (kr per person, från 2027)"),
      header("Ändrad utjämning (kr per person, från 2026)"),
      header("Summa (kr per person, från 2027)"),
      header("100 invånare (mnkr, från 2027)"),
      header("100 invånare 2026, bara utjämningen (mnkr)"),
    ],
    [marginalRow + 5]: [
      note(
        "Inkomsten betyder lite: varje krona ger (21,50 − 19,41)/100 = 2,09 öre netto, eftersom inkomstutjämningen minskar med 19,41 öre. Gäller så länge kommunen får inkomstutjämningsbidrag.",
      ),
    ],
    [marginalRow + 7]: [header("Källor")],
    [marginalRow + 8]: [
      note(
        "Uppräkningsfaktorer: förordning (2024:669); lag (1965:269) med särskilda bestämmelser om kommuns och regions medel från skatter. Länsvis skattesats: förordning (2004:881) 2 §.",
      ),
    ],
    [marginalRow + 9]: [
      note(
        "Inkomstutjämning: lag (2004:773) 4–6 §§ (bidrag under 115 %, avgift över 115 % med skattesatserna i förordning (2004:881) 3 §).",
      ),
    ],
    [marginalRow + 10]: [
      note(
        "Tillväxt, slutavräkning, korrigering, övriga bidrag och avgifter: SKR:s cirkulär Budgetförutsättningar och modellen Skatter & bidrag (här exempelvärden). Preliminär slutavräkning innevarande år och korrigering föregående år redovisas som i årsredovisningarnas not om skatteintäkter.",
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
      kr(`=KOMMUN.MARGINALREVENUE(B${r},$C$6,$B$20,$C$17)`),
      money(`=E${r}*100/1000000`),
      // 2026: the newcomers count as inhabitants, their income not yet in the tax base
      money("=100*1.15*$C$17*$B$20/100/1000000"),
    ];
  });
  return { name: REVENUE_SHEET, widths: [62, 16, 16, 18, 18, 20, 20, 20], rows };
}

/** "Skatter och bidrag 2025–2027": the revenue forecast of SPEC §8 in its own workbook. */
export function revenueWorkbook(): WorkbookSpec {
  return { title: "Skatteintäkter och generella statsbidrag 2025–2027", sheets: [revenueSheet()] };
}
