import { Decimal, ZERO } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { formatNumber } from "../core/format.js";
import { invalid, requireObject, toDecimal, toNumber } from "../core/validate.js";
import { reserveringsutrymme } from "./reserveringsutrymme.js";

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
  /**
   * skatteintäkter + generella statsbidrag och utjämning, same unit: when given, a reservation above
   * {@link reserveringsutrymme} is refused
   */
  skatterOchBidrag?: number;
  /** equity incl. the pension obligations outside the balance sheet is negative (2 % instead of 1 %) */
  negativtEgetKapitalInklPension?: boolean;
  /** balanskravsunderskott från tidigare år: deficits of earlier years still to restore, a positive amount */
  attAterstallaTidigareAr?: number;
  /** the part of the deficit fullmäktige has decided not to restore because of synnerliga skäl (KL 11 kap. 13 §) */
  synnerligaSkal?: number;
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
  /** balanskravsunderskott från tidigare år, as given (positive) */
  attAterstallaTidigareAr: number;
  /** the part not to be restored because of synnerliga skäl, as given (positive) */
  synnerligaSkal: number;
  /**
   * balanskravsresultat att återställa at the end of the year:
   * `max(0, attAterstallaTidigareAr − balanskravsresultat − synnerligaSkal)`
   */
  attAterstalla: number;
}

/** @internal the same, in decimals */
export function balanskravsutredningDecimal(input: unknown): Record<keyof Balanskravsutredning, Decimal> {
  const o = requireObject(input, "input");
  const line = (key: keyof BalanskravsutredningInput): Decimal => {
    const v = o[key];
    if (v === undefined) return new Decimal(0);
    const d = toDecimal(v, key, RULES.money);
    if (key === "attAterstallaTidigareAr" && d.isNegative() && !d.isZero()) {
      // the annual reports print this line negative (Malmö 2015: "Balanskravsunderskott från tidigare år −193")
      invalid(
        `Argumentet attAterstallaTidigareAr är negativt (${formatNumber(d.toNumber(), "sv")}). Skriv balanskravsunderskottet från tidigare år som ett positivt belopp (193, inte −193 som årsredovisningens tabell skriver det).`,
        `Argument attAterstallaTidigareAr is negative (${formatNumber(d.toNumber(), "en")}). Write the deficits of earlier years as a positive amount (193, not −193 as the annual report's table prints it).`,
        key,
      );
    }
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
  const attAterstallaTidigareAr = line("attAterstallaTidigareAr");
  const synnerligaSkal = line("synnerligaSkal");
  checkReserve(o, resultat, resultatEfterJusteringar, reservering, disposition, attAterstallaTidigareAr);
  const balanskravsresultat = resultatEfterJusteringar.minus(reservering).plus(disposition);
  const deficit = attAterstallaTidigareAr.minus(balanskravsresultat);
  if (synnerligaSkal.gt(Decimal.max(ZERO, deficit))) {
    const f = (d: Decimal, lang: "sv" | "en") => formatNumber(Decimal.max(ZERO, d).toNumber(), lang);
    invalid(
      `Synnerliga skäl (${f(synnerligaSkal, "sv")}) kan inte vara större än det negativa balanskravsresultat som annars ska återställas (${f(deficit, "sv")}): fullmäktige kan enligt KL 11 kap. 13 § bara besluta att ett negativt balanskravsresultat inte ska regleras.`,
      `Synnerliga skäl (${f(synnerligaSkal, "en")}) cannot exceed the negative balance requirement result that would otherwise be restored (${f(deficit, "en")}): under KL ch. 11 § 13 the council can only decide that a negative result is not to be restored.`,
      "synnerligaSkal",
    );
  }
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
    balanskravsresultat,
    attAterstallaTidigareAr,
    synnerligaSkal,
    attAterstalla: Decimal.max(ZERO, deficit.minus(synnerligaSkal)),
  };
}

/** The rules of KL 11 kap. 14 § on reservations to and uses of the reserve, as a refusal naming the rule. */
function checkReserve(
  o: Record<string, unknown>,
  resultat: Decimal,
  efter: Decimal,
  reservering: Decimal,
  disposition: Decimal,
  attAterstallaTidigareAr: Decimal,
): void {
  const s = (d: Decimal): string => formatNumber(d.toNumber(), "sv");
  const e = (d: Decimal): string => formatNumber(d.toNumber(), "en");
  if (reservering.gt(0) && disposition.gt(0)) {
    invalid(
      `Reservering (${s(reservering)}) och disposition (${s(disposition)}) samma år går inte (KL 11 kap. 14 §): reservera bara ur ett överskott, använd reserven bara mot ett underskott.`,
      `A reservation (${e(reservering)}) and a use of the reserve (${e(disposition)}) in one year is not allowed (KL ch. 11 § 14): reserve only from a surplus, use the reserve only against a deficit.`,
      "disposition",
    );
  }
  if (disposition.gt(0) && !efter.isNegative()) {
    invalid(
      `Disposition från resultatreserven (${s(disposition)}) när resultatet efter balanskravsjusteringar (${s(efter)}) inte är negativt går inte (KL 11 kap. 14 §; prop. 2011/12:172, reserven är till för att täcka underskott): reserven får bara täcka ett negativt balanskravsresultat.`,
      `A use of the result reserve (${e(disposition)}) when the result after the adjustments (${e(efter)}) is not negative is not allowed (KL ch. 11 § 14; prop. 2011/12:172, the reserve is there to cover deficits): the reserve may only cover a negative balance requirement result.`,
      "disposition",
    );
  }
  if (disposition.gt(0) && disposition.gt(efter.negated())) {
    invalid(
      `Disposition från resultatreserven (${s(disposition)}) är större än underskottet efter balanskravsjusteringar (${s(efter.negated())}) (KL 11 kap. 14 §; prop. 2011/12:172): reserven får bara täcka underskottet, inte skapa ett överskott.`,
      `The use of the result reserve (${e(disposition)}) exceeds the deficit after the adjustments (${e(efter.negated())}) (KL ch. 11 § 14; prop. 2011/12:172): the reserve may only cover the deficit, not create a surplus.`,
      "disposition",
    );
  }
  if (reservering.gt(0) && efter.isNegative() && !efter.isZero()) {
    invalid(
      `Reservering till resultatreserven (${s(reservering)}) när resultatet efter balanskravsjusteringar är negativt (${s(efter)}) går inte (KL 11 kap. 14 §): bara ett överskott får reserveras.`,
      `A reservation to the result reserve (${e(reservering)}) when the result after the adjustments is negative (${e(efter)}) is not allowed (KL ch. 11 § 14): only a surplus may be reserved.`,
      "reservering",
    );
  }
  // 14 §: at most the part of the lower of the year's result and the result after the adjustments
  // above the limit, so never more than that lower result itself, whatever taxes and grants are
  const lowest = Decimal.min(resultat, efter);
  if (reservering.gt(Decimal.max(0, lowest))) {
    invalid(
      `Reserveringen (${s(reservering)}) är större än det lägsta av årets resultat och resultatet efter balanskravsjusteringar (${s(lowest)}) (KL 11 kap. 14 §): bara den del som överstiger 1 % av skatter och bidrag får reserveras.`,
      `The reservation (${e(reservering)}) exceeds the lower of the year's result and the result after the adjustments (${e(lowest)}) (KL ch. 11 § 14): only the part above 1 % of taxes and grants may be reserved.`,
      "reservering",
    );
  }
  // 12 and 14 §§: what restores the deficits of earlier years cannot also be reserved, so even without
  // taxes and grants a reservation never exceeds the lower result less those deficits
  const afterDeficits = Decimal.max(0, lowest.minus(attAterstallaTidigareAr));
  if (attAterstallaTidigareAr.gt(0) && reservering.gt(afterDeficits)) {
    invalid(
      `Reserveringen (${s(reservering)}) är större än det lägsta av årets resultat och resultatet efter balanskravsjusteringar (${s(lowest)}) minus balanskravsunderskott från tidigare år (${s(attAterstallaTidigareAr)}), alltså ${s(afterDeficits)} (KL 11 kap. 12 och 14 §§): underskott som ska återställas går före reservering till resultatreserven.`,
      `The reservation (${e(reservering)}) exceeds the lower of the year's result and the result after the adjustments (${e(lowest)}) less the deficits of earlier years (${e(attAterstallaTidigareAr)}), that is ${e(afterDeficits)} (KL ch. 11 §§ 12 and 14): deficits to restore come before a reservation to the result reserve.`,
      "reservering",
    );
  }
  if (o.skatterOchBidrag === undefined) {
    if (o.negativtEgetKapitalInklPension !== undefined) {
      invalid(
        "Argumentet negativtEgetKapitalInklPension används bara tillsammans med skatterOchBidrag (för reserveringsutrymmet).",
        "Argument negativtEgetKapitalInklPension is only used together with skatterOchBidrag (for the reservation room).",
        "negativtEgetKapitalInklPension",
      );
    }
    return;
  }
  // 11 kap. 14 §: the room is measured on the year's result or the result after the adjustments, whichever is lower
  const lower = Decimal.min(resultat, efter);
  const room = reserveringsutrymme(
    toNumber(lower),
    o.skatterOchBidrag as number,
    (o.negativtEgetKapitalInklPension ?? false) as boolean,
    undefined,
    toNumber(attAterstallaTidigareAr),
  );
  if (reservering.gt(room)) {
    invalid(
      `Reserveringen (${s(reservering)}) är större än reserveringsutrymmet (${formatNumber(room, "sv")}) (KL 11 kap. 14 §): högst den del av resultatet efter balanskravsjusteringar, efter underskott från tidigare år, som överstiger 1 % (2 % vid negativt eget kapital inkl. pensionsförpliktelser) av skatter och bidrag.`,
      `The reservation (${e(reservering)}) exceeds the reservation room (${formatNumber(room, "en")}) (KL ch. 11 § 14): at most the part of the result after the adjustments, less deficits of earlier years, above 1 % (2 % with negative equity incl. pension obligations) of taxes and grants.`,
      "reservering",
    );
  }
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
 * balanskravsresultat). Read: RKR, "Information: Beräkning och redovisning av
 * balanskravsresultat" (October 2015; only its opening was read), which sets
 * out these lines in this order (then under 4 kap. 3 a § KRL, now LKBR 11 kap.
 * 10 §) with no line for synnerliga skäl in the part read. Malmö's reports
 * 2013–2015 print "synnerligt skäl" above the balanskravsresultat (RIPS 106
 * in 2013, a year with a positive result). Here synnerliga skäl only lower
 * what is to restore (13 § speaks of a negative result not being regulated):
 * such a line is refused when nothing is to restore, and
 * `balanskravsresultat` excludes it. {@link aterstallande} expects the part
 * waived for synnerliga skäl already left out: pass `balanskravsresultat +
 * synnerligaSkal` for such a year.
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
 * The rules of the reserve are enforced, each refusal (`value`) naming the
 * rule: the reserve may only be used (disposition) to cover a negative result
 * after the adjustments and never more than that deficit; a reservation only
 * from a surplus; not both in one year; never more than the lower of the
 * year's result and the result after the adjustments less the deficits of
 * earlier years still to restore (`attAterstallaTidigareAr`), with or without
 * `skatterOchBidrag` (what restores a deficit cannot also be set aside,
 * 12 §; the interpretation marked at {@link reserveringsutrymme}); and,
 * with `skatterOchBidrag`, no more than {@link reserveringsutrymme} of the lower of the year's result and the
 * result after the adjustments, after the deficits of earlier years
 * (KL 11 kap. 14 §; prop. 2011/12:172, which introduced the reserve "to cover
 * deficits"; prop. 2022/23:119). Read: 11 kap. 12 and 14 §§ as worded by
 * SFS 2018:600 (the reserve "får användas för att utjämna intäkter över en
 * konjunkturcykel"; the reservation limit). Interpretation, marked: that a use
 * may only cover a negative result after the adjustments, and never more, is
 * how prop. 2011/12:172 and the municipalities' guidelines for the reserve put
 * it, not the words of 14 § itself; 13 § (synnerliga skäl) and the 2024 wording
 * could not be read in full in this session.
 *
 * The lower part of RKR's table (as Malmö's annual report 2015 draws it:
 * "Balanskravsresultat 355; Balanskravsunderskott från tidigare år −193;
 * Summa 162; Balanskravsresultat att återställa 0"): what is to be restored at
 * the end of the year is
 * `attAterstalla = max(0, attAterstallaTidigareAr − balanskravsresultat − synnerligaSkal)`.
 * Sign: `attAterstallaTidigareAr` is written positive (193), so a negative
 * balanskravsresultat (a deficit this year) adds to it and a positive one
 * restores it; a negative `attAterstallaTidigareAr` (−193 as some tables print
 * it) is refused rather than silently turned into a surplus. `synnerligaSkal`
 * is the part fullmäktige decided not to restore (KL 11 kap. 13 §): it cannot
 * exceed what would otherwise be to restore.
 *
 * @param input - the lines, each a positive amount (money in any one unit); the table's line says the sign.
 *   Omitted lines are 0. `resultat` may be negative.
 * @returns every line and `resultatEfterJusteringar` and `balanskravsresultat`
 * @throws KommunError `value` for a negative line, gains by exception larger than all gains, a use of
 *   or a reservation to the reserve the law does not allow (naming KL 11 kap. 14 §), or synnerliga skäl
 *   larger than the deficit
 *
 * @example
 * // Malmö 2015 (annual report, mnkr): 563 − 23 gains on sales = 540; − 185 to the reserve = 355
 * balanskravsutredning({ resultat: 563, realisationsvinster: 23, reservering: 185 })
 * // → { resultatEfterJusteringar: 540, balanskravsresultat: 355, … }
 *
 * @example
 * // Malmö 2015 with the lower part of the table: 193 from 2014 to restore, 355 restores it all
 * balanskravsutredning({ resultat: 563, realisationsvinster: 23, reservering: 185, skatterOchBidrag: 16200, attAterstallaTidigareAr: 193 })
 * // → { balanskravsresultat: 355, attAterstalla: 0, … }
 */
export function balanskravsutredning(input: BalanskravsutredningInput): Balanskravsutredning {
  const d = balanskravsutredningDecimal(input);
  return Object.fromEntries(
    Object.entries(d).map(([k, v]) => [k, toNumber(v)]),
  ) as unknown as Balanskravsutredning;
}
