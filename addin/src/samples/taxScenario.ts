import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellSpec, WorkbookSpec } from "./model";
import { REVENUE_SAMPLE, sampleTaxBase } from "./revenue";

const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: number | string, input = false): CellSpec => ({ v, style: "money0", input });
const pct = (v: number | string, input = false): CellSpec => ({ v, style: "share1", input });
/** kronor per 100 kr (a tax rate or a change of it), two decimals: 21,50 and 0,37 */
const rate = (v: number | string, input = false): CellSpec => ({ v, style: "taxRate", input });
/** öre: one decimal for a tax equivalent, none for a raise rounded to whole öre */
const ore = (v: string): CellSpec => ({ v, style: "ore" });
const ore0 = (v: string): CellSpec => ({ v, style: "ore0" });
const header = (v: string): CellSpec => ({ v, style: "header" });

/** Reads one of the tax-change CSV files of samples/data. */
export function readTaxChanges(
  dataDir: string,
  file: string,
): { kommun: string; kod: string; r2022: number; r2025: number; change: number; typ: string }[] {
  const [, ...lines] = readFileSync(join(dataDir, file), "utf8").trim().split("\n");
  return lines.map((l) => {
    // the cuts carry a sixth column, typ: "sänkning" or "skatteväxling" (Dalarna's one-öre swap)
    const [kommun, kod, a, b, c, typ] = l.split(",");
    return {
      kommun: kommun!,
      kod: kod!,
      r2022: Number(a),
      r2025: Number(b),
      change: Number(c),
      typ: typ ?? "",
    };
  });
}

/** "Skatt eller effektivisering?" — SPEC §3–§4 in one workbook. */
export function taxScenarioWorkbook(dataDir: string): WorkbookSpec {
  const scenario: WorkbookSpec["sheets"][number]["rows"] = {
    1: [{ v: "Skatt eller effektivisering? Exempelkommun, budget 2026", style: "title" }],
    2: [{ v: "Belopp i mnkr där inget annat anges. Gula celler är indata.", style: "note" }],
    4: [header("Indata")],
    5: ["Budgetgap (mnkr)", money(25, true)],
    // the municipality of every sample: its tax base of 2026 on SKR's growth path (skatter-och-bidrag.xlsx)
    6: ["Skatteunderlag (mnkr)", money(Math.round(sampleTaxBase(2026) * 10) / 10, true)],
    7: ["Verksamhetens nettokostnad (mnkr)", money(1900, true)],
    8: ["Beskattningsbar medianinkomst (kr per person och år)", kr(320000, true)],
    9: ["Invånare", kr(REVENUE_SAMPLE.invanare[1], true)],
    10: ["Ekonomiskt bistånd per invånare, egen nivå = rikssnittet 2024 (kr)", kr(1454, true)],
    11: ["Referensnivå: Solna 2024 (kr per invånare)", kr(319, true)],
    12: ["Nuvarande skattesats (kr per 100 kr)", rate(REVENUE_SAMPLE.skattesats, true)],
    14: [header("Höja skatten …")],
    15: ["Skattehöjning som behövs (kr per 100 kr, uppåt till helt öre)", rate("=KOMMUN.TAXRAISEFOR(B5,B6)")],
    16: ["… i öre", ore0("=B15*100")],
    17: ["Kostnad per person och år (kr)", kr("=KOMMUN.TAXCOSTPERPERSON(B15,B8)")],
    18: ["Ny skattesats", rate("=B12+B15")],
    20: [header("… eller bli effektivare?")],
    21: [
      "Effektivisering som behövs (andel av nettokostnaden)",
      { v: "=KOMMUN.EFFICIENCYNEEDED(B5,B7)", style: "share" },
    ],
    23: [
      header("Åtgärder (seed 001)"),
      header("Underlag (mnkr)"),
      header("Andel"),
      header("Besparing (mnkr)"),
      header("Skatteekvivalent (öre)"),
    ],
    24: [
      "Arbetslinje som i Solna: biståndet en femtedel av vägen mot 319 kr",
      money("=KOMMUN.SAVINGATREFERENCE(B10,B11,B9)/1000000"),
      pct(0.2, true),
      money("=B24*C24"),
      ore("=KOMMUN.TAXEQUIVALENT(D24,$B$6)*100"),
    ],
    25: [
      "Lokaler: 10 % besparingskrav som i Lomma",
      money(95, true),
      pct(0.1, true),
      money("=B25*C25"),
      ore("=KOMMUN.TAXEQUIVALENT(D25,$B$6)*100"),
    ],
    26: [
      "AI-schemaläggning som i Tjörn: övertid −70 %",
      money(4, true),
      pct(0.7, true),
      money("=B26*C26"),
      ore("=KOMMUN.TAXEQUIVALENT(D26,$B$6)*100"),
    ],
    27: [
      "AI-schemaläggning som i Tjörn: vikarier −30 %",
      money(12, true),
      pct(0.3, true),
      money("=B27*C27"),
      ore("=KOMMUN.TAXEQUIVALENT(D27,$B$6)*100"),
    ],
    28: [
      header("Summa åtgärder"),
      null,
      null,
      money("=SUM(D24:D27)"),
      ore("=KOMMUN.TAXEQUIVALENT(D28,$B$6)*100"),
    ],
    // as the pane's written block (panels/tax/block.ts): a surplus (a negative gap) stays a surplus and grows
    // with the measures, a gap never falls below 0
    30: ["Kvarvarande gap (mnkr; negativt = överskott)", money("=IF(B5<0,B5-D28,MAX(0,B5-D28))")],
    31: ["Skattehöjning efter åtgärder (kr per 100 kr)", rate("=KOMMUN.TAXRAISEFOR(B30,B6)")],
    32: ["… i öre", ore0("=B31*100")],
    33: ["Kostnad per person och år efter åtgärder (kr)", kr("=KOMMUN.TAXCOSTPERPERSON(B31,B8)")],
  };

  const work: WorkbookSpec["sheets"][number]["rows"] = {
    1: [{ v: "Arbetslinje på ekonomiskt bistånd, plan 2026–2030 (kr)", style: "title" }],
    2: [
      {
        v: "Varje år lämnar en andel av de hushåll som ännu har bistånd; de som lämnat stannar ute.",
        style: "note",
      },
    ],
    3: ["Hushåll med ekonomiskt bistånd", kr(400, true)],
    4: ["Bistånd per hushåll och år (kr)", kr(110000, true)],
    5: ["Andel som lämnar per år", pct(0.15, true)],
    6: ["Andel av dem som går till arbete (resten till annan ersättning)", pct(0.6, true)],
    7: ["Årsinkomst vid arbete (kr)", kr(300000, true)],
    8: ["Skattesats (kr per 100 kr)", rate("=Scenario!B12")],
    9: ["Behållen andel av ny skatt efter inkomstutjämning (försiktigt: 0)", pct(0, true)],
    10: ["Programkostnad per år (kr)", kr(8000000, true)],
    11: ["År tills skattetillskottet når kommunen (skatteunderlaget är inkomsten två år före)", kr(2, true)],
    12: ["Första årets nettoeffekt (kr)", kr("=KOMMUN.WORKLINESAVING(B3,B4,B5,B6,B7,B8,B9,B10)")],
    14: [{ v: "=KOMMUN.WORKLINEPLAN(B3,B4,B5,5,B6,B7,B8,B9,B10,B11)", style: "money0", spill: "A14:J20" }],
    22: [
      {
        v: "Att flytta en kostnad till en annan ersättning är inte ett jobb: skattetillskott räknas bara för dem som får arbete, och bara med den andel kommunen behåller efter inkomstutjämningen.",
        style: "note",
      },
    ],
    23: [
      {
        v: "Skattetillskottet kommer två år senare: kommunens skatteintäkt ett år räknas på inkomsterna två år tidigare (lag 1965:269, 1 §). KOMMUN.WORKLINESAVING räknar ett helt års effekt utan den fördröjningen.",
        style: "note",
      },
    ],
    25: [
      "Skattetillskott år 3 om kommunen behöll 10 % av den nya skatten (kr)",
      kr("=INDEX(KOMMUN.WORKLINEPLAN(B3,B4,B5,5,B6,B7,B8,0.1,B10,B11),4,7)"),
    ],
    26: [
      "… och år 2, innan skatten har hunnit fram (kr)",
      kr("=INDEX(KOMMUN.WORKLINEPLAN(B3,B4,B5,5,B6,B7,B8,0.1,B10,B11),3,7)"),
    ],
  };

  const raises = readTaxChanges(dataDir, "skattehojningar-2022-2025.csv");
  const table3 = readTaxChanges(dataDir, "skattesankningar-2022-2025.csv");
  // a skatteväxling moves tax between region and municipalities; it is not a cut
  const cuts = table3.filter((r) => r.typ !== "skatteväxling");
  const swaps = table3.filter((r) => r.typ === "skatteväxling");
  const changes: WorkbookSpec["sheets"][number]["rows"] = {
    1: [{ v: "Kommunala skatteändringar 2022–2025 (seed 001, tabell 2 och 3; källa SCB)", style: "title" }],
    3: [header("Höjningar"), header("Kod"), header("2022"), header("2025"), header("Förändring")],
  };
  raises.forEach((r, i) => {
    changes[4 + i] = [r.kommun, r.kod, rate(r.r2022), rate(r.r2025), rate(r.change)];
  });
  const rEnd = 3 + raises.length; // 24
  changes[rEnd + 1] = [header("Summa höjningar"), null, null, null, rate(`=SUM(E4:E${rEnd})`)];
  changes[rEnd + 2] = ["Antal kommuner", null, null, null, kr(`=COUNT(E4:E${rEnd})`)];
  changes[rEnd + 3] = ["Genomsnittlig höjning", null, null, null, rate(`=AVERAGE(E4:E${rEnd})`)];
  const cStart = rEnd + 6;
  changes[cStart - 1] = [
    header("Sänkningar"),
    header("Kod"),
    header("2022"),
    header("2025"),
    header("Förändring"),
  ];
  cuts.forEach((r, i) => {
    changes[cStart + i] = [r.kommun, r.kod || null, rate(r.r2022), rate(r.r2025), rate(r.change)];
  });
  const cEnd = cStart + cuts.length - 1;
  changes[cEnd + 1] = [header("Summa sänkningar"), null, null, null, rate(`=SUM(E${cStart}:E${cEnd})`)];
  changes[cEnd + 2] = ["Antal kommuner", null, null, null, kr(`=COUNT(E${cStart}:E${cEnd})`)];
  changes[cEnd + 3] = ["Genomsnittlig sänkning", null, null, null, rate(`=AVERAGE(E${cStart}:E${cEnd})`)];
  changes[cEnd + 5] = [header("Netto, alla ändringar"), null, null, null, rate(`=E${rEnd + 1}+E${cEnd + 1}`)];
  changes[cEnd + 6] = [
    { v: "De som höjer höjer mycket; sänkningarna är färre än höjningarna räknat i kronor.", style: "note" },
  ];
  const sStart = cEnd + 10;
  changes[sStart - 2] = [
    header("Skatteväxling i Dalarna (ingen sänkning)"),
    header("Kod"),
    header("2022"),
    header("2025"),
    header("Förändring"),
  ];
  changes[sStart - 1] = [
    {
      v: `Seed 001:s tabell 3 räknar dessa ${swaps.length} kommuner som sänkningar (38 st., −4,68 kr). Regionen höjde med samma öre som kommunerna sänkte (förordning (2004:881) 2 §, Dalarnas län: 19,52/9,56 i SFS 2019:797, 19,51/9,57 i lydelse enligt SFS 2023:683), så de räknas inte här.`,
      style: "note",
    },
  ];
  swaps.forEach((r, i) => {
    changes[sStart + i] = [r.kommun, r.kod || null, rate(r.r2022), rate(r.r2025), rate(r.change)];
  });
  const sEnd = sStart + swaps.length - 1;
  changes[sEnd + 1] = [header("Summa skatteväxling"), null, null, null, rate(`=SUM(E${sStart}:E${sEnd})`)];

  return {
    title: "Skatt eller effektivisering?",
    sheets: [
      { name: "Scenario", widths: [62, 16, 10, 18, 22], rows: scenario },
      { name: "Arbetslinje", widths: [58, 16, 14, 18, 16, 20, 14, 14, 14, 14], rows: work },
      { name: "Skatteändringar", widths: [20, 8, 10, 10, 12], rows: changes },
    ],
    // the names the task pane's "Hämta från namngivna områden" looks for (amounts in mnkr, income in kr)
    names: {
      Gap: "Scenario!$B$5",
      Skatteunderlag: "Scenario!$B$6",
      Nettokostnad: "Scenario!$B$7",
      Inkomst: "Scenario!$B$8",
    },
  };
}
