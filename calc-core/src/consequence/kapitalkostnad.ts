import { Decimal, ONE, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { readWord } from "../core/words.js";
import { invalid, optionalDecimal, toDecimal, toInteger, toNumber } from "../core/validate.js";
import { depreciationYear, LIFE_RULE, MONTH_RULE } from "../finance/avskrivning.js";

/**
 * The two views of interest on an investment (räntevy): the committee's
 * (`intern`: SKR's internal rate on the whole book value, a cost for the
 * committee and an equal income centrally, eliminated in the municipality's
 * accounts) and the municipality's (`extern`: the external rate on the
 * borrowed share only).
 */
export const RANTEVYER = {
  intern: ["intern", "internal", "nämnd", "committee"],
  extern: ["extern", "external", "kommun", "municipality"],
} as const;
export type Rantevy = keyof typeof RANTEVYER;

/** @internal reads a view word (Swedish or English) */
export function readRantevy(x: unknown): Rantevy {
  return readWord(x, "rantevy", RANTEVYER, "intern");
}

/**
 * @internal A borrowed share other than 100 % belongs to the external view only: in the committee's
 * view the internal rate runs on the whole book value, so the share would be ignored without a word.
 */
export function requireExternalForShare(view: Rantevy, share: Decimal): void {
  if (view === "intern" && !share.eq(1)) {
    invalid(
      'Argumentet lanandel gäller bara den externa räntevyn ("extern"); i den interna vyn räknas internräntan på hela det bokförda värdet. Välj räntevyn "extern" eller ta bort lånandelen.',
      'Argument lanandel applies to the external interest view only ("extern"); the internal view charges the internal rate on the whole book value. Choose the view "extern" or leave the borrowed share out.',
      "lanandel",
    );
  }
}

/** @internal capital cost of year `year` (1-based) of a straight-line asset */
export function kapitalkostnadDecimal(
  investment: Decimal,
  life: number,
  rate: Decimal,
  year: number,
  month = 1,
  share: Decimal = ONE,
): Decimal {
  if (month === 1 && share.eq(1)) {
    if (year < 1 || year > life || investment.isZero()) return ZERO;
    const depreciation = investment.div(life);
    const openingBookValue = investment.minus(depreciation.times(year - 1));
    return depreciation.plus(rate.times(openingBookValue));
  }
  const d = depreciationYear(investment, life, year, month);
  return d.depreciation.plus(rate.times(share).times(d.opening).times(d.months).div(12));
}

/**
 * The capital cost (kapitalkostnad) of year `ar` of an investment: straight-line
 * depreciation from the month the asset is taken into use (RKR R4) plus
 * interest on the opening book value for the months it is held.
 *
 * Two views (SPEC §7): by default the committee's — the internal rate on the
 * whole book value (SKR's internränta, e.g. 2,5 % for 2025), which the
 * municipality's accounts eliminate; with `rantevy = "extern"` the effect on the
 * municipality's result — the external rate on the borrowed share
 * (`lanandel`) only.
 *
 * @param investering - the investment (money)
 * @param avskrivningstid - the depreciation period in whole years (1–100)
 * @param ranta - the interest rate of the view as a share, 0–25 % (2.5 % = 0.025)
 * @param ar - the year of the asset's life, 1-based; 0 after the last year
 * @param aktiveringsmanad - the month taken into use, 1–12; default 1: the first year carries (13 − m)/12
 *   of the depreciation and interest, the rest falls in year `avskrivningstid + 1`
 * @param rantevy - `"intern"` (default) or `"extern"` (also `internal`/`external`)
 * @param lanandel - in the external view, the share financed by borrowing, 0–1; default 1
 * @returns with the defaults `investering/avskrivningstid + ranta × (investering − investering/avskrivningstid × (ar − 1))`
 *
 * @example
 * // 10 Mkr over 10 years at 2.5 %, year 3: 1 Mkr + 2.5 % of 8 Mkr = 1.2 Mkr
 * kapitalkostnad(10000000, 10, 0.025, 3) // → 1200000
 * // the same asset from July, the municipality's view, 3 % on 40 % borrowed, year 1:
 * // 6/12 × 1 Mkr + 3 % × 40 % × 10 Mkr × 6/12 = 0.5 + 0.06 Mkr
 * kapitalkostnad(10000000, 10, 0.03, 1, 7, "extern", 0.4) // → 560000
 */
export function kapitalkostnad(
  investering: number,
  avskrivningstid: number,
  ranta: number,
  ar: number,
  aktiveringsmanad: number = 1,
  rantevy: string = "intern",
  lanandel: number = 1,
): number {
  const investment = toDecimal(investering, "investering", RULES.nonNegativeMoney);
  const life = toInteger(avskrivningstid, "avskrivningstid", LIFE_RULE);
  const rate = toDecimal(ranta, "ranta", RULES.interest);
  const year = toInteger(ar, "ar", { min: 1, max: 200, unit: "whole" });
  const month = toInteger(aktiveringsmanad, "aktiveringsmanad", MONTH_RULE);
  const view = readRantevy(rantevy);
  const share = optionalDecimal(lanandel, "lanandel", 1, RULES.share)!;
  requireExternalForShare(view, share);
  return toNumber(
    kapitalkostnadDecimal(investment, life, rate, year, month, view === "extern" ? share : ONE),
  );
}
