import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { enGB, enUS, svSE } from "hyperformula/i18n/languages";
import { isKommunError } from "@kommunkalkyl/calc-core";
import { excelErrorMessage } from "../definitions/errorMessage";
import { EXCEL_COMPAT_TRANSLATIONS, ExcelCompatPlugin, excelPowerOfZero, setTextLanguage } from "./excel";
import {
  FUNCTIONS,
  NAMESPACE,
  type ExcelScalar,
  type ExcelValue,
  type FunctionDef,
  type Lang,
} from "../definitions";
import { excelFunctions } from "./excelFunctions";

/** The HyperFormula licence key: HyperFormula is used under the GPL-3.0. */
export const HF_LICENSE_KEY = "gpl-v3";

let messageLanguage: Lang = "en";

/** Sets the language of error messages and of words the functions return (`ok`, `underskott`). */
export function setKommunLanguage(language: Lang): void {
  messageLanguage = language;
  setTextLanguage(language);
}

const ERROR_TYPES = {
  value: ErrorType.VALUE,
  div0: ErrorType.DIV_BY_ZERO,
  na: ErrorType.NA,
  num: ErrorType.NUM,
} as const;

function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

/** HyperFormula's internal value → the plain value the definitions read. */
function toScalar(v: unknown): ExcelScalar | CellError {
  if (v === EmptyValue || v === undefined) return null;
  if (isCellError(v)) return v;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v as ExcelScalar;
}

function toExcelValue(v: unknown, optional: boolean): ExcelValue | CellError {
  if (v === undefined) return undefined;
  if (v === EmptyValue) return optional ? undefined : null;
  if (v instanceof SimpleRangeValue) {
    const rows: ExcelScalar[][] = [];
    for (const row of v.data) {
      const out: ExcelScalar[] = [];
      for (const cell of row) {
        const s = toScalar(cell);
        if (isCellError(s)) return s;
        out.push(s);
      }
      rows.push(out);
    }
    return rows;
  }
  return toScalar(v);
}

/** Runs one definition on HyperFormula's argument values; a KommunError becomes the matching cell error. */
function evaluate(
  def: FunctionDef,
  rawArgs: unknown[],
  cell?: { sheet: number; row: number; col: number },
): unknown {
  const args: ExcelValue[] = [];
  for (let i = 0; i < def.params.length; i++) {
    const v = toExcelValue(rawArgs[i], def.params[i]?.optional ?? false);
    if (isCellError(v)) return v;
    args.push(v);
  }
  try {
    const result = def.invoke(args, messageLanguage, cell ? { cell } : undefined);
    if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result);
    return result;
  } catch (e) {
    if (isKommunError(e)) {
      return new CellError(ERROR_TYPES[e.code], excelErrorMessage(def, e, messageLanguage));
    }
    const text = e instanceof Error ? e.message : String(e);
    return new CellError(
      ErrorType.VALUE,
      messageLanguage === "sv" ? `Oväntat fel: ${text}` : `Unexpected error: ${text}`,
    );
  }
}

/** The id a function has in HyperFormula: `KOMMUN.NETCOSTFRAME`. */
export function hyperFormulaId(def: FunctionDef): string {
  return `${NAMESPACE}.${def.id}`;
}

interface LiteralAst {
  type: string;
  value?: unknown;
}

function buildPlugin(): FunctionPluginDefinition {
  class KommunPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};
  }
  const proto = KommunPlugin.prototype as unknown as Record<string, unknown>;
  for (const def of FUNCTIONS) {
    const id = hyperFormulaId(def);
    const method = `kommun_${def.id}`;
    KommunPlugin.implementedFunctions[id] = {
      method,
      parameters: def.params.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: !!p.optional,
      })),
      vectorizationForbidden: true,
      ...(def.spill ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
    };
    proto[method] = function (
      this: KommunPlugin,
      ast: { args: unknown[] },
      state: { formulaAddress?: { sheet: number; row: number; col: number } },
    ) {
      const self = this as unknown as {
        runFunction: (a: unknown, s: unknown, m: unknown, f: (...x: unknown[]) => unknown) => unknown;
        metadata: (id: string) => unknown;
      };
      const cell = state.formulaAddress;
      return self.runFunction(ast.args, state, self.metadata(id), (...args: unknown[]) =>
        evaluate(def, args, cell),
      );
    };
    const spill = def.spill;
    if (spill) {
      proto[`${method}_size`] = function (this: KommunPlugin, ast: { args: LiteralAst[] }, state: unknown) {
        const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
        const shapes = ast.args.map((a): [number, number] | undefined => {
          if (!a || a.type === "EMPTY") return undefined;
          // a range reference is sized by its cells (ArraySize marks it isRef, which isScalar() counts as scalar)
          const size = self.arraySizeForAst(a, state);
          return size.width === 1 && size.height === 1 ? undefined : [size.height, size.width];
        });
        const literals = ast.args.map((a) => (a && a.type === "NUMBER" ? (a.value as number) : undefined));
        const given = ast.args.map((a) => !!a && a.type !== "EMPTY");
        const [rows, cols] = spill(shapes, literals, given);
        return rows === 1 && cols === 1 ? ArraySize.scalar() : new ArraySize(cols, rows);
      };
    }
  }
  return KommunPlugin;
}

/** The translations of every function name: English ids and names, Swedish names. */
export function functionTranslations(): Record<string, Record<string, string>> {
  const en: Record<string, string> = {};
  const sv: Record<string, string> = {};
  for (const def of FUNCTIONS) {
    en[hyperFormulaId(def)] = `${NAMESPACE}.${def.en.name}`;
    sv[hyperFormulaId(def)] = `${NAMESPACE}.${def.sv.name}`;
  }
  return { enGB: en, enUS: en, svSE: sv };
}

let registered = false;

/**
 * Registers the KOMMUN plugin and the Swedish and English language packs with
 * HyperFormula, once per process.
 */
export function registerKommunPlugin(): void {
  if (registered) return;
  for (const [code, pack] of [
    ["enUS", enUS],
    ["svSE", svSE],
  ] as const) {
    if (!HyperFormula.getRegisteredLanguagesCodes().includes(code)) HyperFormula.registerLanguage(code, pack);
  }
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("enGB"))
    HyperFormula.registerLanguage("enGB", enGB);
  HyperFormula.registerFunctionPlugin(buildPlugin(), functionTranslations());
  // Excel's TEXT (its format codes) in place of HyperFormula's, and CONCAT
  HyperFormula.registerFunctionPlugin(ExcelCompatPlugin, EXCEL_COMPAT_TRANSLATIONS);
  excelPowerOfZero();
  excelFunctions();
  registered = true;
}

/** Formula syntax per language: Swedish Excel uses `;` between arguments and a decimal comma. */
export function hyperFormulaConfig(language: Lang) {
  const common = {
    licenseKey: HF_LICENSE_KEY,
    maxRows: 1_048_576,
    maxColumns: 16_384,
    useArrayArithmetic: false,
    smartRounding: false,
    precisionEpsilon: 1e-13,
    precisionRounding: 15,
    // Excel's serial numbers: day 1 is 1900-01-01 and 1900-02-29 exists (Lotus 1-2-3's leap year),
    // so DATE(1900,1,1) is 1 and every date from 1900-03-01 on has Excel's number
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 31 },
    // text read as a date where Excel reads one (`YEAR("2025-01-31")`, `DATEVALUE(…)`): ISO 8601, as
    // Excel reads it whatever the locale (and Swedish dates are written so), then HyperFormula's own
    // day-first forms; text cells of a workbook stay text whatever their content (xlsx.ts asText)
    dateFormats: ["YYYY-MM-DD", "DD/MM/YYYY", "DD/MM/YY"],
  };
  return language === "sv"
    ? {
        ...common,
        language: "svSE",
        decimalSeparator: "," as const,
        functionArgSeparator: ";",
        thousandSeparator: " " as const,
        arrayColumnSeparator: ";" as const,
        arrayRowSeparator: "|" as const,
      }
    : { ...common, language: "enGB" };
}
