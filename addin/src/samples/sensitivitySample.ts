import type { CellSpec, SheetSpec } from "./model";
import { REVENUE_CELLS, REVENUE_SHEET } from "./revenue";

const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: number | string, input = false): CellSpec => ({ v, style: "money0", input });
const rate = (v: number | string): CellSpec => ({ v, style: "rate" });

/**
 * The sample's own inputs of the sensitivity table, budget year 2025 (mnkr). The tax base, tax rate,
 * inhabitants and income equalisation are not here: the sheet takes them from the sheet "Skatter och bidrag",
 * so that every sheet of the budget sample works from one tax base.
 */
export const SENSITIVITY_SAMPLE = {
  personalkostnader: 1400,
  ovrigaKostnader: 900,
  laneskuld: 800,
  bistand: 43.62,
} as const;

/**
 * "Känslighetsanalys": what one percent of pay, ten öre of tax, one percent of the national or of the own
 * tax base, or a hundred kronor of grant per inhabitant does to the result of the budget sample, as
 * `KOMMUN.SENSITIVITY` spills it (with income equalisation: API.md §13).
 */
export function sensitivitySheet(): SheetSpec {
  const s = SENSITIVITY_SAMPLE;
  const mkr = (cell: string) => `${cell}*1000000`;
  const rev = (cell: string) => `='${REVENUE_SHEET}'!${cell}`;
  return {
    name: "Känslighetsanalys",
    widths: [58, 28, 22],
    rows: {
      1: [{ v: "Känslighetsanalys, budget 2025", style: "title" }],
      2: [
        {
          v: "Indata i mnkr (gula celler; skatteunderlag, skattesats, invånare och utjämning hämtas från bladet Skatter och bidrag). Tabellen räknar i kronor, eftersom statsbidraget anges i kronor per invånare.",
          style: "note",
        },
      ],
      3: ["Personalkostnader inkl. PO (mnkr)", money(s.personalkostnader, true)],
      4: ["Övriga kostnader, varor och tjänster (mnkr)", money(s.ovrigaKostnader, true)],
      5: ["Skatteunderlag 2025 enligt SKR:s prognos (mnkr)", money(rev(REVENUE_CELLS.skatteunderlag2025))],
      6: ["Skattesats (kr per 100 kr)", rate(rev(REVENUE_CELLS.skattesats))],
      7: ["Låneskuld (mnkr)", money(s.laneskuld, true)],
      8: ["Invånare", kr(rev(REVENUE_CELLS.invanare))],
      9: ["Ekonomiskt bistånd (mnkr)", money(s.bistand, true)],
      10: ["Inkomstutjämningsbidrag 2025 (mnkr)", money(rev(REVENUE_CELLS.inkomstutjamning))],
      11: ["Kommunens skattekraft (kr per invånare)", kr(rev(REVENUE_CELLS.skattekraft))],
      12: ["Medelskattekraft i riket (kr per invånare)", kr(rev(REVENUE_CELLS.medelskattekraft))],
      13: ["Länsvis skattesats för bidrag (kr per 100 kr)", rate(rev(REVENUE_CELLS.lansSkattesats))],
      15: [
        {
          v: `=KOMMUN.SENSITIVITY(${mkr("B3")},${mkr("B4")},${mkr("B5")},B6,${mkr("B7")},B8,${mkr("B9")},${mkr("B10")},B11,B12,B13)`,
          style: "money0",
          spill: "A15:C23",
        },
      ],
      25: [
        "Lönekostnader +1 % motsvarar i skattesats",
        { v: `=KOMMUN.TAXEQUIVALENT(-C16,${mkr("B5")})*100`, style: "ore" },
      ],
      27: [
        {
          v: "Skatteunderlag i riket +1 %: skatten och inkomstutjämningen växer båda med 1 %. Eget skatteunderlag +1 % (riket oförändrat): skatten växer, men utjämningen minskar med 1 % × skattekraft × invånare × länsvis skattesats, så kommunen behåller ungefär 1 % × skatteunderlag × (21,50 − 19,41)/100 (lag (2004:773) 5 §).",
          style: "note",
        },
      ],
      28: [
        {
          v: "Effekt på resultatet: negativ när det kostar. Räntan räknas på hela låneskulden under ett helt år, som om allt vore rörligt. En tom indatacell ger ingen rad i Excel.",
          style: "note",
        },
      ],
    },
  };
}
