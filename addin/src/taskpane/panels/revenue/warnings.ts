import type { SkatterOchBidragAr } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formatNumber } from "../../i18n";
import { roundingNote } from "../../shared/rounding";
import type { Key } from "./model";
import { REVENUE_TEXTS } from "./texts";

/**
 * Magnitudes a Swedish municipality's revenue inputs lie within. An assumption with its reasoning, not a
 * source figure: the taxable income per inhabitant of a municipality is about 150 000–400 000 kr (SCB), so
 * a tax base (mnkr) over the inhabitants outside 100 000–1 000 000 kr is a mix-up of units or of the year's
 * inhabitants; municipal tax rates lie about 17–24 kr per 100 kr and the total with the region's about
 * 29–36 (SCB's kommunalskatter), so a rate above 26 is the total rate, and one below 15 a region's; the
 * national average tax capacity (SKR's circulars: about 265 000 kr for 2025) lies within 150 000–500 000;
 * a final settlement (SKR: a few hundred kr per inhabitant either way) beyond ±3 000 kr per inhabitant is a
 * total for the municipality; other grants beyond 50 000 kr per inhabitant are a figure in tkr or kr.
 */
export const REVENUE_PLAUSIBLE = {
  basePerInhabitantMinKr: 100_000,
  basePerInhabitantMaxKr: 1_000_000,
  rateMin: 15,
  rateMax: 26,
  averageMinKr: 150_000,
  averageMaxKr: 500_000,
  settlementMaxKr: 3_000,
  otherPerInhabitantMaxKr: 50_000,
} as const;

const W = {
  sv: {
    title: "Rimlighetskontroll",
    basePerInhabitant: (base: string, people: string, v: string) =>
      `”${base}” delat med ”${people}” ger ${v}\u00a0kr per invånare; en kommun har ungefär 150\u00a0000–400\u00a0000\u00a0kr. Står skatteunderlaget i mnkr och gäller invånarna samma kommun?`,
    rateHigh: (label: string, v: string) =>
      `”${label}” = ${v} liknar den sammanlagda skattesatsen med regionens; ange kommunens egen (ungefär 17–24).`,
    rateLow: (label: string, v: string) =>
      `”${label}” = ${v} liknar en regions skattesats; ange kommunens (ungefär 17–24).`,
    average: (label: string, v: string) =>
      `”${label}” = ${v}\u00a0kr per invånare ligger utanför det vanliga 150\u00a0000–500\u00a0000\u00a0kr (riket 2025: cirka 265\u00a0000).`,
    settlement: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0kr per invånare är ovanligt stort (SKR: några hundra kronor). Är det kommunens totala belopp i tkr blir det ${meant}\u00a0kr per invånare.`,
    other: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är över 50\u00a0000\u00a0kr per invånare. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    growthShare: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0%: menade du ${meant}\u00a0%? Ökningen skrivs i procent (3,8 för +3,8\u00a0%).`,
  },
  en: {
    title: "Plausibility check",
    basePerInhabitant: (base: string, people: string, v: string) =>
      `"${base}" divided by "${people}" gives ${v}\u00a0kr per inhabitant; a municipality has about 150,000–400,000\u00a0kr. Is the tax base in mnkr, and are the inhabitants the same municipality's?`,
    rateHigh: (label: string, v: string) =>
      `"${label}" = ${v} looks like the total rate including the region's; give the municipality's own (about 17–24).`,
    rateLow: (label: string, v: string) =>
      `"${label}" = ${v} looks like a region's rate; give the municipality's (about 17–24).`,
    average: (label: string, v: string) =>
      `"${label}" = ${v}\u00a0kr per inhabitant is outside the usual 150,000–500,000\u00a0kr (Sweden 2025: about 265,000).`,
    settlement: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0kr per inhabitant is unusually large (SKR: a few hundred kronor). If it is the municipality's total in tkr, it is ${meant}\u00a0kr per inhabitant.`,
    other: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is over 50,000\u00a0kr per inhabitant. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    growthShare: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}%: did you mean ${meant}%? The growth is written in per cent (3.8 for +3.8%).`,
  },
} as const;

export const REVENUE_WARNINGS_TITLE = { sv: W.sv.title, en: W.en.title } as const;

/**
 * What the revenue inputs cannot have meant, each naming its field by its label and what was probably
 * meant (see {@link REVENUE_PLAUSIBLE}). Values as the panel holds them (growth in per cent, base in
 * mnkr, settlement in kr per inhabitant, other grants in mnkr); an undefined value is not judged.
 */
export function revenueWarnings(
  v: Partial<Record<Key, number | undefined>>,
  labels: Record<Key, string>,
  lang: Lang,
): string[] {
  const w = W[lang];
  const P = REVENUE_PLAUSIBLE;
  const f = (x: number, d = 6) => formatNumber(x, lang, d);
  const out: string[] = [];
  const people = v.inhabitants !== undefined && v.inhabitants > 0 ? v.inhabitants : undefined;
  if (v.taxBase !== undefined && v.taxBase > 0 && people !== undefined) {
    const per = (v.taxBase * 1e6) / people;
    if (per < P.basePerInhabitantMinKr || per > P.basePerInhabitantMaxKr)
      out.push(w.basePerInhabitant(labels.taxBase, labels.inhabitants, f(per, 0)));
  }
  for (const k of ["taxRate", "county", "countyCharge"] as const) {
    const x = v[k];
    if (x === undefined || x <= 0) continue;
    if (x > P.rateMax) out.push(w.rateHigh(labels[k], f(x)));
    else if (x < P.rateMin) out.push(w.rateLow(labels[k], f(x)));
  }
  if (v.average !== undefined && (v.average < P.averageMinKr || v.average > P.averageMaxKr))
    out.push(w.average(labels.average, f(v.average, 0)));
  if (v.settlement !== undefined && people !== undefined && Math.abs(v.settlement) > P.settlementMaxKr)
    out.push(w.settlement(labels.settlement, f(v.settlement, 0), f((v.settlement * 1000) / people, 0)));
  if (
    v.other !== undefined &&
    people !== undefined &&
    (Math.abs(v.other) * 1e6) / people > P.otherPerInhabitantMaxKr
  )
    out.push(w.other(labels.other, f(v.other), f(v.other / 1000)));
  for (const k of ["growth1", "growth2"] as const) {
    const x = v[k];
    // 0,038 typed for +3,8 %: a share written in the per-cent field (a real growth under 0,1 % is rarer)
    if (x !== undefined && x !== 0 && Math.abs(x) < 0.1)
      out.push(w.growthShare(labels[k], f(x), f(Number((x * 100).toPrecision(12)))));
  }
  return out;
}

/**
 * A note per year whose total, shown with one decimal, differs from the sum of its parts shown with one
 * decimal (the total is the sum of the unrounded parts).
 */
export function revenueRoundingNotes(years: readonly SkatterOchBidragAr[], lang: Lang): string[] {
  return years.flatMap((y) => {
    const note = roundingNote(
      [y.skatteintakter, y.slutavrakning, y.inkomstutjamning, y.ovriga],
      y.summa,
      1,
      lang,
    );
    return note ? [REVENUE_TEXTS[lang].roundingYear(y.ar, note)] : [];
  });
}

/** Every warning text of the panel, sv and en (walked by panels/texts.test.ts). */
export const REVENUE_WARNING_TEXTS = W;
