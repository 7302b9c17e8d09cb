/**
 * Excel's own behaviour where HyperFormula differs from it: `TEXT()` through Excel's number-format
 * codes (the `numfmt` library, which the command line also uses for cell formats), `CONCAT`
 * (Swedish `SAMMAN`), and Swedish Excel's short month names.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  HyperFormula,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { addLocale, format as formatNumber, getLocale } from "numfmt";
import type { Lang } from "../definitions";

/**
 * Swedish Excel's short month and day names: `jan`, `feb`, `mar` … (three letters, no full stop),
 * where the library has the Unicode CLDR forms `jan.`, `mars`. Registered once, for every use of
 * numfmt in this process.
 */
function swedishExcelNames(): void {
  const sv = getLocale("sv");
  if (!sv) return;
  addLocale(
    {
      ...sv,
      mmm: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
      ddd: ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
    },
    "sv",
  );
}
swedishExcelNames();

/**
 * A number through an Excel number-format code in en-US notation (`#,##0.00`, `0.00%`, `d mmm yyyy`),
 * shown as Excel in the language shows it: en `1,234.50`; sv `1 234,50`, `1,18 %`, `jan`.
 * An empty section (`0;-0;;@` for zero) gives "". Undefined when numfmt cannot read the code.
 */
export function excelFormat(v: number, code: string, lang: Lang): string | undefined {
  let s: string;
  try {
    s = formatNumber(code, v, { locale: lang === "sv" ? "sv" : "en", throws: true });
  } catch {
    return undefined;
  }
  if (typeof s !== "string") return undefined;
  // spaces as a terminal shows them: numfmt groups Swedish thousands with (narrow) no-break spaces
  s = s.replace(/[\u00a0\u202f\u2007]/g, " ");
  // Swedish writes a space before the per cent sign
  if (lang === "sv") s = s.replace(/(\d)%/g, "$1 %");
  return s;
}

/**
 * A format code as Swedish Excel writes it in `TEXT(…;"# ##0,00")` → the en-US notation the
 * format engine reads (`#,##0.00`): outside quotes, `,` ↔ `.`, and a space between digit
 * placeholders is the thousands separator; the date and time codes `å` (year) and `t` (hour) are
 * `y` and `h`.
 */
export function swedishFormatCode(code: string): string {
  return code
    .split(/("[^"]*"|\\.)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/[.,]/g, (c) => (c === "," ? "." : ","))
            .replace(/([#0?])[ \u00a0]([#0?])/g, "$1,$2")
            // Swedish date and time codes: å year, t hour (d and m are the same)
            .replace(/å/gi, "y")
            .replace(/t/gi, "h"),
    )
    .join("");
}

let textLanguage: Lang = "en";

/** The language `TEXT()` shows its numbers in (the CLI's chosen language). */
export function setTextLanguage(lang: Lang): void {
  textLanguage = lang;
}

/** Every value of CONCAT's arguments, ranges row by row, as text. */
function concatText(args: unknown[]): string | CellError {
  let out = "";
  const add = (v: unknown): CellError | undefined => {
    if (v instanceof CellError) return v;
    if (v instanceof SimpleRangeValue) {
      for (const row of v.data) for (const x of row) if (add(x)) return add(x);
      return undefined;
    }
    if (v === null || v === undefined || typeof v === "symbol") return undefined;
    if (typeof v === "boolean") out += v ? "TRUE" : "FALSE";
    else if (typeof v === "object" && "val" in v) out += String((v as { val: number }).val);
    else out += String(v);
    return undefined;
  };
  for (const a of args) {
    const e = add(a);
    if (e) return e;
  }
  // Excel: a result over 32 767 characters is #VALUE!
  return out.length > 32_767
    ? new CellError(
        ErrorType.VALUE,
        textLanguage === "sv"
          ? "Texten blir längre än 32 767 tecken."
          : "The text is longer than 32,767 characters.",
      )
    : out;
}

/** TEXT through Excel's format codes, POWER with Excel's 0^0, and CONCAT. */
export class ExcelCompatPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXT: {
      method: "text",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    POWER: {
      method: "power",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
      ],
    },
    CONCAT: {
      method: "concat",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      expandRanges: false,
    },
  };

  text(ast: unknown, state: unknown): unknown {
    const self = this as unknown as {
      runFunction: (a: unknown, s: unknown, m: unknown, f: (...x: unknown[]) => unknown) => unknown;
      metadata: (id: string) => unknown;
      config: { decimalSeparator: string };
    };
    const args = (ast as { args: unknown[] }).args;
    return self.runFunction(args, state, self.metadata("TEXT"), (value: unknown, code: unknown) => {
      const c = self.config.decimalSeparator === "," ? swedishFormatCode(String(code)) : String(code);
      const s = excelFormat(Number(value), c, textLanguage);
      return (
        s ??
        new CellError(
          ErrorType.VALUE,
          textLanguage === "sv"
            ? `Talformatet ${String(code)} kan inte läsas.`
            : `The format ${String(code)} cannot be read.`,
        )
      );
    });
  }

  power(ast: unknown, state: unknown): unknown {
    const self = this as unknown as {
      runFunction: (a: unknown, s: unknown, m: unknown, f: (...x: unknown[]) => unknown) => unknown;
      metadata: (id: string) => unknown;
    };
    const args = (ast as { args: unknown[] }).args;
    return self.runFunction(args, state, self.metadata("POWER"), (base: unknown, exponent: unknown) =>
      base === 0 && exponent === 0
        ? new CellError(ErrorType.NUM, zeroToZero())
        : Math.pow(Number(base), Number(exponent)),
    );
  }

  concat(ast: unknown, state: unknown): unknown {
    const self = this as unknown as {
      runFunction: (a: unknown, s: unknown, m: unknown, f: (...x: unknown[]) => unknown) => unknown;
      metadata: (id: string) => unknown;
    };
    const args = (ast as { args: unknown[] }).args;
    return self.runFunction(args, state, self.metadata("CONCAT"), (...values: unknown[]) =>
      concatText(values),
    );
  }
}

/** The names of CONCAT in the language packs: Swedish Excel calls it SAMMAN. */
export const EXCEL_COMPAT_TRANSLATIONS = {
  enGB: { CONCAT: "CONCAT" },
  enUS: { CONCAT: "CONCAT" },
  svSE: { CONCAT: "SAMMAN" },
};

/** The message of 0^0 in the chosen language. */
function zeroToZero(): string {
  return textLanguage === "sv" ? "0^0 är inte definierat." : "0^0 is not defined.";
}

/** Zero as Excel reads it for `^`: the number 0 or an empty cell. */
function isZero(v: unknown): boolean {
  if (v === 0 || v === EmptyValue) return true;
  return typeof v === "object" && v !== null && "val" in v && (v as { val: unknown }).val === 0;
}

let powerPatched = false;

/**
 * Excel gives `#NUM!` for `0^0` (and `POWER(0,0)`); HyperFormula gives 1, as JavaScript's
 * Math.pow does. HyperFormula has no option for it, so its interpreter's `^` is wrapped, once per
 * process: 0^0 is #NUM!, every other power is HyperFormula's own. The interpreter is reached through
 * an internal field; if a HyperFormula version lacks it, nothing is changed (0^0 stays 1).
 */
export function excelPowerOfZero(): void {
  if (powerPatched) return;
  powerPatched = true;
  const probe = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  try {
    const interpreter = (probe as unknown as { _evaluator?: { interpreter?: object } })._evaluator
      ?.interpreter;
    const proto = interpreter ? (Object.getPrototypeOf(interpreter) as Record<string, unknown>) : undefined;
    const original = proto?.evaluateAstWithoutPostprocessing;
    if (!proto || typeof original !== "function") return;
    type Self = {
      evaluateAst: (ast: unknown, state: unknown) => unknown;
      binaryRangeWrapper: (op: unknown, l: unknown, r: unknown, state: unknown) => unknown;
      powerOp: unknown;
    };
    proto.evaluateAstWithoutPostprocessing = function (
      this: Self,
      ast: { type: string; left?: unknown; right?: unknown },
      state: unknown,
    ): unknown {
      if (ast.type !== "POWER_OP" || typeof this.binaryRangeWrapper !== "function" || !this.powerOp)
        return (original as (a: unknown, s: unknown) => unknown).call(this, ast, state);
      const left = this.evaluateAst(ast.left, state);
      const right = this.evaluateAst(ast.right, state);
      if (isZero(left) && isZero(right)) return new CellError(ErrorType.NUM, zeroToZero());
      return this.binaryRangeWrapper(this.powerOp, left, right, state);
    };
  } finally {
    probe.destroy();
  }
}
