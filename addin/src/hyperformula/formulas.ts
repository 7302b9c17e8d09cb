import { FUNCTIONS, NAMESPACE } from "../definitions";

/** The prefix Excel writes before an Office.js custom function in a saved file. */
export const XLDUDF_PREFIX = "_xldudf_";

const byStoredName = new Map<string, string>();
const bySwedishName = new Map<string, string>();
for (const def of FUNCTIONS) {
  byStoredName.set(`${XLDUDF_PREFIX}${NAMESPACE}_${def.id}`.toUpperCase(), def.id);
  bySwedishName.set(def.sv.name.toUpperCase(), def.id);
}

/**
 * How Excel stores a call of `KOMMUN.<id>` in a file: `_xldudf_KOMMUN_<ID>`
 * (the namespace and the id joined by `_`, dots of the id turned into `_`).
 */
export function storedName(id: string): string {
  return `${XLDUDF_PREFIX}${NAMESPACE}_${id.replace(/\./g, "_")}`;
}

/**
 * Turns a formula as stored in an .xlsx file into HyperFormula's English syntax:
 * `_xldudf_KOMMUN_NETCOSTFRAME(` and `KOMMUN.NETTOKOSTNADSRAM(` both become
 * `KOMMUN.NETCOSTFRAME(`; Excel's `_xlfn.`/`_xlws.` future-function prefixes go.
 * Text inside string literals is left alone.
 */
export function fromStoredFormula(formula: string): string {
  // the fast path of a plain formula (most of a large workbook): nothing to rewrite
  if (!/_xl|KOMMUN\.|\d[eE]/i.test(formula)) return formula;
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      let out = plainNumbers(part);
      // each rewrite only where its marker is (a large workbook has tens of thousands of formulas)
      const typed = /KOMMUN\./i.test(out);
      if (/_xl(?:fn|ws)\./i.test(out)) out = out.replace(/_xl(?:fn|ws)\./gi, "");
      if (out.includes("_xldudf_")) {
        out = out.replace(/\b_xldudf_[A-Za-z0-9_]+(?=\s*\()/g, (name) => {
          const id = byStoredName.get(name.toUpperCase());
          return id ? `${NAMESPACE}.${id}` : name;
        });
      }
      if (typed) {
        out = out.replace(/\bKOMMUN\.([\p{L}\p{N}_.]+)(?=\s*\()/giu, (whole, name: string) => {
          const id = bySwedishName.get(name.toUpperCase());
          return id ? `${NAMESPACE}.${id}` : whole;
        });
      }
      return out;
    })
    .join("");
}

/**
 * Excel's number syntax with an exponent (`1E-6`, `2.5E+3`; `2,5E+3` with a decimal comma),
 * which Excel saves in files and HyperFormula's parser does not read, written out as a plain
 * decimal number (`0.000001`, `2500`): the same double. Text in quotes, quoted sheet names
 * and names such as `E5` or `A1E` are left alone.
 */
export function plainNumbers(formula: string, decimal: "." | "," = "."): string {
  if (!/\d[eE]/.test(formula)) return formula;
  const d = decimal === "." ? "\\." : ",";
  const literal = new RegExp(
    `(^|[^\\p{L}\\p{N}_.$\\]!:])(\\d+(?:${d}\\d*)?|${d}\\d+)[eE]([+-]?\\d+)(?![\\p{L}\\p{N}_(.!:$])`,
    "gu",
  );
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(literal, (whole, before: string, mantissa: string, exponent: string) => {
            const e = Number(exponent);
            if (Math.abs(e) > 400) return whole;
            const [int = "", frac = ""] = mantissa.split(decimal);
            const digits = int + frac;
            const point = int.length + e;
            let out: string;
            if (point <= 0) out = `0${decimal}${"0".repeat(-point)}${digits}`;
            else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
            else out = `${digits.slice(0, point)}${decimal}${digits.slice(point)}`;
            out = out.replace(/^0+(?=\d)/, "");
            if (out.includes(decimal)) out = out.replace(/0+$/, "").replace(/[.,]$/, "");
            return before + (out === "" ? "0" : out);
          }),
    )
    .join("");
}

/** The reverse: English `KOMMUN.<ID>(` → the stored `_xldudf_KOMMUN_<ID>(`, for writing files Excel reads. */
export function toStoredFormula(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\bKOMMUN\.([A-Z0-9_.]+)(?=\s*\()/g, (_w, id: string) => storedName(id)),
    )
    .join("");
}

/**
 * Array constants as Swedish Excel writes them, `{1\\2;3\\4}` (`\\` between columns, `;` between
 * rows, with Windows' Swedish regional settings: decimal comma, list separator `;`), in the
 * notation of HyperFormula's Swedish syntax, `{1;2|3;4}`. Text in quotes is left alone.
 */
export function swedishArrayConstants(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\{[^{}]*\}/g, (array) => array.replace(/;/g, "|").replace(/\\/g, ";")),
    )
    .join("");
}
