import type { CellSpec, WorkbookSpec } from "./model";

/** Monthly pattern of municipal gross cost: holiday-pay dip in July, year-end in December. */
export const MONTH_PATTERN = [1.0, 1.0, 1.02, 1.0, 1.0, 1.03, 0.62, 0.95, 1.02, 1.02, 1.03, 1.31];
const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const COLS = "BCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

const round1 = (x: number) => Math.round(x * 10) / 10;
const share = (i: number) => MONTH_PATTERN[i]! / MONTH_PATTERN.reduce((a, b) => a + b, 0);

/** Three years of history (mnkr), each year the pattern with its own small deviations. */
export const HISTORY = [
  { year: 2022, total: 1780, noise: [0.4, -0.3, 0.2, 0.1, -0.2, 0.3, -0.1, 0.2, -0.4, 0.1, 0.2, -0.3] },
  { year: 2023, total: 1850, noise: [-0.2, 0.3, -0.1, 0.2, 0.1, -0.3, 0.2, -0.1, 0.3, -0.2, -0.1, 0.4] },
  { year: 2024, total: 1930, noise: [0.1, 0.2, -0.3, -0.1, 0.3, 0.1, -0.2, 0.1, 0.2, 0.3, -0.4, 0.2] },
].map((y) => ({ ...y, months: MONTH_PATTERN.map((_, i) => round1(y.total * share(i) + y.noise[i]!)) }));

/** The eight committees' net-cost budgets for 2025 (mnkr) and how their costs run (1.025 = 2.5 % over). */
export const COMMITTEES = [
  { name: "Förskola", budget: 240, pace: 0.99 },
  { name: "Grundskola", budget: 520, pace: 1.005 },
  { name: "Äldreomsorg", budget: 480, pace: 1.025 },
  { name: "LSS", budget: 150, pace: 1.045 },
  { name: "IFO", budget: 190, pace: 0.97 },
  { name: "Kultur och fritid", budget: 60, pace: 1.0 },
  { name: "Teknisk förvaltning", budget: 95, pace: 1.015 },
  { name: "Kommunledning", budget: 145, pace: 0.995 },
].map((c) => ({
  ...c,
  outcomes: MONTH_PATTERN.slice(0, 8).map((_, i) => round1(c.budget * share(i) * c.pace)),
}));

/** Teknisk förvaltning gross: costs grow 6 %, revenue has a one-off sale of land (+9 mnkr) in April. */
export const GROSS = {
  costBudget: 180,
  revenueBudget: 85,
  costs: MONTH_PATTERN.slice(0, 8).map((_, i) => round1(180 * share(i) * 1.06)),
  revenues: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => round1(85 / 12 + (i === 3 ? 9 : 0))),
};

const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });

/** "Månadsuppföljning 2025": forecasts by three methods, deviation, status, gross vs net, accuracy. */
export function followupWorkbook(): WorkbookSpec {
  // --- Historik: years in rows, 12 month columns B..M; the profile spills into row 7
  const hist: WorkbookSpec["sheets"][number]["rows"] = {
    1: [{ v: "Historik: bruttokostnad per månad, hela kommunen (mnkr)", style: "title" }],
    2: [header("År"), ...MONTHS.map(header), header("Summa")],
  };
  HISTORY.forEach((y, i) => {
    hist[3 + i] = [
      { v: y.year, style: "year" },
      ...y.months.map((m) => money(m, true)),
      money(`=SUM(B${3 + i}:M${3 + i})`),
    ];
  });
  hist[7] = [
    { v: "Säsongsprofil", style: "header" },
    { v: "=KOMMUN.SEASONALPROFILE(B3:M5)", style: "share", spill: "B7:M7" },
  ];
  hist[8] = [
    {
      v: "Varje år normeras till 1 innan medelvärdet tas, så ett större år väger inte tyngre.",
      style: "note",
    },
  ];

  // --- Uppföljning: one row per committee
  const first = 7;
  const rows: WorkbookSpec["sheets"][number]["rows"] = {
    1: [{ v: "Månadsuppföljning 2025, utfall till och med augusti (mnkr)", style: "title" }],
    2: [{ v: "Gula celler är indata. Gränserna för status kan ändras.", style: "note" }],
    3: ["Gräns för varning", { v: 0.01, style: "share1", input: true }],
    4: ["Gräns för kritisk", { v: 0.03, style: "share1", input: true }],
    6: [
      header("Nämnd"),
      header("Budget 2025"),
      ...MONTHS.map(header),
      header("Prognos linjär"),
      header("Prognos profil"),
      header("Prognos budget"),
      header("Avvikelse (profil)"),
      header("Avvikelse %"),
      header("Status"),
    ],
  };
  const fc = (col: string, r: number, method: string) =>
    money(`=KOMMUN.FORECAST(B${r},C${r}:N${r},"${method}",Historik!$B$7:$M$7)`);
  COMMITTEES.forEach((c, i) => {
    const r = first + i;
    rows[r] = [
      c.name,
      money(c.budget, true),
      ...c.outcomes.map((v) => money(v, true)),
      null,
      null,
      null,
      null,
      fc("O", r, "linjär"),
      fc("P", r, "profil"),
      fc("Q", r, "budget"),
      money(`=KOMMUN.DEVIATION(B${r},P${r})`),
      { v: `=KOMMUN.DEVIATIONSHARE(B${r},P${r})`, style: "share" },
      `=KOMMUN.FORECASTSTATUS(B${r},P${r},"kostnad",$B$3,$B$4)`,
    ];
  });
  const last = first + COMMITTEES.length - 1;
  rows[last + 1] = [
    header("Summa"),
    money(`=SUM(B${first}:B${last})`),
    ...MONTHS.slice(0, 8).map((_, i) => money(`=SUM(${COLS[i + 1]}${first}:${COLS[i + 1]}${last})`)),
    null,
    null,
    null,
    null,
    ...["O", "P", "Q", "R"].map((c) => money(`=SUM(${c}${first}:${c}${last})`)),
    { v: `=KOMMUN.DEVIATIONSHARE(B${last + 1},P${last + 1})`, style: "share" },
    `=KOMMUN.FORECASTSTATUS(B${last + 1},P${last + 1},"kostnad",$B$3,$B$4)`,
  ];

  // --- gross vs net for Teknisk förvaltning
  const g = last + 4;
  rows[g - 1] = [
    { v: "Kostnadskontroll, inte nettokostnadskontroll: Teknisk förvaltning brutto", style: "heading" },
  ];
  rows[g] = [
    header("Rad"),
    header("Budget 2025"),
    ...MONTHS.map(header),
    header("Prognos"),
    header("Avvikelse"),
    header("Avvikelse %"),
    header("Status"),
  ];
  rows[g + 1] = [
    "Kostnader",
    money(GROSS.costBudget, true),
    ...GROSS.costs.map((v) => money(v, true)),
    null,
    null,
    null,
    null,
    money(`=KOMMUN.FORECAST(B${g + 1},C${g + 1}:N${g + 1},"profil",Historik!$B$7:$M$7)`),
    money(`=KOMMUN.DEVIATION(B${g + 1},O${g + 1},"kostnad")`),
    { v: `=KOMMUN.DEVIATIONSHARE(B${g + 1},O${g + 1},"kostnad")`, style: "share" },
    `=KOMMUN.FORECASTSTATUS(B${g + 1},O${g + 1},"kostnad",$B$3,$B$4)`,
  ];
  rows[g + 2] = [
    "Intäkter (april: tillfällig tomtförsäljning 9 mnkr)",
    money(GROSS.revenueBudget, true),
    ...GROSS.revenues.map((v) => money(v, true)),
    null,
    null,
    null,
    null,
    money(`=KOMMUN.FORECAST(B${g + 2},C${g + 2}:N${g + 2},"linjär")`),
    money(`=KOMMUN.DEVIATION(B${g + 2},O${g + 2},"intäkt")`),
    { v: `=KOMMUN.DEVIATIONSHARE(B${g + 2},O${g + 2},"intäkt")`, style: "share" },
    `=KOMMUN.FORECASTSTATUS(B${g + 2},O${g + 2},"intäkt",$B$3,$B$4)`,
  ];
  rows[g + 3] = [
    "Netto (så som en nettouppföljning ser det)",
    money(`=B${g + 1}-B${g + 2}`),
    ...MONTHS.slice(0, 8).map((_, i) => money(`=${COLS[i + 1]}${g + 1}-${COLS[i + 1]}${g + 2}`)),
    null,
    null,
    null,
    null,
    money(`=O${g + 1}-O${g + 2}`),
    money(`=KOMMUN.DEVIATION(B${g + 3},O${g + 3},"kostnad")`),
    { v: `=KOMMUN.DEVIATIONSHARE(B${g + 3},O${g + 3},"kostnad")`, style: "share" },
    `=KOMMUN.FORECASTSTATUS(B${g + 3},O${g + 3},"kostnad",$B$3,$B$4)`,
  ];
  rows[g + 4] = [
    {
      v: "Nettot ser bra ut eftersom en tillfällig intäkt döljer att kostnaderna ökar; bruttokostnaden visar överskridandet.",
      style: "note",
    },
  ];

  // --- Träffsäkerhet: forecasts of 2024 made after months 3–8, against 2024's final outcome
  const acc: WorkbookSpec["sheets"][number]["rows"] = {
    1: [
      {
        v: "Träffsäkerhet: prognoser för 2024 gjorda efter månad 3–8, mot 2024 års slutliga utfall (hela kommunen)",
        style: "title",
      },
    ],
    2: ["Budget 2024", money(1930, true)],
    3: ["Utfall 2024", money("=Historik!N5")],
    5: [header("Prognos efter månad"), header("Linjär"), header("Profil"), header("Budget")],
  };
  for (let m = 3; m <= 8; m++) {
    const r = 3 + m; // rows 6..11
    const months = `Historik!$B$5:${COLS[m - 1]}$5`;
    acc[r] = [
      { v: m, style: "year" },
      money(`=KOMMUN.FORECAST($B$2,${months},"linjär",Historik!$B$7:$M$7)`),
      money(`=KOMMUN.FORECAST($B$2,${months},"profil",Historik!$B$7:$M$7)`),
      money(`=KOMMUN.FORECAST($B$2,${months},"budget",Historik!$B$7:$M$7)`),
    ];
  }
  acc[13] = [
    { v: "Genomsnittligt fel (MAPE)", style: "header" },
    ...["B", "C", "D"].map((c) => ({
      v: `=KOMMUN.FORECASTACCURACY(${c}6:${c}11,$B$3)`,
      style: "share" as const,
    })),
  ];
  acc[14] = [
    { v: "Bias (+ = för höga, − = för låga)", style: "header" },
    ...["B", "C", "D"].map((c) => ({
      v: `=KOMMUN.FORECASTBIAS(${c}6:${c}11,$B$3)`,
      style: "share" as const,
    })),
  ];
  acc[15] = [
    { v: "Genomsnittligt fel mot budgeten (nämnare = budget 2024)", style: "header" },
    ...["B", "C", "D"].map((c) => ({
      v: `=KOMMUN.FORECASTACCURACY(${c}6:${c}11,$B$3,$B$2)`,
      style: "share" as const,
    })),
  ];
  acc[17] = [
    {
      v: "Lägst fel = metoden att lita på för raden. Profilen bygger på 2022–2024 och innehåller alltså 2024 självt.",
      style: "note",
    },
  ];
  acc[18] = [
    {
      v: "Bias visar om felen går åt samma håll: en metod som alltid ligger 3 % lågt har bias −3 % och fel 3 %, en som slumpvis missar med 3 % har bias nära 0. För en resultatrad med utfall nära 0 anges en nämnare, t.ex. skatter och bidrag.",
      style: "note",
    },
  ];

  return {
    title: "Månadsuppföljning 2025",
    sheets: [
      { name: "Uppföljning", widths: [44, 12, ...MONTHS.map(() => 8), 14, 14, 14, 16, 12, 10], rows },
      { name: "Historik", widths: [14, ...MONTHS.map(() => 9), 11], rows: hist },
      { name: "Träffsäkerhet", widths: [28, 14, 14, 14], rows: acc },
    ],
  };
}
