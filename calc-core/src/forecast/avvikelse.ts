import type { Decimal } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { readWord, SIGNS, type Tecken, type TeckenOrd } from "../core/words.js";

/** @internal */
export function avvikelseDecimal(budget: Decimal, prognos: Decimal, tecken: Tecken): Decimal {
  return tecken === "kostnad" ? budget.minus(prognos) : prognos.minus(budget);
}

/**
 * The deviation (avvikelse) of a forecast from the budget, positive when it is
 * favourable to the result.
 *
 * @param budget - the annual budget (money, any unit)
 * @param prognos - the forecast, same unit
 * @param tecken - `"kostnad"` (default, costs positive: `budget − prognos`), `"intakt"` or
 *   `"resultat"` (result convention: `prognos − budget`); also `cost`, `revenue`, `result`
 * @returns the deviation, same unit; positive = favourable
 *
 * @example
 * avvikelse(1000, 1030)            // → -30 (a cost overrun)
 * avvikelse(1000, 1030, "intakt")  // → 30 (more revenue than budgeted)
 */
export function avvikelse(budget: number, prognos: number, tecken: TeckenOrd = "kostnad"): number {
  const b = toDecimal(budget, "budget", RULES.money);
  const p = toDecimal(prognos, "prognos", RULES.money);
  return toNumber(avvikelseDecimal(b, p, readWord(tecken, "tecken", SIGNS, "kostnad")));
}
