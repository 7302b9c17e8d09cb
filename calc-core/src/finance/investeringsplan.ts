import { Decimal, sum, ZERO } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireObject, toDecimal, toInteger, toNumber } from "../core/validate.js";
import { depreciationYear, LIFE_RULE, MONTH_RULE } from "./avskrivning.js";

/** One investment proposal (investeringsförslag) of a committee. */
export interface InvesteringsProjekt {
  namn: string;
  /** the committee that proposes it */
  namnd?: string;
  /** the investment (money, any unit) */
  belopp: number;
  /** the calendar year it is paid and taken into use */
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
  /** depreciation of existing assets per year, for the self-financing ratio; default 0 */
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
  /** what is left of the frame after this project is considered */
  kvarAvRam: number;
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
}

function toProject(x: unknown, i: number): Project {
  const where = `projekt[${i + 1}]`;
  const o = requireObject(x, where);
  const or = (v: unknown, fallback: number): unknown => (v === undefined ? fallback : v);
  const name = typeof o.namn === "string" && o.namn.trim() ? o.namn.trim() : `Projekt ${i + 1}`;
  return {
    index: i,
    namn: name,
    namnd: typeof o.namnd === "string" ? o.namnd.trim() : "",
    belopp: toDecimal(o.belopp, `${where}.belopp`, RULES.nonNegativeMoney),
    ar: toInteger(o.ar, `${where}.ar`, RULES.year),
    life: toInteger(o.avskrivningstid, `${where}.avskrivningstid`, LIFE_RULE),
    month: toInteger(or(o.aktiveringsmanad, 1), `${where}.aktiveringsmanad`, MONTH_RULE),
    prioritet: toDecimal(o.prioritet, `${where}.prioritet`).toNumber(),
    running: toDecimal(or(o.driftkostnad, 0), `${where}.driftkostnad`, RULES.money),
    saving: toDecimal(or(o.besparing, 0), `${where}.besparing`, RULES.money),
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
 * never exceed the frame.
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
 * @param ram - the investment frame for the plan's projects together (money, same unit)
 * @param options - years, interest rates, borrowed share, result and existing depreciation per year
 * @throws KommunError `value` naming the project and field that is wrong; `na` with neither projects nor years
 *
 * @example
 * // a frame of 100: priority 1 (60) fits, priority 2 (50) waits, priority 3 (30) fits; 10 left
 * investeringsplan([
 *   { namn: "Skola", belopp: 60, ar: 2026, avskrivningstid: 30, prioritet: 1 },
 *   { namn: "Sporthall", belopp: 50, ar: 2026, avskrivningstid: 30, prioritet: 2 },
 *   { namn: "Gator", belopp: 30, ar: 2026, avskrivningstid: 30, prioritet: 3 },
 * ], 100).kvarAvRam
 * // → 10
 */
export function investeringsplan(
  projekt: readonly InvesteringsProjekt[],
  ram: number,
  options: InvesteringsplanOptions = {},
): {
  projekt: InvesteringsplanProjekt[];
  ryms: number;
  vantar: number;
  kvarAvRam: number;
  ar: InvesteringsplanAr[];
} {
  const projects = requireArray(projekt, "projekt").map(toProject);
  const frame = toDecimal(ram, "ram", RULES.nonNegativeMoney);
  const o = requireObject(options, "options");
  const internal = toDecimal(o.internranta ?? 0, "internranta", RULES.interest);
  const external = toDecimal(o.externRanta ?? 0, "externRanta", RULES.interest);
  const borrowed = toDecimal(o.lanandel ?? 1, "lanandel", RULES.share);
  let years: number[];
  if (o.ar !== undefined) {
    years = requireArray(o.ar, "ar").map((y) => toInteger(y, "ar", RULES.year));
  } else if (projects.length > 0) {
    const first = Math.min(...projects.map((p) => p.ar));
    const last = Math.max(...projects.map((p) => p.ar));
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
        `${name} har ${arr.length} värden men åren är ${years.length}.`,
        `${name} has ${arr.length} values but there are ${years.length} years.`,
        name,
      );
    }
    return arr.map((v, i) => toDecimal(v, name, rule, { sv: `år ${years[i]}`, en: `year ${years[i]}` }));
  };
  const results = perYear(o.resultat, "resultat", RULES.money);
  const existingDepreciation = perYear(o.avskrivningar, "avskrivningar", RULES.nonNegativeMoney);

  // fit by priority
  const order = projects.slice().sort((a, b) => a.prioritet - b.prioritet || a.index - b.index);
  const fits = new Map<number, { ryms: boolean; left: Decimal }>();
  let left = frame;
  for (const p of order) {
    const ryms = p.belopp.lte(left);
    if (ryms) left = left.minus(p.belopp);
    fits.set(p.index, { ryms, left });
  }
  const accepted = projects.filter((p) => fits.get(p.index)!.ryms);

  const rows = years.map((year, i) => {
    let investments = ZERO;
    let depreciation = ZERO;
    let bookMonths = ZERO; // Σ opening book value × months held / 12
    let running = ZERO;
    let saving = ZERO;
    for (const p of accepted) {
      if (year === p.ar) investments = investments.plus(p.belopp);
      const k = year - p.ar + 1;
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
    const externalInterest = external.times(borrowed).times(bookMonths);
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
    };
  });
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
    })),
    ryms: toNumber(fitted),
    vantar: toNumber(sum(projects.filter((p) => !fits.get(p.index)!.ryms).map((p) => p.belopp))),
    kvarAvRam: toNumber(frame.minus(fitted)),
    ar: rows,
  };
}
