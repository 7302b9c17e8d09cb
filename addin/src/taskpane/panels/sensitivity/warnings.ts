import type { Lang } from "../../../definitions";
import { formatNumber } from "../../i18n";
import type { SensitivityField } from "./model";
import { SENSITIVITY_TEXTS } from "./texts";

/**
 * Magnitudes of a municipality's figures. An assumption with its reasoning, not a source figure: a
 * municipality's costs, debt and tax base per inhabitant stay below 1 000 000 kr (its whole tax base is
 * about 150 000–400 000 kr per inhabitant, SCB), so an amount in mnkr above that per inhabitant is a figure
 * in tkr; municipal tax rates and the county rates lie about 17–24 kr per 100 kr (SCB; förordning
 * (2004:881) 2 §), a rate above 26 is the total with the region's; the own tax capacity is the tax base
 * over the inhabitants, so one more than twice or less than half of that is another year's or another unit.
 * A municipality has 2 000–1 100 000 inhabitants (SCB, folkmängd 31 december 2024: Bjurholm and Dorotea about
 * 2 350, Stockholm about 990 000 and growing; the bounds leave room for both): outside that, the inhabitants are
 * what is wrong, and every per-inhabitant relation above would blame a right field, so they are not judged and
 * the inhabitants are named once (issue 23).
 */
export const SENSITIVITY_PLAUSIBLE = {
  inhabitantsMin: 2_000,
  inhabitantsMax: 1_100_000,
  perInhabitantMaxKr: 1_000_000,
  rateMin: 15,
  rateMax: 26,
  capacityRatioMax: 2,
} as const;

const MNKR: readonly SensitivityField[] = [
  "personalkostnader",
  "ovrigaKostnader",
  "skatteunderlag",
  "laneskuld",
  "bistand",
  "inkomstutjamning",
];

const W = {
  sv: {
    title: "Rimlighetskontroll",
    fewPeople: (label: string, v: string, meant: string | undefined) =>
      `”${label}” = ${v} är färre än i Sveriges minsta kommun (cirka 2\u00a0350\u00a0invånare), så varje belopp per invånare blir orimligt stort.` +
      (meant ? ` Står antalet i tusental blir det = ${meant}\u00a0invånare.` : " Menade du ett annat tal?"),
    manyPeople: (label: string, v: string) =>
      `”${label}” = ${v} är fler än i Sveriges största kommun (Stockholm, cirka 1\u00a0000\u00a0000), så varje belopp per invånare blir orimligt litet. Menade du ett annat tal?`,
    tkr: (label: string, v: string, meant: string) =>
      `”${label}” = ${v}\u00a0mnkr är över 1\u00a0000\u00a0000\u00a0kr per invånare. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    rateHigh: (label: string, v: string) =>
      `”${label}” = ${v} liknar den sammanlagda skattesatsen med regionens; ange kommunens (ungefär 17–24).`,
    rateLow: (label: string, v: string) =>
      `”${label}” = ${v} liknar en regions skattesats; ange kommunens (ungefär 17–24).`,
    capacity: (label: string, v: string, base: string, people: string, own: string) =>
      `”${label}” = ${v}\u00a0kr stämmer inte med ”${base}” / ”${people}” = ${own}\u00a0kr per invånare. Gäller de samma år och enhet?`,
  },
  en: {
    title: "Plausibility check",
    fewPeople: (label: string, v: string, meant: string | undefined) =>
      `"${label}" = ${v} is fewer than in Sweden's smallest municipality (about 2,350\u00a0inhabitants), so every amount per inhabitant becomes implausibly large.` +
      (meant
        ? ` If the number is in thousands, it is = ${meant}\u00a0inhabitants.`
        : " Did you mean another number?"),
    manyPeople: (label: string, v: string) =>
      `"${label}" = ${v} is more than in Sweden's largest municipality (Stockholm, about 1,000,000), so every amount per inhabitant becomes implausibly small. Did you mean another number?`,
    tkr: (label: string, v: string, meant: string) =>
      `"${label}" = ${v}\u00a0mnkr is over 1,000,000\u00a0kr per inhabitant. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    rateHigh: (label: string, v: string) =>
      `"${label}" = ${v} looks like the total rate including the region's; give the municipality's (about 17–24).`,
    rateLow: (label: string, v: string) =>
      `"${label}" = ${v} looks like a region's rate; give the municipality's (about 17–24).`,
    capacity: (label: string, v: string, base: string, people: string, own: string) =>
      `"${label}" = ${v}\u00a0kr does not match "${base}" / "${people}" = ${own}\u00a0kr per inhabitant. Are they the same year and unit?`,
  },
} as const;

export const SENSITIVITY_WARNINGS_TITLE = { sv: W.sv.title, en: W.en.title } as const;

/**
 * What the inputs cannot have meant (see {@link SENSITIVITY_PLAUSIBLE}), each naming its field by its label
 * and what was probably meant, converted values echoed. Values as the fields hold them (amounts in mnkr);
 * an undefined value is not judged.
 */
export function sensitivityWarnings(v: Partial<Record<SensitivityField, number>>, lang: Lang): string[] {
  const w = W[lang];
  const labels = SENSITIVITY_TEXTS[lang].fields;
  const P = SENSITIVITY_PLAUSIBLE;
  const f = (x: number, d = 6) => formatNumber(x, lang, d);
  const out: string[] = [];
  // implausible inhabitants explain every per-inhabitant relation at once: named once, the relations not judged
  const off = inhabitantsOff(v.invanare);
  if (off === "few") {
    const thousands = v.invanare! * 1000;
    const meant = thousands <= P.inhabitantsMax ? f(thousands, 0) : undefined;
    out.push(w.fewPeople(labels.invanare, f(v.invanare!), meant));
  } else if (off === "many") out.push(w.manyPeople(labels.invanare, f(v.invanare!, 0)));
  const people = v.invanare !== undefined && v.invanare > 0 && !off ? v.invanare : undefined;
  const tkr = new Set<SensitivityField>();
  if (people !== undefined)
    for (const k of MNKR) {
      const x = v[k];
      if (x !== undefined && (Math.abs(x) * 1e6) / people > P.perInhabitantMaxKr) {
        tkr.add(k);
        out.push(w.tkr(labels[k], f(x), f(x / 1000)));
      }
    }
  for (const k of ["skattesats", "lansSkattesats"] as const) {
    const x = v[k];
    if (x === undefined || x <= 0) continue;
    if (x > P.rateMax) out.push(w.rateHigh(labels[k], f(x)));
    else if (x < P.rateMin) out.push(w.rateLow(labels[k], f(x)));
  }
  const base = v.skatteunderlag;
  if (
    v.skattekraft !== undefined &&
    v.skattekraft > 0 &&
    base &&
    people !== undefined &&
    !tkr.has("skatteunderlag")
  ) {
    const own = (base * 1e6) / people;
    const ratio = v.skattekraft / own;
    if (ratio > P.capacityRatioMax || ratio < 1 / P.capacityRatioMax)
      out.push(
        w.capacity(
          labels.skattekraft,
          f(v.skattekraft, 0),
          labels.skatteunderlag,
          labels.invanare,
          f(own, 0),
        ),
      );
  }
  return out;
}

/**
 * Whether a number of inhabitants is outside a Swedish municipality's (see {@link SENSITIVITY_PLAUSIBLE}):
 * "few", "many", or undefined (plausible, or not given).
 */
export function inhabitantsOff(people: number | undefined): "few" | "many" | undefined {
  if (people === undefined || people <= 0) return undefined;
  if (people < SENSITIVITY_PLAUSIBLE.inhabitantsMin) return "few";
  if (people > SENSITIVITY_PLAUSIBLE.inhabitantsMax) return "many";
  return undefined;
}

/** Every warning text of the panel, sv and en (walked by panels/texts.test.ts). */
export const SENSITIVITY_WARNING_TEXTS = W;
