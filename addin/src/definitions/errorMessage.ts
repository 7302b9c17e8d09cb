import type { KommunError } from "@kommunkalkyl/calc-core";
import type { FunctionDef, Lang } from "./types";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A letter, digit or `_` before or after an id means the id is part of a longer word; a `-` before it
 * makes it a command-line option (`--kommun` in "fetch it with: kommunkalkyl kolada hämta --kommun 0184"),
 * which keeps its name.
 */
const BEFORE = "(?<![\\p{L}\\p{N}_.\\[-])";
const AFTER = "(?![\\p{L}\\p{N}_\\[])";

const ROW_WORDS: Record<Lang, { row: string; column: string }> = {
  sv: { row: "rad", column: "kolumn" },
  en: { row: "row", column: "column" },
};

const paramOf = (def: FunctionDef, key: string) => def.params.find((p) => p.key === key);

/** The parameter that a calc-core id stands for: a parameter's key, or an alias in `fieldNames`. */
function paramFor(def: FunctionDef, id: string) {
  const alias = def.fieldNames?.[id];
  return paramOf(def, id) ?? (typeof alias === "string" ? paramOf(def, alias) : undefined);
}

/** The Excel name of a calc-core id: its parameter's name, or a column's name from `fieldNames`. */
function nameOf(def: FunctionDef, id: string, lang: Lang): string | undefined {
  const p = paramFor(def, id);
  if (p) return p[lang].name;
  const names = def.fieldNames?.[id];
  return typeof names === "object" ? names[lang] : undefined;
}

/**
 * An element of a range, `projekt[2].aktiveringsmanad` or `atgarder[2].status` or `ovriga[1]`,
 * named as the user sees it: the range they typed, the row, and the column when the range has
 * several: "projekt (rad 2, kolumn aktiveringsmånad)" / "projects (row 2, column month_in_use)",
 * "status (rad 2)". When calc-core's list (`atgarder`) is built from several ranges, one per
 * field, the field's own parameter is the range.
 */
function rowName(
  def: FunctionDef,
  key: string,
  row: string,
  field: string | undefined,
  lang: Lang,
): string | undefined {
  const words = ROW_WORDS[lang];
  const fieldIsRange = field !== undefined && paramOf(def, key) === undefined && paramFor(def, field);
  const range = fieldIsRange ? nameOf(def, field, lang) : nameOf(def, key, lang);
  if (range === undefined) return undefined;
  const column =
    fieldIsRange || field === undefined ? "" : `, ${words.column} ${nameOf(def, field, lang) ?? field}`;
  return `${range} (${words.row} ${row}${column})`;
}

/**
 * A KommunError's message as the Excel user should read it. calc-core names arguments by its own
 * ids (`nkaEgen`, `volymNu`, `projekt[2].aktiveringsmanad`); the user typed the function with the
 * Excel names of its parameters, in their language (`own_ncd`, `volym_nu`). Every id of the
 * function's parameters, wherever it stands in the message as a whole word, becomes the
 * parameter's Excel name (longer ids first, so `volymNu` is not read as `volym`); an element of a
 * range, `key[i].field`, becomes "name (rad i, kolumn field)" (see {@link FunctionDef.fieldNames}).
 * The error itself (its code, its `argument` id) is not changed: the adapter still finds the
 * parameter by `argument`.
 *
 * @example
 * // EFFICIENCYPOTENTIALNCD(10, …) in English: "Argument own_ncd = 10 is outside the plausible range …"
 */
export function excelErrorMessage(def: FunctionDef | undefined, e: KommunError, lang: Lang): string {
  return def ? excelNamesIn(def, e.messageIn(lang), lang) : e.messageIn(lang);
}

/** The text with calc-core's ids of this function's arguments replaced by their Excel names in `lang`. */
export function excelNamesIn(def: FunctionDef, text: string, lang: Lang): string {
  let out = text.replace(
    new RegExp(`${BEFORE}([A-Za-z]\\w*)\\[(\\d+)\\](?:\\.([A-Za-z]\\w*))?${AFTER}`, "gu"),
    (whole, key: string, row: string, field: string | undefined) =>
      rowName(def, key, row, field, lang) ?? whole,
  );
  // a column's name ({sv, en} in fieldNames) is only replaced inside `key[i].field`, above
  const ids = [
    ...def.params.map((p) => p.key),
    ...Object.entries(def.fieldNames ?? {})
      .filter(([, v]) => typeof v === "string")
      .map(([k]) => k),
  ].sort((a, b) => b.length - a.length);
  for (const id of ids) {
    const name = nameOf(def, id, lang);
    if (name === undefined || name === id) continue;
    out = out.replace(new RegExp(`${BEFORE}${escape(id)}${AFTER}`, "gu"), name);
  }
  return out;
}
