import type { Lang } from "../../../definitions";
import { formatNumber, formatPercent } from "../../i18n";
import type { Project } from "./model";
import { INVESTMENT_TEXTS as T } from "./texts";

/**
 * Magnitudes of a municipality's investments in mnkr. An assumption with its reasoning, not a source figure:
 * a municipality's yearly investments are about 1–15 % of its roughly 1 000–100 000 mnkr of costs and
 * revenue, so a frame or a project above 20 000 mnkr is a figure in tkr, and a project below 0,01 mnkr
 * (10 000 kr) is below what is activated as an investment (a figure in mnkr typed for kr is 1 000 000 times
 * that); a yearly running cost above a fifth of the investment is a total or another unit.
 */
export const INVESTMENT_PLAUSIBLE = {
  maxMnkr: 20_000,
  minProjectMnkr: 0.01,
  runningToAmountMax: 0.2,
} as const;

const W = {
  sv: {
    title: "Rimlighetskontroll",
    large: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är mer än en kommuns årliga investeringar. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    small: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är ${meant}\u00a0kr, under vad som aktiveras som en investering. Beloppen är i mnkr.`,
    aboveFrame: (label: string, frame: string) =>
      `”${label}” är större än ”${frame}”: projektet ryms aldrig, hur det än prioriteras.`,
    running: (label: string, amount: string, share: string) =>
      `”${label}” är ${share} av ”${amount}” varje år. Är det en årskostnad i mnkr?`,
    past: (label: string, year: string, now: string) =>
      `”${label}” = ${year} har redan varit (i år är det ${now}): planen börjar då det året. Menade du ett kommande år?`,
  },
  en: {
    title: "Plausibility check",
    large: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is more than a municipality's yearly investments. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    small: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is ${meant}\u00a0kr, below what is activated as an investment. The amounts are in mnkr.`,
    aboveFrame: (label: string, frame: string) =>
      `"${label}" is larger than "${frame}": the project never fits, whatever its priority.`,
    running: (label: string, amount: string, share: string) =>
      `"${label}" is ${share} of "${amount}" every year. Is it a yearly cost in mnkr?`,
    past: (label: string, year: string, now: string) =>
      `"${label}" = ${year} is in the past (this year is ${now}): the plan then starts that year. Did you mean a year to come?`,
  },
} as const;

export const INVESTMENT_WARNINGS_TITLE = { sv: W.sv.title, en: W.en.title } as const;

/**
 * What the investment inputs cannot have meant (see {@link INVESTMENT_PLAUSIBLE}), each naming its field
 * by its label (a project's with its priority and name) and what was probably meant, converted values
 * echoed, and a project year before `thisYear` (the view gives the clock's year). An undefined value is not
 * judged.
 */
export function investmentWarnings(
  frame: number | undefined,
  projects: readonly Project[],
  lang: Lang,
  thisYear?: number,
): string[] {
  const t = T[lang];
  const w = W[lang];
  const P = INVESTMENT_PLAUSIBLE;
  const f = (x: number) => formatNumber(x, lang, 6);
  const out: string[] = [];
  const frameLabel = `${t.frame} (mnkr)`;
  if (frame !== undefined && frame > P.maxMnkr) out.push(w.large(frameLabel, f(frame), f(frame / 1000)));
  projects.forEach((p, i) => {
    const who = `${t.priority} ${i + 1}${p.namn.trim() ? `: ${p.namn.trim()}` : ""}`;
    const amount = `${t.amount} (mnkr) (${who})`;
    // a project year already past is computed (the plan starts then) but said (issue 23)
    if (thisYear !== undefined && p.ar !== undefined && Number.isInteger(p.ar) && p.ar < thisYear)
      out.push(w.past(`${t.year} (${who})`, String(p.ar), String(thisYear)));
    const b = p.belopp;
    if (b === undefined || b <= 0) return;
    // an amount in the wrong unit is said once; its relations to the frame and running cost then mean nothing
    if (b > P.maxMnkr) return out.push(w.large(amount, f(b), f(b / 1000)));
    if (b < P.minProjectMnkr) return out.push(w.small(amount, f(b), formatNumber(b * 1e6, lang, 0)));
    if (frame !== undefined && frame > 0 && frame <= P.maxMnkr && b > frame)
      out.push(w.aboveFrame(amount, frameLabel));
    const running = p.driftkostnad;
    if (running !== undefined && running / b > P.runningToAmountMax)
      out.push(w.running(`${t.running} (mnkr) (${who})`, amount, formatPercent(running / b, lang, 0)));
  });
  return out;
}

/** Every warning text of the panel, sv and en (walked by panels/texts.test.ts). */
export const INVESTMENT_WARNING_TEXTS = W;
