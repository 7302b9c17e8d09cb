import type { Decimal } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { divisionByZero, toDecimal, toNumber } from "../core/validate.js";
import { readWord, SIGNS, type Tecken, type TeckenOrd } from "../core/words.js";
import { avvikelseDecimal } from "./avvikelse.js";

/** @internal */
export function avvikelseAndelDecimal(budget: Decimal, prognos: Decimal, tecken: Tecken): Decimal {
  if (budget.isZero()) {
    divisionByZero(
      "Budgeten är 0, så avvikelsen kan inte anges som andel av budgeten.",
      "The budget is 0, so the deviation cannot be given as a share of it.",
      "budget",
    );
  }
  return avvikelseDecimal(budget, prognos, tecken).div(budget.abs());
}

/**
 * The deviation as a share of the budget (avvikelse i procent): `avvikelse / |budget|`.
 *
 * @param budget - the annual budget (money, any unit); 0 is `div0`
 * @param prognos - the forecast, same unit
 * @param tecken - `"kostnad"` (default), `"intakt"` or `"resultat"`
 * @returns a share; −0.03 = 3 % unfavourable
 *
 * @example
 * avvikelseAndel(1000, 1030) // → -0.03
 */
export function avvikelseAndel(budget: number, prognos: number, tecken: TeckenOrd = "kostnad"): number {
  const b = toDecimal(budget, "budget", RULES.money);
  const p = toDecimal(prognos, "prognos", RULES.money);
  return toNumber(avvikelseAndelDecimal(b, p, readWord(tecken, "tecken", SIGNS, "kostnad")));
}
