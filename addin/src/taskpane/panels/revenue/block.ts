import type { Lang } from "../../../definitions";
import { formula, header, input, text, type Block } from "../../host/types";
import type { Key } from "./model";
import { REVENUE_TEXTS } from "./texts";

/**
 * The sheet the panel writes: the inputs first (rows 2–11, yellow as in the samples), then the computed
 * rows as live KOMMUN formulas (13–15) and the whole table spilled from A17; headers bold.
 */
export function revenueBlock(v: Record<Key, number>, charge: number | undefined, lang: Lang): Block {
  const t = REVENUE_TEXTS[lang];
  // the factors run one year ahead of the year header (B = t−1), so their rows name their years
  const factorYears = `${v.year - 1}–${v.year + 2}`;
  const growthYears = `${v.year + 1}–${v.year + 2}`;
  const chargeArg = charge === undefined ? "" : `,${charge}`;
  const eq = (c: string) =>
    formula(
      `=KOMMUN.INCOMEEQUALISATION(${c}13*1000000/${c}3,${c}8,${c}3,$B$9${chargeArg})/1000000`,
      "#,##0.0",
    );
  const settle = (c: string) => formula(`=KOMMUN.FINALSETTLEMENT(${c}10,${c}3)/1000000`, "#,##0.0");
  const uplift = (c: string) => formula(`=KOMMUN.UPLIFTEDTAXBASE($B$5,$B$6:${c}6)`, "#,##0.0");
  return [
    [header(t.intro)],
    [header(t.year), input(v.year, "0"), formula("=B2+1", "0"), formula("=C2+1", "0")],
    [text(t.inhabitants), input(v.inhabitants, "#,##0"), formula("=B3", "#,##0"), formula("=B3", "#,##0")],
    [text(t.taxRate), input(v.taxRate, "0.00"), formula("=B4", "0.00"), formula("=B4", "0.00")],
    [text(t.taxBase), input(v.taxBase, "#,##0.0")],
    [
      text(`${t.factorsRow}: ${factorYears}`),
      input(v.factorPrev, "0.000"),
      input(v.factorYear, "0.000"),
      formula("=1+D7", "0.000"),
      formula("=1+E7", "0.000"),
    ],
    [
      text(`${t.growthRow}: ${growthYears}`),
      null,
      null,
      input(v.growth1 / 100, "0.0%"),
      input(v.growth2 / 100, "0.0%"),
    ],
    [text(t.average), input(v.average, "#,##0"), formula("=B8*D6", "#,##0"), formula("=C8*E6", "#,##0")],
    [text(t.county), input(v.county, "0.00")],
    [text(t.settlement), input(v.settlement, "#,##0"), input(0, "#,##0"), input(0, "#,##0")],
    [text(t.otherRow), input(v.other, "#,##0.0"), formula("=B11", "#,##0.0"), formula("=B11", "#,##0.0")],
    [],
    [text(t.uplifted), uplift("C"), uplift("D"), uplift("E")],
    [text(t.equalisationRow), eq("B"), eq("C"), eq("D")],
    [text(t.settlementRow), settle("B"), settle("C"), settle("D")],
    [],
    [formula("=KOMMUN.TAXESANDGRANTS(B2:D2,B5,B6:E6,B4:D4,B15:D15,B14:D14,B11:D11)", "#,##0.0")],
  ];
}
