import { NAMESPACE, type FunctionDef, type Lang } from "../../../definitions";
import type { ExcelScalar, ExcelValue } from "../../../definitions/types";
import { splitArguments } from "../../../definitions/matrix";
import {
  formula,
  input,
  parseAddress,
  text,
  header,
  toAddress,
  type Block,
  type CellSpec,
} from "../../host/types";
import { RESULT_WORDS_SV } from "./texts";
import { localFormula, readableNumber as readable } from "../../../definitions/exampleText";

export { localFormula };

/**
 * An example's value as the language writes it: 0.07 → 0,07 and "below target" → "under resultatmål"
 * in Swedish; a spilled result's cells with "; " (and rows with " | ").
 */
export function localValue(value: string, lang: Lang): string {
  if (lang === "en")
    return value
      .split(";")
      .map((row) => row.split(",").map(readable).join(","))
      .join("; ");
  return value
    .split(";")
    .map((row) =>
      row
        .split(",")
        .map((v) => RESULT_WORDS_SV[v.trim()] ?? readable(v).replace(/(\d)\.(\d)/g, "$1,$2"))
        .join("; "),
    )
    .join(" | ");
}

/** The words of an example's value that are not numbers ("below target", "fits"). */
export function valueWords(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter((v) => v !== "" && !Number.isFinite(Number(v)));
}

/** One example argument as Excel passes it: a number (2% as 0.02), a word, an array (rows of cells), or left out. */
function argumentValue(arg: string): ExcelValue {
  const a = arg.trim();
  if (a === "") return undefined;
  const scalar = (x: string): ExcelScalar => {
    const s = x.trim();
    const q = /^"((?:[^"]|"")*)"$/.exec(s);
    if (q) return q[1]!.replace(/""/g, '"');
    const pct = /^(-?[\d.]+)%$/.exec(s);
    return pct ? Number(pct[1]) / 100 : Number(s);
  };
  if (a.startsWith("{"))
    return a
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map(scalar));
  return scalar(a);
}

const shown = (x: unknown): string =>
  typeof x === "number" ? String(x).replace(".", ",") : x === null || x === undefined ? "" : String(x);

/**
 * The example's result in the pane's language. A result with words ("below target", a table's headers)
 * is computed again in Swedish by the function itself, so the Swedish pane shows Swedish words; numbers
 * get the language's decimal sign.
 */
export function exampleValue(def: FunctionDef, lang: Lang): string {
  if (lang === "en" || valueWords(def.example.value).length === 0) return localValue(def.example.value, lang);
  const r = def.invoke(splitArguments(def.example.formula).map(argumentValue), "sv");
  return Array.isArray(r) ? r.map((row) => row.map(shown).join("; ")).join(" | ") : shown(r);
}

export function signature(def: FunctionDef, lang: Lang): string {
  const sep = lang === "sv" ? "; " : ", ";
  const params = def.params.map((p) => (p.optional ? `[${p[lang].name}]` : p[lang].name));
  return `${NAMESPACE}.${def[lang].name}(${params.join(sep)})`;
}

/** One example argument as an input cell: a number (a percentage as its share, shown in %), or text. */
function inputCell(arg: string): CellSpec | undefined {
  const a = arg.trim();
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(a);
  if (pct) {
    const decimals = pct[1]!.split(".")[1]?.length ?? 0;
    return input(Number(pct[1]) / 100, decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%");
  }
  if (/^-?\d+(?:\.\d+)?$/.test(a)) return input(Number(a));
  const quoted = /^"((?:[^"]|"")*)"$/.exec(a);
  if (quoted) return input(quoted[1]!.replace(/""/g, '"'));
  return undefined;
}

/**
 * What *Infoga* writes at a cell: the example's inputs as labelled input cells (label left, value right,
 * one per row), then the function's name and the formula referring to those cells — a live formula a
 * controller points at their own figures, never a formula of hard-coded constants. An argument that is an
 * array constant ({1650,3500}) or left out stays in the formula as it is.
 */
export function insertBlock(def: FunctionDef, topLeft: string, lang: Lang): Block {
  const { row, col } = parseAddress(topLeft);
  const f = def.example.formula;
  const name = f.slice(0, f.indexOf("("));
  const args = splitArguments(f);
  const rows: Block = [];
  const refs = args.map((arg, i) => {
    const cell = inputCell(arg);
    if (!cell) return arg.trim();
    const p = def.params[i];
    rows.push([text(p ? p[lang].name : `${i + 1}`), cell]);
    return toAddress(row + rows.length - 1, col + 1);
  });
  rows.push([header(`${NAMESPACE}.${def[lang].name}`), formula(`${name}(${refs.join(",")})`)]);
  return rows;
}

/**
 * A function's full name in the pieces a line may break between: after "KOMMUN." and after any other dot or
 * underscore, never inside a word ("KOMMUN." + "BALANCEREQUIREMENTRESULT", not "…RESU" + "LT").
 */
export function nameParts(name: string): string[] {
  return `${NAMESPACE}.${name}`.split(/(?<=[._])/);
}

/**
 * A formula or signature in the pieces a line should break between at 320 px: after a dot, an opening
 * bracket and an argument separator (KOMMUN.|NAME(|a;|b), so a line breaks between arguments, not inside one.
 */
export function formulaParts(text: string): string[] {
  return text.split(/(?<=[.({;,])/);
}

/**
 * A description as the pane shows it: a figure and the unit after it never break apart at 320 px
 * ("10 öre", "+1 %", "319 kr", "12 månader" joined by a no-break space, U+00A0). Display-time only: the
 * definitions also feed Excel's manifests, where the text stays as written.
 */
export function keepUnits(text: string): string {
  return text.replace(
    /(\d)[ \u202f](?=(?:%|öre|kr|mnkr|tkr|månader|månad|months|month)(?![\p{L}\d]))/gu,
    "$1\u00a0",
  );
}
