import { isKommunError, KommunError } from "@kommunkalkyl/calc-core";
import type { FunctionDef, Lang } from "./types";

/** A name in both languages. */
export type BothNames = Record<Lang, string>;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces `from` where it stands as a whole name (not inside a longer identifier). */
function replaceName(message: string, from: string, to: string): string {
  const re = new RegExp(`(?<![\\p{L}\\d_.\\[])${escape(from)}(?![\\p{L}\\d_\\[])`, "gu");
  return message.replace(re, to);
}

/**
 * The Excel names of a KommunError's argument: calc-core names arguments by their ASCII id
 * (`aktiveringsmanad`, `projekt[2].belopp`), the user typed the function with the Excel names of
 * its parameters (`aktiveringsmånad` / `month_in_use`, row 2 of `projekt` / `projects`).
 */
function excelNames(
  def: FunctionDef,
  argument: string,
  columns: Record<string, BothNames>,
): { from: string; to: BothNames } | undefined {
  const byKey = (key: string) => def.params.find((p) => p.key === key);
  const cell = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(argument);
  if (cell) {
    const [, key, row, column] = cell;
    const p = byKey(key!);
    const c = columns[column!];
    if (!p || !c) return undefined;
    return {
      from: argument,
      to: {
        sv: `${p.sv.name} (rad ${row}, kolumn ${c.sv})`,
        en: `${p.en.name} (row ${row}, column ${c.en})`,
      },
    };
  }
  const p = byKey(argument);
  if (!p || (p.sv.name === argument && p.en.name === argument)) return undefined;
  return { from: argument, to: { sv: p.sv.name, en: p.en.name } };
}

/**
 * Wraps the definitions so that an error names the argument as the user typed it: the Swedish
 * message with the parameter's Swedish Excel name, the English one with the English name. The
 * error's code and `argument` (the calc-core id) are unchanged.
 *
 * @param columns - names of the columns of a row range, for arguments such as `projekt[2].belopp`
 */
export function withExcelNames(defs: FunctionDef[], columns: Record<string, BothNames> = {}): FunctionDef[] {
  return defs.map((def) => ({
    ...def,
    invoke: (args, lang, context) => {
      try {
        return def.invoke(args, lang, context);
      } catch (e) {
        if (!isKommunError(e) || e.argument === undefined) throw e;
        const names = excelNames(def, e.argument, columns);
        if (!names) throw e;
        throw new KommunError(
          e.code,
          replaceName(e.sv, names.from, names.to.sv),
          replaceName(e.en, names.from, names.to.en),
          e.argument,
        );
      }
    },
  }));
}
