import type { CellSpec, SheetSpec } from "./model";

const money = (v: number | string, input = false): CellSpec => ({ v, style: "money", input });
const kr = (v: number | string, input = false): CellSpec => ({ v, style: "money0", input });

/** The inputs of the sample's sensitivity table, budget year 2025 (mnkr; inhabitants a count). */
export const SENSITIVITY_SAMPLE = {
  personalkostnader: 1400,
  ovrigaKostnader: 900,
  skatteunderlag: 6900,
  skattesats: 21.5,
  laneskuld: 800,
  invanare: 30000,
  bistand: 43.62,
} as const;

/**
 * "Känslighetsanalys": what one percent of pay, ten öre of tax or a hundred kronor of grant per
 * inhabitant does to the result of the budget sample, as `KOMMUN.SENSITIVITY` spills it.
 */
export function sensitivitySheet(): SheetSpec {
  const s = SENSITIVITY_SAMPLE;
  const mkr = (cell: string) => `${cell}*1000000`;
  return {
    name: "Känslighetsanalys",
    widths: [52, 22, 22],
    rows: {
      1: [{ v: "Känslighetsanalys, budget 2025", style: "title" }],
      2: [
        {
          v: "Indata i mnkr (gula celler); tabellen räknar i kronor, eftersom statsbidraget anges i kronor per invånare.",
          style: "note",
        },
      ],
      3: ["Personalkostnader inkl. PO (mnkr)", money(s.personalkostnader, true)],
      4: ["Övriga kostnader, varor och tjänster (mnkr)", money(s.ovrigaKostnader, true)],
      5: ["Skatteunderlag (mnkr)", money(s.skatteunderlag, true)],
      6: ["Skattesats (kr per 100 kr)", money(s.skattesats, true)],
      7: ["Låneskuld (mnkr)", money(s.laneskuld, true)],
      8: ["Invånare", kr(s.invanare, true)],
      9: ["Ekonomiskt bistånd (mnkr)", money(s.bistand, true)],
      11: [
        {
          v: `=KOMMUN.SENSITIVITY(${mkr("B3")},${mkr("B4")},${mkr("B5")},B6,${mkr("B7")},B8,${mkr("B9")})`,
          style: "money0",
          spill: "A11:C18",
        },
      ],
      20: [
        "Lönekostnader +1 % motsvarar i skattesats",
        { v: `=KOMMUN.TAXEQUIVALENT(-C12,${mkr("B5")})*100`, style: "ore" },
      ],
      23: [
        {
          v: "Effekt på resultatet: negativ när det kostar. Räntan räknas på hela låneskulden under ett helt år, som om allt vore rörligt. En tom indatacell ger ingen rad i Excel.",
          style: "note",
        },
      ],
    },
  };
}
