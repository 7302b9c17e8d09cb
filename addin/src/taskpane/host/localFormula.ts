/**
 * Translates the pane's formulas (English syntax: English names, `,` between arguments, `.` as the
 * decimal point) into what Excel's `Range.formulasLocal` expects in the user's language: "in the user's
 * language and number-formatting locale. For example, the English "=SUM(A1, 1.5)" formula would become
 * "=SUMME(A1; 1,5)" in German" (Microsoft, Excel JavaScript API, Range.formulasLocal).
 *
 * Why not `Range.formulas`: in Swedish Excel only the sv-SE function metadata is loaded, and a custom
 * function written through `formulas` with its English name shows `#NAME?` (office-js issues 891 and 6614;
 * Microsoft's answer in 6614 is to write through `formulasLocal`).
 */

/** How the user's Excel writes a formula. */
export interface FormulaLocale {
  /** the language of function names: Swedish names for `sv`, English otherwise */
  names: "sv" | "en";
  /** the decimal separator of the user's number format (`,` in Sweden) */
  decimal: string;
  /** the separator between arguments: `;` where the decimal separator is a comma, as Excel does */
  list: string;
}

/** The built-in Excel functions the pane may write, with their Swedish names (Excel's sv-SE function names). */
export const SWEDISH_BUILTINS: Readonly<Record<string, string>> = {
  SUM: "SUMMA",
  IF: "OM",
  IFERROR: "OMFEL",
  ROUND: "AVRUNDA",
  ROUNDUP: "AVRUNDA.UPPÅT",
  ROUNDDOWN: "AVRUNDA.NEDÅT",
  MAX: "MAX",
  MIN: "MIN",
  ABS: "ABS",
  AVERAGE: "MEDEL",
  SUMPRODUCT: "PRODUKTSUMMA",
  AND: "OCH",
  OR: "ELLER",
  NOT: "ICKE",
  COUNT: "ANTAL",
  INDEX: "INDEX",
};
const SWEDISH_LOGICALS: Readonly<Record<string, string>> = { TRUE: "SANT", FALSE: "FALSKT" };

/** The locale of a display language and decimal separator: Swedish names only in Swedish Excel. */
export function formulaLocale(displayLanguage: string, decimal: string): FormulaLocale {
  return {
    names: displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en",
    decimal,
    list: decimal === "," ? ";" : ",",
  };
}

/**
 * An English formula in the user's locale. `kommun` maps a KOMMUN function's English name (`NETCOSTFRAME`)
 * to the name of the user's language (`NETTOKOSTNADSRAM`). Text in quotes and quoted sheet names are kept
 * as they are; array constants (`{1,2}`) are not written by the pane and are refused, as is a built-in
 * function without a known Swedish name, so that nothing is written that Excel would read differently.
 */
export function toLocalFormula(
  formula: string,
  locale: FormulaLocale,
  kommun: ReadonlyMap<string, string>,
): string {
  let out = "";
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"' || ch === "'") {
      // a string literal or a quoted sheet name: copied whole, doubled quotes included
      let j = i + 1;
      while (j < s.length) {
        if (s[j] === ch && s[j + 1] === ch) j += 2;
        else if (s[j] === ch) break;
        else j++;
      }
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "{" || ch === ";") {
      // array constants keep English separators only where Excel's are the English ones
      if (locale.list !== "," || locale.decimal !== ".")
        throw new Error(`array constants are not translated: ${formula}`);
      const end = ch === "{" ? s.indexOf("}", i) : i;
      out += s.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === ",") {
      out += locale.list;
      i++;
      continue;
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i));
    const before = out.at(-1) ?? "";
    if (number && !/[A-Za-z0-9_$.]/.test(before)) {
      out += number[0].replace(".", locale.decimal);
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(s.slice(i));
    if (word && !/[A-Za-z0-9_$]/.test(before)) {
      const name = word[0];
      const isCall = s[i + name.length] === "(";
      out += isCall ? functionName(name, locale, kommun, formula) : logical(name, locale);
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function functionName(
  name: string,
  locale: FormulaLocale,
  kommun: ReadonlyMap<string, string>,
  formula: string,
): string {
  const upper = name.toUpperCase();
  if (upper.startsWith("KOMMUN.")) {
    const local = kommun.get(upper.slice("KOMMUN.".length));
    if (!local) throw new Error(`unknown function ${name} in ${formula}`);
    return `KOMMUN.${local}`;
  }
  if (locale.names === "en") return name;
  const sv = SWEDISH_BUILTINS[upper];
  if (!sv) throw new Error(`no Swedish name known for ${name} in ${formula}`);
  return sv;
}

function logical(name: string, locale: FormulaLocale): string {
  if (locale.names === "en") return name;
  return SWEDISH_LOGICALS[name.toUpperCase()] ?? name;
}

/**
 * A formula typed in Swedish syntax (`=KOMMUN.NETTOKOSTNADSRAM(1000;5;2,5%)`, as the Swedish function
 * reference shows it) in the pane's English syntax (`=KOMMUN.NETCOSTFRAME(1000,5,2.5%)`); a formula in
 * English syntax comes back unchanged. `svToEn` maps Swedish KOMMUN names to English ones. Swedish syntax
 * is recognised by a `;` between arguments or a Swedish name; array constants in Swedish syntax are refused.
 */
export function fromSwedishFormula(formula: string, svToEn: ReadonlyMap<string, string>): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  const code = parts.filter((_, i) => i % 2 === 0).join(" ");
  const swedishName = [...code.matchAll(/KOMMUN\.([\p{L}\p{N}_.]+)\s*\(/gu)].some(
    (m) => svToEn.has(m[1]!.toUpperCase()) && svToEn.get(m[1]!.toUpperCase()) !== m[1]!.toUpperCase(),
  );
  if (!code.includes(";") && !swedishName) return formula;
  if (code.includes("{")) throw new Error(`array constants are not translated: ${formula}`);
  const english = Object.fromEntries(Object.entries(SWEDISH_BUILTINS).map(([en, sv]) => [sv, en]));
  const logicals = Object.fromEntries(Object.entries(SWEDISH_LOGICALS).map(([en, sv]) => [sv, en]));
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/,/g, ".")
        .replace(/;/g, ",")
        .replace(
          /(?<![\p{L}\p{N}_$.])([\p{L}_][\p{L}\p{N}_.]*)(\s*\()?/gu,
          (whole, name: string, call?: string) => {
            const upper = name.toUpperCase();
            if (call && upper.startsWith("KOMMUN.")) {
              const en = svToEn.get(upper.slice("KOMMUN.".length));
              return en ? `KOMMUN.${en}${call}` : whole;
            }
            if (call) return english[upper] ? `${english[upper]}${call}` : whole;
            return logicals[upper] ?? whole;
          },
        );
    })
    .join("");
}
