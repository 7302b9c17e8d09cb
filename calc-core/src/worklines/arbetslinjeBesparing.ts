import { Decimal, HUNDRED, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, requireObject, toDecimal, toNumber } from "../core/validate.js";

/** Input of {@link arbetslinjeBesparing}. */
export interface ArbetslinjeInput {
  /** households on financial assistance */
  hushall: number;
  /** yearly assistance per household (kr) */
  kostnadPerHushall: number;
  /** the share of households that leave assistance, 0–1 */
  andelSomLamnar: number;
  /** of those who leave, the share who leave for work (the rest for another benefit); default 1 */
  andelTillArbete?: number;
  /** yearly income of one who leaves for work (kr); default 0 */
  inkomstVidArbete?: number;
  /** the municipal tax rate, kr per 100 kr (21.37); needed only when tax is counted */
  skattesats?: number;
  /** the share of new tax revenue the municipality keeps after income equalisation, 0–1; default 0 (conservative) */
  behallenAndel?: number;
  /** the programme's yearly cost (kr); default 0 */
  programkostnad?: number;
}

/** Result of {@link arbetslinjeBesparing}: one year, kr. */
export interface ArbetslinjeResultat {
  lamnar: number;
  bistandBesparing: number;
  /** the part of the benefit saving from exits to work */
  varavTillArbete: number;
  /** the part from exits to another benefit: moving a cost is not a job */
  varavAnnanErsattning: number;
  skattetillskott: number;
  programkostnad: number;
  netto: number;
}

/** @internal validated parameters, shared with the plan */
export interface ArbetslinjeParams {
  households: Decimal;
  perHousehold: Decimal;
  leave: Decimal;
  toWork: Decimal;
  income: Decimal;
  rate: Decimal;
  retained: Decimal;
  programme: Decimal;
}

/** @internal */
export function arbetslinjeParams(input: unknown): ArbetslinjeParams {
  const o = requireObject(input, "input");
  const income = optionalDecimal(o.inkomstVidArbete, "inkomstVidArbete", 0, RULES.nonNegativeMoney)!;
  const retained = optionalDecimal(o.behallenAndel, "behallenAndel", 0, RULES.share)!;
  let rate = optionalDecimal(o.skattesats, "skattesats", undefined, RULES.taxRate);
  if (rate === undefined) {
    if (!income.isZero() && !retained.isZero()) {
      throw new KommunError(
        "value",
        "Skattesatsen behövs för att räkna skattetillskottet när inkomst och behållen andel är angivna.",
        "The tax rate is needed to count the tax gain when an income and a retained share are given.",
        "skattesats",
      );
    }
    rate = ZERO;
  }
  return {
    households: toDecimal(o.hushall, "hushall", RULES.count),
    perHousehold: toDecimal(o.kostnadPerHushall, "kostnadPerHushall", RULES.nonNegativeMoney),
    leave: toDecimal(o.andelSomLamnar, "andelSomLamnar", RULES.share),
    toWork: optionalDecimal(o.andelTillArbete, "andelTillArbete", 1, RULES.share)!,
    income,
    rate,
    retained,
    programme: optionalDecimal(o.programkostnad, "programkostnad", 0, RULES.nonNegativeMoney)!,
  };
}

/** @internal one year's effect of `left` households being off assistance */
export function yearEffect(p: ArbetslinjeParams, left: Decimal) {
  const saving = left.times(p.perHousehold);
  const work = saving.times(p.toWork);
  const tax = left.times(p.toWork).times(p.income).times(p.rate).div(HUNDRED).times(p.retained);
  return { saving, work, other: saving.minus(work), tax, net: saving.plus(tax).minus(p.programme) };
}

/**
 * One year of a work line (arbetslinje) on financial assistance, as in Solna,
 * Växjö and Skurup (seed 001): the benefit saved, the tax gained from exits to
 * work, minus the programme's cost.
 *
 * Tax from new jobs counts only with an explicit retained share after income
 * equalisation (default 0); exits to another benefit save municipal money but
 * give no tax and are reported apart.
 *
 * A full year's effect without timing: the benefit saving and the tax gain of
 * the same year's exits are added as if both arrived at once. In the
 * municipality's accounts the tax gain arrives two years later (the tax base
 * of a year is the income of two years before, lag (1965:269) 1 §); for a
 * budget by year use {@link arbetslinjePlan}, whose `skattefordrojning`
 * (default 2) puts the gain in the year it is paid.
 *
 * @returns kr for one year; `netto = bistandBesparing + skattetillskott − programkostnad`
 *
 * @example
 * arbetslinjeBesparing({ hushall: 400, kostnadPerHushall: 110000, andelSomLamnar: 0.15, andelTillArbete: 0.6 })
 * // → { lamnar: 60, bistandBesparing: 6600000, varavTillArbete: 3960000, varavAnnanErsattning: 2640000,
 * //     skattetillskott: 0, programkostnad: 0, netto: 6600000 }
 */
export function arbetslinjeBesparing(input: ArbetslinjeInput): ArbetslinjeResultat {
  const p = arbetslinjeParams(input);
  const left = p.households.times(p.leave);
  const e = yearEffect(p, left);
  return {
    lamnar: toNumber(left),
    bistandBesparing: toNumber(e.saving),
    varavTillArbete: toNumber(e.work),
    varavAnnanErsattning: toNumber(e.other),
    skattetillskott: toNumber(e.tax),
    programkostnad: toNumber(p.programme),
    netto: toNumber(e.net),
  };
}
