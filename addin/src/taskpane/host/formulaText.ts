import { enGB, svSE } from "hyperformula/i18n/languages";
import type { Lang } from "../../definitions";
import { functionTranslations } from "../../hyperformula/plugin";

/** A language's formula syntax, as Excel writes it: Swedish names, `;` between arguments, decimal comma. */
const SYNTAX = {
  en: { arg: ",", decimal: ".", arrayCol: ",", arrayRow: ";" },
  sv: { arg: ";", decimal: ",", arrayCol: ";", arrayRow: "|" },
} as const;

let names: { toSv: Map<string, string>; toEn: Map<string, string> } | undefined;

/** Function names between the languages (Excel's own from HyperFormula's packs, and the KOMMUN functions). */
function nameMaps() {
  if (names) return names;
  const kommun = functionTranslations();
  const en: Record<string, string> = { ...enGB.functions, ...kommun.enGB };
  const sv: Record<string, string> = { ...svSE.functions, ...kommun.svSE };
  const toSv = new Map<string, string>();
  const toEn = new Map<string, string>();
  for (const id of Object.keys(en)) {
    const e = en[id]!;
    const s = sv[id];
    if (s === undefined) continue;
    toSv.set(e.toUpperCase(), s);
    toEn.set(s.toUpperCase(), e);
  }
  names = { toSv, toEn };
  return names;
}

const IDENT = /[A-Za-z_ÅÄÖåäöÉé]/;
const IDENT_REST = /[A-Za-z0-9_.ÅÄÖåäöÉé]/;

/**
 * A formula written in one language's syntax, written in the other's: function names translated
 * (`SUM` ↔ `SUMMA`, `KOMMUN.SENSITIVITY` ↔ `KOMMUN.KÄNSLIGHETSANALYS`), argument separators (`,` ↔ `;`),
 * decimal points (`2.5` ↔ `2,5`) and array separators; text in quotes and quoted sheet names are kept as
 * they are. Anything that is not a formula (no leading `=`) is returned unchanged; a name the map does not
 * know stays as written.
 */
export function translateFormula(formula: string, from: Lang, to: Lang): string {
  if (from === to || !formula.startsWith("=")) return formula;
  const a = SYNTAX[from];
  const b = SYNTAX[to];
  const map = to === "sv" ? nameMaps().toSv : nameMaps().toEn;
  let out = "";
  let braces = 0;
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      // a text or a quoted sheet name, with its doubled quotes
      let j = i + 1;
      while (j < s.length && !(s[j] === c && s[j + 1] !== c)) j += s[j] === c ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else if (IDENT.test(c)) {
      let j = i + 1;
      while (j < s.length && IDENT_REST.test(s[j]!)) j++;
      const word = s.slice(i, j);
      out += s[j] === "(" ? (map.get(word.toUpperCase()) ?? word) : word;
      i = j;
    } else if (/[0-9]/.test(c) || (c === a.decimal && /[0-9]/.test(s[i + 1] ?? ""))) {
      let j = i;
      while (j < s.length && /[0-9]/.test(s[j]!)) j++;
      let num = s.slice(i, j);
      if (s[j] === a.decimal && /[0-9]/.test(s[j + 1] ?? "")) {
        let k = j + 1;
        while (k < s.length && /[0-9]/.test(s[k]!)) k++;
        num += b.decimal + s.slice(j + 1, k);
        j = k;
      }
      const exp = /^[eE][+-]?[0-9]+/.exec(s.slice(j));
      if (exp) {
        num += exp[0];
        j += exp[0].length;
      }
      out += num;
      i = j;
    } else if (c === "{" || c === "}") {
      braces += c === "{" ? 1 : -1;
      out += c;
      i++;
    } else if (braces > 0 && c === a.arrayCol) {
      out += b.arrayCol;
      i++;
    } else if (braces > 0 && c === a.arrayRow) {
      out += b.arrayRow;
      i++;
    } else if (c === a.arg) {
      out += b.arg;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** A number as the formula bar shows it in a language: `2,5` in Swedish (a cell's value, not a formula). */
export function valueText(text: string, lang: Lang): string {
  return lang === "sv" && /^-?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?$/.test(text) ? text.replace(".", ",") : text;
}
