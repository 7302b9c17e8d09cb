import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal } from "../core/validate.js";
import { readWord, SIGNS, type TeckenOrd } from "../core/words.js";
import { avvikelseAndelDecimal } from "./avvikelseAndel.js";

/** The status of a forecast, as Swedish words. */
export type Prognosstatus = "ok" | "varning" | "kritisk";

/**
 * The status of a forecast (prognosstatus) at thresholds the user sets:
 * with `u = −avvikelseAndel` (the unfavourable share), `u > kritisk` is
 * `"kritisk"`, else `u > varning` is `"varning"`, else `"ok"`.
 *
 * @param budget - the annual budget (money); 0 is `div0`
 * @param prognos - the forecast, same unit
 * @param tecken - `"kostnad"` (default), `"intakt"` or `"resultat"`
 * @param varning - the warning threshold as a share, default 1 %
 * @param kritisk - the critical threshold as a share, default 3 %; not below `varning`
 *
 * @example
 * prognosstatus(1000, 1005) // → "ok"      (0.5 % over)
 * prognosstatus(1000, 1020) // → "varning" (2 % over)
 * prognosstatus(1000, 1040) // → "kritisk" (4 % over)
 */
export function prognosstatus(
  budget: number,
  prognos: number,
  tecken: TeckenOrd = "kostnad",
  varning: number = 0.01,
  kritisk: number = 0.03,
): Prognosstatus {
  const b = toDecimal(budget, "budget", RULES.money);
  const p = toDecimal(prognos, "prognos", RULES.money);
  const sign = readWord(tecken, "tecken", SIGNS, "kostnad");
  const warn = optionalDecimal(varning, "varning", 0.01, RULES.share)!;
  const crit = optionalDecimal(kritisk, "kritisk", 0.03, RULES.share)!;
  if (crit.lt(warn)) {
    throw new KommunError(
      "value",
      `Gränsen kritisk (${crit.toString().replace(".", ",")}) är lägre än gränsen varning (${warn.toString().replace(".", ",")}).`,
      `The critical threshold (${crit.toString()}) is below the warning threshold (${warn.toString()}).`,
      "kritisk",
    );
  }
  const unfavourable = avvikelseAndelDecimal(b, p, sign).negated();
  if (unfavourable.gt(crit)) return "kritisk";
  if (unfavourable.gt(warn)) return "varning";
  return "ok";
}
