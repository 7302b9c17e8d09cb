import type { CellSpec, SheetSpec } from "./model";

/**
 * The balance requirement sheet of the budget sample: the statutory table (KL 11 kap. 5, 12–14 §§)
 * for the outcome 2024 and the budget years, a reservation to the result reserve within its room,
 * and the 2024 deficit restored in 2025. Results of 2025–2027 come from the Budget sheet.
 */
export const BALANCE_SAMPLE = {
  outcome2024: { resultat: -8, realisationsvinster: 4, skatterOchBidrag: 1890 },
  /** a planned land sale in 2025, whose gain does not count toward the requirement */
  realisationsvinster: [6, 0, 0],
  reservering: [0, 10, 0],
} as const;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const COLS = ["B", "C", "D", "E"] as const;

/** @param resultRow - the Budget sheet's row of the result after savings; @param sobRow - its taxes and grants */
export function balanceRequirementSheet(resultRow: number, sobRow = 5): SheetSpec {
  const s = BALANCE_SAMPLE;
  const budgetCol = ["B", "C", "D"];
  const line = (label: string, values: (string | number)[], input = true) => [
    label,
    ...values.map((v) => money(v, input && typeof v === "number")),
  ];
  const args = (c: string, lines: number) =>
    Array.from({ length: lines }, (_, i) => `${c}${5 + i}`)
      .filter((_, i) => i !== 6)
      .join(",");
  const rows: Record<number, (CellSpec | string | number | null)[]> = {
    1: [{ v: "Balanskravsutredning 2024–2027", style: "title" }],
    2: [
      {
        v: "Kommunallagen 11 kap. 5, 12–14 §§. Beloppen skrivs positiva; raden anger om de dras av (−) eller läggs till (+). 2024 är utfall, 2025–2027 budget och plan.",
        style: "note",
      },
    ],
    4: [header("Balanskravsutredning"), header(2024), header(2025), header(2026), header(2027)],
    5: [
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
    11: [
      "Årets resultat efter balanskravsjusteringar",
      ...COLS.map((c) => money(`=KOMMUN.BALANCEREQUIREMENTRESULT(${c}5,${c}6,${c}7,${c}8,${c}9,${c}10)`)),
    ],
    12: line("Reservering till resultatreserv (−)", [0, ...s.reservering]),
    13: line("Användning av resultatreserv (+)", [0, 0, 0, 0]),
    14: [
      "Årets balanskravsresultat",
      ...COLS.map((c) => money(`=KOMMUN.BALANCEREQUIREMENTRESULT(${args(c, 9)})`)),
    ],
    16: [
      "Skatteintäkter och generella statsbidrag",
      money(s.outcome2024.skatterOchBidrag, true),
      ...budgetCol.map((c) => money(`=Budget!${c}${sobRow}`)),
    ],
    17: [
      "Reserveringsutrymme (delen över 1 % av skatter och bidrag)",
      ...COLS.map((c) => money(`=KOMMUN.RESERVEROOM(MIN(${c}5,${c}11),${c}16)`)),
    ],
    18: ["Reserveringen ryms i utrymmet", ...COLS.map((c) => `=IF(${c}12<=${c}17,"ja","nej")`)],
    20: [header("Återställande av negativa balanskravsresultat (inom tre år, KL 11 kap. 12 §)")],
    21: [
      {
        v: "=KOMMUN.RESTORATION(B14:E14,B4)",
        spill: "A21:E25",
        style: "money",
        headerRow: true,
        columnStyles: ["year", "money", "money", "money", "year"],
      },
    ],
  };
  return { name: "Balanskrav", widths: [58, 20, 14, 20, 14], rows };
}
