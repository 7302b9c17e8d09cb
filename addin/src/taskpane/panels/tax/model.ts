import { skattEllerEffektivisering } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { TEXTS } from "../../i18n";
import { valueOf, type MoneyUnit } from "../../input/number";
import { errorText, field, meantOtherwise, problems, type FieldState } from "../../input/problems";
import { roundingNote } from "../../shared/rounding";
import { mainLabels, mainSpecs, measureAmount, measureFields, type Measure, type SourceKey } from "./fields";
import { TAX_TEXTS } from "./texts";
import { taxWarnings, type Warning } from "./warnings";

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
    model.result = skattEllerEffektivisering(input());
    const r = model.result;
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
        const r = skattEllerEffektivisering(input(year));
        return {
          year,
          inEffect: r.atgarderSumma,
          left: r.kvarvarandeGap,
          raiseLeft: r.skattehojningEfterAtgarder,
        };
      });
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
