/**
 * The help pages (`help.html` in English, `sv-SE/help.html` in Swedish), generated at build from the
 * definition table: one section per function, anchored by its id (the manifest's links and each
 * function's `helpUrl` point there), with the syntax in both languages, the arguments and their units,
 * the worked example and its result, and the error codes the function answers bad input with — found by
 * running the function's bad-input cases (the same matrix the tests use) through the HyperFormula plugin.
 */
import { DetailedCellError, type CellValue } from "hyperformula";
import { FUNCTIONS, NAMESPACE } from "../definitions";
import { badInputCases } from "../definitions/matrix";
import { EXCEL_ERROR_NAMES } from "../definitions/errorNames";
import { localFormula, readableNumber } from "../definitions/exampleText";
import type { FunctionDef, Lang, ParamDef, ResultUnit } from "../definitions/types";
import { createEngine } from "../hyperformula/engine";

/** The error values the help pages explain, in each language, by HyperFormula's error type (one table). */
export const ERROR_NAMES: Record<string, Record<Lang, string>> = {
  VALUE: EXCEL_ERROR_NAMES.VALUE,
  DIV_BY_ZERO: EXCEL_ERROR_NAMES.DIV_BY_ZERO,
  NA: EXCEL_ERROR_NAMES.NA,
  NUM: EXCEL_ERROR_NAMES.NUM,
};

const T = {
  sv: {
    title: "Kommunkalkyl – hjälp",
    intro:
      "Funktionerna i Kommunkalkyl, tillägget för kommunens budgetarbete i Excel. Skriv =KOMMUN. i en cell för att se dem. Andelar skrivs som Excel lagrar procent (2 % = 0,02), kommunalskatt i kronor per 100 kronor (21,37) och belopp i valfri enhet, samma i hela anropet.",
    other: "In English",
    otherHref: "../help.html",
    contents: "Innehåll",
    errorsTitle: "Felkoder",
    errorsIntro:
      "Fel indata ger ett fel i cellen med ett meddelande på svenska som säger vilket argument som är fel och vad som ska stå där. Håll muspekaren över cellens felmarkering (eller välj den och klicka på varningsikonen) för att läsa meddelandet.",
    codes: {
      VALUE: "Fel typ av värde eller fel enhet (2 där 2 % menas), ett okänt ord, områden av olika storlek.",
      DIV_BY_ZERO: "Något som ska delas med är noll, t.ex. en nyckel som summerar till 0.",
      NA: "Ett värde saknas: inget utfall ännu, ett värde som inte finns i Kolada.",
      NUM: "Ett resultat som inte är ett ändligt tal.",
    } as Record<string, string>,
    syntax: "Syntax",
    svExcel: "svensk Excel",
    enExcel: "engelsk Excel",
    exampleNote: "formeln och resultatet som svensk Excel skriver och visar dem",
    args: "Argument",
    argument: "argument",
    unitCol: "enhet",
    description: "beskrivning",
    optional: "valfritt",
    defaultIs: "standard",
    example: "Exempel",
    result: "Resultat",
    errors: "Fel",
    calcCore: "calc-core",
  },
  en: {
    title: "Kommunkalkyl – help",
    intro:
      "The functions of Kommunkalkyl, the add-in for a Swedish municipality's budget work in Excel. Type =KOMMUN. in a cell to see them. Shares are written as Excel stores percentages (2 % = 0.02), the municipal tax rate in kronor per 100 kronor (21.37) and money in any unit, the same throughout a call.",
    other: "På svenska",
    otherHref: "sv-SE/help.html",
    contents: "Contents",
    errorsTitle: "Error codes",
    errorsIntro:
      "Bad input gives an error in the cell with a message that names the argument and says what belongs there. Hover over the cell's error indicator (or select the cell and click the warning icon) to read it.",
    codes: {
      VALUE:
        "A value of the wrong kind or in the wrong unit (2 where 2 % is meant), an unknown word, ranges of different sizes.",
      DIV_BY_ZERO: "Something to divide by is zero, e.g. a key that sums to 0.",
      NA: "A value is missing: no outcome yet, a value Kolada does not have.",
      NUM: "A result that is not a finite number.",
    } as Record<string, string>,
    syntax: "Syntax",
    svExcel: "Swedish Excel",
    enExcel: "English Excel",
    exampleNote: "English Excel",
    args: "Arguments",
    argument: "argument",
    unitCol: "unit",
    description: "description",
    optional: "optional",
    defaultIs: "default",
    example: "Example",
    result: "Result",
    errors: "Errors",
    calcCore: "calc-core",
  },
} as const;

const PARAM_UNITS: Record<NonNullable<ParamDef["unit"]>, Record<Lang, string>> = {
  share: { sv: "andel (2 % = 0,02)", en: "share (2 % = 0.02)" },
  taxRate: { sv: "kr per 100 kr (21,37)", en: "kr per 100 kr (21.37)" },
  taxChange: { sv: "kr per 100 kr (0,37 = 37 öre)", en: "kr per 100 kr (0.37 = 37 öre)" },
  money: { sv: "belopp (kr, tkr eller mnkr)", en: "money (kr, tkr or Mkr)" },
  count: { sv: "antal", en: "count" },
  year: { sv: "år (2025)", en: "year (2025)" },
  whole: { sv: "heltal", en: "whole number" },
  word: { sv: "text", en: "text" },
  factor: { sv: "uppräkningsfaktor (1,048)", en: "uplift factor (1.048)" },
};

const RESULT_UNITS: Record<ResultUnit, Record<Lang, string>> = {
  money: { sv: "belopp, i argumentens enhet", en: "money, in the arguments' unit" },
  share: { sv: "andel (visas som %)", en: "share (shown as %)" },
  taxRate: { sv: "kr per 100 kr, två decimaler", en: "kr per 100 kr, two decimals" },
  taxChange: { sv: "kr per 100 kr (0,37 = 37 öre)", en: "kr per 100 kr (0.37 = 37 öre)" },
  count: { sv: "antal", en: "count" },
  year: { sv: "år", en: "year" },
  word: { sv: "ord", en: "word" },
  table: { sv: "tabell som spiller ut", en: "a table that spills" },
  kpi: { sv: "nyckeltalets egen enhet (kr, %, antal)", en: "the KPI's own unit (kr, %, a count)" },
};

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The function's call with its parameter names: `KOMMUN.NETTOKOSTNADSRAM(skatter_och_bidrag; …)`. */
export function syntax(def: FunctionDef, lang: Lang): string {
  const sep = lang === "sv" ? "; " : ", ";
  const args = def.params.map((p) => (p.optional ? `[${p[lang].name}]` : p[lang].name)).join(sep);
  return `${NAMESPACE}.${def[lang].name}(${args})`;
}

/**
 * Evaluates many formulas at once, each on a sheet of its own in one engine (building an engine per
 * formula would take half a minute for the whole table); returns each formula's cell values.
 */
function evaluateAll(formulas: readonly string[], lang: Lang): CellValue[][] {
  const hf = createEngine(Object.fromEntries(formulas.map((f, i) => [`S${i}`, [[f]]])), lang, "en");
  try {
    return formulas.map((_, i) => hf.getSheetValues(hf.getSheetId(`S${i}`)!).flat());
  } finally {
    hf.destroy();
  }
}

/** A value as Swedish Excel's General format shows it: decimal comma, up to 15 significant digits. */
function svValue(v: CellValue): string {
  if (typeof v === "number") {
    return new Intl.NumberFormat("sv-SE", { maximumSignificantDigits: 15, useGrouping: false })
      .format(v)
      .replace(/\u2212/g, "-");
  }
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  return v === null ? "" : String(v);
}

/**
 * The worked examples' results as Swedish Excel shows them (words in Swedish, decimal comma): computed by
 * the plugin in Swedish, rows separated by "; " and columns by " | ". Where an example cannot be computed
 * here (KOLADA needs the network), the definition's value with a decimal comma.
 */
export function swedishExampleValues(functions: readonly FunctionDef[]): string[] {
  const formulas = functions.map((d) => d.example.formula);
  const hf = createEngine(Object.fromEntries(formulas.map((f, i) => [`S${i}`, [[f]]])), "sv", "en");
  try {
    return functions.map((def, i) => {
      const grid = hf.getSheetValues(hf.getSheetId(`S${i}`)!);
      const cells = grid.flat();
      if (cells.length === 0 || cells.some((v) => v instanceof DetailedCellError)) {
        return readableCells(def.example.value).replace(/(\d)\.(\d)/g, "$1,$2");
      }
      const trimmed = (row: string[]): string[] => {
        let end = row.length;
        while (end > 0 && row[end - 1] === "") end--;
        return row.slice(0, end);
      };
      return grid.map((row) => trimmed(row.map(svValue).map(readableNumber)).join(" | ")).join("; ");
    });
  } finally {
    hf.destroy();
  }
}

/** An example's value with each long decimal shortened as the Funktioner panel does (readableNumber). */
function readableCells(value: string): string {
  return value
    .split(/([;,|])/)
    .map(readableNumber)
    .join("");
}

/** Per error code, one bad-input formula that gives it and its message, in the language of the page. */
export function errorExamples(
  def: FunctionDef,
  lang: Lang,
): { type: string; formula: string; message: string }[] {
  // a wrong unit first: its message (write 2 %, not 2) is the one most worth showing
  const cases = badInputCases([def]).sort(
    (a, b) => Number(b.kind === "wrong unit") - Number(a.kind === "wrong unit"),
  );
  const values = evaluateAll(
    cases.map((c) => c.formula),
    lang,
  );
  const found = new Map<string, { type: string; formula: string; message: string }>();
  cases.forEach((c, i) => {
    for (const v of values[i] ?? []) {
      if (v instanceof DetailedCellError && ERROR_NAMES[v.type] && !found.has(v.type)) {
        found.set(v.type, { type: v.type, formula: c.formula, message: v.message });
      }
    }
  });
  return [...found.values()].sort(
    (a, b) => Object.keys(ERROR_NAMES).indexOf(a.type) - Object.keys(ERROR_NAMES).indexOf(b.type),
  );
}

function section(def: FunctionDef, lang: Lang, exampleValue: string): string {
  const t = T[lang];
  const rows = def.params
    .map((p) => {
      const unit = p.unit
        ? PARAM_UNITS[p.unit][lang]
        : p.kind === "range"
          ? lang === "sv"
            ? "område"
            : "range"
          : "";
      const opt = p.optional
        ? ` <em>(${t.optional}${p.default ? `, ${t.defaultIs} ${esc(p.default)}` : ""})</em>`
        : "";
      return `<tr><td><code>${esc(p[lang].name)}</code>${opt}</td><td>${esc(unit)}</td><td>${esc(p[lang].description)}</td></tr>`;
    })
    .join("\n");
  const errors = errorExamples(def, lang)
    .map(
      (e) =>
        `<li><code>${esc(ERROR_NAMES[e.type]?.[lang] ?? e.type)}</code> — ${esc(t.codes[e.type] ?? "")} <br><code>${esc(localFormula(e.formula, lang))}</code> → ${esc(e.message)}</li>`,
    )
    .join("\n");
  const other: Lang = lang === "sv" ? "en" : "sv";
  return `<section id="${esc(def.id)}">
<h2>${NAMESPACE}.${esc(def[lang].name)} <small>${NAMESPACE}.${esc(def[other].name)}</small></h2>
<p>${esc(def[lang].description)}</p>
<h3>${t.syntax}</h3>
<ul>
<li>${t.svExcel}: <code>${esc(syntax(def, "sv"))}</code></li>
<li>${t.enExcel}: <code>${esc(syntax(def, "en"))}</code></li>
</ul>
<h3>${t.args}</h3>
<table><thead><tr><th>${t.argument}</th><th>${t.unitCol}</th><th>${t.description}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p>${t.result}: ${esc(RESULT_UNITS[def.resultUnit][lang])}.</p>
<h3>${t.example}</h3>
<p><code>${esc(localFormula(def.example.formula, lang))}</code> → <strong>${esc(exampleValue)}</strong> <small>(${t.exampleNote})</small></p>
<h3>${t.errors}</h3>
<ul>
${errors}
</ul>
<p><small>${t.calcCore}: <code>${esc(def.calcCore)}</code></small></p>
</section>`;
}

/** The help page in one language. `functions` defaults to the whole definition table. */
export function helpPage(lang: Lang, functions: readonly FunctionDef[] = FUNCTIONS): string {
  const t = T[lang];
  const examples =
    lang === "sv" ? swedishExampleValues(functions) : functions.map((d) => readableCells(d.example.value));
  const codes = Object.keys(ERROR_NAMES)
    .map((k) => `<tr><td><code>${ERROR_NAMES[k]![lang]}</code></td><td>${esc(t.codes[k] ?? "")}</td></tr>`)
    .join("\n");
  const toc = functions
    .map((d) => `<li><a href="#${esc(d.id)}">${NAMESPACE}.${esc(d[lang].name)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="${lang === "sv" ? "../" : ""}favicon.ico">
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.45; }
code { background: #f3f3f3; padding: 0 .2em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
section { border-top: 1px solid #ddd; margin-top: 2rem; } h2 small { color: #666; font-weight: normal; }
@media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #eee; } code { background: #333; } td, th { border-color: #555; } }
</style>
</head>
<body>
<p lang="${lang === "sv" ? "en" : "sv"}"><a href="${t.otherHref}">${t.other}</a></p>
<h1>${t.title}</h1>
<p>${esc(t.intro)}</p>
<nav><h2>${t.contents}</h2><ul>
<li><a href="#errors">${t.errorsTitle}</a></li>
${toc}
</ul></nav>
<section id="errors">
<h2>${t.errorsTitle}</h2>
<p>${esc(t.errorsIntro)}</p>
<table><tbody>
${codes}
</tbody></table>
</section>
${functions.map((d, i) => section(d, lang, examples[i]!)).join("\n")}
</body>
</html>
`;
}
