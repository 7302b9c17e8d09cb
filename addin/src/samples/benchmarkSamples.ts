import type { CellSpec, WorkbookSpec } from "./model";
import { SAMPLE_TAXES_AND_GRANTS, sampleTaxBase } from "./revenue";

const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: number | string, input = false): CellSpec => ({ v, style: "money0", input });
const pct = (v: number | string, input = false): CellSpec => ({ v, style: "share1", input });
const header = (v: string): CellSpec => ({ v, style: "header" });
type Rows = WorkbookSpec["sheets"][number]["rows"];

/** The IFO peer group of the sample (codes as in test/fixtures/kolada), with illustrative populations. */
export const PEERS = [
  ["Solna", "0184", 85000],
  ["Sundbyberg", "0183", 55000],
  ["Stockholm", "0180", 985000],
  ["Järfälla", "0123", 85000],
  ["Ekerö", "0125", 29000],
  ["Huddinge", "0126", 115000],
  ["Salem", "0128", 17500],
  ["Tyresö", "0138", 49000],
  ["Täby", "0160", 74000],
  ["Danderyd", "0162", 33000],
  ["Nacka", "0182", 108000],
  ["Upplands Väsby", "0114", 48000],
] as const;

/** "Jämförelse IFO": Kolada's net cost deviation and cost of assistance for peers; potential at P25. */
export function benchmarkWorkbook(): WorkbookSpec {
  const first = 6;
  const last = first + PEERS.length - 1;
  const rows: Rows = {
    1: [{ v: "Jämförelse: individ- och familjeomsorg 2024 (Kolada)", style: "title" }],
    2: [
      { v: "KOMMUN.KOLADA hämtar värdena; utan nätverk visas de värden som sparats i filen.", style: "note" },
    ],
    3: ["Vår kommun", { v: "Huddinge", input: true }, "År", { v: 2024, style: "year", input: true }],
    5: [
      header("Kommun"),
      header("Kod"),
      header("Nettokostnadsavvikelse IFO (%)"),
      header("Ekonomiskt bistånd (kr/inv)"),
      header("Invånare"),
      header("Nettokostnadsavvikelse IFO (andel)"),
    ],
  };
  PEERS.forEach(([name, code, people], i) => {
    const r = first + i;
    rows[r] = [
      name,
      { v: code, input: true },
      money(`=KOMMUN.KOLADA("N30001",B${r},$D$3)`),
      kr(`=KOMMUN.KOLADA("N31001",B${r},$D$3)`),
      kr(people, true),
      pct(`=C${r}/100`),
    ];
  });
  const a = last + 2;
  rows[a] = [header("Analys för vår kommun")];
  rows[a + 1] = [
    "Ekonomiskt bistånd, vår kommun (kr/inv)",
    kr(`=INDEX(D${first}:D${last},MATCH(B3,A${first}:A${last},0))`),
  ];
  rows[a + 2] = ["Invånare", kr(`=INDEX(E${first}:E${last},MATCH(B3,A${first}:A${last},0))`)];
  rows[a + 3] = ["25:e percentilen i gruppen (kr/inv)", kr(`=PERCENTILE(D${first}:D${last},0.25)`)];
  rows[a + 4] = [
    "Effektiviseringspotential vid 25:e percentilen (kr)",
    kr(`=KOMMUN.EFFICIENCYPOTENTIAL(B${a + 1},D${first}:D${last},25%,B${a + 2})`),
  ];
  rows[a + 5] = ["Solnas nivå (kr/inv, Kolada efter namn)", kr(`=KOMMUN.KOLADA("N31001","Solna",$D$3)`)];
  rows[a + 6] = [
    "Besparing på Solnas nivå (kr)",
    kr(`=KOMMUN.SAVINGATREFERENCE(B${a + 1},B${a + 5},B${a + 2})`),
  ];
  rows[a + 7] = ["Rikssnittet (kr/inv)", kr(`=KOMMUN.KOLADA("N31001","0000",$D$3)`)];
  rows[a + 8] = [
    "Nettokostnadsavvikelse IFO, vår kommun (andel)",
    { v: `=INDEX(C${first}:C${last},MATCH(B3,A${first}:A${last},0))/100`, style: "share1" },
  ];
  rows[a + 9] = ["Solna jämfört med Sundbyberg (procentenheter)", money(`=C${first}-C${first + 1}`)];
  rows[a + 10] = ["Referenskostnad IFO, vår kommun (kr/inv, illustrativ)", kr(4000, true)];
  rows[a + 12] = [header("Effektiviseringspotential, två sätt"), header("kr")];
  rows[a + 13] = [
    "På kostnad per invånare: ekonomiskt bistånd mot gruppens 25:e percentil",
    kr(`=B${a + 4}`),
  ];
  rows[a + 14] = [
    "På nettokostnadsavvikelse: hela IFO mot gruppens 25:e percentil",
    kr(`=KOMMUN.EFFICIENCYPOTENTIALNCD(B${a + 8},F${first}:F${last},B${a + 10}*B${a + 2})`),
  ];
  rows[a + 15] = [
    {
      v: "Kronor per invånare räknar allt över gruppens 25:e percentil som ineffektivitet, också det som beror på strukturen (åldersfördelning, socioekonomi, geografi). Nettokostnadsavvikelsen jämför i stället med referenskostnaden, som redan tar hänsyn till strukturen, och är därför lättare att försvara som effektiviseringspotential. Raderna mäter olika underlag (ekonomiskt bistånd respektive hela IFO) och ska inte läggas ihop.",
      style: "note",
    },
  ];
  rows[a + 17] = [
    {
      v: "Källa: Kolada (RKA). Solna −56,4 % och 319 kr/inv samt rikssnittet 1 454 kr (2024) enligt seed 001; övriga värden, också referenskostnaden, är illustrativa.",
      style: "note",
    },
  ];
  return {
    title: "Jämförelse IFO",
    sheets: [{ name: "IFO 2024", widths: [48, 14, 30, 28, 12, 18], rows }],
  };
}

/** "Internpris": Region Blekinge's model (seed 003) for internal services at self-cost. */
export function pricingWorkbook(): WorkbookSpec {
  const services: [string, string, number, string, number][] = [
    ["IT-support", "Bastjänst", 18_400_000, "användare", 4_600],
    ["Lokalvård", "Bastjänst", 26_000_000, "m² städyta", 52_000],
    ["Löneadministration", "Bastjänst", 9_600_000, "lönespecifikationer", 96_000],
    ["Konferensservice", "Tilläggstjänst", 2_250_000, "timmar", 4_500],
    ["Utbildningsdag arbetsmiljö", "Avropstjänst", 540_000, "deltagardagar", 900],
  ];
  const rows: Rows = {
    1: [{ v: "Internpriser till självkostnad 2025 (Region Blekinges modell, seed 003)", style: "title" }],
    2: ["Pålägg vid extern försäljning", pct(0.1, true)],
    4: [
      header("Tjänst"),
      header("Typ"),
      header("Kostnader inkl. kapitalkostnad (kr)"),
      header("Kostnadsdrivare"),
      header("Planerad volym"),
      header("Internpris (kr)"),
      header("Externt pris (kr)"),
    ],
  };
  services.forEach(([name, type, cost, driver, volume], i) => {
    const r = 5 + i;
    rows[r] = [
      name,
      type,
      kr(cost, true),
      driver,
      kr(volume, true),
      money(`=KOMMUN.SELFCOSTPRICE(C${r},E${r})`),
      money(`=KOMMUN.SELFCOSTPRICE(C${r},E${r},$B$2)`),
    ];
  });
  const s = 12;
  rows[s] = [{ v: "Årsavräkning: lokalvård", style: "heading" }];
  rows[s + 1] = ["Faktiska kostnader (kr)", kr(25_100_000, true)];
  rows[s + 2] = ["Fakturerat köparna (kr)", kr(26_000_000, true)];
  rows[s + 3] = ["Överskott att återbetala (kr)", kr(`=B${s + 2}-B${s + 1}`)];
  rows[s + 5] = [header("Köpare"), header("Köpt (kr)"), header("Återbetalning (kr)")];
  const buyers: [string, number][] = [
    ["Psykiatri och habilitering", 7_800_000],
    ["Somatisk vård", 11_700_000],
    ["Primärvård", 4_550_000],
    ["Regionledning", 1_950_000],
  ];
  buyers.forEach(([name, bought], i) => {
    const r = s + 6 + i;
    rows[r] = [
      name,
      kr(bought, true),
      i === 0
        ? {
            v: `=KOMMUN.YEARENDSETTLEMENT(B${s + 1},B${s + 2},B${s + 6}:B${s + 9},0)`,
            style: "money0",
            spill: `C${s + 6}:C${s + 9}`,
          }
        : null,
    ];
  });
  rows[s + 10] = [header("Summa"), kr(`=SUM(B${s + 6}:B${s + 9})`), kr(`=SUM(C${s + 6}:C${s + 9})`)];
  const u = s + 13;
  rows[u] = [{ v: "Outnyttjad kapacitet: konferensservice", style: "heading" }];
  rows[u + 1] = ["Kostnader (kr)", kr("=C8")];
  rows[u + 2] = ["Kapacitet (timmar)", kr(5_000, true)];
  rows[u + 3] = ["Såld volym (timmar)", kr(4_100, true)];
  rows[u + 4] = ["Kunde säljaren påverka kostnaden?", { v: "nej", input: true }];
  rows[u + 5] = ["Kostnad för outnyttjad kapacitet (kr)", kr(`=B${u + 1}*MAX(0,1-B${u + 3}/B${u + 2})`)];
  rows[u + 6] = ["Bärs av", `=IF(B${u + 4}="ja","säljaren","centralt")`];
  rows[u + 8] = [
    {
      v: "Säljarens mål är ±0: överskott och underskott avräknas mot köparna i proportion till köpen.",
      style: "note",
    },
  ];
  return {
    title: "Internpris",
    sheets: [{ name: "Internpris", widths: [36, 16, 30, 20, 16, 16, 16], rows }],
  };
}

/**
 * One measure's input row, starting in 2026: one-off cost, investment, depreciation years, interest,
 * running cost and saving, then its payback year.
 */
function measure(r: number, label: string, [oneOff, investment, life, rate, running, saving]: number[]) {
  return [
    label,
    { v: 2026, style: "year" as const, input: true },
    money(oneOff!, true),
    money(investment!, true),
    kr(life!, true),
    pct(rate!, true),
    money(running!, true),
    money(saving!, true),
    { v: `=KOMMUN.PAYBACKYEAR(B${r},C${r},D${r},G${r},H${r})`, style: "year" as const },
  ];
}

/** "Konsekvensanalys": premises (Växjö) and digitalisation (Tjörn) measures, 2026–2030. */
export function consequenceWorkbook(): WorkbookSpec {
  const years = [2026, 2027, 2028, 2029, 2030];
  const cols = ["B", "C", "D", "E", "F"];
  const rows: Rows = {
    1: [{ v: "Ekonomisk konsekvensanalys: lokaler och digitalisering 2026–2030 (mnkr)", style: "title" }],
    // the municipality of every sample, 2026 (skatter-och-bidrag.xlsx)
    2: ["Skatter och generella statsbidrag 2026 (mnkr)", money(SAMPLE_TAXES_AND_GRANTS[1], true)],
    3: ["Skatteunderlag 2026 (mnkr)", money(Math.round(sampleTaxBase(2026) * 10) / 10, true)],
    5: [
      header("Åtgärd"),
      header("Startår"),
      header("Engångskostnad"),
      header("Investering"),
      header("Avskrivningstid (år)"),
      header("Internränta"),
      header("Driftkostnad/år"),
      header("Besparing/år"),
      header("Återbetalningsår"),
    ],
    6: measure(6, "Lokaler som i Växjö: beräknat 20 % ≈ 9 mnkr", [2, 10, 10, 0.02, 0, 9]),
    7: measure(7, "Lokaler som i Växjö: utfall en tredjedel ≈ 16 mnkr", [2, 10, 10, 0.02, 0, 16]),
    8: measure(8, "AI-schemaläggning som i Tjörn: övertid −70 %, vikarier −30 %", [1, 3, 5, 0.02, 0.4, 6.4]),
    10: [
      header("Effekt på resultatet (utfallsalternativet, kapitalkostnad med internränta)"),
      ...years.map((y) => ({ v: y, style: "header" as const })),
    ],
  };
  const effect = (measureRow: number) =>
    cols.map((c) =>
      money(
        `=KOMMUN.NETEFFECT(${c}$10,$B$${measureRow},$C$${measureRow},$D$${measureRow},$E$${measureRow},$F$${measureRow},$G$${measureRow},$H$${measureRow})`,
      ),
    );
  rows[11] = ["Lokaler (utfall 16 mnkr)", ...effect(7)];
  rows[12] = ["AI-schemaläggning", ...effect(8)];
  rows[13] = [header("Summa nettoeffekt"), ...cols.map((c) => money(`=${c}11+${c}12`))];
  rows[14] = [
    "varav kapitalkostnad lokaler (internränta)",
    ...cols.map((c, i) => money(`=KOMMUN.CAPITALCOST($D$7,$E$7,$F$7,${i + 1})`)),
  ];
  rows[15] = [
    "Effekt på resultatandelen",
    ...cols.map((c) => ({ v: `=${c}13/$B$2`, style: "share" as const })),
  ];
  rows[16] = [
    "Skatteekvivalent (öre)",
    ...cols.map((c): CellSpec => ({ v: `=KOMMUN.TAXEQUIVALENT(${c}13,$B$3)*100`, style: "ore" })),
  ];
  rows[18] = [
    header("Beräknat alternativ: lokaler 9 mnkr"),
    ...years.map((y) => ({ v: y, style: "header" as const })),
  ];
  rows[19] = [
    "Lokaler (beräknat 9 mnkr)",
    ...cols.map((c) => money(`=KOMMUN.NETEFFECT(${c}$18,$B$6,$C$6,$D$6,$E$6,$F$6,$G$6,$H$6)`)),
  ];
  rows[20] = ["Skillnad utfall mot beräkning", ...cols.map((c) => money(`=${c}11-${c}19`))];
  rows[22] = [
    {
      v: "Växjö: lokalöversynen räknade med 20 % (cirka 9 mnkr); utfallet blev var tredje krona, cirka 16 mnkr (seed 001). Tjörn: AI-schemaläggning gav −70 % övertid och −30 % vikarier.",
      style: "note",
    },
  ];
  return {
    title: "Konsekvensanalys",
    sheets: [{ name: "Konsekvensanalys", widths: [58, 12, 16, 14, 20, 12, 16, 14, 16], rows }],
  };
}
