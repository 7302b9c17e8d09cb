import { Decimal, HUNDRED } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { REVENUE_RULES, toCapacity } from "./validate.js";

/** The guaranteed level for municipalities: 115 % of the national average (lag (2004:773) 4 §). */
export const GARANTINIVA = new Decimal("1.15");

/**
 * Income equalisation (inkomstutjämning) of a municipality for a year, in kronor:
 * positive = the grant (inkomstutjämningsbidrag), negative = the charge
 * (inkomstutjämningsavgift).
 *
 * - **Grant**, tax capacity below 115 % of the national average:
 *   `(1,15 × medelskattekraft − skattekraft) × invanare × lansSkattesats / 100`,
 *   with the county rate for grants of förordning (2004:881) 2 § (Västra Götaland 19,41,
 *   Stockholm 19,05 for municipalities).
 * - **Charge**, tax capacity above 115 %:
 *   `−(skattekraft − 1,15 × medelskattekraft) × invanare × avgiftsSkattesats / 100`.
 *   The charge is computed with *other* county rates, those for charges of förordning
 *   (2004:881) 3 § — set from 85 % of the municipalities' average tax rate of 2003 against
 *   95 % for the grant (lag (2004:773) 5 and 6 §§; Lagrådsremiss "Ändrad inkomstutjämning för
 *   kommuner och landsting", 4 June 2015, in force from 2016: Stockholm 16,98 for charges
 *   against 19,05 for grants in SFS 2015:1011). So a municipality above 115 % pays less
 *   per krona above the level than one below gets per krona under it. Give the charge rate as
 *   `avgiftsSkattesats`; without it a charge cannot be computed (`na`).
 *
 * Sources: lag (2004:773) om kommunalekonomisk utjämning 3 § (uppräknat skatteunderlag,
 * uppräknad medelskattekraft, skatteutjämningsunderlag), 4 § (115 % for municipalities),
 * 5 § (bidrag), 6 § (avgift); förordning (2004:881) om kommunalekonomisk utjämning 2 § (county
 * rates for grants) and 3 § (county rates for charges).
 *
 * @param skattekraft - the municipality's uplifted tax base per inhabitant (kr per inhabitant,
 *   uppräknat skatteunderlag / invånare 1 November t−1)
 * @param medelskattekraft - the uplifted tax base of the country per inhabitant (kr per inhabitant)
 * @param invanare - inhabitants on 1 November of the year before (> 0)
 * @param lansSkattesats - the county rate for grants, kr per 100 kr (10–30), e.g. 19.41
 * @param avgiftsSkattesats - the county rate for charges of förordning (2004:881) 3 §, kr per
 *   100 kr (10–30), e.g. 16.98; needed only above 115 %
 * @returns the grant (positive) or the charge (negative), in kronor; 0 at exactly 115 %
 * @throws KommunError `na` above 115 % without `avgiftsSkattesats`
 *
 * @example
 * // 30 000 inhabitants at 200 000 kr against 1,15 × 250 000: 87 500 kr each × 19,41/100
 * inkomstutjamning(200000, 250000, 30000, 19.41) // → 509512500
 * @example
 * // 300 000 kr, 12 500 kr above the level, charged at the charge rate 16,98 (not 19,05)
 * inkomstutjamning(300000, 250000, 30000, 19.05, 16.98) // → -63675000
 */
export function inkomstutjamning(
  skattekraft: number,
  medelskattekraft: number,
  invanare: number,
  lansSkattesats: number,
  avgiftsSkattesats?: number,
): number {
  const own = toCapacity(skattekraft, "skattekraft");
  const average = toCapacity(medelskattekraft, "medelskattekraft");
  const people = toDecimal(invanare, "invanare", RULES.positiveCount);
  const grantRate = toDecimal(lansSkattesats, "lansSkattesats", REVENUE_RULES.countyRate);
  const chargeRate =
    avgiftsSkattesats === undefined
      ? undefined
      : toDecimal(avgiftsSkattesats, "avgiftsSkattesats", REVENUE_RULES.countyRate);
  const gap = GARANTINIVA.times(average).minus(own);
  if (gap.gte(0)) return toNumber(gap.times(people).times(grantRate).div(HUNDRED));
  if (chargeRate === undefined) {
    throw new KommunError(
      "na",
      "Skattekraften är över 115 % av medelskattekraften, så kommunen betalar inkomstutjämningsavgift. Avgiften beräknas med länsvisa skattesatser för avgifter (förordning (2004:881) 3 §), inte bidragets: ange avgiftsSkattesats.",
      "The tax capacity is above 115 % of the national average, so the municipality pays an income equalisation charge. The charge uses the county rates for charges (förordning (2004:881) 3 §), not the grant's: give avgiftsSkattesats.",
      "avgiftsSkattesats",
    );
  }
  return toNumber(gap.times(people).times(chargeRate).div(HUNDRED));
}
