import type { BudgetData, SourcedFigure } from "./types";

/**
 * A SYNTHETIC municipality for the budget workbook's tests and the demo: "Exempelkommun", code 9901 (no
 * such municipality exists). The values are invented round numbers chosen so that the results can be
 * worked out by hand; they are not Kolada's. Only the uplift factors of income years 2024 and 2025 are
 * real (förordning (2024:669), samples/data/upprakningsfaktorer.csv); SKR's growth and PKV (in percent, as the fetcher gives them), the county rate
 * and the final settlement are invented and marked so.
 *
 * The figures all belong to 2025; the budget year is 2027.
 */
export const EXEMPEL_KOD = "9901";
const HAMTAD = "2026-12-04";

const KOLADA_URL = (kpi: string, kommun: string) =>
  `https://api.kolada.se/v3/data/kpi/${kpi}/municipality/${kommun}/year/2025`;

function kolada(
  kpi: string,
  title: string,
  varde: number | null,
  enhet: string,
  kommun = EXEMPEL_KOD,
): SourcedFigure {
  return {
    kpi,
    title,
    kommun,
    ar: 2025,
    varde,
    enhet,
    url: KOLADA_URL(kpi, kommun),
    hamtad: HAMTAD,
    kalla: "Kolada",
  };
}

/** [id, title (synthetic wording), value, unit] for Exempelkommun, 2025 */
const OWN: [string, string, number, string][] = [
  ["N01951", "Invånare totalt, antal", 20000, "antal"],
  ["N01817", "Invånare 0 år, antal", 200, "antal"],
  ["N01926", "Invånare 1-5 år, antal", 1000, "antal"],
  ["N01953", "Invånare 6-15 år, antal", 2400, "antal"],
  ["N01929", "Invånare 16-18 år, antal", 700, "antal"],
  ["N01931", "Invånare 19-64 år, antal", 11000, "antal"],
  ["N01956", "Invånare 65-79 år, antal", 3000, "antal"],
  ["N01957", "Invånare 80+ år, antal", 1700, "antal"],
  ["N02907", "Invånare prognos om fem år, totalt, antal", 20000, "antal"],
  ["N02908", "Invånare prognos om fem år 0-5 år, antal", 1200, "antal"],
  ["N02909", "Invånare prognos om fem år 6-15 år, antal", 2400, "antal"],
  ["N02910", "Invånare prognos om fem år 16-19 år, antal", 900, "antal"],
  ["N02911", "Invånare prognos om fem år 20-64 år, antal", 10800, "antal"],
  ["N02913", "Invånare prognos om fem år 65-79 år, antal", 3000, "antal"],
  ["N02914", "Invånare prognos om fem år 80+ år, antal", 1700, "antal"],
  ["N00901", "Skattesats till kommun (%)", 22, "%"],
  ["N00903", "Skattekraft, kr/inv", 200000, "kr/inv"],
  ["N00904", "Skattekraft som andel av riksgenomsnittet (%)", 80, "%"],
  ["N03010", "Skatteintäkter, kr/inv", 43000, "kr/inv"],
  ["N03009", "Generella statsbidrag och utjämning, kr/inv", 21000, "kr/inv"],
  ["N00011", "Inkomstutjämning, kr/inv", 18000, "kr/inv"],
  ["N00012", "Kostnadsutjämning, kr/inv", 1000, "kr/inv"],
  ["N00019", "Strukturbidrag, kr/inv", 0, "kr/inv"],
  ["N00014", "Regleringsbidrag/avgift, kr/inv", -500, "kr/inv"],
  ["N03064", "LSS-utjämning, kr/inv", -250, "kr/inv"],
  ["N03067", "Verksamhetens nettokostnad, kr/inv", 65000, "kr/inv"],
  // synthetic: equal to N03067, so that the hand calculations of this example need no difference row (the
  // difference against the income statement is checked by hand in test/budget/handcalc-sjobo.test.ts)
  ["N03011", "Verksamhetens nettokostnader enligt resultaträkningen, kr/inv", 65000, "kr/inv"],
  ["N11004", "Nettokostnad förskola, kr/inv", 9000, "kr/inv"],
  ["N15028", "Nettokostnad grundskola F-9, kr/inv", 15000, "kr/inv"],
  ["N17014", "Nettokostnad gymnasieskola, kr/inv", 6000, "kr/inv"],
  ["N20014", "Nettokostnad äldreomsorg, kr/inv", 14000, "kr/inv"],
  ["N28016", "Nettokostnad LSS och SFB, kr/inv", 5000, "kr/inv"],
  ["N30005", "Nettokostnad individ- och familjeomsorg, kr/inv", 3000, "kr/inv"],
  ["N31008", "Nettokostnad ekonomiskt bistånd, kr/inv", 1000, "kr/inv"],
  ["N00097", "Nettokostnadsavvikelse totalt exkl. LSS (%)", 2, "%"],
  ["N11024", "Nettokostnadsavvikelse förskola (%)", 1, "%"],
  ["N15001", "Nettokostnadsavvikelse grundskola (%)", 3, "%"],
  ["N17001", "Nettokostnadsavvikelse gymnasieskola (%)", -2, "%"],
  ["N20900", "Nettokostnadsavvikelse äldreomsorg (%)", 4, "%"],
  ["N30001", "Nettokostnadsavvikelse individ- och familjeomsorg (%)", 0, "%"],
  ["N03108", "Finansnetto, kr/inv", 250, "kr/inv"],
  ["N03012", "Avskrivningar, kr/inv", 2500, "kr/inv"],
  ["N03132", "Nettoinvesteringar, kr/inv", 5000, "kr/inv"],
  ["N03007", "Årets resultat, kr/inv", 1500, "kr/inv"],
  ["N03102", "Årets resultat som andel av skatt och generella statsbidrag (%)", 2.3, "%"],
  ["N03106", "Soliditet (%)", 40, "%"],
  ["N03002", "Soliditet inkl. pensionsförpliktelser (%)", 15, "%"],
  ["N03103", "Självfinansieringsgrad av investeringar (%)", 80, "%"],
];

const PEERS = [
  { kod: "9902", namn: "Jämförby", netto: 60000, nka: -1 },
  { kod: "9903", namn: "Likstad", netto: 62000, nka: 0.5 },
  { kod: "9904", namn: "Grannköping", netto: 68000, nka: 4 },
  { kod: "9905", namn: "Tystorp", netto: null, nka: null },
];

function table(
  kpi: string,
  title: string,
  ar: number,
  varde: number,
  enhet: string,
  kalla: string,
  url: string,
  antagande?: string,
): SourcedFigure {
  return {
    kpi,
    title,
    kommun: "0000",
    ar,
    varde,
    enhet,
    url,
    hamtad: HAMTAD,
    kalla,
    ...(antagande ? { antagande } : {}),
  };
}

const SFS_2024_669 = "http://rkrattsbaser.gov.se/sfst?bet=2024%3A669";

/** The synthetic budget data of Exempelkommun, budget year 2027 (see the module's note). */
export function exempelBudgetData(): BudgetData {
  const figurer: Record<string, SourcedFigure> = {};
  for (const [id, title, v, unit] of OWN) figurer[id] = kolada(id, title, v, unit);
  const jamforelse: BudgetData["jamforelse"] = {
    "0000": {
      N03067: kolada("N03067", "Verksamhetens nettokostnad, kr/inv", 66000, "kr/inv", "0000"),
      N00097: kolada("N00097", "Nettokostnadsavvikelse totalt exkl. LSS (%)", 0, "%", "0000"),
      N00903: kolada("N00903", "Skattekraft, kr/inv", 250000, "kr/inv", "0000"),
    },
  };
  for (const p of PEERS) {
    jamforelse[p.kod] = {
      N03067: kolada("N03067", "Verksamhetens nettokostnad, kr/inv", p.netto, "kr/inv", p.kod),
      N00097: kolada("N00097", "Nettokostnadsavvikelse totalt exkl. LSS (%)", p.nka, "%", p.kod),
    };
  }
  const synthetic = "syntetiskt exempelvärde";
  const tabeller: SourcedFigure[] = [
    table(
      "upprakningsfaktor",
      "Uppräkningsfaktor, inkomstår 2024",
      2024,
      1.031,
      "faktor",
      "SFS 2024:669",
      SFS_2024_669,
    ),
    table(
      "upprakningsfaktor",
      "Uppräkningsfaktor, inkomstår 2025",
      2025,
      1.045,
      "faktor",
      "SFS 2024:669",
      SFS_2024_669,
    ),
    ...[2026, 2027, 2028, 2029].map((y) =>
      table(
        "skr-skatteunderlag",
        `Skatteunderlagets ökning ${y} (${synthetic})`,
        y,
        4,
        "%",
        synthetic,
        "",
        synthetic,
      ),
    ),
    ...[2026, 2027, 2028, 2029].map((y) =>
      table(
        "skr-pkv",
        `Prisindex för kommunal verksamhet ${y} (${synthetic})`,
        y,
        3,
        "%",
        synthetic,
        "",
        synthetic,
      ),
    ),
    table(
      "lansskattesats",
      `Länsvis skattesats (${synthetic})`,
      2027,
      20,
      "kr per 100 kr",
      synthetic,
      "",
      synthetic,
    ),
    table(
      "skr-slutavrakning",
      `Slutavräkning 2027 (${synthetic})`,
      2027,
      -100,
      "kr/inv",
      synthetic,
      "",
      synthetic,
    ),
  ];
  return {
    kommun: { kod: EXEMPEL_KOD, namn: "Exempelkommun", lan: "Exempellän" },
    budgetar: 2027,
    figurer,
    jamforelsegrupp: {
      id: "G_EXEMPEL",
      titel: "Liknande kommuner, exempel (syntetisk)",
      kommuner: PEERS.map((p) => ({ kod: p.kod, namn: p.namn })),
    },
    jamforelse,
    tabeller,
    saknas: [
      {
        kpi: "N03067",
        title: "Verksamhetens nettokostnad, kr/inv (Tystorp)",
        skal: "Kolada har inget värde för 2025 (syntetiskt)",
      },
    ],
  };
}
