import type { Decimal } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { formatNumber } from "../core/format.js";
import { optionalDecimal, requireObject, toNumber } from "../core/validate.js";

/** Input of {@link kanslighetsanalys}: every field optional; each given field adds its row. */
export interface KanslighetsanalysInput {
  /** personnel costs incl. social charges (money) → row "pay +1 %" */
  personalkostnader?: number;
  /** other costs, goods and services (money) → row "prices +1 %" */
  ovrigaKostnader?: number;
  /** the municipality's tax base (money) → row "tax rate +10 öre" */
  skatteunderlag?: number;
  /** the municipal tax rate, kr per 100 kr (21.37) → row "tax base +1 %" (needs `skatteunderlag`) */
  skattesats?: number;
  /** the loan debt (money) → row "interest +1 percentage point" */
  laneskuld?: number;
  /** inhabitants → row "general grant +100 kr per inhabitant" (in kronor) */
  invanare?: number;
  /** financial assistance paid a year (money) → row "financial assistance +10 %" */
  bistand?: number;
}

/** One row of {@link kanslighetsanalys}. */
export interface KanslighetsRad {
  /** what changes, the Swedish label (see {@link KANSLIGHETSPOSTER} for the English) */
  post: Kanslighetspost;
  /** the size of the change, in Swedish ("+1 %", "+10 öre") */
  forandring: string;
  /** the effect on the result, in the unit of the input; negative when it costs */
  effekt: number;
}

/** The rows of the sensitivity table, in the order they are returned. */
export type Kanslighetspost =
  | "Lönekostnader"
  | "Priser"
  | "Skattesats"
  | "Skatteunderlag"
  | "Ränta"
  | "Generellt statsbidrag"
  | "Ekonomiskt bistånd";

/** Each row's label and change in Swedish and English, for the Excel table and the pane. */
export const KANSLIGHETSPOSTER: Readonly<
  Record<
    Kanslighetspost,
    { sv: { post: string; forandring: string }; en: { post: string; forandring: string } }
  >
> = {
  Lönekostnader: {
    sv: { post: "Lönekostnader", forandring: "+1 %" },
    en: { post: "Pay costs", forandring: "+1 %" },
  },
  Priser: {
    sv: { post: "Priser", forandring: "+1 %" },
    en: { post: "Prices", forandring: "+1 %" },
  },
  Skattesats: {
    sv: { post: "Skattesats", forandring: "+10 öre" },
    en: { post: "Tax rate", forandring: "+10 öre" },
  },
  Skatteunderlag: {
    sv: { post: "Skatteunderlag", forandring: "+1 %" },
    en: { post: "Tax base", forandring: "+1 %" },
  },
  Ränta: {
    sv: { post: "Ränta", forandring: "+1 procentenhet" },
    en: { post: "Interest", forandring: "+1 percentage point" },
  },
  "Generellt statsbidrag": {
    sv: { post: "Generellt statsbidrag", forandring: "+100 kr per invånare" },
    en: { post: "General state grant", forandring: "+100 kr per inhabitant" },
  },
  "Ekonomiskt bistånd": {
    sv: { post: "Ekonomiskt bistånd", forandring: "+10 %" },
    en: { post: "Financial assistance", forandring: "+10 %" },
  },
};

/**
 * The sensitivity table (känslighetsanalys) of a *Mål och budget* document:
 * what one percent of pay, ten öre of tax or a hundred kronor per inhabitant
 * of grant does to the result. One row per given input, in this order:
 *
 * | post | change | effect on the result |
 * | --- | --- | --- |
 * | Lönekostnader (`personalkostnader`) | +1 % | −0.01 × personalkostnader |
 * | Priser (`ovrigaKostnader`) | +1 % | −0.01 × ovrigaKostnader |
 * | Skattesats (`skatteunderlag`) | +10 öre | +skatteunderlag × 0.10 / 100 |
 * | Skatteunderlag (`skattesats`, needs `skatteunderlag`) | +1 % | +0.01 × skatteunderlag × skattesats / 100 |
 * | Ränta (`laneskuld`) | +1 percentage point | −0.01 × laneskuld |
 * | Generellt statsbidrag (`invanare`) | +100 kr per inhabitant | +100 × invanare (kronor) |
 * | Ekonomiskt bistånd (`bistand`) | +10 % | −0.1 × bistand |
 *
 * The tax base row is selected by `skattesats` and needs `skatteunderlag`
 * too: a tax rate without a tax base is an error naming `skatteunderlag`,
 * not a row left out without a word. A tax base without a rate gives the
 * tax-rate row only. The grant row is in kronor (100 kr × inhabitants), so
 * give the amounts in kronor to read the whole table in one unit. The
 * interest row is the full-year effect on the whole debt (as if all of it
 * were at a floating rate), the common simplification of these tables.
 * The tax-base row is the direct effect on the municipality's own tax
 * revenue only. For a municipality that receives income equalisation
 * (inkomstutjämningsbidrag, lag (2004:773) om kommunalekonomisk utjämning,
 * 5 §), a change of its own tax base alone is largely offset by the grant,
 * while a change of the national tax base also moves the grant; read the row
 * with that in mind (the same reason `arbetslinjePlan`'s `behallenAndel`
 * defaults to 0).
 * Because the grant row is in kronor, an amount below 1 kr per inhabitant
 * when `invanare` is given (1 400 for 1 400 mnkr of pay) is rejected with a
 * hint instead of giving a table that mixes mnkr and kronor.
 *
 * Units: amounts in money (kronor when `invanare` is given), `skattesats` in
 * kronor per 100 kr (21.37), `invanare` a count; `effekt` in the unit of the
 * amounts. Source: no law or SKR circular prescribes the rows; they are the
 * rows usual in municipal *Mål och budget* documents and annual reports, as
 * fixed in the API contract (API.md §11). Each effect is the plain product
 * given in the table above; the tax-rate row is 10 öre = 0.10 kr per 100 kr
 * of tax base (skatteintäkt = skatteunderlag × skattesats / 100).
 *
 * @param input - the amounts of the budget year; every field optional, at least one
 * @returns rows `{ post, forandring, effekt }`; `effekt` in the unit of the input, negative when it costs
 * @throws KommunError `na` when no field is given; `value` for a negative amount, a rate written as 0.2137,
 *   `skattesats` without `skatteunderlag`, or an amount below 1 kr per inhabitant (written in mnkr)
 *
 * @example
 * kanslighetsanalys({ personalkostnader: 1000000000, skatteunderlag: 6900000000, skattesats: 21.5 })
 * // → [{ post: "Lönekostnader", forandring: "+1 %", effekt: -10000000 },
 * //     { post: "Skattesats", forandring: "+10 öre", effekt: 6900000 },
 * //     { post: "Skatteunderlag", forandring: "+1 %", effekt: 14835000 }]
 */
export function kanslighetsanalys(input: KanslighetsanalysInput): KanslighetsRad[] {
  const o = requireObject(input, "input");
  const money = (name: string) => optionalDecimal(o[name], name, undefined, RULES.nonNegativeMoney);
  const pay = money("personalkostnader");
  const other = money("ovrigaKostnader");
  const base = money("skatteunderlag");
  const rate = optionalDecimal(o.skattesats, "skattesats", undefined, RULES.taxRate);
  const debt = money("laneskuld");
  const people = optionalDecimal(o.invanare, "invanare", undefined, { above: 0, unit: "count" });
  const assistance = money("bistand");
  if (rate !== undefined && base === undefined) {
    throw new KommunError(
      "value",
      "Argumentet skatteunderlag saknas: det behövs för att räkna effekten av 1 % högre skatteunderlag när skattesatsen är angiven.",
      "Argument skatteunderlag is missing: the tax base is needed to compute the effect of a 1 % higher tax base when the tax rate is given.",
      "skatteunderlag",
    );
  }
  if (people !== undefined) {
    // the grant row is in kronor (100 kr × inhabitants): an amount below 1 kr per inhabitant is in mnkr or tkr
    const amounts: [string, Decimal | undefined][] = [
      ["personalkostnader", pay],
      ["ovrigaKostnader", other],
      ["skatteunderlag", base],
      ["laneskuld", debt],
      ["bistand", assistance],
    ];
    for (const [name, amount] of amounts) {
      if (amount === undefined || amount.isZero() || amount.div(people).gte(1)) continue;
      const given = amount.toNumber();
      const perInhabitant = amount.div(people).toSignificantDigits(2).toNumber();
      const inKronor = amount.times(1_000_000).toNumber();
      throw new KommunError(
        "value",
        `Argumentet ${name} = ${formatNumber(given, "sv")} är bara ${formatNumber(perInhabitant, "sv")} kr per invånare, som om beloppet vore i mnkr. ` +
          `Statsbidragsraden räknas i kronor (100 kr × invånare), så skriv beloppen i kronor: ${formatNumber(inKronor, "sv")}, inte ${formatNumber(given, "sv")}.`,
        `Argument ${name} = ${formatNumber(given, "en")} is only ${formatNumber(perInhabitant, "en")} kr per inhabitant, as if the amount were in mnkr. ` +
          `The grant row is in kronor (100 kr × inhabitants), so write the amounts in kronor: ${formatNumber(inKronor, "en")}, not ${formatNumber(given, "en")}.`,
        name,
      );
    }
  }
  const rows: KanslighetsRad[] = [];
  const add = (post: Kanslighetspost, given: Decimal | undefined, effect: (x: Decimal) => Decimal) => {
    if (given === undefined) return;
    rows.push({ post, forandring: KANSLIGHETSPOSTER[post].sv.forandring, effekt: toNumber(effect(given)) });
  };
  add("Lönekostnader", pay, (x) => x.times(-0.01));
  add("Priser", other, (x) => x.times(-0.01));
  add("Skattesats", base, (x) => x.times(0.1).div(100));
  add("Skatteunderlag", rate, (r) => base!.times(0.01).times(r).div(100));
  add("Ränta", debt, (x) => x.times(-0.01));
  add("Generellt statsbidrag", people, (x) => x.times(100));
  add("Ekonomiskt bistånd", assistance, (x) => x.times(-0.1));
  if (rows.length === 0) {
    throw new KommunError(
      "na",
      "Ange minst en post att räkna känsligheten för (t.ex. personalkostnaderna eller skatteunderlaget).",
      "Give at least one item to compute the sensitivity of (e.g. the personnel costs or the tax base).",
      "input",
    );
  }
  return rows;
}
