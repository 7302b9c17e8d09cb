import type { Lang } from "../../../definitions";
import { formatNumber, formatPercent } from "../../i18n";
import { formatAmount } from "../../shared/format";
import { MONEY_UNITS, type MoneyUnit } from "../../input/number";
import { mainLabels } from "./fields";
import { TAX_TEXTS } from "./texts";

/**
 * Magnitudes a Swedish municipality's or region's figures lie within, in kronor. An assumption with its
 * reasoning, not a source figure: a municipality has 2 000–1 000 000 inhabitants (SCB: Bjurholm about
 * 2 400, Stockholm about 990 000) and a taxable income per inhabitant of 150–400 tkr, so a tax base of
 * 300 mnkr–400 000 mnkr; the bounds leave a factor of three on each side (a region's base, the sum of its
 * municipalities', stays below 1 000 000 mnkr). The municipal tax (about 21–23 kr per 100 kr) and the
 * general grants pay the net cost, so the tax base is about 2–6 times the net cost (a region about 7–9);
 * a ratio below 1 or above 20 is a unit mix-up rather than a municipality. A taxable income below
 * 10 000 kr a year is below any full-year earner's: it is said to be in tkr or mnkr, whichever gives an
 * income of 10 000 kr–100 mnkr, and only said to be in kronor when neither does.
 */
export const PLAUSIBLE = {
  baseMinKr: 100e6,
  baseMaxKr: 1_000_000e6,
  baseToNetCostMin: 1,
  baseToNetCostMax: 20,
  incomeMinKr: 10_000,
  incomeMaxKr: 100_000_000,
  gapMinKr: 10_000,
} as const;

/** A plausibility warning: the field it is about (by label) and the sentence shown beside the result. */
export interface Warning {
  field: string;
  text: string;
}

/** A taxable income a year a full-year earner can have: 10 000 kr up to 100 mnkr (an assumption, see PLAUSIBLE). */
function plausibleIncome(kr: number): boolean {
  return kr >= PLAUSIBLE.incomeMinKr && kr <= PLAUSIBLE.incomeMaxKr;
}

const SMALLER: Record<MoneyUnit, MoneyUnit | undefined> = { mnkr: "tkr", tkr: "kr", kr: undefined };
const LARGER: Record<MoneyUnit, MoneyUnit | undefined> = { kr: "tkr", tkr: "mnkr", mnkr: undefined };

/**
 * What the inputs cannot have meant, each naming its field: magnitudes outside a municipality's
 * (see {@link PLAUSIBLE}) and relations between the fields (efficiency over 100 %, a negative gap).
 * Values are in the panel's unit (income in kr); an undefined value is not judged.
 */
export function taxWarnings(
  v: { gap?: number; base?: number; netCost?: number; income?: number },
  unit: MoneyUnit,
  lang: Lang,
): Warning[] {
  const w = TAX_TEXTS[lang];
  const labels = mainLabels(unit, lang);
  const f = (x: number) => formatNumber(x, lang, 6);
  const kr = (x: number) => x * MONEY_UNITS[unit];
  const out: Warning[] = [];
  const { gap, base, netCost, income } = v;
  let baseOff = false;
  if (base !== undefined && base > 0) {
    const smaller = SMALLER[unit];
    const larger = LARGER[unit];
    if (kr(base) > PLAUSIBLE.baseMaxKr && smaller) {
      baseOff = true;
      out.push({
        field: labels.base,
        text: w.baseTooLarge(labels.base, f(base), unit, smaller, f(base / 1000)),
      });
    } else if (kr(base) < PLAUSIBLE.baseMinKr && larger) {
      baseOff = true;
      out.push({
        field: labels.base,
        text: w.baseTooSmall(labels.base, f(base), unit, larger, f(base * 1000)),
      });
    }
  }
  if (!baseOff && base !== undefined && netCost !== undefined && base > 0 && netCost > 0) {
    const ratio = base / netCost;
    if (ratio < PLAUSIBLE.baseToNetCostMin)
      out.push({ field: labels.base, text: w.baseBelowNetCost(labels.base, labels.netCost) });
    else if (ratio > PLAUSIBLE.baseToNetCostMax)
      out.push({
        field: labels.base,
        text: w.baseFarAboveNetCost(labels.base, labels.netCost, formatNumber(ratio, lang, 0)),
      });
  }
  if (income !== undefined && income > 0 && income < PLAUSIBLE.incomeMinKr) {
    // only a reading that would be plausible is suggested: 0,2137 is 213,7 kr in tkr, too low as well, but
    // 213 700 kr in mnkr (issue 23)
    const other = (["tkr", "mnkr"] as const).find((u) => plausibleIncome(income * MONEY_UNITS[u]));
    const meant = other ? f(income * MONEY_UNITS[other]) : "";
    out.push({ field: labels.income, text: w.incomeLow(labels.income, f(income), other, meant) });
  }
  if (gap !== undefined && gap < 0)
    out.push({
      field: labels.gap,
      text: w.surplus(labels.gap, `${formatAmount(-gap, lang, 6)}\u00a0${unit}`),
    });
  else if (gap !== undefined && gap > 0 && kr(gap) < PLAUSIBLE.gapMinKr)
    out.push({ field: labels.gap, text: w.gapTiny(labels.gap, f(gap), unit) });
  if (gap !== undefined && netCost !== undefined && netCost > 0 && gap > netCost)
    out.push({
      field: labels.gap,
      text: w.gapAboveNetCost(labels.gap, labels.netCost, formatPercent(gap / netCost, lang)),
    });
  return out;
}
