import type { Lang } from "../../../definitions";
import { formula, header, input, num, text, type Block } from "../../host/types";
import { TEXTS } from "../../i18n";
import { valueOf, type MoneyUnit } from "../../input/number";
import { moneyFormat } from "./fields";
import type { TaxModel } from "./model";

/** Rows of the written block, so the formulas and the tests agree on where each input and output is. */
export const TAX_ROWS = {
  gap: 2,
  base: 3,
  netCost: 4,
  income: 5,
  raise: 6,
  raiseOre: 7,
  perPerson: 8,
  efficiency: 9,
  measuresHead: 11,
  firstMeasure: 12,
} as const;

/**
 * The scenario as a sheet: the inputs first (B2:B5, then each measure's amount and start year), then
 * `KOMMUN.*` formulas that refer to them, so the sheet recalculates and can be audited. Tax raises are in
 * öre throughout (the pane's unit), beside the one kr-per-100-kr cell the cost per person needs.
 * Only counted measures are written (one not yet filled in is left out, as in the pane's totals).
 */
export function taxBlock(m: TaxModel, unit: MoneyUnit, lang: Lang): Block {
  const t = TEXTS[lang];
  const R = TAX_ROWS;
  const fmt = moneyFormat(unit);
  const v = m.values;
  const used = m.counted.flatMap((c, i) => (c ? [i] : []));
  const n = used.length;
  const first = R.firstMeasure;
  const last = first + n - 1;
  const sumRow = first + Math.max(n, 1);
  const block: Block = [
    [header(t.taxTab), header(unit)],
    [text(m.labels.gap), input(v.gap!, fmt)],
    [text(m.labels.base), input(v.base!, fmt)],
    [text(m.labels.netCost), input(v.netCost!, fmt)],
    [text(t.income), v.income === undefined ? null : input(v.income, "#,##0")],
    [text(`${t.taxRaise} (kr/100 kr)`), formula(`=KOMMUN.TAXRAISEFOR(B${R.gap},B${R.base})`, "0.00")],
    [text(`${t.taxRaise} (${t.ore})`), formula(`=B${R.raise}*100`, "0")],
    [
      text(`${t.perPerson} (kr)`),
      v.income === undefined ? null : formula(`=KOMMUN.TAXCOSTPERPERSON(B${R.raise},B${R.income})`, "#,##0"),
    ],
    [
      text(`${t.efficiency} ${t.ofNetCost}`),
      formula(`=KOMMUN.EFFICIENCYNEEDED(B${R.gap},B${R.netCost})`, "0.00%"),
    ],
    [],
    [
      header(t.measure),
      header(`${t.amount} (${unit})`),
      header(t.startYear),
      header(`${t.taxEquivalent} (${t.ore})`),
    ],
    ...(n === 0
      ? [[text(t.noMeasures)]]
      : used.map((i, k) => [
          input(m.names[i]!),
          input(m.amounts[i]!, fmt),
          input(valueOf(m.perMeasure[i]!.startYear!.parsed)!, "0"),
          formula(`=KOMMUN.TAXEQUIVALENT(B${first + k},$B$${R.base})*100`, "0.00"),
        ])),
    [text(t.measuresClose), n === 0 ? num(0, fmt) : formula(`=SUM(B${first}:B${last})`, fmt)],
    // a surplus (negative gap) stays a surplus: remaining −4, as the pane shows it; a gap never below 0
    [text(t.remaining), formula(`=IF(B${R.gap}<0,B${R.gap}-B${sumRow},MAX(0,B${R.gap}-B${sumRow}))`, fmt)],
    [text(`${t.raiseAfter} (${t.ore})`), formula(`=KOMMUN.TAXRAISEFOR(B${sumRow + 1},B${R.base})*100`, "0")],
  ];
  if (n > 0 && m.perYear.length > 0) {
    const head = sumRow + 4;
    block.push([]);
    block.push([
      header(t.year),
      header(`${t.inEffect} (${unit})`),
      header(`${t.remaining} (${unit})`),
      header(`${t.raiseLeft} (${t.ore})`),
    ]);
    m.perYear.forEach((y, i) => {
      const r = head + 1 + i;
      block.push([
        num(y.year, "0"),
        formula(`=SUMIF($C$${first}:$C$${last},"<="&A${r},$B$${first}:$B$${last})`, fmt),
        formula(`=IF($B$${R.gap}<0,$B$${R.gap}-B${r},MAX(0,$B$${R.gap}-B${r}))`, fmt),
        formula(`=KOMMUN.TAXRAISEFOR(C${r},$B$${R.base})*100`, "0"),
      ]);
    });
  }
  return block;
}
