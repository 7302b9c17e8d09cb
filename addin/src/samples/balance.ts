import type { CellSpec, SheetSpec } from "./model";

/**
 * The balance requirement sheet of the budget sample: RKR's balance requirement table (balanskravsutredning,
 * KL 11 kap. 5, 12–14 §§; RKR R15 Förvaltningsberättelse) for the outcome 2024 and the budget years, complete:
 * the result, the adjustments, the result after adjustments, reservation to and use of the result reserve,
 * the balance requirement result, deficits from earlier years, synnerliga skäl, what is left to restore and the
 * reserve's balance year by year. The 2024 deficit of 12 is restored in 2025 out of that year's 33, so the
 * room for a reservation in 2025 is what is left above 1 % of taxes and grants after the deficit
 * (`RESERVEROOM`'s 5th argument). Results of 2025–2027 come from the Budget sheet.
 */
export const BALANCE_SAMPLE = {
  outcome2024: { resultat: -8, realisationsvinster: 4, skatterOchBidrag: 1890 },
  /** a planned land sale in 2025, whose gain does not count toward the requirement */
  realisationsvinster: [6, 0, 0],
  reservering: [0, 10, 0],
  /** the result reserve (resultatutjämningsreserv) at the start of 2024 */
  reservIngaende2024: 40,
} as const;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const COLS = ["B", "C", "D", "E"] as const;

/** The rows of the sheet other code and tests refer to. */
export const BALANCE_ROWS = {
  resultat: 5,
  efterJusteringar: 11,
  reservering: 12,
  disposition: 13,
  balanskravsresultat: 14,
  tidigareAr: 16,
  synnerligaSkal: 17,
  attAterstalla: 18,
  skatterOchBidrag: 20,
  utrymme: 21,
  reservIngaende: 24,
  reservUtgaende: 27,
  restoration: 30,
} as const;

/** @param resultRow - the Budget sheet's row of the result after savings; @param sobRow - its taxes and grants */
export function balanceRequirementSheet(resultRow: number, sobRow = 5): SheetSpec {
  const s = BALANCE_SAMPLE;
  const R = BALANCE_ROWS;
  const budgetCol = ["B", "C", "D"];
  const line = (label: string, values: (string | number)[], input = true) => [
    label,
    ...values.map((v) => money(v, input && typeof v === "number")),
  ];
  const adjustments = (c: string) => [6, 7, 8, 9, 10].map((r) => `${c}${r}`).join(",");
  const rows: Record<number, (CellSpec | string | number | null)[]> = {
    1: [{ v: "Balanskravsutredning 2024–2027", style: "title" }],
    2: [
      {
        v: "Kommunallagen 11 kap. 5, 12–14 §§; tabellen som RKR:s rekommendation R15 ställer upp den. Beloppen skrivs positiva; raden anger om de dras av (−) eller läggs till (+). 2024 är utfall, 2025–2027 budget och plan.",
        style: "note",
      },
    ],
    4: [header("Balanskravsutredning"), header(2024), header(2025), header(2026), header(2027)],
    [R.resultat]: [
      "Årets resultat",
      money(s.outcome2024.resultat, true),
      ...budgetCol.map((c) => money(`=Budget!${c}${resultRow}`)),
    ],
    6: line("Samtliga realisationsvinster (−)", [
      s.outcome2024.realisationsvinster,
      ...s.realisationsvinster,
    ]),
    7: line("Realisationsvinster enligt undantag (+)", [0, 0, 0, 0]),
    8: line("Realisationsförluster enligt undantag (+)", [0, 0, 0, 0]),
    9: line("Orealiserade vinster i värdepapper (−)", [0, 0, 0, 0]),
    10: line("Orealiserade förluster i värdepapper (+)", [0, 0, 0, 0]),
    [R.efterJusteringar]: [
      "Årets resultat efter balanskravsjusteringar",
      ...COLS.map((c) => money(`=KOMMUN.BALANCEREQUIREMENTRESULT(${c}5,${adjustments(c)})`)),
    ],
    [R.reservering]: line("Reservering till resultatreserv (−)", [0, ...s.reservering]),
    [R.disposition]: line("Användning av resultatreserv (+)", [0, 0, 0, 0]),
    // the law's checks run in the cell: a reservation above the room or in a deficit year is #VALUE!
    [R.balanskravsresultat]: [
      "Årets balanskravsresultat",
      ...COLS.map((c) =>
        money(
          `=KOMMUN.BALANCEREQUIREMENTRESULT(${c}5,${adjustments(c)},${c}12,${c}13,${c}${R.skatterOchBidrag},,${c}${R.tidigareAr},${c}${R.synnerligaSkal})`,
        ),
      ),
    ],
    [R.tidigareAr]: [
      "Balanskravsunderskott från tidigare år (att återställa vid årets början)",
      money(0, true),
      ...["C", "D", "E"].map((c, i) => money(`=${COLS[i]}${R.attAterstalla}`)),
    ],
    [R.synnerligaSkal]: line("Synnerliga skäl att inte återställa (KL 11 kap. 13 §) (−)", [0, 0, 0, 0]),
    [R.attAterstalla]: [
      "Balanskravsunderskott att återställa vid årets slut",
      ...COLS.map((c) =>
        money(`=MAX(0,${c}${R.tidigareAr}-${c}${R.balanskravsresultat}-${c}${R.synnerligaSkal})`),
      ),
    ],
    [R.skatterOchBidrag]: [
      "Skatteintäkter och generella statsbidrag",
      money(s.outcome2024.skatterOchBidrag, true),
      ...budgetCol.map((c) => money(`=Budget!${c}${sobRow}`)),
    ],
    [R.utrymme]: [
      "Reserveringsutrymme (över 1 % av skatter och bidrag, efter underskott att återställa)",
      ...COLS.map((c) =>
        money(
          `=KOMMUN.RESERVEROOM(MIN(${c}5,${c}11),${c}${R.skatterOchBidrag},,${c}${R.reservIngaende},${c}${R.tidigareAr})`,
        ),
      ),
    ],
    22: ["Reserveringen ryms i utrymmet", ...COLS.map((c) => `=IF(${c}12<=${c}${R.utrymme},"ja","nej")`)],
    23: [header("Resultatreserv (resultatutjämningsreserv, KL 11 kap. 14 §)")],
    [R.reservIngaende]: [
      "Resultatreserv vid årets början",
      money(s.reservIngaende2024, true),
      ...["C", "D", "E"].map((_, i) => money(`=${COLS[i]}${R.reservUtgaende}`)),
    ],
    25: ["+ reservering", ...COLS.map((c) => money(`=${c}${R.reservering}`))],
    26: ["− användning", ...COLS.map((c) => money(`=${c}${R.disposition}`))],
    [R.reservUtgaende]: [
      "Resultatreserv vid årets slut",
      ...COLS.map((c) => money(`=${c}${R.reservIngaende}+${c}25-${c}26`)),
    ],
    [R.restoration - 1]: [
      header("Återställande av negativa balanskravsresultat (inom tre år, KL 11 kap. 12 §)"),
    ],
    [R.restoration]: [
      {
        v: `=KOMMUN.RESTORATION(B${R.balanskravsresultat}:E${R.balanskravsresultat},B4)`,
        spill: `A${R.restoration}:F${R.restoration + 4}`,
        style: "money",
        headerRow: true,
        columnStyles: ["year", "money", "money", "money", "year", "text"],
      },
    ],
  };
  return { name: "Balanskrav", widths: [66, 20, 14, 20, 14, 12], rows };
}
