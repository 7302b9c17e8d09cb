import { Decimal, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { notAvailable, toDecimalArray, toInteger, toNumber } from "../core/validate.js";

/** The years within which a negative balanskravsresultat is to be restored (KL 11 kap. 12 §). */
export const ATERSTALLANDEFRIST = 3;

/** One year of {@link aterstallande}. */
export interface AterstallandeAr {
  ar: number;
  balanskravsresultat: number;
  /** how much of this year's positive result restores earlier deficits (never more than was negative) */
  aterstallt: number;
  /** deficits still to restore at the end of the year, this year's included */
  kvarAttAterstalla: number;
  /** the last year by which the oldest deficit still open must be restored, `null` when none is open */
  senastAr: number | null;
  /** true when, at the end of this year, a deficit whose last year (`senastAr`) has passed is still open */
  forsenat: boolean;
}

/**
 * Restoring a negative balance requirement result (återställande): a negative
 * balanskravsresultat is to be regulated and restored in the three following
 * years (kommunallagen (2017:725) 11 kap. 12 §), and the budget must show how.
 * Positive results restore the oldest open deficit first; a deficit whose three
 * years have passed stays open (and keeps its passed `senastAr`) until restored.
 * A part that fullmäktige has decided not to restore because of synnerliga skäl
 * (11 kap. 13 §) is left out of the results given here by the caller.
 * `forsenat` marks a year after a deficit's last year while part of that
 * deficit is still open: the three years of 12 § have passed without it being
 * restored, which the management report has to explain. Read: 12 § as worded
 * by SFS 2018:600 (regulated in the three following years; the decision on it
 * at the latest in the budget of the third year).
 *
 * @param balanskravsresultat - the balanskravsresultat of consecutive years (money, any unit)
 * @param startar - the calendar year of the first value
 * @returns one row per year
 * @throws KommunError `na` for an empty range; `value` for text or a year outside 1900–2200
 *
 * @example
 * // Malmö: −193 mnkr in 2014, 355 in 2015, of which 193 restored the 2014 deficit
 * aterstallande([-193, 355], 2014)
 * // → [{ ar: 2014, balanskravsresultat: -193, aterstallt: 0, kvarAttAterstalla: 193, senastAr: 2017, forsenat: false },
 * //    { ar: 2015, balanskravsresultat: 355, aterstallt: 193, kvarAttAterstalla: 0, senastAr: null, forsenat: false }]
 */
export function aterstallande(balanskravsresultat: readonly number[], startar: number): AterstallandeAr[] {
  const values = toDecimalArray(balanskravsresultat, "balanskravsresultat", RULES.money, { minLength: 0 });
  const start = toInteger(startar, "startar", RULES.year);
  if (values.length === 0) {
    notAvailable(
      "Inga balanskravsresultat att återställa.",
      "No balance requirement results to restore.",
      "balanskravsresultat",
    );
  }
  if (start + values.length - 1 > 2200) toInteger(start + values.length - 1, "startar", RULES.year);
  const open: { year: number; left: Decimal }[] = [];
  return values.map((v, i) => {
    const ar = start + i;
    let restored = ZERO;
    if (v.gt(0)) {
      let available = v;
      for (const deficit of open) {
        if (available.isZero()) break;
        const take = Decimal.min(available, deficit.left);
        deficit.left = deficit.left.minus(take);
        available = available.minus(take);
        restored = restored.plus(take);
      }
      while (open.length > 0 && open[0]!.left.isZero()) open.shift();
    } else if (v.lt(0)) {
      open.push({ year: ar, left: v.negated() });
    }
    const left = open.reduce((s, d) => s.plus(d.left), ZERO);
    return {
      ar,
      balanskravsresultat: toNumber(v),
      aterstallt: toNumber(restored),
      kvarAttAterstalla: toNumber(left),
      senastAr: open.length > 0 ? open[0]!.year + ATERSTALLANDEFRIST : null,
      forsenat: open.some((d) => ar > d.year + ATERSTALLANDEFRIST),
    };
  });
}
