import { Decimal, HUNDRED, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireObject, toDecimal, toNumber } from "../core/validate.js";
import { skattehojningDecimal } from "./skattehojningFor.js";

/** A measure that closes part of the gap instead of a tax raise. */
export interface Atgard {
  namn: string;
  /** the yearly saving (money, same unit as the gap) */
  belopp: number;
}

/** Input of {@link skattEllerEffektivisering}. */
export interface SkattEllerEffektiviseringInput {
  /** the gap to close (money) */
  gap: number;
  /** the tax base, same unit */
  skatteunderlag: number;
  /** the net cost of operations, same unit */
  nettokostnad: number;
  /** a taxpayer's taxable income a year (kr), for the cost per person */
  beskattningsbarInkomst?: number;
  atgarder?: readonly Atgard[];
}

/** Result of {@link skattEllerEffektivisering}. */
export interface SkattEllerEffektiviseringResultat {
  /** the raise needed for the whole gap, kr per 100 kr, rounded up to a whole öre */
  skattehojning: number;
  /** what that raise costs a taxpayer a year (kr), `null` without an income */
  kostnadPerPerson: number | null;
  /** the gap as a share of the net cost */
  effektiviseringsbehov: number;
  /** each measure with its tax equivalent (kr per 100 kr, unrounded) */
  atgarder: { namn: string; belopp: number; skatteekvivalent: number }[];
  atgarderSumma: number;
  /** `max(0, gap − Σ belopp)` */
  kvarvarandeGap: number;
  skattehojningEfterAtgarder: number;
  kostnadPerPersonEfterAtgarder: number | null;
}

/**
 * "Raise the tax or become more efficient?": the tax raise a gap needs (in öre
 * and per taxpayer) side by side with the efficiency it needs instead, and how a
 * list of measures closes it.
 *
 * @example
 * skattEllerEffektivisering({ gap: 25, skatteunderlag: 6900, nettokostnad: 1900, beskattningsbarInkomst: 320000,
 *   atgarder: [{ namn: "Lokaler −10 %", belopp: 9.5 }] })
 * // → { skattehojning: 0.37, kostnadPerPerson: 1184, effektiviseringsbehov: 0.01315…, atgarderSumma: 9.5,
 * //     kvarvarandeGap: 15.5, skattehojningEfterAtgarder: 0.23, … }
 */
export function skattEllerEffektivisering(
  input: SkattEllerEffektiviseringInput,
): SkattEllerEffektiviseringResultat {
  const o = requireObject(input, "input");
  const gap = toDecimal(o.gap, "gap", RULES.money);
  const base = toDecimal(o.skatteunderlag, "skatteunderlag", { ...RULES.nonNegativeMoney, zeroIsDiv0: true });
  const cost = toDecimal(o.nettokostnad, "nettokostnad", { above: 0, zeroIsDiv0: true, unit: "money" });
  const income =
    o.beskattningsbarInkomst === undefined
      ? undefined
      : toDecimal(o.beskattningsbarInkomst, "beskattningsbarInkomst", RULES.nonNegativeMoney);
  const measures = (o.atgarder === undefined ? [] : requireArray(o.atgarder, "atgarder")).map((m, i) => {
    const measure = requireObject(m, `atgarder[${i + 1}]`);
    if (typeof measure.namn !== "string" || measure.namn.trim() === "") {
      throw new KommunError(
        "value",
        `Åtgärd ${i + 1} saknar namn.`,
        `Measure ${i + 1} has no name.`,
        "atgarder",
      );
    }
    return {
      namn: measure.namn,
      belopp: toDecimal(measure.belopp, `atgarder[${i + 1}].belopp`, RULES.money),
    };
  });
  const perPerson = (raise: Decimal): number | null =>
    income === undefined ? null : toNumber(income.times(raise).div(HUNDRED));
  const raise = skattehojningDecimal(gap, base);
  const total = sum(measures.map((m) => m.belopp));
  const remaining = Decimal.max(ZERO, gap.minus(total));
  const raiseAfter = skattehojningDecimal(remaining, base);
  return {
    skattehojning: toNumber(raise),
    kostnadPerPerson: perPerson(raise),
    effektiviseringsbehov: toNumber(gap.div(cost)),
    atgarder: measures.map((m) => ({
      namn: m.namn,
      belopp: toNumber(m.belopp),
      skatteekvivalent: toNumber(m.belopp.div(base.div(HUNDRED))),
    })),
    atgarderSumma: toNumber(total),
    kvarvarandeGap: toNumber(remaining),
    skattehojningEfterAtgarder: toNumber(raiseAfter),
    kostnadPerPersonEfterAtgarder: perPerson(raiseAfter),
  };
}
