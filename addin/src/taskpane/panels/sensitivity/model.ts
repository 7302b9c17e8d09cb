import {
  isKommunError,
  KANSLIGHETSPOSTER,
  kanslighetsanalys,
  type KanslighetsanalysInput,
  type KanslighetsRad,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formula, header, input, text, type Block } from "../../host/types";
import { formatNumber } from "../../i18n";
import { formatAmount } from "../../shared/format";
import { FIELDS, formatInput, type FieldSpec } from "../../input/number";
import { field, problems, type FieldState } from "../../input/problems";
import { changeText, withNeededFields } from "./needs";
import { SENSITIVITY_TEXTS } from "./texts";
import { inhabitantsOff } from "./warnings";

/** The eleven inputs, in the order of `KOMMUN.SENSITIVITY`'s arguments. */
export const SENSITIVITY_FIELDS = [
  "personalkostnader",
  "ovrigaKostnader",
  "skatteunderlag",
  "skattesats",
  "laneskuld",
  "invanare",
  "bistand",
  "inkomstutjamning",
  "skattekraft",
  "medelskattekraft",
  "lansSkattesats",
] as const;
export type SensitivityField = (typeof SENSITIVITY_FIELDS)[number];

/** Amounts are typed in mnkr; tax rates (kr per 100 kr), inhabitants and capacities (kr per inhabitant) are not. */
export const IN_MNKR: Record<SensitivityField, boolean> = {
  personalkostnader: true,
  ovrigaKostnader: true,
  skatteunderlag: true,
  skattesats: false,
  laneskuld: true,
  invanare: false,
  bistand: true,
  inkomstutjamning: true,
  skattekraft: false,
  medelskattekraft: false,
  lansSkattesats: false,
};

/** Each field's kind for the pane's parser; every field is optional (empty = no row). */
export const SPECS: Record<SensitivityField, FieldSpec> = {
  personalkostnader: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  ovrigaKostnader: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  skatteunderlag: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  skattesats: { ...FIELDS.taxRate(), optional: true },
  laneskuld: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  invanare: { ...FIELDS.count(), optional: true },
  bistand: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  // a grant is positive, a charge negative
  inkomstutjamning: { ...FIELDS.money("mnkr"), optional: true },
  skattekraft: { ...FIELDS.kronor(), optional: true },
  medelskattekraft: { ...FIELDS.kronor(), optional: true },
  lansSkattesats: { ...FIELDS.taxRate(), optional: true },
};

/**
 * The samples' municipality (samples/mal-och-budget-2025.xlsx, sheet Känslighetsanalys, budget year 2025):
 * its own inputs, and the tax base, rate, inhabitants, income equalisation, tax capacity, average capacity
 * and county rate its sheet takes from "Skatter och bidrag" (samples/README.md). Every amount is prefilled
 * rounded VISIBLY to 0,1 mnkr, the decimals an mnkr field deserves, so that the field shows what the table is
 * computed with (issue 23): the two amounts that sheet computes (tax base 6 501,486 mnkr → 6 501,5;
 * equalisation 519,825033 mnkr → 519,8) and the sheet's own input of financial assistance (43,62 mnkr,
 * SENSITIVITY_SAMPLE.bistand in samples/sensitivitySample.ts → 43,6). The effects differ from the sample
 * sheet's by at most 0,005 mnkr (assistance +10 %: −4,36 here against −4,362 there).
 */
export const SAMPLE: Record<SensitivityField, number> = {
  personalkostnader: 1400,
  ovrigaKostnader: 900,
  skatteunderlag: 6501.5,
  skattesats: 21.5,
  laneskuld: 800,
  invanare: 30000,
  bistand: 43.6,
  inkomstutjamning: 519.8,
  skattekraft: 215479,
  medelskattekraft: 265000,
  lansSkattesats: 19.41,
};

/** The panel's start texts: the samples' municipality, written the language's way. */
export function sensitivityStartTexts(lang: Lang): Record<SensitivityField, string> {
  return Object.fromEntries(
    SENSITIVITY_FIELDS.map((f) => [f, formatInput(SAMPLE[f], SPECS[f], lang)]),
  ) as Record<SensitivityField, string>;
}

/** The fields, parsed, with their labels. */
export function sensitivityFields(
  texts: Record<SensitivityField, string>,
  lang: Lang,
): Record<SensitivityField, FieldState> {
  const t = SENSITIVITY_TEXTS[lang];
  return Object.fromEntries(
    SENSITIVITY_FIELDS.map((f) => [f, field(t.fields[f], texts[f], SPECS[f], lang)]),
  ) as Record<SensitivityField, FieldState>;
}

/** What the panel shows for the typed texts: why there is no table (each problem once), or its rows. */
export type SensitivityView =
  | { kind: "message"; messages: string[] }
  | { kind: "empty"; message: string }
  | { kind: "waiting"; message: string }
  | {
      kind: "table";
      /** rows left out because a field they need is empty, each naming the row and the fields */
      notes?: string[];
      rows: { post: string; forandring: string; effektMnkr: number }[];
      input: KanslighetsanalysInput;
      /** plausibility warnings of the computed table (an amount below 1 kr per inhabitant) */
      warnings: string[];
      /** why the table cannot be written as a live formula, when it cannot */
      unwritable?: string;
    };

/** An amount of an mnkr field below 1 kr per inhabitant: calc-core refuses it beside the inhabitants. */
function tinyPerInhabitant(input: KanslighetsanalysInput): SensitivityField[] {
  const people = input.invanare;
  if (!people) return [];
  return SENSITIVITY_FIELDS.filter((f) => {
    const kr = input[f];
    return IN_MNKR[f] && kr !== undefined && kr !== 0 && Math.abs(kr) / people < 1;
  });
}

/**
 * The table for amounts the pane has read in their unit. calc-core refuses an amount below 1 kr per
 * inhabitant beside the inhabitants (its sign, in a sheet, of mnkr typed where kronor belong); the pane knows
 * the unit, so it computes such an amount as the Tax panel does and warns: every row is linear in each amount
 * (API.md), so the table is the one with those amounts at 0 (a zero is never taken for a wrong unit) plus each
 * amount's own rows, computed without the inhabitants (the tax base's part of "tax base +1 %" counts in the
 * own tax base row too).
 */
function computeRows(input: KanslighetsanalysInput, tiny: readonly SensitivityField[]): KanslighetsRad[] {
  if (tiny.length === 0) return kanslighetsanalys(input);
  const zeroed: KanslighetsanalysInput = { ...input };
  for (const f of tiny) zeroed[f] = 0;
  const rows = kanslighetsanalys(zeroed).map((r) => ({ ...r }));
  const add = (post: string, effekt: number) => {
    const row = rows.find((r) => r.post === post);
    if (row) row.effekt += effekt;
  };
  for (const f of tiny) {
    const part: KanslighetsanalysInput = { [f]: input[f] };
    const taxed = f === "skatteunderlag" || f === "inkomstutjamning";
    if (taxed && input.skattesats !== undefined) {
      part.skattesats = input.skattesats;
      part.skatteunderlag = f === "skatteunderlag" ? input[f] : 0;
    }
    for (const r of kanslighetsanalys(part)) {
      add(r.post, r.effekt);
      if (f === "skatteunderlag" && r.post === "Skatteunderlag") add("Eget skatteunderlag", r.effekt);
    }
  }
  return rows;
}

/**
 * Reads the typed texts and computes the table with calc-core. Any text that is not a number, and any
 * value calc-core rejects (a negative amount, 0,215 for 21,5, a tax rate without a tax base), gives a
 * message instead of results; nothing typed gives a prompt. `judged(label)` says whether a field may show
 * its error (left, or a write attempted): an invalid field not judged yet gives a neutral note.
 */
export function sensitivityView(
  texts: Record<SensitivityField, string>,
  lang: Lang,
  judged: (label: string) => boolean = () => true,
): SensitivityView {
  // an empty field removes only the rows that need it, with a note naming them (issue 23)
  const { texts: kept, notes } = withNeededFields(texts, sensitivityFields(texts, lang), lang);
  const view = tableView(kept, lang, judged);
  if (view.kind === "table") {
    // calc-core's labels are Excel's (KOMMUN.SENSITIVITY spills "+1 %" in both languages); the pane writes a
    // percentage the language's way, English "+1%" as en-GB's 1.32%, a figure on one line with its unit (issue 23)
    const rows = view.rows.map((r) => ({ ...r, forandring: changeText(r.forandring, lang) }));
    return notes.length === 0
      ? { ...view, rows }
      : { ...view, rows, notes: [...notes, ...(view.notes ?? [])] };
  }
  if (notes.length === 0) return view;
  return view.kind === "empty" ? { kind: "message", messages: notes } : view;
}

/** {@link sensitivityView} for texts whose every row has the fields it needs. */
function tableView(
  texts: Record<SensitivityField, string>,
  lang: Lang,
  judged: (label: string) => boolean,
): SensitivityView {
  const t = SENSITIVITY_TEXTS[lang];
  const fields = sensitivityFields(texts, lang);
  const invalid = Object.values(fields).filter((f) => f.parsed.status === "error");
  const lines = problems(invalid.filter((f) => judged(f.label)));
  if (lines.length > 0) return { kind: "message", messages: lines };
  if (invalid.length > 0)
    return { kind: "waiting", message: t.waiting(invalid.map((f) => f.label).join(", ")) };
  const input: KanslighetsanalysInput = {};
  for (const f of SENSITIVITY_FIELDS) {
    const p = fields[f].parsed;
    if (p.status !== "ok") continue;
    input[f] = IN_MNKR[f] ? Math.round(p.value * 1_000_000 * 100) / 100 : p.value;
  }
  if (Object.keys(input).length === 0) return { kind: "empty", message: t.empty };
  const tiny = tinyPerInhabitant(input);
  try {
    const rows = computeRows(input, tiny).map((r) => {
      const label = KANSLIGHETSPOSTER[r.post][lang];
      return { post: label.post, forandring: label.forandring, effektMnkr: r.effekt / 1_000_000 };
    });
    // inhabitants outside a municipality's are named once by sensitivityWarnings, not through every amount
    const warnings = (inhabitantsOff(input.invanare) ? [] : tiny).map((f) => {
      const kr = input[f]!;
      const per = formatNumber(Number((Math.abs(kr) / input.invanare!).toPrecision(2)), lang, 6);
      return t.perInhabitantTiny(t.fields[f], formatAmount(kr / 1e6, lang, 3), per);
    });
    return {
      kind: "table",
      rows,
      input,
      warnings,
      ...(tiny.length > 0 ? { unwritable: t.unwritableTiny(tiny.map((f) => t.fields[f]).join(", ")) } : {}),
    };
  } catch (e) {
    if (isKommunError(e)) {
      // calc-core names the argument by its key (skatteunderlag); the user sees the field's label
      const f = SENSITIVITY_FIELDS.find((x) => x === e.argument);
      const message = e.messageIn(lang);
      if (!f) return { kind: "message", messages: [message] };
      // (an amount below 1 kr per inhabitant never reaches here: computeRows computes it, and it is warned of)
      const named = message.replace(new RegExp(`^(Argumentet|Argument) ${f}\\b`), t.fields[f]);
      return { kind: "message", messages: [named === message ? `${t.fields[f]}: ${message}` : named] };
    }
    throw e;
  }
}

/** The first row of the inputs in the written block (1-based), one row per field. */
export const FIRST_INPUT_ROW = 3;

/**
 * The block written to a new sheet at A1, laid out as the samples' sheet: a title (bold), a note, the
 * inputs as typed (amounts in mnkr, yellow) from B3, and two rows below them the live formula
 * `KOMMUN.SENSITIVITY`, which takes the amounts in kronor (×1 000 000) and spills the table. A field left
 * empty is left out of the formula's arguments, so it gives no row (not a row of 0).
 */
export function sensitivityBlock(given: KanslighetsanalysInput, lang: Lang): Block {
  const t = SENSITIVITY_TEXTS[lang];
  const block: Block = [[header(t.title)], [text(t.note)]];
  const args: string[] = [];
  SENSITIVITY_FIELDS.forEach((f, i) => {
    const v = given[f];
    const cell = `B${FIRST_INPUT_ROW + i}`;
    const rate = f === "skattesats" || f === "lansSkattesats";
    const format = rate ? "0.00" : IN_MNKR[f] ? "#,##0.0##" : "#,##0";
    const shown = v === undefined ? undefined : IN_MNKR[f] ? v / 1_000_000 : v;
    block.push([text(t.fields[f]), shown === undefined ? null : input(shown, format)]);
    // a field left empty is left out of the formula (an empty cell times 1 000 000 would be a row of 0)
    args.push(v === undefined ? "" : IN_MNKR[f] ? `${cell}*1000000` : cell);
  });
  block.push([]);
  block.push([formula(`=KOMMUN.SENSITIVITY(${args.join(",")})`, "#,##0")]);
  return block;
}
