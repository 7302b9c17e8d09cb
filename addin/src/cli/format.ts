import { DetailedCellError, ErrorType, type CellValue } from "hyperformula";
import { enGB, svSE } from "hyperformula/i18n/languages";
import type { Lang } from "../definitions";
import { excelFormat } from "../hyperformula/excel";

export { systemLanguage, textLooksSwedish } from "./language";

/** The name of an error in the chosen language: `#VALUE!` or `#VÄRDEFEL!`. */
export function errorName(type: ErrorType, lang: Lang): string {
  const pack = (lang === "sv" ? svSE : enGB) as { errors: Record<string, string> };
  // HyperFormula's #CYCLE!, #ERROR! and #LIC! are no Excel errors: Excel's #VALUE! stands for them
  const excel = [ErrorType.CYCLE, ErrorType.ERROR, ErrorType.LIC].includes(type) ? ErrorType.VALUE : type;
  return pack.errors[excel] ?? `#${excel}!`;
}

/**
 * A number as Excel's General format shows it given room: at most 15 significant digits
 * (`0.1 + 0.2` → `0.3`), scientific notation (`1.23456789012346E+17`) from 10^15 and below
 * 10^-9, no thousands separator; a decimal comma in Swedish.
 */
export function generalNumber(v: number, lang: Lang): string {
  if (!Number.isFinite(v)) return errorName(ErrorType.NUM, lang);
  if (v === 0) return "0";
  const p = Number(v.toPrecision(15));
  const a = Math.abs(p);
  let s = String(p);
  if (a >= 1e15 || a < 1e-9 || s.includes("e")) {
    const [mantissa, exponent] = p.toExponential(14).split("e") as [string, string];
    const m = mantissa.replace(/\.?0+$/, "");
    const e = Number(exponent);
    s = `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return lang === "sv" ? s.replace(".", ",") : s;
}

/** The section of a format code that shows `v` (positive; negative; zero; text), quotes respected. */
function sectionFor(v: number, code: string): string | undefined {
  const sections = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (v < 0 && sections.length >= 2) return sections[1];
  if (v === 0 && sections.length >= 3) return sections[2];
  return sections[0];
}

/**
 * A number through an Excel number format code (`0.00%`, `#,##0.0`, `#,##0 "kr"`) in the
 * chosen language, as Excel shows it: sv `1,18 %`, `1 899,0`; en `1.18%`, `1,899.0`.
 * Excel's format codes are rendered by the `numfmt` library; General and an unreadable
 * code fall back to {@link generalNumber}. A section left empty (`0;-0;;@` for zero) shows nothing.
 */
export function formattedNumber(v: number, code: string | undefined, lang: Lang): string {
  if (!code || /^general$/i.test(code.trim()) || !Number.isFinite(v)) return generalNumber(v, lang);
  const s = excelFormat(v, code, lang);
  if (s === "" && sectionFor(v, code)?.trim() === "") return "";
  // a format with a text section only, or one numfmt cannot read, gives nothing useful
  if (s === undefined || s === "" || /#{2,}|######/.test(s)) return generalNumber(v, lang);
  return s;
}

/** TRUE/FALSE in English, SANT/FALSKT in Swedish, as Excel shows them. */
export function booleanText(v: boolean, lang: Lang): string {
  if (lang === "sv") return v ? "SANT" : "FALSKT";
  return v ? "TRUE" : "FALSE";
}

export interface DisplayOptions {
  lang: Lang;
  /** plain numbers: as JavaScript and --json print them, no format */
  raw?: boolean;
  /** the cell's number format code */
  format?: string;
}

/** A cell value as the table shows it: through its number format, errors by their name. */
export function displayValue(v: CellValue, options: DisplayOptions): string {
  if (v instanceof DetailedCellError) return errorName(v.type, options.lang);
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (options.raw) return String(v);
    return formattedNumber(v, options.format, options.lang);
  }
  if (typeof v === "boolean") return booleanText(v, options.lang);
  return String(v);
}

/** Shortens text to `max` characters, ending with "…" when it was longer; line breaks become spaces. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, " ");
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      let w = word;
      while (Array.from(w).length > width) {
        if (line) {
          lines.push(line);
          line = "";
        }
        lines.push(Array.from(w).slice(0, width).join(""));
        w = Array.from(w).slice(width).join("");
      }
      if (!line) line = w;
      else if (Array.from(line).length + 1 + Array.from(w).length <= width) line += ` ${w}`;
      else {
        lines.push(line);
        line = w;
      }
    }
    lines.push(line);
  }
  return lines;
}
