import { Decimal } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { invalid, requireObject, toDecimal, toNumber } from "../core/validate.js";

/** Input of {@link balanskravsutredning}: the lines of the statutory table, amounts as positive numbers. */
export interface BalanskravsutredningInput {
  /** årets resultat according to the income statement (money, any unit; may be negative) */
  resultat: number;
  /** samtliga realisationsvinster: every gain on the sale of fixed assets in the result (deducted) */
  realisationsvinster?: number;
  /** realisationsvinster enligt undantagsmöjlighet: gains that may stay in (added back) */
  realisationsvinsterUndantag?: number;
  /** realisationsförluster enligt undantagsmöjlighet: losses that need not burden the test (added back) */
  realisationsforlusterUndantag?: number;
  /** orealiserade vinster i värdepapper, including reversed earlier losses (deducted) */
  orealiseradeVinster?: number;
  /** orealiserade förluster i värdepapper, including reversed earlier gains (added back) */
  orealiseradeForluster?: number;
  /** reservering till resultatreserv / resultatutjämningsreserv (deducted) */
  reservering?: number;
  /** disposition (användning) från resultatreserv / resultatutjämningsreserv (added) */
  disposition?: number;
}

/** Every line of the balance requirement table and its two results. */
export interface Balanskravsutredning {
  resultat: number;
  realisationsvinster: number;
  realisationsvinsterUndantag: number;
  realisationsforlusterUndantag: number;
  orealiseradeVinster: number;
  orealiseradeForluster: number;
  /** årets resultat efter balanskravsjusteringar */
  resultatEfterJusteringar: number;
  reservering: number;
  disposition: number;
  /** årets balanskravsresultat: negative means a deficit to restore (KL 11 kap. 12 §) */
  balanskravsresultat: number;
}

/** @internal the same, in decimals */
export function balanskravsutredningDecimal(input: unknown): Record<keyof Balanskravsutredning, Decimal> {
  const o = requireObject(input, "input");
  const line = (key: keyof BalanskravsutredningInput): Decimal => {
    const v = o[key];
    if (v === undefined) return new Decimal(0);
    const d = toDecimal(v, key, RULES.money);
    if (d.isNegative() && !d.isZero()) {
      invalid(
        `Argumentet ${key} är negativt. Skriv beloppet positivt som i balanskravsutredningen; raden anger om det dras av eller läggs till.`,
        `Argument ${key} is negative. Write the amount as a positive number, as the table does; the line says whether it is deducted or added.`,
        key,
      );
    }
    return d;
  };
  const resultat = toDecimal(o.resultat, "resultat", RULES.money);
  const realisationsvinster = line("realisationsvinster");
  const realisationsvinsterUndantag = line("realisationsvinsterUndantag");
  if (realisationsvinsterUndantag.gt(realisationsvinster)) {
    invalid(
      `Realisationsvinster enligt undantag (${realisationsvinsterUndantag.toString()}) kan inte vara större än samtliga realisationsvinster (${realisationsvinster.toString()}).`,
      `Gains by exception (${realisationsvinsterUndantag.toString()}) cannot exceed all gains on sales (${realisationsvinster.toString()}).`,
      "realisationsvinsterUndantag",
    );
  }
  const realisationsforlusterUndantag = line("realisationsforlusterUndantag");
  const orealiseradeVinster = line("orealiseradeVinster");
  const orealiseradeForluster = line("orealiseradeForluster");
  const reservering = line("reservering");
  const disposition = line("disposition");
  const resultatEfterJusteringar = resultat
    .minus(realisationsvinster)
    .plus(realisationsvinsterUndantag)
    .plus(realisationsforlusterUndantag)
    .minus(orealiseradeVinster)
    .plus(orealiseradeForluster);
  return {
    resultat,
    realisationsvinster,
    realisationsvinsterUndantag,
    realisationsforlusterUndantag,
    orealiseradeVinster,
    orealiseradeForluster,
    resultatEfterJusteringar,
    reservering,
    disposition,
    balanskravsresultat: resultatEfterJusteringar.minus(reservering).plus(disposition),
  };
}

/**
 * The balance requirement analysis (balanskravsutredning) as the law and RKR's
 * recommendation on the management report (R15) set it out: the year's result
 * (årets resultat), less every gain on sales of fixed assets (samtliga
 * realisationsvinster), plus gains and losses the exceptions allow, less
 * unrealised gains and plus unrealised losses in securities (reversals
 * included) = the result after the balance-requirement adjustments (årets
 * resultat efter balanskravsjusteringar); less the reservation to, plus the
 * use of, the result reserve = the balance requirement result (årets
 * balanskravsresultat).
 *
 * The budget is to be drawn up so that revenue exceeds costs (kommunallagen
 * (2017:725) 11 kap. 5 §); a negative balanskravsresultat is to be restored in
 * the three following years (11 kap. 12 §) unless fullmäktige decides there
 * are synnerliga skäl (11 kap. 13 §); the reserve is 11 kap. 14 §, since
 * 1 January 2024 a *resultatreserv* that replaced the resultatutjämningsreserv
 * (prop. 2022/23:119, bet. 2023/24:KU2, decided 25 October 2023; SKR,
 * "Proposition och beslut: En effektiv ekonomistyrning i kommuner och
 * regioner"). Reservations and uses enter this table the same way for both.
 *
 * @param input - the lines, each a positive amount (money in any one unit); the table's line says the sign.
 *   Omitted lines are 0. `resultat` may be negative.
 * @returns every line and `resultatEfterJusteringar` and `balanskravsresultat`
 * @throws KommunError `value` for a negative line, or gains by exception larger than all gains
 *
 * @example
 * // Malmö 2015 (annual report, mnkr): 563 − 23 gains on sales = 540; − 185 to the reserve = 355
 * balanskravsutredning({ resultat: 563, realisationsvinster: 23, reservering: 185 })
 * // → { resultatEfterJusteringar: 540, balanskravsresultat: 355, … }
 */
export function balanskravsutredning(input: BalanskravsutredningInput): Balanskravsutredning {
  const d = balanskravsutredningDecimal(input);
  return Object.fromEntries(
    Object.entries(d).map(([k, v]) => [k, toNumber(v)]),
  ) as unknown as Balanskravsutredning;
}
