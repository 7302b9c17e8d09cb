import type { PlanAtgard } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formatNumber } from "../../i18n";
import { measureFieldLabel } from "./model";
import { ACTION_PLAN_TEXTS } from "./texts";

/**
 * Magnitudes of a committee's deficit and measures in mnkr. An assumption with its reasoning, not a source
 * figure: a municipality's whole yearly costs are about 1 000–100 000 mnkr, so a deficit or a measure above
 * 20 000 mnkr is a figure in tkr; one below 0,001 mnkr (1 000 kr) is not worth a measure, and is a figure
 * in kr typed in the mnkr field; a single measure saving more than twice the deficit is another unit.
 * A deficit more than 100 times the measures' full-year effects together (the measures close less than 1 %
 * of it) is a deficit in tkr beside measures in mnkr (English "18,500" for 18,5: 18 500 / 10,8 = 1 713 times;
 * issue 23, s8 finding 3); and when every one of two or more measures is more than twice the deficit, the
 * deficit is what is off, named once rather than through each measure.
 */
export const ACTION_PLAN_PLAUSIBLE = {
  maxMnkr: 20_000,
  minMnkr: 0.001,
  measureToDeficitMax: 2,
  deficitToMeasuresMax: 100,
} as const;

const W = {
  sv: {
    title: "Rimlighetskontroll",
    large: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är mer än en kommuns hela årskostnad. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    small: (label: string, v: string, kr: string) =>
      `”${label}” = ${v}\u00a0mnkr är ${kr}\u00a0kr. Beloppen är i mnkr: skriv till exempel 0,5 för 500\u00a0000\u00a0kr.`,
    aboveDeficit: (label: string, deficit: string, times: string) =>
      `”${label}” är ${times} gånger ”${deficit}”. Står åtgärd och underskott i samma enhet (mnkr)?`,
    deficitLarge: (label: string, v: string, times: string, sum: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är ${times} gånger åtgärdernas helårseffekt tillsammans (${sum}\u00a0mnkr). Står underskottet i tkr blir det = ${meant}\u00a0mnkr.`,
    deficitSmall: (label: string, v: string, sum: string) =>
      `”${label}” = ${v}\u00a0mnkr är mindre än hälften av varje åtgärds helårseffekt (tillsammans ${sum}\u00a0mnkr). Står underskott och åtgärder i samma enhet (mnkr)?`,
    share: (label: string, typed: string, meant: string) =>
      `${label}: ${typed} i ett procentfält betyder ${typed}\u00a0% — menade du ${meant}\u00a0%?`,
  },
  en: {
    title: "Plausibility check",
    large: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is more than a municipality's whole yearly cost. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    small: (label: string, v: string, kr: string) =>
      `"${label}" = ${v}\u00a0mnkr is ${kr}\u00a0kr. The amounts are in mnkr: write for example 0.5 for 500,000\u00a0kr.`,
    aboveDeficit: (label: string, deficit: string, times: string) =>
      `"${label}" is ${times} times "${deficit}". Are the measure and the deficit in the same unit (mnkr)?`,
    deficitLarge: (label: string, v: string, times: string, sum: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is ${times} times the measures' full-year effects together (${sum}\u00a0mnkr). If the deficit is in tkr, it is = ${meant}\u00a0mnkr.`,
    deficitSmall: (label: string, v: string, sum: string) =>
      `"${label}" = ${v}\u00a0mnkr is less than half of every measure's full-year effect (together ${sum}\u00a0mnkr). Are the deficit and the measures in the same unit (mnkr)?`,
    share: (label: string, typed: string, meant: string) =>
      `${label}: ${typed} in a percent field means ${typed}% — did you mean ${meant}%?`,
  },
} as const;

export const ACTION_PLAN_WARNINGS_TITLE = { sv: W.sv.title, en: W.en.title } as const;

/**
 * What the deficit and the counted measures cannot have meant (see {@link ACTION_PLAN_PLAUSIBLE}), each
 * naming its field by its label and what was probably meant, converted values echoed. `measures` holds
 * each measure at its place in the panel (undefined: not filled in or not counted).
 */
export function actionPlanWarnings(
  deficit: number | undefined,
  measures: readonly (PlanAtgard | undefined)[],
  lang: Lang,
): string[] {
  const w = W[lang];
  const t = ACTION_PLAN_TEXTS[lang];
  const P = ACTION_PLAN_PLAUSIBLE;
  const f = (x: number) => formatNumber(x, lang, 6);
  const out: string[] = [];
  /** the amount's own warning, if any: then its relation to the other amounts means nothing */
  const magnitude = (label: string, v: number) => {
    if (v > P.maxMnkr) out.push(w.large(label, f(v), f(v / 1000)));
    else if (v > 0 && v < P.minMnkr) out.push(w.small(label, f(v), formatNumber(v * 1e6, lang, 0)));
    else return false;
    return true;
  };
  let deficitOff = deficit === undefined || magnitude(t.deficit, deficit);
  // the deficit against the measures together: one warning naming the deficit, when it explains them all
  const plausible = measures.filter(
    (m): m is PlanAtgard => m !== undefined && m.helarseffekt >= P.minMnkr && m.helarseffekt <= P.maxMnkr,
  );
  const sum = plausible.reduce((a, m) => a + m.helarseffekt, 0);
  if (!deficitOff && deficit! > 0 && sum > 0) {
    if (deficit! / sum > P.deficitToMeasuresMax) {
      out.push(
        w.deficitLarge(
          t.deficit,
          f(deficit!),
          formatNumber(deficit! / sum, lang, 0),
          f(sum),
          f(deficit! / 1000),
        ),
      );
      deficitOff = true;
    } else if (
      plausible.length >= 2 &&
      plausible.every((m) => m.helarseffekt / deficit! > P.measureToDeficitMax)
    ) {
      out.push(w.deficitSmall(t.deficit, f(deficit!), f(sum)));
      deficitOff = true;
    }
  }
  measures.forEach((m, i) => {
    if (!m) return;
    // a probability below 1 % was a share typed in the percent field (0,8 for 80 %): computed as typed
    const p = m.sannolikhet;
    if (p !== undefined && p > 0 && p < 0.01) {
      const typed = Number((p * 100).toPrecision(12));
      out.push(
        w.share(
          measureFieldLabel(i, "sannolikhet", lang),
          f(typed),
          f(Number((typed * 100).toPrecision(12))),
        ),
      );
    }
    const label = measureFieldLabel(i, "helarseffekt", lang);
    if (magnitude(label, m.helarseffekt) || deficitOff || deficit! <= 0) return;
    const ratio = m.helarseffekt / deficit!;
    if (ratio > P.measureToDeficitMax)
      out.push(w.aboveDeficit(label, t.deficit, formatNumber(ratio, lang, 1)));
  });
  return out;
}

/** Every warning text of the panel, sv and en (walked by panels/texts.test.ts). */
export const ACTION_PLAN_WARNING_TEXTS = W;
