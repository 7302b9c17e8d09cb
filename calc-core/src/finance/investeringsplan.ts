import { Decimal, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { formatNumber } from "../core/format.js";
import { requireArray, requireObject, toDecimal, toInteger, toNumber } from "../core/validate.js";
import { depreciationYear, LIFE_RULE, MONTH_RULE } from "./avskrivning.js";

/** One investment proposal (investeringsförslag) of a committee. */
export interface InvesteringsProjekt {
  namn: string;
  /** the committee that proposes it */
  namnd?: string;
  /** the investment (money, any unit) */
  belopp: number;
  /** the calendar year it is paid and taken into use (with `utbetalningar`: the first year of payment) */
  ar: number;
  /** depreciation period in whole years */
  avskrivningstid: number;
  /** the month it is taken into use, 1–12; default 1 */
  aktiveringsmanad?: number;
  /** priority: 1 is fitted first; equal priorities keep the order given */
  prioritet: number;
  /** yearly running-cost consequence (driftkostnadskonsekvens) from the month taken into use; default 0 */
  driftkostnad?: number;
  /** yearly saving from the month taken into use; default 0 */
  besparing?: number;
  /**
   * the spending profile: the share of `belopp` paid in each consecutive year from `ar`, summing to 1
   * (e.g. `[0.4, 0.6]`: 40 % in `ar`, 60 % the year after). The project is taken into use in the last
   * of these years at `aktiveringsmanad`; before that it is work in progress (pågående arbete): no
   * depreciation, no running cost or saving. Omitted: all paid and taken into use in `ar`.
   */
  utbetalningar?: readonly number[];
}

/** Options of {@link investeringsplan}. */
export interface InvesteringsplanOptions {
  /** the calendar years to show; default the first through the last project year */
  ar?: readonly number[];
  /** internal interest rate (SKR's internränta, e.g. 2,5 % for 2025), a share; default 0 */
  internranta?: number;
  /** the municipality's external borrowing rate, a share; default 0 */
  externRanta?: number;
  /** the share of the investments financed by borrowing, 0–1; default 1 */
  lanandel?: number;
  /** the budgeted result per year before the plan's consequences, for the self-financing ratio */
  resultat?: readonly number[];
  /**
   * depreciation of existing assets per year, for the self-financing ratio. When `resultat` is given
   * without it the ratio counts it as 0 (as before) and the result says so: each year's
   * `befintligaAvskrivningar` is `null` and `anmarkningar` carries the note.
   */
  avskrivningar?: readonly number[];
}

/** A project after the fit to the frame. */
export interface InvesteringsplanProjekt {
  namn: string;
  namnd: string;
  prioritet: number;
  belopp: number;
  ar: number;
  /** fits the frame (ryms) or waits (väntar) */
  ryms: boolean;
  /** what is left of the frame after this project is considered (per-year frames: summed over the years) */
  kvarAvRam: number;
  /** the year it is taken into use: `ar`, or the last year of its `utbetalningar` */
  aktiveringsar: number;
  /** what is paid in each year from `ar` (one amount without a spending profile); sums to `belopp` */
  utbetalningar: number[];
}

/** One year of {@link investeringsplan}, for the projects that fit. */
export interface InvesteringsplanAr {
  ar: number;
  investeringar: number;
  avskrivningar: number;
  /** internal interest on the book value: a cost of the committee, eliminated in the municipality's accounts */
  internranta: number;
  /** the committees' capital cost: depreciation + internal interest */
  kapitalkostnadIntern: number;
  /** external interest on the borrowed share of the book value: a cost of the municipality */
  externranta: number;
  driftkostnader: number;
  besparingar: number;
  /** effect on the municipality's result: savings − running costs − depreciation − external interest */
  resultatpaverkan: number;
  /** (resultat + resultatpaverkan + all depreciation) / investeringar; `null` without a result or investments */
  sjalvfinansieringsgrad: number | null;
  /** work in progress (pågående arbeten) at the end of the year: paid but not yet taken into use */
  pagaendeArbeten: number;
  /** the existing depreciation counted in the ratio; `null` when it was not given (counted as 0) */
  befintligaAvskrivningar: number | null;
}

/** A note on the plan, in both languages: an input that was missing and what was assumed instead. */
export interface InvesteringsplanAnmarkning {
  sv: string;
  en: string;
}

interface Project {
  index: number;
  namn: string;
  namnd: string;
  belopp: Decimal;
  ar: number;
  life: number;
  month: number;
  prioritet: number;
  running: Decimal;
  saving: Decimal;
  /** amounts paid per year from `ar`; sums to belopp exactly */
  payments: Decimal[];
  /** the year taken into use */
  inUse: number;
}

/** How far the shares of a spending profile may sum from 1 (shares written to 9 decimals). */
const PROFILE_TOLERANCE = new Decimal("1e-9");

/** The payments of a spending profile: belopp × share, the last year taking the remainder. */
function toPayments(belopp: Decimal, x: unknown, where: string): Decimal[] {
  if (x === undefined) return [belopp];
  const name = `${where}.utbetalningar`;
  const shares = requireArray(x, name).map((v, k) =>
    toDecimal(v, name, RULES.share, { sv: `år ${k + 1}`, en: `year ${k + 1}` }),
  );
  if (shares.length === 0) {
    throw new KommunError(
      "value",
      `Argumentet ${name} är tomt: ange andelen per år (summa 100 %) eller utelämna det.`,
      `Argument ${name} is empty: give the share per year (summing to 100 %) or leave it out.`,
      name,
    );
  }
  const total = sum(shares);
  if (total.minus(1).abs().gt(PROFILE_TOLERANCE)) {
    const pct = (lang: "sv" | "en") => formatNumber(total.times(100).toNumber(), lang);
    throw new KommunError(
      "value",
      `Argumentet ${name} summerar till ${pct("sv")} %, inte 100 %: andelarna per år ska tillsammans vara hela beloppet.`,
      `Argument ${name} sums to ${pct("en")} %, not 100 %: the shares per year must together be the whole amount.`,
      name,
    );
  }
  const payments = shares.slice(0, -1).map((share) => belopp.times(share));
  return [...payments, belopp.minus(sum(payments))];
}

function toProject(x: unknown, i: number): Project {
  const where = `projekt[${i + 1}]`;
  const o = requireObject(x, where);
  const or = (v: unknown, fallback: number): unknown => (v === undefined ? fallback : v);
  const name = typeof o.namn === "string" && o.namn.trim() ? o.namn.trim() : `Projekt ${i + 1}`;
  const belopp = toDecimal(o.belopp, `${where}.belopp`, RULES.nonNegativeMoney);
  const ar = toInteger(o.ar, `${where}.ar`, RULES.year);
  const payments = toPayments(belopp, o.utbetalningar, where);
  return {
    index: i,
    namn: name,
    namnd: typeof o.namnd === "string" ? o.namnd.trim() : "",
    belopp,
    ar,
    life: toInteger(o.avskrivningstid, `${where}.avskrivningstid`, LIFE_RULE),
    month: toInteger(or(o.aktiveringsmanad, 1), `${where}.aktiveringsmanad`, MONTH_RULE),
    prioritet: toDecimal(o.prioritet, `${where}.prioritet`).toNumber(),
    running: toDecimal(or(o.driftkostnad, 0), `${where}.driftkostnad`, RULES.money),
    saving: toDecimal(or(o.besparing, 0), `${where}.besparing`, RULES.money),
    payments,
    inUse: ar + payments.length - 1,
  };
}

/**
 * The investment budget (investeringsbudget): the committees' proposals fitted
 * to the investment frame by priority, and the consequences of those that fit
 * for each year of the plan.
 *
 * Fitting: in priority order (1 first; equal priorities in the order given) a
 * project fits when its amount fits in what is left of the frame; one that does
 * not waits, and a later, smaller one may still fit. So the projects that fit
 * never exceed the frame. The frame may instead be one amount per year of
 * `options.ar` (the council's investment budget per year, as a plan for
 * 2026–2029 usually is): then a project fits when each year's payment fits
 * what is left of that year's frame, and a 2027 project never waits for a
 * 2026 one. With one year the two are the same.
 *
 * Spending profiles (utgiftsprofil) and work in progress: a project with
 * `utbetalningar` is paid over consecutive years from `ar` and taken into use
 * in the last of them at `aktiveringsmanad`; until then it is work in progress
 * (pågående arbete, shown per year as `pagaendeArbeten`), which is not
 * depreciated — depreciation starts when the asset is ready to be used (RKR
 * R4 Materiella anläggningstillgångar) — and has no running cost or saving.
 * Assumption, marked: on work in progress the plan charges the external
 * interest on the borrowed share (the municipality pays it once the money is
 * paid; RKR R4's main rule expenses borrowing costs) but the internal interest
 * (the committee's capital cost) only from the month taken into use, as the
 * committee's capital cost starts with the asset; a municipality that charges
 * internal interest on work in progress will see a lower internal interest here.
 *
 * Self-financing ratio: it needs the depreciation of the existing assets. Given
 * the result without `avskrivningar`, the ratio counts them as 0 (so existing
 * calls keep their result) but says so: each year's `befintligaAvskrivningar`
 * is `null` and `anmarkningar` carries a note in Swedish and English.
 *
 * Per year, for the projects that fit: investments (paid in the project's year),
 * depreciation from the month taken into use (RKR R4; see {@link avskrivning}),
 * interest in both views on the opening book value for the months held —
 * internal (the committee's capital cost, SKR's internränta, eliminated in the
 * municipality's accounts) and external on the borrowed share (the
 * municipality's cost) —, running costs and savings from the month taken into
 * use, the effect on the municipality's result (savings − running costs −
 * depreciation − external interest), and the self-financing ratio of the year
 * when the budgeted result is given.
 *
 * @param projekt - the proposals
 * @param ram - the investment frame for the plan's projects together (money, same unit), or one
 *   frame per year of `options.ar`
 * @param options - years, interest rates, borrowed share, result and existing depreciation per year
 * @throws KommunError `value` naming the project and field that is wrong (a spending profile that does
 *   not sum to 100 %, a payment outside the plan's years with per-year frames, frames per year without
 *   the years or not one per year); `na` with neither projects nor years
 *
 * @example
 * // a frame of 100: priority 1 (60) fits, priority 2 (50) waits, priority 3 (30) fits; 10 left
 * investeringsplan([
 *   { namn: "Skola", belopp: 60, ar: 2026, avskrivningstid: 30, prioritet: 1 },
 *   { namn: "Sporthall", belopp: 50, ar: 2026, avskrivningstid: 30, prioritet: 2 },
 *   { namn: "Gator", belopp: 30, ar: 2026, avskrivningstid: 30, prioritet: 3 },
 * ], 100).kvarAvRam
 * // → 10
 *
 * @example
 * // frames of 150 a year for 2026 and 2027: a 2027 project of 100 does not wait for the 2026 one
 * investeringsplan([
 *   { namn: "Skola", belopp: 100, ar: 2026, avskrivningstid: 30, prioritet: 1 },
 *   { namn: "Förskola", belopp: 100, ar: 2027, avskrivningstid: 30, prioritet: 2 },
 * ], [150, 150], { ar: [2026, 2027] }).ryms
 * // → 200
 */
export function investeringsplan(
  projekt: readonly InvesteringsProjekt[],
  ram: number | readonly number[],
  options: InvesteringsplanOptions = {},
): {
  projekt: InvesteringsplanProjekt[];
  ryms: number;
  vantar: number;
  kvarAvRam: number;
  ar: InvesteringsplanAr[];
  anmarkningar: InvesteringsplanAnmarkning[];
} {
  const projects = requireArray(projekt, "projekt").map(toProject);
  const o = requireObject(options, "options");
  const internal = toDecimal(o.internranta ?? 0, "internranta", RULES.interest);
  const external = toDecimal(o.externRanta ?? 0, "externRanta", RULES.interest);
  const borrowed = toDecimal(o.lanandel ?? 1, "lanandel", RULES.share);
  let years: number[];
  if (o.ar !== undefined) {
    years = requireArray(o.ar, "ar").map((y) => toInteger(y, "ar", RULES.year));
  } else if (projects.length > 0) {
    const first = Math.min(...projects.map((p) => p.ar));
    const last = Math.max(...projects.map((p) => p.inUse));
    years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  } else {
    years = [];
  }
  if (years.length === 0) {
    throw new KommunError(
      "na",
      "Inga projekt och inga år att visa.",
      "No projects and no years to show.",
      "ar",
    );
  }
  const perYear = (x: unknown, name: string, rule: typeof RULES.money): Decimal[] | undefined => {
    if (x === undefined) return undefined;
    const arr = requireArray(x, name);
    if (arr.length !== years.length) {
      throw new KommunError(
        "value",
        `${name} har ${arr.length} värden men planen har ${years.length} år (ett värde per år).`,
        `${name} has ${arr.length} values but the plan has ${years.length} year(s) (one value per year).`,
        name,
      );
    }
    return arr.map((v, i) => toDecimal(v, name, rule, { sv: `år ${years[i]}`, en: `year ${years[i]}` }));
  };
  // the frame: one amount for the plan, or one per year of the plan
  const frames: Decimal[] | undefined = Array.isArray(ram)
    ? (() => {
        if (o.ar === undefined) {
          throw new KommunError(
            "value",
            "En ram per år kräver planens år (argumentet år / options.ar), lika många som ramarna.",
            "A frame per year needs the plan's years (the argument years / options.ar), as many as the frames.",
            "ram",
          );
        }
        return perYear(ram, "ram", RULES.nonNegativeMoney);
      })()
    : undefined;
  const frame = frames ? sum(frames) : toDecimal(ram, "ram", RULES.nonNegativeMoney);
  if (frames) {
    for (const p of projects) {
      p.payments.forEach((_, k) => {
        if (!years.includes(p.ar + k)) {
          throw new KommunError(
            "value",
            `${p.namn} betalas år ${p.ar + k}, utanför planens år ${years[0]}–${years.at(-1)}: med en ram per år måste varje utbetalning ligga i ett av planens år.`,
            `${p.namn} is paid in ${p.ar + k}, outside the plan's years ${years[0]}–${years.at(-1)}: with a frame per year every payment must fall in one of the plan's years.`,
            `projekt[${p.index + 1}].ar`,
          );
        }
      });
    }
  }
  const results = perYear(o.resultat, "resultat", RULES.money);
  const existingDepreciation = perYear(o.avskrivningar, "avskrivningar", RULES.nonNegativeMoney);

  // fit by priority: with one frame the amount must fit what is left of it; with a frame per year
  // each year's payment must fit what is left of that year's frame
  const order = projects.slice().sort((a, b) => a.prioritet - b.prioritet || a.index - b.index);
  const fits = new Map<number, { ryms: boolean; left: Decimal }>();
  let left = frame;
  const leftPerYear = frames?.slice();
  for (const p of order) {
    let ryms: boolean;
    if (leftPerYear) {
      const slots = p.payments.map((pay, k) => ({ pay, y: years.indexOf(p.ar + k) }));
      ryms = slots.every(({ pay, y }) => pay.lte(leftPerYear[y]!));
      if (ryms) slots.forEach(({ pay, y }) => (leftPerYear[y] = leftPerYear[y]!.minus(pay)));
      if (ryms) left = left.minus(p.belopp);
    } else {
      ryms = p.belopp.lte(left);
      if (ryms) left = left.minus(p.belopp);
    }
    fits.set(p.index, { ryms, left });
  }
  const accepted = projects.filter((p) => fits.get(p.index)!.ryms);

  const rows = years.map((year, i) => {
    let investments = ZERO;
    let depreciation = ZERO;
    let bookMonths = ZERO; // Σ opening book value × months held / 12, assets in use
    let wipMonths = ZERO; // Σ work in progress paid in earlier years × months before use / 12
    let wipEnd = ZERO;
    let running = ZERO;
    let saving = ZERO;
    for (const p of accepted) {
      const paidBefore = sum(p.payments.filter((_, k) => p.ar + k < year));
      const k0 = year - p.ar;
      if (k0 >= 0 && k0 < p.payments.length) investments = investments.plus(p.payments[k0]!);
      if (year < p.inUse) {
        // work in progress: paid, not yet in use — no depreciation, no running cost (RKR R4)
        wipMonths = wipMonths.plus(paidBefore);
        wipEnd = wipEnd.plus(paidBefore).plus(k0 >= 0 && k0 < p.payments.length ? p.payments[k0]! : ZERO);
      } else if (year === p.inUse && p.payments.length > 1) {
        wipMonths = wipMonths.plus(paidBefore.times(p.month - 1).div(12));
      }
      const k = year - p.inUse + 1;
      const d = depreciationYear(p.belopp, p.life, k, p.month);
      depreciation = depreciation.plus(d.depreciation);
      bookMonths = bookMonths.plus(d.opening.times(d.months).div(12));
      if (k >= 1) {
        const share = k === 1 ? new Decimal(13 - p.month).div(12) : new Decimal(1);
        running = running.plus(p.running.times(share));
        saving = saving.plus(p.saving.times(share));
      }
    }
    const internalInterest = internal.times(bookMonths);
    // assumption (marked in the TSDoc): work in progress bears the external interest on its borrowed
    // share, the internal interest only from the month taken into use
    const externalInterest = external.times(borrowed).times(bookMonths.plus(wipMonths));
    const effect = saving.minus(running).minus(depreciation).minus(externalInterest);
    let ratio: number | null = null;
    if (results && !investments.isZero()) {
      const allDepreciation = depreciation.plus(existingDepreciation?.[i] ?? ZERO);
      ratio = toNumber(results[i]!.plus(effect).plus(allDepreciation).div(investments));
    }
    return {
      ar: year,
      investeringar: toNumber(investments),
      avskrivningar: toNumber(depreciation),
      internranta: toNumber(internalInterest),
      kapitalkostnadIntern: toNumber(depreciation.plus(internalInterest)),
      externranta: toNumber(externalInterest),
      driftkostnader: toNumber(running),
      besparingar: toNumber(saving),
      resultatpaverkan: toNumber(effect),
      sjalvfinansieringsgrad: ratio,
      pagaendeArbeten: toNumber(wipEnd),
      befintligaAvskrivningar: existingDepreciation ? toNumber(existingDepreciation[i]!) : null,
    };
  });
  const anmarkningar: InvesteringsplanAnmarkning[] = [];
  if (results && !existingDepreciation) {
    anmarkningar.push({
      sv: "Befintliga avskrivningar är inte angivna: självfinansieringsgraden räknar dem som 0 och blir för låg om kommunen har avskrivningar på tillgångar före planen. Ange dem (avskrivningar per år).",
      en: "Existing depreciation is not given: the self-financing ratio counts it as 0 and is too low if the municipality depreciates assets from before the plan. Give it (depreciation per year).",
    });
  }
  const fitted = sum(accepted.map((p) => p.belopp));
  return {
    projekt: projects.map((p) => ({
      namn: p.namn,
      namnd: p.namnd,
      prioritet: p.prioritet,
      belopp: toNumber(p.belopp),
      ar: p.ar,
      ryms: fits.get(p.index)!.ryms,
      kvarAvRam: toNumber(fits.get(p.index)!.left),
      aktiveringsar: p.inUse,
      utbetalningar: p.payments.map(toNumber),
    })),
    ryms: toNumber(fitted),
    vantar: toNumber(sum(projects.filter((p) => !fits.get(p.index)!.ryms).map((p) => p.belopp))),
    kvarAvRam: toNumber(frame.minus(fitted)),
    ar: rows,
    anmarkningar,
  };
}
