import { Decimal } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { formatNumber } from "../core/format.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireObject, toDecimal } from "../core/validate.js";
import { readWord } from "../core/words.js";
import { toMonth } from "./months.js";

/** The statuses of a measure and the words that name them (Swedish first, then English). */
export const STATUSES = {
  förslag: ["förslag", "proposed", "proposal"],
  beslutad: ["beslutad", "decided"],
  genomförd: ["genomförd", "done", "implemented"],
} as const;

/** A measure's status: proposed (förslag), decided (beslutad) or carried out (genomförd). */
export type AtgardStatus = keyof typeof STATUSES;

/** A measure (åtgärd) of a deficit action plan. */
export interface PlanAtgard {
  /** what the measure is, e.g. "Samordnad nattbemanning" */
  namn: string;
  /** the saving over a full year of twelve months (money, any unit; positive = reduces the deficit) */
  helarseffekt: number;
  /** the calendar month (1–12) from which the measure saves */
  startmanad: number;
  /** "förslag" | "beslutad" | "genomförd" (English "proposed" | "decided" | "done" are read too) */
  status: AtgardStatus | string;
  /** who is responsible (shown, not computed with) */
  ansvarig?: string;
  /**
   * How likely the measure is to give its effect, 0–1; omitted = 1, a certain measure.
   * It enters only the expected figures (`forvantadEffekt`, `summaForvantad`, `kvarForvantad`).
   */
  sannolikhet?: number;
  /**
   * A one-off measure (engångsåtgärd): it saves in this budget year only, not after (a postponed
   * purchase, a vacancy left open for the rest of the year); omitted = false, a permanent measure
   * whose full-year effect carries into next year.
   */
  engangs?: boolean;
}

/** A validated measure. @internal */
export interface Measure {
  namn: string;
  ansvarig: string | undefined;
  status: AtgardStatus | undefined;
  full: Decimal;
  start: number;
  probability: Decimal;
  oneOff: boolean;
}

/** Validates the measures (`status` may be left out when `statusRequired` is false). @internal */
export function toMeasures(x: unknown, statusRequired: boolean): Measure[] {
  const list = requireArray(x, "atgarder");
  return list.map((m, i) => {
    const prefix = `atgarder[${i + 1}].`;
    const r = requireObject(m, `atgarder[${i + 1}]`);
    if (typeof r.namn !== "string" || r.namn.trim() === "") {
      const shown =
        typeof r.namn === "string" || r.namn === undefined || r.namn === null ? undefined : r.namn;
      throw new KommunError(
        "value",
        `Åtgärd ${i + 1} saknar namn (${prefix}namn ska vara en text${shown === undefined ? "" : `, inte ${typeof shown === "number" ? formatNumber(shown, "sv") : String(shown)}`}).`,
        `Measure ${i + 1} has no name (${prefix}namn must be text${shown === undefined ? "" : `, not ${String(shown)}`}).`,
        `${prefix}namn`,
      );
    }
    const full = toDecimal(r.helarseffekt, `${prefix}helarseffekt`, RULES.money);
    if (full.isNegative() && !full.isZero()) {
      const n = full.toNumber();
      throw new KommunError(
        "value",
        `Argumentet ${prefix}helarseffekt = ${formatNumber(n, "sv")} är negativt. En besparing skrivs som ett positivt belopp: skriv ${formatNumber(-n, "sv")}, inte ${formatNumber(n, "sv")}.`,
        `Argument ${prefix}helarseffekt = ${n} is negative. A saving is written as a positive amount: write ${-n}, not ${n}.`,
        `${prefix}helarseffekt`,
      );
    }
    const status =
      statusRequired || r.status !== undefined
        ? readWord(r.status ?? null, `${prefix}status`, STATUSES, "förslag")
        : undefined;
    const probability =
      r.sannolikhet === undefined
        ? new Decimal(1)
        : toDecimal(r.sannolikhet, `${prefix}sannolikhet`, RULES.share);
    if (r.engangs !== undefined && typeof r.engangs !== "boolean") {
      throw new KommunError(
        "value",
        `Argumentet ${prefix}engangs ska vara SANT (engångsåtgärd) eller FALSKT (varaktig åtgärd).`,
        `Argument ${prefix}engangs must be TRUE (a one-off measure) or FALSE (a permanent measure).`,
        `${prefix}engangs`,
      );
    }
    const ansvarig = r.ansvarig === undefined || r.ansvarig === null ? undefined : String(r.ansvarig);
    return {
      namn: r.namn,
      ansvarig,
      status,
      full,
      start: toMonth(r.startmanad, `${prefix}startmanad`),
      probability,
      oneOff: r.engangs === true,
    };
  });
}
