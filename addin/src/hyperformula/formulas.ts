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
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part
        .replace(/_xl(?:fn|ws)\./gi, "")
        .replace(/\b_xldudf_[A-Za-z0-9_]+(?=\s*\()/g, (name) => {
          const id = byStoredName.get(name.toUpperCase());
          return id ? `${NAMESPACE}.${id}` : name;
        })
        .replace(/\bKOMMUN\.([\p{L}\p{N}_.]+)(?=\s*\()/giu, (whole, name: string) => {
          const id = bySwedishName.get(name.toUpperCase());
          return id ? `${NAMESPACE}.${id}` : whole;
        });
    })
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
