import { skattEllerEffektivisering, type SkattEllerEffektiviseringInput } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { TEXTS } from "../../i18n";
import { formatPlain, MONEY_UNITS, valueOf, type MoneyUnit } from "../../input/number";
import { errorText, field, meantOtherwise, problems, type FieldState } from "../../input/problems";
import { formatAmount } from "../../shared/format";
import { roundingNote } from "../../shared/rounding";
import { mainLabels, mainSpecs, measureAmount, measureFields, type Measure, type SourceKey } from "./fields";
import { TAX_TEXTS } from "./texts";
import { PLAUSIBLE, taxWarnings, type Warning } from "./warnings";

export type { Measure, MeasureKind, SourceKey } from "./fields";
export type { Warning } from "./warnings";

export interface TaxState {
  unit: MoneyUnit;
  texts: Record<SourceKey, string>;
  measures: Measure[];
}

export interface PerYear {
  year: number;
  inEffect: number;
  left: number;
  raiseLeft: number;
}

export interface TaxModel {
  labels: Record<SourceKey, string>;
  main: Record<SourceKey, FieldState>;
  perMeasure: Record<string, FieldState>[];
  /** each measure's saving a year in the unit; undefined while a field is invalid or empty */
  amounts: (number | undefined)[];
  names: string[];
  /** which measures count: a measure whose fields are not all filled in yet is left out, with a note */
  counted: boolean[];
  values: Partial<Record<SourceKey, number>>;
  /** why no results: invalid fields the user has left (or all of them after an attempt), and calc-core's errors */
  lines: string[];
  /** fields that are not usable yet but not judged either (not left yet): a neutral note, not an error */
  waiting: string[];
  notes: string[];
  warnings: Warning[];
  result?: ReturnType<typeof skattEllerEffektivisering>;
  perYear: PerYear[];
  /** each counted measure's tax equivalent (kr per 100 kr), by the measure's index */
  equivalents: (number | undefined)[];
  /** decimals for amounts in the unit: as many as the gap has (2 to 6; a measure's computed amount may have
   * endless ones), so that the remaining gap reads as the gap's echo does (0,025, not 0,03) */
  moneyDigits: number;
  /** when the raise was rounded up to whole öre by more than the gap itself costs: what it is unrounded */
  roundedUp?: string;
  /**
   * when the counted measures start in different years: the first year's figures (fewer measures in effect,
   * so more gap and a larger raise left) and the year from which all are in effect, which the cards' totals
   * are for (issue 23: the cards said "20 öre" where the first year needs 29)
   */
  phased?: { first: PerYear; allFrom: number };
}

const isBlank = (f: FieldState) => f.text.trim() === "" && f.parsed.status === "error";

/**
 * The panel's whole computation from what was typed. `judged(label)` tells whether a field has been
 * left or a computation attempted: only then is its error shown (a field is never red before it was typed in).
 */
export function taxModel(s: TaxState, lang: Lang, judged: (label: string) => boolean = () => true): TaxModel {
  const t = TEXTS[lang];
  const w = TAX_TEXTS[lang];
  const specs = mainSpecs(s.unit);
  const labels = mainLabels(s.unit, lang);
  const main = Object.fromEntries(
    (Object.keys(specs) as SourceKey[]).map((k) => [k, field(labels[k], s.texts[k], specs[k], lang)]),
  ) as Record<SourceKey, FieldState>;
  const perMeasure = s.measures.map((m, i) => measureFields(m, i, s.unit, lang));
  // a measure not yet filled in (only blanks, no invalid text) is left out of the totals, not an error
  const counted = perMeasure.map(
    (fs) =>
      !Object.values(fs).some(isBlank) ||
      Object.values(fs).some((f) => f.parsed.status === "error" && !isBlank(f)),
  );
  const amounts = s.measures.map((m, i) =>
    measureAmount(
      m.kind,
      Object.fromEntries(Object.entries(perMeasure[i]!).map(([k, f]) => [k, valueOf(f.parsed)])),
      s.unit,
    ),
  );
  const checked = [
    ...Object.values(main),
    ...perMeasure.filter((_, i) => counted[i]).flatMap((f) => Object.values(f)),
  ];
  const invalid = checked.filter((f) => f.parsed.status === "error");
  const lines = problems(invalid.filter((f) => judged(f.label)));
  const waiting = invalid.filter((f) => !judged(f.label)).map((f) => f.label);
  const notes = counted.flatMap((c, i) => (c ? [] : [w.measureLeftOut(i + 1)]));
  if (waiting.length > 0 && lines.length === 0) notes.push(w.fillToSee(waiting.join(", ")));
  const values: Partial<Record<SourceKey, number>> = {};
  for (const k of Object.keys(main) as SourceKey[]) {
    const x = valueOf(main[k].parsed);
    if (x !== undefined) values[k] = x;
  }
  // a number probably typed the English way first: the relations below judge the number as read
  const warnings = [...meantOtherwise(checked), ...taxWarnings(values, s.unit, lang)];
  const names = s.measures.map((m) => m.name.trim() || t.kinds[m.kind]);
  const model: TaxModel = {
    labels,
    main,
    perMeasure,
    amounts,
    names,
    counted,
    values,
    lines,
    waiting,
    notes,
    warnings,
    perYear: [],
    equivalents: [],
    moneyDigits: Math.min(6, Math.max(2, decimalsOf(values.gap))),
  };
  if (invalid.length > 0) return model;
  const start = (i: number) => valueOf(perMeasure[i]!.startYear!.parsed)!;
  const used = s.measures.map((_, i) => i).filter((i) => counted[i]);
  const input = (upTo?: number) => ({
    gap: values.gap!,
    skatteunderlag: values.base!,
    nettokostnad: values.netCost!,
    ...(values.income !== undefined ? { beskattningsbarInkomst: values.income } : {}),
    atgarder: used
      .filter((i) => upTo === undefined || start(i) <= upTo)
      .map((i) => ({ namn: names[i]!, belopp: amounts[i]! })),
  });
  try {
    const r = surplusShown(skattEllerEffektivisering(input()), input());
    model.result = r;
    const impossible = impossibleRaise(r.skattehojning, main, values, s.unit, lang);
    if (impossible) {
      model.lines.push(impossible);
      model.result = undefined;
      return model;
    }
    const roundedUp = roundedUpNote(r.skattehojning, values, lang);
    if (roundedUp) model.roundedUp = roundedUp;
    const rounding = roundingNote(
      used.map((i) => amounts[i]!),
      r.atgarderSumma,
      2,
      lang,
    );
    if (rounding) model.notes.push(rounding);
    model.equivalents = s.measures.map((_, i) =>
      used.includes(i) ? r.atgarder[used.indexOf(i)]?.skatteekvivalent : undefined,
    );
    const starts = used.map(start);
    if (starts.length > 0) {
      const first = Math.min(...starts);
      const last = Math.min(first + 9, Math.max(first + 2, ...starts));
      model.perYear = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
        const r = surplusShown(skattEllerEffektivisering(input(year)), input(year));
        return {
          year,
          inEffect: r.atgarderSumma,
          left: r.kvarvarandeGap,
          raiseLeft: r.skattehojningEfterAtgarder,
        };
      });
      const allFrom = Math.max(...starts);
      if (allFrom > first) model.phased = { first: model.perYear[0]!, allFrom };
    }
  } catch (e) {
    const map: Record<string, string> = {
      gap: labels.gap,
      skatteunderlag: labels.base,
      nettokostnad: labels.netCost,
      beskattningsbarInkomst: labels.income,
    };
    model.lines.push(errorText(e, lang, (arg) => map[arg]));
    model.result = undefined;
  }
  return model;
}

type TaxResult = ReturnType<typeof skattEllerEffektivisering>;

/**
 * A surplus shown as a surplus throughout (issue 23): calc-core's remaining gap is MAX(0, gap − measures),
 * which for a negative gap (a surplus) gives "remaining 0" and "raise after measures 0 öre" beside a raise
 * of −5 öre. For a negative gap the pane shows the remaining gap as gap − measures (−4 with no measures: a
 * surplus of 4) and its raise (a possible cut), computed by calc-core for that amount; the written block
 * does the same (block.ts). A positive gap keeps calc-core's figures.
 */
function surplusShown(r: TaxResult, input: SkattEllerEffektiviseringInput): TaxResult {
  if (input.gap >= 0) return r;
  const left = skattEllerEffektivisering({ ...input, gap: input.gap - r.atgarderSumma, atgarder: [] });
  return {
    ...r,
    kvarvarandeGap: input.gap - r.atgarderSumma,
    skattehojningEfterAtgarder: left.skattehojning,
    kostnadPerPersonEfterAtgarder: left.kostnadPerPerson,
  };
}

/**
 * A raise (or cut) over 100 kr per 100 kr takes more than the whole income, so it cannot be meant: its
 * figures are withheld, and the message names the field that was probably mistyped and what was probably
 * meant (Swedish "6,950" in the mnkr tax base, read as 6,95: "menade du 6 950?"). The raise is gap / tax base:
 * the field named is the one read with a probable other meaning; else the tax base when it is outside a
 * municipality's (PLAUSIBLE in warnings.ts), else the gap (a gap of 99 999 999 999 mnkr on a tax base of 9 800
 * names the gap, not the base; issue 23). A gap is offered in the smaller unit (tkr, then kr) that makes it no
 * larger than the net cost ("40 000 tkr = 40 mnkr").
 */
function impossibleRaise(
  raise: number,
  main: Record<SourceKey, FieldState>,
  values: Partial<Record<SourceKey, number>>,
  unit: MoneyUnit,
  lang: Lang,
): string | undefined {
  if (Math.abs(raise) <= 100) return undefined;
  const meantOf = (k: SourceKey) => {
    const p = main[k].parsed;
    return p.status === "ok" ? p.meant : undefined;
  };
  const baseKr = (values.base ?? 0) * MONEY_UNITS[unit];
  const basePlausible = baseKr >= PLAUSIBLE.baseMinKr && baseKr <= PLAUSIBLE.baseMaxKr;
  const key: SourceKey =
    meantOf("base") !== undefined
      ? "base"
      : meantOf("gap") !== undefined
        ? "gap"
        : basePlausible
          ? "gap"
          : "base";
  const meant = meantOf(key);
  let offered = meant === undefined ? undefined : `${formatPlain(meant, lang)}\u00a0${unit}`;
  if (offered === undefined && key === "gap" && values.gap !== undefined) {
    const gap = values.gap;
    const limit = values.netCost !== undefined && values.netCost > 0 ? values.netCost : values.base!;
    const smaller = (["tkr", "kr"] as const).find(
      (u) =>
        MONEY_UNITS[u] < MONEY_UNITS[unit] && Math.abs(gap * (MONEY_UNITS[u] / MONEY_UNITS[unit])) <= limit,
    );
    if (smaller)
      offered = `${formatPlain(gap, lang)}\u00a0${smaller} = ${formatPlain(gap * (MONEY_UNITS[smaller] / MONEY_UNITS[unit]), lang)}\u00a0${unit}`;
  }
  return TAX_TEXTS[lang].impossible(
    formatPlain(raise, lang, 2),
    main[key].label,
    main[key].text.trim(),
    offered,
  );
}

/** The decimals a number was given with (0,025 → 3), at most 12; undefined counts as 0. */
function decimalsOf(x: number | undefined): number {
  if (x === undefined || !Number.isFinite(x)) return 0;
  const frac = /\.(\d+)$/.exec(String(Number(x.toPrecision(12))));
  return frac ? frac[1]!.length : 0;
}

/**
 * The raise is rounded up to whole öre (calc-core's skattehojning): for a small gap the rounding can cost
 * more than the gap itself (25 tkr on 6 900 mnkr: 0,025 / 6 900 × 10 000 = 0,036 öre, shown as 1 öre, which
 * costs an income of 320 000 kr 32 kr a year where the gap costs 1,16 kr). When the whole-öre raise is more
 * than twice the unrounded one, a note says both (issue 23); the normal case (25 mnkr: 36,2 → 37 öre) has none.
 */
function roundedUpNote(
  raise: number,
  values: Partial<Record<SourceKey, number>>,
  lang: Lang,
): string | undefined {
  const { gap, base, income } = values;
  if (gap === undefined || base === undefined || gap <= 0 || base <= 0) return undefined;
  const exactOre = (gap / base) * 10_000;
  const roundedOre = raise * 100;
  if (roundedOre <= 2 * exactOre) return undefined;
  const w = TAX_TEXTS[lang];
  return w.roundedUp(
    formatAmount(exactOre, lang, 0),
    formatAmount(roundedOre, lang, 0),
    income === undefined
      ? undefined
      : [formatAmount((income * gap) / base, lang), formatAmount((income * raise) / 100, lang, 0)],
  );
}
