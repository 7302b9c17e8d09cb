import { DetailedCellError, ErrorType, type CellValue, type HyperFormula } from "hyperformula";
import type { Lang } from "../definitions";
import { createEngine } from "../hyperformula/engine";
import { plainNumbers, swedishArrayConstants } from "../hyperformula/formulas";
import { cacheDirectory, FileStorage } from "../kolada/fileStorage";
import { KoladaLookup, setKoladaLookup } from "../kolada/lookup";
import { parseOptions, UsageError } from "./args";
import { cellAddress, collectErrors, isParseError, parseErrorMessage, type ErrorCell } from "./errors";
import { checkCacheFolder, checkTarget, FileError, writeSafely } from "./files";
import { booleanText, errorName, generalNumber } from "./format";
import { helpText } from "./help";
import { excelNumberText } from "./numberText";
import { CACHE, EN, EXIT, HELP, helpLanguage, RAW, SV } from "./options";
import { systemLanguage, textLooksSwedish } from "./language";
import { Progress } from "./progress";
import { jsonValue, renderTable } from "./table";
import { addExcelConstants, evaluateRead, readWorkbook, writeWithValues, type KeptCell } from "./xlsx";

/** How many error cells the table output lists before it refers to `--json`. */
const MAX_LISTED_ERRORS = 100;

function loadKoladaCache(dir: string | undefined): void {
  const lookup = new KoladaLookup();
  lookup.addCacheEntries(new FileStorage(cacheDirectory(dir)).all());
  setKoladaLookup(lookup);
}

/** A value of `formel`'s result as Excel's General format shows it. */
function formelValue(v: CellValue, lang: Lang, raw: boolean, error?: ErrorCell): string {
  if (v instanceof DetailedCellError) {
    const name = error?.shown ?? v.value;
    const message = error?.message ?? v.message;
    return message ? `${name} ${message}` : name;
  }
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return raw ? String(v) : generalNumber(v, lang);
  if (typeof v === "boolean") return booleanText(v, lang);
  return String(v);
}

/** `kommunkalkyl formel`: one formula, printed as Excel's General format shows it. */
export function runFormel(args: string[], out: (s: string) => void): number {
  const o = parseOptions(args, [HELP, SV, EN, RAW, CACHE], "formel");
  if (o.flags.has("help")) {
    out(helpText("formel", o.flags.has("sv") ? "sv" : o.flags.has("en") ? "en" : helpLanguage(args)));
    return EXIT.ok;
  }
  if (o.flags.has("sv") && o.flags.has("en")) {
    throw new UsageError("Ge --sv eller --en, inte båda.", "Give --sv or --en, not both.", "formel");
  }
  // an empty argument ('' or '=') is no formula either
  if (o.positionals.length === 1 && /^=?$/.test(o.positionals[0]!.trim())) o.positionals.pop();
  if (o.positionals.length !== 1) {
    throw new UsageError(
      o.positionals.length === 0
        ? "formel behöver en formel."
        : `formel tar en formel, fick ${o.positionals.length} argument (sätt formeln inom '…').`,
      o.positionals.length === 0
        ? "formula needs a formula."
        : `formula takes one formula, got ${o.positionals.length} arguments (put the formula in '…').`,
      "formel",
    );
  }
  const lang: Lang = o.flags.has("sv") ? "sv" : "en";
  let formula = o.positionals[0]!.trim();
  if (!formula.startsWith("=")) formula = `=${formula}`;
  checkCacheFolder(cacheDirectory(o.values.get("cache")), o.values.has("cache"), "formel");
  loadKoladaCache(o.values.get("cache"));
  // Excel's number syntax (1E-6) and, in Swedish, its array constants ({1\\2;3\\4})
  let input = plainNumbers(formula, lang === "sv" ? "," : ".");
  if (lang === "sv") input = swedishArrayConstants(input);
  // a formula typed today is a dynamic-array formula: arrays compute and spill as in Excel 365
  excelNumberText(lang);
  let hf: HyperFormula;
  try {
    hf = createEngine({ Blad1: [[input]] }, lang, lang, true);
  } catch (e) {
    // HyperFormula's parser is recursive: a formula of some 1 000 terms or 200 nested brackets
    // (Excel takes 8 192 characters) runs out of stack; said as beräkna says it for such a cell
    if (!(e instanceof RangeError)) throw e;
    out(
      `${errorName(ErrorType.VALUE, lang)} ${
        lang === "sv"
          ? "Formeln är för lång eller för djupt nästlad för kommunkalkyls formeltolk."
          : "The formula is too long or too deeply nested for kommunkalkyl's formula parser."
      }\n`,
    );
    return EXIT.cellError;
  }
  let rows: CellValue[][];
  let errors: ErrorCell[];
  try {
    addExcelConstants(hf, lang);
    const sheetId = hf.getSheetId("Blad1")!;
    rows = hf.getSheetValues(sheetId).map((row) => row.map((v) => v ?? null));
    const first = rows[0]?.[0];
    if (first instanceof DetailedCellError && isParseError(first)) {
      const m = parseErrorMessage(formula, lang);
      throw new UsageError(m.sv, m.en, "formel");
    }
    errors = collectErrors(hf, { Blad1: rows }, lang, lang, (_s, r, c) =>
      r === 0 && c === 0 ? formula : undefined,
    );
  } finally {
    hf.destroy();
  }
  const byCell = new Map(errors.map((e) => [e.cell, e]));
  out(
    rows
      .map((r, ri) =>
        r
          .map((v, ci) => formelValue(v, lang, o.flags.has("raw"), byCell.get(cellAddress("Blad1", ri, ci))))
          .join("\t"),
      )
      .join("\n") + "\n",
  );
  return errors.length ? EXIT.cellError : EXIT.ok;
}

/** `kommunkalkyl beräkna`: every sheet of a workbook, then its error cells. */
export async function runBerakna(args: string[], out: (s: string) => void): Promise<number> {
  const o = parseOptions(
    args,
    [
      HELP,
      SV,
      EN,
      RAW,
      CACHE,
      { key: "json", names: ["--json"] },
      { key: "ut", names: ["--ut", "--out", "-o"], value: true },
      { key: "overwrite", names: ["--skriv-över", "--skriv-over", "--overwrite"] },
    ],
    "beräkna",
  );
  if (o.flags.has("help")) {
    out(helpText("berakna", o.flags.has("sv") ? "sv" : o.flags.has("en") ? "en" : helpLanguage(args)));
    return EXIT.ok;
  }
  if (o.flags.has("sv") && o.flags.has("en")) {
    throw new UsageError("Ge --sv eller --en, inte båda.", "Give --sv or --en, not both.", "berakna");
  }
  if (o.positionals.length !== 1) {
    throw new UsageError(
      o.positionals.length === 0
        ? "beräkna behöver en arbetsbok (.xlsx)."
        : `beräkna tar en arbetsbok, fick ${o.positionals.length}: ${o.positionals.join(" ")}.`,
      o.positionals.length === 0
        ? "evaluate needs a workbook (.xlsx)."
        : `evaluate takes one workbook, got ${o.positionals.length}: ${o.positionals.join(" ")}.`,
      "berakna",
    );
  }
  const input = o.positionals[0]!;
  const target = o.values.get("ut");
  const overwrite = o.flags.has("overwrite");
  if (overwrite && !target) {
    throw new UsageError(
      "--skriv-över gäller bara tillsammans med --ut.",
      "--overwrite applies only with --out.",
      "berakna",
    );
  }
  // the copy is an .xlsx workbook: under another name Excel refuses or misreads it
  if (target && !/\.xlsx$/i.test(target)) {
    throw new UsageError(
      `--ut ${target}: kopian är en .xlsx-arbetsbok; ge filen ändelsen .xlsx.`,
      `--out ${target}: the copy is an .xlsx workbook; give the file the extension .xlsx.`,
      "berakna",
    );
  }
  const writeOptions = { input, overwrite, command: "berakna" };
  // refuse a bad --ut before any work is done (and again when writing)
  if (target) checkTarget(target, writeOptions);
  checkCacheFolder(cacheDirectory(o.values.get("cache")), o.values.has("cache"), "berakna");
  const json = o.flags.has("json");
  const progress = Progress.forTerminal(json);
  progress.update(`${input} …`);
  const read = await readWorkbook(input);
  const lang: Lang = o.flags.has("sv")
    ? "sv"
    : o.flags.has("en")
      ? "en"
      : textLooksSwedish(read.texts) || systemLanguage() === "sv"
        ? "sv"
        : "en";
  // Excel's 1904 date system (old Mac workbooks): day 0 is 1904-01-01, 1 462 days after the 1900
  // system's; dates here are computed in the 1900 system, so their serial numbers would be off
  if ((read.workbook.properties as { date1904?: boolean }).date1904) {
    if (target) {
      throw new FileError(
        `${input} använder 1904-datumsystemet; kommunkalkyl räknar datum i 1900-systemet, och en kopia skulle spara datum 1 462 dagar fel. Stäng av 1904-datumsystemet i Excel (Arkiv → Alternativ → Avancerat) eller utelämna --ut. Inget har skrivits.`,
        `${input} uses the 1904 date system; kommunkalkyl computes dates in the 1900 system, and a copy would store dates 1,462 days off. Turn off "Use 1904 date system" in Excel (File → Options → Advanced) or leave out --ut. Nothing was written.`,
      );
    }
    process.stderr.write(
      lang === "sv"
        ? `Obs: ${input} använder 1904-datumsystemet. Datum med datumformat visas rätt, men datumens serienummer (Allmänt-format, --json, --rå) räknas i 1900-systemet och är 1 462 högre än Excels.\n`
        : `Note: ${input} uses the 1904 date system. Dates with a date format show right, but their serial numbers (General format, --json, --raw) are in the 1900 system, 1,462 higher than Excel's.\n`,
    );
  }
  const cache = new FileStorage(cacheDirectory(o.values.get("cache"))).all();
  const result = evaluateRead(read, lang, cache, progress);
  progress.done(
    progress.elapsedMs > 1000
      ? lang === "sv"
        ? `${read.formulaCount} formler beräknade på ${progress.elapsed(lang)}.`
        : `${read.formulaCount} formulas evaluated in ${progress.elapsed(lang)}.`
      : undefined,
  );
  if (json) {
    // no object-prototype keys: a sheet may be called __proto__
    const doc = Object.create(null) as Record<string, unknown>;
    for (const [name, rows] of Object.entries(result.values)) doc[name] = rows.map((r) => r.map(jsonValue));
    if (result.errors.length) {
      doc["[fel]"] = result.errors.map((e) => ({ cell: e.cell, error: e.error, message: e.message }));
    }
    if (result.kept.length) {
      doc["[sparade]"] = result.kept.map((k) => ({
        cell: k.cell,
        value: jsonValue(k.value),
        message: k.message,
      }));
    }
    out(JSON.stringify(doc) + "\n");
  } else {
    for (const [name, rows] of Object.entries(result.values)) {
      out(
        `== ${name} ==\n${renderTable(rows, {
          lang,
          raw: o.flags.has("raw"),
          formats: read.formats[name],
          width: process.stdout.columns,
        })}\n\n`,
      );
    }
    if (result.kept.length) out(keptList(result.kept, lang));
    if (result.errors.length) out(errorList(result.errors, lang));
  }
  if (target) {
    // the copy keeps the saved value of every cell listed above under "Saved values"; a cell it
    // keeps besides those (an array formula's cell the result does not reach) is listed on stderr
    let alsoKept: KeptCell[] = [];
    await writeSafely(
      target,
      async (tmp) => {
        alsoKept = await writeWithValues(input, result, tmp, lang);
      },
      writeOptions,
    );
    process.stderr.write(lang === "sv" ? `Skrev ${target}\n` : `Wrote ${target}\n`);
    if (alsoKept.length) process.stderr.write(copyKeptList(alsoKept, lang));
  }
  // a saved value of a linked workbook is what Excel shows too; any other kept cell was not computed
  const notComputed = result.kept.some((k) => k.why !== "linked");
  return result.errors.length || notComputed ? EXIT.cellError : EXIT.ok;
}

/** The cells whose saved value stands, after the tables: `Blad!B7  <why>`. */
function keptList(kept: KeptCell[], lang: Lang): string {
  const shown = kept.slice(0, MAX_LISTED_ERRORS);
  const w = Math.max(...shown.map((k) => Array.from(k.cell).length));
  const head =
    lang === "sv"
      ? `== Sparade värden: ${kept.length} ${kept.length === 1 ? "cell" : "celler"} beräknades inte ==`
      : `== Saved values: ${kept.length} ${kept.length === 1 ? "cell" : "cells"} not computed ==`;
  const lines = shown.map((k) => `${k.cell}${" ".repeat(w - Array.from(k.cell).length)}  ${k.message}`);
  if (kept.length > shown.length) {
    const more = kept.length - shown.length;
    lines.push(
      lang === "sv" ? `… och ${more} till (alla finns i --json)` : `… and ${more} more (all are in --json)`,
    );
  }
  return `${head}\n${lines.join("\n")}\n`;
}

/** The cells whose saved value only the copy kept, and why (on stderr, after "Wrote …"). */
function copyKeptList(kept: KeptCell[], lang: Lang): string {
  const shown = kept.slice(0, MAX_LISTED_ERRORS);
  const head =
    lang === "sv"
      ? `Sparat värde behållet i kopian i ${kept.length} ${kept.length === 1 ? "cell" : "celler"}:`
      : `Saved value kept in the copy in ${kept.length} ${kept.length === 1 ? "cell" : "cells"}:`;
  const lines = shown.map((k) => `  ${k.cell}  ${k.message}`);
  if (kept.length > shown.length) {
    const more = kept.length - shown.length;
    lines.push(lang === "sv" ? `  … och ${more} till` : `  … and ${more} more`);
  }
  return `${head}\n${lines.join("\n")}\n`;
}

/** The error cells after the tables: `Blad!B7  #VÄRDEFEL!  <message>`, aligned. */
function errorList(errors: ErrorCell[], lang: Lang): string {
  const shown = errors.slice(0, MAX_LISTED_ERRORS);
  const w1 = Math.max(...shown.map((e) => Array.from(e.cell).length));
  const w2 = Math.max(...shown.map((e) => Array.from(e.shown).length));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - Array.from(s).length));
  const head =
    lang === "sv"
      ? `== Fel: ${errors.length} ${errors.length === 1 ? "cell" : "celler"} ==`
      : `== Errors: ${errors.length} ${errors.length === 1 ? "cell" : "cells"} ==`;
  const lines = shown.map((e) => `${pad(e.cell, w1)}  ${pad(e.shown, w2)}  ${e.message}`.trimEnd());
  if (errors.length > shown.length) {
    const more = errors.length - shown.length;
    lines.push(
      lang === "sv" ? `… och ${more} till (alla finns i --json)` : `… and ${more} more (all are in --json)`,
    );
  }
  return `${head}\n${lines.join("\n")}\n`;
}
