import type { Decimal } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { formatNumber } from "../core/format.js";
import { optionalDecimal, requireObject, toNumber } from "../core/validate.js";
import { inkomstutjamning as equalisation } from "../revenue/inkomstutjamning.js";
import { REVENUE_RULES, toCapacity } from "../revenue/validate.js";

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
  /**
   * the municipality's income equalisation of the year (money, grant positive, charge
   * negative; see `inkomstutjamning`): the national tax base row then counts the grant's
   * change too
   */
  inkomstutjamning?: number;
  /** the municipality's tax capacity, kr per inhabitant → row "own tax base +1 %" (with the next three) */
  skattekraft?: number;
  /** the country's average tax capacity, kr per inhabitant */
  medelskattekraft?: number;
  /** the county rate for the grant, förordning (2004:881) 2 §, kr per 100 kr (19.41) */
  lansSkattesats?: number;
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
  | "Eget skatteunderlag"
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
    sv: { post: "Skatteunderlag i riket", forandring: "+1 %" },
    en: { post: "National tax base", forandring: "+1 %" },
  },
  "Eget skatteunderlag": {
    sv: { post: "Eget skatteunderlag", forandring: "+1 % (riket oförändrat)" },
    en: { post: "Own tax base", forandring: "+1 % (the country unchanged)" },
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
 * The change text of the national tax base row when `inkomstutjamning` is not given: the row
 * then counts the tax alone and says so.
 */
export const SKATTEUNDERLAG_UTAN_UTJAMNING: Readonly<Record<"sv" | "en", string>> = {
  sv: "+1 % (utan inkomstutjämning)",
  en: "+1 % (income equalisation left out)",
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
 * | Skatteunderlag i riket (`skattesats`, needs `skatteunderlag`) | +1 % | +0.01 × (skatteunderlag × skattesats / 100 + inkomstutjamning) |
 * | Eget skatteunderlag (`skattekraft`, `medelskattekraft`, `lansSkattesats`, `invanare`) | +1 %, the country unchanged | +0.01 × skatteunderlag × skattesats / 100 + inkomstutjamning(1.01 × skattekraft, …) − inkomstutjamning(skattekraft, …) |
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
 *
 * **Two tax base rows.** Income equalisation (lag (2004:773) om kommunalekonomisk
 * utjämning, 5 §: `(1,15 × medelskattekraft − skattekraft) × invånare × länsvis
 * skattesats/100`) ties the grant to both the country's and the municipality's tax base.
 * - *Skatteunderlag i riket* (national tax base +1 %, e.g. SKR's forecast revised by one
 *   percent): the municipality's own base and the country's average grow alike, so the tax
 *   and the grant (or the charge) both grow by 1 %: `0.01 × (skatteunderlag × skattesats/100
 *   + inkomstutjamning)`. Without `inkomstutjamning` the row counts the tax alone and its
 *   change text says so ({@link SKATTEUNDERLAG_UTAN_UTJAMNING}); for a municipality that
 *   receives the grant that understates the effect.
 * - *Eget skatteunderlag* (own tax base +1 %, the country unchanged, e.g. more people at
 *   work in the municipality): the tax grows, but the grant shrinks by 1 % × skattekraft ×
 *   invånare × länsvis skattesats/100, so a municipality below 115 % keeps only about
 *   `1 % × skatteunderlag × (skattesats − lansSkattesats)/100` — the reason
 *   `arbetslinjePlan`'s `behallenAndel` defaults to 0 and `marginalintakt` nets the
 *   county rate off. Computed with {@link inkomstutjamning} at `1.01 × skattekraft` against
 *   `skattekraft`, so a municipality above 115 % (a charge) needs the charge rate and gets
 *   `na` here; give the row's inputs only for a grant-receiving municipality.
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
 * @throws KommunError `na` when no field is given, or for the own tax base row of a municipality above
 *   115 % (a charge); `value` for a negative amount, a rate written as 0.2137, `skattesats` without
 *   `skatteunderlag`, an amount below 1 kr per inhabitant (written in mnkr), or only some of `skattekraft`,
 *   `medelskattekraft`, `lansSkattesats` (and then `invanare`, `skattesats`, `skatteunderlag`); each message
 *   names the input in words with its unit and argument ("Länets skattesats för bidraget (kr per 100 kr,
 *   argumentet lansSkattesats) saknas: …"), which the Excel layer writes as the argument's Excel name
 *
 * @example
 * kanslighetsanalys({ personalkostnader: 1000000000, skatteunderlag: 6900000000, skattesats: 21.5 })
 * // → [{ post: "Lönekostnader", forandring: "+1 %", effekt: -10000000 },
 * //     { post: "Skattesats", forandring: "+10 öre", effekt: 6900000 },
 * //     { post: "Skatteunderlag", forandring: "+1 % (utan inkomstutjämning)", effekt: 14835000 }]
 * @example
 * // 30 000 inhabitants at 200 000 kr (base 6 000 mnkr), 21,5 kr; grant 509,5125 mnkr at 19,41 kr:
 * // national +1 % = 0,01 × (1 290 + 509,5125) mnkr; own +1 % = 12,9 − 11,646 = 1,254 mnkr
 * kanslighetsanalys({ skatteunderlag: 6000000000, skattesats: 21.5, invanare: 30000,
 *   inkomstutjamning: 509512500, skattekraft: 200000, medelskattekraft: 250000, lansSkattesats: 19.41 })
 * // → [{ post: "Skattesats", forandring: "+10 öre", effekt: 6000000 },
 * //     { post: "Skatteunderlag", forandring: "+1 %", effekt: 17995125 },
 * //     { post: "Eget skatteunderlag", forandring: "+1 % (riket oförändrat)", effekt: 1254000 },
 * //     { post: "Generellt statsbidrag", forandring: "+100 kr per invånare", effekt: 3000000 }]
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
  const grant = optionalDecimal(o.inkomstutjamning, "inkomstutjamning", undefined, RULES.money);
  // kr per inhabitant, with a hint for 230 written for 230 000
  const capacity = o.skattekraft === undefined ? undefined : toCapacity(o.skattekraft, "skattekraft");
  const average =
    o.medelskattekraft === undefined ? undefined : toCapacity(o.medelskattekraft, "medelskattekraft");
  const countyRate = optionalDecimal(o.lansSkattesats, "lansSkattesats", undefined, REVENUE_RULES.countyRate);
  const own: [string, Decimal | undefined][] = [
    ["skattekraft", capacity],
    ["medelskattekraft", average],
    ["lansSkattesats", countyRate],
  ];
  if (own.some(([, v]) => v !== undefined)) {
    // the own tax base row needs all of its inputs; a partial set is a mistake, not a row left out
    const needed: [string, Decimal | undefined][] = [
      ...own,
      ["invanare", people],
      ["skattesats", rate],
      ["skatteunderlag", base],
    ];
    const missing = needed.find(([, v]) => v === undefined);
    if (missing) {
      const all = (language: "sv" | "en") =>
        listed(
          needed.map(([id]) => words(id, language)),
          language,
        );
      const row = KANSLIGHETSPOSTER["Eget skatteunderlag"];
      throw new KommunError(
        "value",
        `${capital(named(missing[0], "sv"))} saknas: raden ”${row.sv.post} ${row.sv.forandring}” behöver alla sex: ${all("sv")}.`,
        `${capital(named(missing[0], "en"))} is missing: the row "${row.en.post} ${row.en.forandring}" needs all six: ${all("en")}.`,
        missing[0],
      );
    }
  }
  if (grant !== undefined && rate === undefined) {
    const row = KANSLIGHETSPOSTER.Skatteunderlag;
    throw new KommunError(
      "value",
      `${capital(named("skattesats", "sv"))} saknas: ${named("inkomstutjamning", "sv")} används bara i raden ”${row.sv.post} ${row.sv.forandring}”, som behöver ${words("skattesats", "sv")} och ${words("skatteunderlag", "sv")}.`,
      `${capital(named("skattesats", "en"))} is missing: ${named("inkomstutjamning", "en")} is used only in the row "${row.en.post} ${row.en.forandring}", which needs ${words("skattesats", "en")} and ${words("skatteunderlag", "en")}.`,
      "skattesats",
    );
  }
  if (rate !== undefined && base === undefined) {
    throw new KommunError(
      "value",
      `${capital(named("skatteunderlag", "sv"))} saknas: det behövs för att räkna effekten av 1 % högre skatteunderlag när ${words("skattesats", "sv")} är angiven.`,
      `${capital(named("skatteunderlag", "en"))} is missing: it is needed to compute the effect of a 1 % higher tax base when ${words("skattesats", "en")} is given.`,
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
      ["inkomstutjamning", grant?.abs()],
    ];
    for (const [name, amount] of amounts) {
      if (amount === undefined || amount.isZero() || amount.div(people).gte(1)) continue;
      const given = amount.toNumber();
      const perInhabitant = amount.div(people).toSignificantDigits(2).toNumber();
      const inKronor = amount.times(1_000_000).toNumber();
      throw new KommunError(
        "value",
        `${capital(named(name, "sv"))} = ${grouped(given, "sv")} är bara ${formatNumber(perInhabitant, "sv")} kr per invånare, som om beloppet vore i mnkr. ` +
          `Statsbidragsraden räknas i kronor (100 kr × invånare), så skriv beloppen i kronor: ${grouped(inKronor, "sv")}, inte ${grouped(given, "sv")}.`,
        `${capital(named(name, "en"))} = ${grouped(given, "en")} is only ${formatNumber(perInhabitant, "en")} kr per inhabitant, as if the amount were in mnkr. ` +
          `The grant row is in kronor (100 kr × inhabitants), so write the amounts in kronor: ${grouped(inKronor, "en")}, not ${grouped(given, "en")}.`,
        name,
      );
    }
  }
  const rows: KanslighetsRad[] = [];
  const add = (
    post: Kanslighetspost,
    given: Decimal | undefined,
    effect: (x: Decimal) => Decimal,
    forandring = KANSLIGHETSPOSTER[post].sv.forandring,
  ) => {
    if (given === undefined) return;
    rows.push({ post, forandring, effekt: toNumber(effect(given)) });
  };
  add("Lönekostnader", pay, (x) => x.times(-0.01));
  add("Priser", other, (x) => x.times(-0.01));
  add("Skattesats", base, (x) => x.times(0.1).div(100));
  const tax = (r: Decimal) => base!.times(0.01).times(r).div(100);
  add(
    "Skatteunderlag",
    rate,
    (r) => tax(r).plus(grant?.times(0.01) ?? 0),
    grant === undefined ? SKATTEUNDERLAG_UTAN_UTJAMNING.sv : undefined,
  );
  if (capacity !== undefined) {
    const ownRow = (r: Decimal) => {
      const args = [average!.toNumber(), people!.toNumber(), countyRate!.toNumber()] as const;
      const after = equalisation(capacity.times(1.01).toNumber(), ...args);
      const before = equalisation(capacity.toNumber(), ...args);
      return tax(r).plus(after).minus(before);
    };
    add("Eget skatteunderlag", rate, ownRow);
  }
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

/**
 * An amount in a message with its thousands grouped as a controller reads it: "4 045 953" in Swedish (a
 * space, as SKR's tables), "4,045,953" in English; the decimals as given, never rounded away.
 */
function grouped(x: number, language: "sv" | "en"): string {
  const [whole = "", decimals] = formatNumber(Math.abs(x), language).split(language === "sv" ? "," : ".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "sv" ? " " : ",");
  const sign = x < 0 ? "−" : "";
  return `${sign}${digits}${decimals === undefined ? "" : (language === "sv" ? "," : ".") + decimals}`;
}

/**
 * Each input in words, with its unit where the words do not say it (issue 23): the messages are read in Excel
 * (KOMMUN.KÄNSLIGHETSANALYS) and on the command line, where an argument id alone says little. The id follows
 * in parentheses for the one who must find the argument: the Excel layer writes it as the argument's Excel
 * name in the user's language (`lansSkattesats` → länsskattesats / county_rate), and `argument` keeps it.
 */
const INPUT_WORDS: Readonly<Record<string, { sv: [string, string?]; en: [string, string?] }>> = {
  personalkostnader: {
    sv: ["personalkostnaderna inkl. PO"],
    en: ["the personnel costs incl. social charges"],
  },
  ovrigaKostnader: { sv: ["de övriga kostnaderna"], en: ["the other costs"] },
  skatteunderlag: { sv: ["skatteunderlaget", "kr"], en: ["the tax base", "kr"] },
  skattesats: {
    sv: ["kommunens skattesats", "kr per 100 kr"],
    en: ["the municipality's tax rate", "kr per 100 kr"],
  },
  laneskuld: { sv: ["låneskulden"], en: ["the loan debt"] },
  invanare: { sv: ["antal invånare"], en: ["the number of inhabitants"] },
  bistand: { sv: ["det ekonomiska biståndet"], en: ["the financial assistance"] },
  inkomstutjamning: { sv: ["inkomstutjämningen"], en: ["the income equalisation"] },
  skattekraft: {
    sv: ["kommunens skattekraft", "kr per invånare"],
    en: ["the municipality's tax capacity", "kr per inhabitant"],
  },
  medelskattekraft: {
    sv: ["medelskattekraften i riket", "kr per invånare"],
    en: ["the country's average tax capacity", "kr per inhabitant"],
  },
  lansSkattesats: {
    sv: ["länets skattesats för bidraget", "kr per 100 kr"],
    en: ["the county rate for the grant", "kr per 100 kr"],
  },
};

/** An input in words, its unit and its argument: "kommunens skattekraft (kr per invånare, argumentet skattekraft)". */
function named(id: string, language: "sv" | "en"): string {
  const [words, unit] = INPUT_WORDS[id]![language];
  const argument = language === "sv" ? `argumentet ${id}` : `argument ${id}`;
  return `${words} (${unit === undefined ? "" : `${unit}, `}${argument})`;
}

/** An input in words alone, for a list after the input named in full. */
function words(id: string, language: "sv" | "en"): string {
  return INPUT_WORDS[id]![language][0];
}

/** "a, b och c" / "a, b and c". */
function listed(items: readonly string[], language: "sv" | "en"): string {
  const and = language === "sv" ? " och " : " and ";
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
