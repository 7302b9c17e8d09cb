import { METHODS, SIGNS } from "@kommunkalkyl/calc-core";
import { FUNCTIONS, NAMESPACE, type FunctionDef, type Lang } from "../../../definitions";
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

const SV_NAMES = new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.sv.name]));

/**
 * The English words the functions accept with their Swedish twins, which they accept as well (calc-core's
 * METHODS and SIGNS: `"linear"` and `"linjär"` both name the linear forecast): a Swedish example shows the
 * Swedish word.
 */
const SV_WORDS = new Map<string, string>(
  [...Object.values(METHODS), ...Object.values(SIGNS)]
    .filter((words) => words.length === 2)
    .map((words) => [words[1]!, words[0]!] as [string, string]),
);

/**
 * An English formula as Swedish Excel shows it: Swedish KOMMUN names, `;` between arguments and
 * decimal commas (`=KOMMUN.SKATTEHÖJNING(700000;1000000000)`); in an array constant, `\` between
 * columns and `;` between rows. Text in quotes is left alone, except an English word the function also takes
 * in Swedish (`"linear"` → `"linjär"`).
 */
export function localFormula(f: string, lang: Lang): string {
  if (lang === "en") return f;
  let depth = 0;
  return f
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const sv = SV_WORDS.get(part.slice(1, -1));
        return sv ? `"${sv}"` : part;
      }
      let out = "";
      for (let j = 0; j < part.length; j++) {
        const c = part[j]!;
        if (c === "{") depth++;
        if (c === "}") depth--;
        if (c === ",") out += depth > 0 ? "\\" : ";";
        else if (c === "." && /\d/.test(part[j - 1] ?? "") && /\d/.test(part[j + 1] ?? "")) out += ",";
        else out += c;
      }
      return out.replace(/\bKOMMUN\.([A-Z0-9_.]+)(?=\()/g, (w, name: string) => {
        const sv = SV_NAMES.get(name.toUpperCase());
        return sv ? `${NAMESPACE}.${sv}` : w;
      });
    })
    .join("");
}

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

/**
 * A number of an example's value as a person reads it: a long fraction (more than six decimals, as 1/11 =
 * 0.0909090909090909) to four decimals with "…" to say it goes on; the value the test compares is unchanged.
 */
function readable(v: string): string {
  const m = /^(\s*)(-?\d+\.\d{7,})(\s*)$/.exec(v);
  return m ? `${m[1]}${Number(m[2]).toFixed(4)}…${m[3]}` : v;
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
