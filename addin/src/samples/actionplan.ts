import { findFunction, type ResultUnit } from "../definitions";
import { COMMITTEES, HISTORY } from "./followup";
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from "./model";

/** The cell format of a function's result, from its definition's `resultUnit`. */
export function styleOf(id: string): CellStyle | undefined {
  const unit: ResultUnit | undefined = findFunction(id)?.resultUnit;
  const styles: Partial<Record<ResultUnit, CellStyle>> = {
    money: "money2",
    share: "share",
    count: "count",
    year: "year",
    taxRate: "money2",
    taxChange: "money2",
  };
  return unit ? styles[unit] : undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const header = (v: string): CellSpec => ({ v, style: "header" });
const money = (v: number | string, input = false): CellSpec => ({ v, style: "money2", input });

/** The critical committee of the follow-up sample (LSS, 4.5 % over its budget). */
export const CRITICAL = COMMITTEES.find((c) => c.name === "LSS")!;

/** Six measures across two committees (mnkr a full year), with outcomes January–August. */
export const MEASURES = [
  {
    namn: "Samordnad nattbemanning i gruppbostäder",
    namnd: "LSS",
    ansvarig: "Verksamhetschef LSS",
    helarseffekt: 2.4,
    startmanad: 3,
    status: "genomförd",
    sannolikhet: null,
    utfall: [0, 0, 0.12, 0.18, 0.2, 0.21, 0.2, 0.19],
  },
  {
    namn: "AI-stödd schemaläggning, mindre övertid",
    namnd: "LSS",
    ansvarig: "Enhetschef bemanning",
    helarseffekt: 1.2,
    startmanad: 5,
    status: "beslutad",
    sannolikhet: null,
    utfall: [0, 0, 0, 0, 0.04, 0.07, 0.09, 0.1],
  },
  {
    namn: "Egen daglig verksamhet i stället för köpta platser",
    namnd: "LSS",
    ansvarig: "Verksamhetschef LSS",
    helarseffekt: 1.8,
    startmanad: 9,
    status: "beslutad",
    sannolikhet: null,
    utfall: [0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    namn: "Omförhandla externa placeringar",
    namnd: "LSS",
    ansvarig: "Socialchef",
    helarseffekt: 3,
    startmanad: 10,
    status: "förslag",
    sannolikhet: 0.5,
    utfall: [0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    namn: "Gemensam vikariepool med äldreomsorgen",
    namnd: "Äldreomsorg",
    ansvarig: "Bemanningsenheten",
    helarseffekt: 1.5,
    startmanad: 4,
    status: "genomförd",
    sannolikhet: null,
    utfall: [0, 0, 0, 0.09, 0.11, 0.13, 0.1, 0.12],
  },
  {
    namn: "Avveckla inhyrd lokal för korttidsboende",
    namnd: "Äldreomsorg",
    ansvarig: "Lokalstrateg",
    helarseffekt: 0.9,
    startmanad: 7,
    status: "förslag",
    sannolikhet: 0.7,
    utfall: [0, 0, 0, 0, 0, 0, 0, 0],
  },
] as const;

/** "Åtgärdsplan 2025": the forecast deficit, the measures, the plan, the follow-up to August. */
export function actionPlanWorkbook(): WorkbookSpec {
  const first = 15; // first measure row
  const last = first + MEASURES.length - 1; // 20
  const planRow = 26;
  const planEnd = planRow + 1 + MEASURES.length + 3; // header, measures, 4 summary rows
  const leftRow = planRow + MEASURES.length + 2; // "Kvar att åtgärda"
  const chartRow = planEnd + 4;
  const rows: SheetSpec["rows"] = {
    1: [{ v: "Åtgärdsplan vid underskott 2025 – gemensam mall", style: "title" }],
    2: [
      {
        v: "Östersunds revision (2025) fann att det saknas en gemensam mall för åtgärdsplaner vid underskott, så varje förvaltning gör sin egen; detta är en sådan mall. Belopp i mnkr. Gula celler är indata.",
        style: "note",
      },
    ],
    4: [header("Underskottet när planen beslutades: LSS, prognos efter februari"), ...MONTHS.map(header)],
    5: ["Utfall 2025 (LSS)", ...CRITICAL.outcomes.map((v) => money(v, true))],
    6: ["Budget 2025 (LSS)", money(CRITICAL.budget, true)],
    // the deficit before the measures: outcomes January–February, before the first one started in
    // March; a later forecast already has the measures' savings in its outcomes and would count
    // them twice against the plan's year effects
    7: [
      "Helårsprognos efter februari (säsongsprofil)",
      money(`=KOMMUN.FORECAST(B6,B5:C5,"profil",Historik!B7:M7)`),
    ],
    8: ["Avvikelse (negativ = underskott)", money("=KOMMUN.DEVIATION(B6,B7)")],
    9: ["Status", "=KOMMUN.FORECASTSTATUS(B6,B7)"],
    10: [{ v: "Underskott att åtgärda", style: "header" }, money("=MAX(0,-B8)")],
    11: [
      {
        v: "Underskottet tas från prognosen innan åtgärderna börjar spara (efter februari; den första startar i mars). En senare prognos har redan åtgärdernas besparing i utfallet och skulle räkna den två gånger mot årseffekterna.",
        style: "note",
      },
    ],
    13: [
      {
        v: "Åtgärder i vård- och omsorgsnämndens två verksamheter, LSS och äldreomsorg: nämnden svarar för underskottet i LSS och kan täcka det med åtgärder i hela sitt ansvarsområde",
        style: "heading",
      },
    ],
    14: [
      header("Åtgärd"),
      header("Verksamhet"),
      header("Ansvarig"),
      header("Helårseffekt"),
      header("Startmånad"),
      header("Status"),
      header("Sannolikhet (tom = säker)"),
      header("Årseffekt 2025"),
    ],
    [last + 1]: [
      { v: "Summa", style: "header" },
      null,
      null,
      money(`=SUM(D${first}:D${last})`),
      null,
      null,
      null,
      money(`=SUM(H${first}:H${last})`),
    ],
    [last + 2]: [
      "varav LSS",
      null,
      null,
      money(`=SUMIF(B${first}:B${last},"LSS",D${first}:D${last})`),
      null,
      null,
      null,
      money(`=SUMIF(B${first}:B${last},"LSS",H${first}:H${last})`),
    ],
    [last + 3]: [
      "varav Äldreomsorg",
      null,
      null,
      money(`=SUMIF(B${first}:B${last},"Äldreomsorg",D${first}:D${last})`),
      null,
      null,
      null,
      money(`=SUMIF(B${first}:B${last},"Äldreomsorg",H${first}:H${last})`),
    ],
    [planRow - 1]: [
      {
        v: "Planen (KOMMUN.ÅTGÄRDSPLAN): årseffekt, effekt per månad och kvar att åtgärda",
        style: "heading",
      },
    ],
    [planRow]: [
      {
        v: `=KOMMUN.ACTIONPLAN(B10,A${first}:A${last},D${first}:D${last},E${first}:E${last},F${first}:F${last},G${first}:G${last})`,
        style: "money2",
        spill: `A${planRow}:S${planEnd}`,
        headerRow: true,
        columnStyles: ["text", "text", "count", "share", ...Array<CellStyle>(15).fill("money2")],
      },
    ],
    [chartRow - 2]: [{ v: "Kvar att åtgärda per månad (diagramdata)", style: "heading" }],
    [chartRow - 1]: [
      {
        v: "Exceljs, som bygger exempelfilerna, kan inte skriva diagram; markera tabellen och välj Infoga → Linjediagram, eller läs staplarna.",
        style: "note",
      },
    ],
    [chartRow]: [
      header("Månad"),
      header("Kvar, alla åtgärder"),
      header("Kvar, endast beslutade"),
      header("Kvar, förväntat"),
      header("Kvar (stapel)"),
    ],
  };
  MEASURES.forEach((m, i) => {
    const r = first + i;
    rows[r] = [
      { v: m.namn, input: true },
      { v: m.namnd, input: true },
      { v: m.ansvarig, input: true },
      money(m.helarseffekt, true),
      { v: m.startmanad, style: "count", input: true },
      { v: m.status, input: true },
      m.sannolikhet === null ? { v: null, input: true } : { v: m.sannolikhet, style: "share1", input: true },
      { v: `=KOMMUN.YEAREFFECT(D${r},E${r})`, style: styleOf("YEAREFFECT") },
    ];
  });
  MONTHS.forEach((month, j) => {
    const r = chartRow + 1 + j;
    const col = COLS[7 + j]!; // the plan's months are in H..S
    rows[r] = [
      month,
      money(`=${col}${leftRow}`),
      money(`=${col}${leftRow + 1}`),
      money(`=${col}${leftRow + 2}`),
      `=REPT("█",MAX(0,ROUND(B${r}/$B$10*40,0)))`,
    ];
  });

  // --- Uppföljning: the measures' outcomes month by month, to August
  const fFirst = 5;
  const fLast = fFirst + MEASURES.length - 1;
  const follow: SheetSpec["rows"] = {
    1: [{ v: "Uppföljning av åtgärdsplanen 2025, utfall till och med augusti (mnkr)", style: "title" }],
    2: [
      {
        v: "Utfall = besparing som uppnåtts per månad. Tomma månader = inget utfall ännu. Planerat = helårseffekt / 12 från startmånaden.",
        style: "note",
      },
    ],
    4: [header("Åtgärd"), header("Helårseffekt"), header("Startmånad"), ...MONTHS.map(header)],
    [fLast + 3]: [{ v: "Planerat mot utfall (KOMMUN.ÅTGÄRDSUPPFÖLJNING)", style: "heading" }],
    [fLast + 4]: [
      {
        v: `=KOMMUN.ACTIONFOLLOWUP(A${fFirst}:A${fLast},B${fFirst}:B${fLast},C${fFirst}:C${fLast},D${fFirst}:O${fLast})`,
        style: "money2",
        spill: `A${fLast + 4}:O${fLast + 4 + 3 * (MEASURES.length + 1)}`,
        headerRow: true,
        columnStyles: ["text", "text", ...Array<CellStyle>(13).fill("money2")],
      },
    ],
  };
  MEASURES.forEach((m, i) => {
    const r = fFirst + i;
    const src = first + i;
    follow[r] = [
      `=Åtgärdsplan!A${src}`,
      money(`=Åtgärdsplan!D${src}`),
      { v: `=Åtgärdsplan!E${src}`, style: "count" },
      ...m.utfall.map((v) => money(v, true)),
      ...Array.from({ length: 12 - m.utfall.length }, () => ({ v: null, input: true })),
    ];
  });

  // --- Historik: the follow-up sample's history, for the seasonal profile of the forecast
  const hist: SheetSpec["rows"] = {
    1: [
      {
        v: "Historik: bruttokostnad per månad, hela kommunen (mnkr), som i månadsuppföljningen",
        style: "title",
      },
    ],
    2: [header("År"), ...MONTHS.map(header)],
  };
  HISTORY.forEach((y, i) => {
    hist[3 + i] = [
      { v: y.year, style: "year" },
      ...y.months.map((v) => ({ v, style: "money" as const, input: true })),
    ];
  });
  hist[7] = [
    header("Säsongsprofil"),
    { v: "=KOMMUN.SEASONALPROFILE(B3:M5)", style: "share", spill: "B7:M7" },
  ];

  return {
    title: "Åtgärdsplan vid underskott 2025",
    sheets: [
      { name: "Åtgärdsplan", widths: [48, 24, 22, 16, 12, 14, 14, 14, ...MONTHS.map(() => 8)], rows },
      { name: "Uppföljning", widths: [48, 14, 12, ...MONTHS.map(() => 8), 10], rows: follow },
      { name: "Historik", widths: [14, ...MONTHS.map(() => 9)], rows: hist },
    ],
  };
}
