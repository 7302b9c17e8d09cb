import { readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Lang } from "../definitions";
import {
  BudgetUsageError,
  fetchBudgetData,
  type BundledTables,
  type FetchBudgetOptions,
} from "../budget/fetch";
import type { BudgetData, SourcedFigure } from "../budget/types";
import { budgetMarks, buildBudgetWorkbook, type BudgetMark } from "../budget/workbook";
import { KoladaClient } from "../kolada/client";
import { cacheDirectory, FileStorage } from "../kolada/fileStorage";
import { KoladaError } from "../kolada/types";
import type { WorkbookSpec } from "../samples/model";
import { parseOptions, UsageError } from "./args";
import { checkTarget, FileError, writeSafely } from "./files";
import { helpText } from "./help";
import { systemLanguage } from "./language";
import { CACHE, EN, EXIT, HELP, SV } from "./options";
import { Progress } from "./progress";

/** Where the bundled tables are: samples/data/ at the repository root (addin/dist/cli → ../../../samples/data). */
export function dataDirectory(): string {
  return process.env.KOMMUNKALKYL_DATA ?? join(__dirname, "..", "..", "..", "samples", "data");
}

/** Reads the bundled tables; a missing optional table is left out (the fetcher then lists it as missing). */
export function readBundledTables(dir = dataDirectory()): BundledTables {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), "utf8");
    } catch {
      return undefined;
    }
  };
  return {
    upprakningsfaktorer: read("upprakningsfaktorer.csv") ?? "",
    skatteunderlagsprognos: read("skr-skatteunderlagsprognos.csv"),
    pkv: read("skr-pkv.csv"),
    internranta: read("skr-internranta.csv"),
    lansvisaSkattesatser: read("lansvisa-skattesatser.csv"),
  };
}

/** The budget year: 4 digits, 2000–2100. */
export function parseBudgetYear(text: string | undefined, today: Date): number {
  if (text === undefined) return today.getUTCFullYear() + 1;
  const y = Number(text.trim());
  if (!/^\s*\d{4}\s*$/.test(text) || y < 2000 || y > 2100) {
    throw new UsageError(
      `--år ska vara ett budgetår med fyra siffror (2000–2100), inte ${text}.`,
      `--year must be a budget year of four digits (2000–2100), not ${text}.`,
      "budget",
    );
  }
  return y;
}

/** A number as the report shows it: sv-SE or en-GB digits, no rounding beyond what Kolada gives. */
function num(v: number | null, lang: Lang): string {
  if (v === null) return "–";
  return v.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 6 });
}

/**
 * The report of a run: what was fetched, from where, the year of each figure, assumptions, what is missing,
 * and (given the built workbook's {@link budgetMarks}) every cell the workbook marks "fyll i" or as an
 * assumption, with its sheet and cell.
 */
export function budgetReport(
  data: BudgetData,
  baseUrl: string,
  file: string,
  lang: Lang,
  marks: readonly BudgetMark[] = [],
): string {
  const sv = lang === "sv";
  const lines: string[] = [];
  lines.push(
    sv
      ? `Mål och budget ${data.budgetar} för ${data.kommun.namn} (${data.kommun.kod}) → ${file}`
      : `Budget ${data.budgetar} for ${data.kommun.namn} (${data.kommun.kod}) → ${file}`,
  );
  lines.push(
    data.cache?.anvand
      ? sv
        ? `Källa: Kolada (${baseUrl}), ur cachen från ${data.cache.datum}.`
        : `Source: Kolada (${baseUrl}), from the cache of ${data.cache.datum}.`
      : sv
        ? `Källa: Kolada (${baseUrl}), hämtat ${data.cache?.datum ?? ""}.`
        : `Source: Kolada (${baseUrl}), fetched ${data.cache?.datum ?? ""}.`,
  );
  if (data.jamforelsegrupp) {
    lines.push(
      sv
        ? `Jämförelsegrupp: ${data.jamforelsegrupp.titel} (${data.jamforelsegrupp.kommuner.length} kommuner) och riket.`
        : `Peer group: ${data.jamforelsegrupp.titel} (${data.jamforelsegrupp.kommuner.length} municipalities) and the country.`,
    );
  }
  lines.push("", sv ? "Nyckeltal (år, värde, enhet):" : "Key figures (year, value, unit):");
  const row = (f: SourcedFigure) =>
    `  ${f.kpi}  ${f.ar}  ${num(f.varde, lang).padStart(12)}  ${f.enhet.padEnd(13)} ${f.title}`;
  for (const f of Object.values(data.figurer)) lines.push(row(f));
  const flagged = Object.values(data.figurer).filter((f) => f.status);
  if (flagged.length > 0) {
    lines.push("", sv ? "Värden som Kolada flaggar (status):" : "Values Kolada flags (status):");
    for (const f of flagged) lines.push(`  ${f.kpi}  ${f.ar}  ${f.status}`);
  }
  const warnings = Object.values(data.figurer).filter((f) => f.titelVarning);
  if (warnings.length > 0) {
    lines.push("", sv ? "Titlar som ändrats i Kolada:" : "Titles changed in Kolada:");
    for (const f of warnings) lines.push(`  ${f.kpi}  ${(!sv && f.titelVarningEn) || f.titelVarning}`);
  }
  lines.push("", sv ? "Medföljande tabeller:" : "Bundled tables:");
  for (const f of data.tabeller) {
    // an assumption says so on its own line too, not only in the list below
    const mark = f.antagande ? (sv ? "  ANTAGANDE" : "  ASSUMPTION") : "";
    lines.push(`  ${row(f).trim()}  (${f.kalla}${f.url ? `, ${f.url}` : ""})${mark}`);
  }
  const assumed = data.tabeller.filter((f) => f.antagande);
  if (assumed.length > 0) {
    lines.push(
      "",
      sv ? "Antaganden (gula inmatningsceller att ersätta):" : "Assumptions (yellow input cells to replace):",
    );
    for (const f of assumed) lines.push(`  ${f.kpi} ${f.ar}: ${(!sv && f.antagandeEn) || f.antagande}`);
  }
  if (data.saknas.length > 0) {
    lines.push("", sv ? "Kunde inte hämtas (fyll i):" : "Could not be had (fill in):");
    for (const s of data.saknas) lines.push(`  ${s.kpi}  ${s.title}: ${(!sv && s.skalEn) || s.skal}`);
  }
  if (marks.length > 0) {
    const fill = marks.filter((m) => m.kind === "fyll i").length;
    lines.push(
      "",
      sv
        ? `Markerat i arbetsboken: ${fill} att fylla i, ${marks.length - fill} antaganden att pröva (blad!cell):`
        : `Marked in the workbook: ${fill} to fill in, ${marks.length - fill} assumptions to check (sheet!cell):`,
    );
    for (const m of marks) lines.push(`  ${m.cell}  ${m.text}`);
  }
  lines.push("", "Källa: Kolada (www.kolada.se); beräkningarna är egen bearbetning.");
  return lines.join("\n") + "\n";
}

/** How the command reaches Kolada; tests and the pane pass their own. */
export interface BudgetRunOptions {
  today?: Date;
  /** the builder; default the budget workbook builder */
  build?: (data: BudgetData) => WorkbookSpec;
  fetch?: typeof fetch;
}

/** `kommunkalkyl budget --kommun <kod|namn> [--år <år>] [--ut <fil.xlsx>] [--skriv-över]` */
export async function runBudget(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  run: BudgetRunOptions = {},
): Promise<number> {
  const o = parseOptions(
    args,
    [
      HELP,
      SV,
      EN,
      CACHE,
      { key: "kommun", names: ["--kommun", "--municipality"], value: true },
      { key: "ar", names: ["--år", "--ar", "--year"], value: true },
      { key: "ut", names: ["--ut", "--out", "-o"], value: true },
      { key: "overwrite", names: ["--skriv-över", "--skriv-over", "--overwrite"] },
    ],
    "budget",
  );
  const lang: Lang = o.flags.has("sv") ? "sv" : o.flags.has("en") ? "en" : systemLanguage();
  if (o.flags.has("help")) {
    out(helpText("budget", lang));
    return EXIT.ok;
  }
  if (o.positionals.length > 0) {
    throw new UsageError(
      `Okänt argument ${o.positionals[0]}; kommunen anges med --kommun.`,
      `Unexpected argument ${o.positionals[0]}; give the municipality with --kommun.`,
      "budget",
    );
  }
  const kommunArg = o.values.get("kommun");
  if (!kommunArg || kommunArg.trim() === "") {
    throw new UsageError(
      "budget kräver --kommun <kod|namn>.",
      "budget needs --kommun <code|name>.",
      "budget",
    );
  }
  const budgetar = parseBudgetYear(o.values.get("ar"), run.today ?? new Date());
  const overwrite = o.flags.has("overwrite");
  const explicit = o.values.get("ut");
  const defaultName = (kod: string) => `mal-och-budget-${budgetar}-${kod}.xlsx`;
  // the output path is checked before anything is fetched: --ut now, a default name as soon as the code is known
  const notDone = { sv: "Inget har hämtats.", en: "Nothing was fetched." };
  if (explicit && !/\.xlsx$/i.test(explicit)) {
    // the file is an Excel workbook: a .csv or .xls name (or none) would hold something its name denies
    throw new UsageError(
      `--ut ${explicit}: arbetsboken är en Excel-fil; ge ett namn som slutar på .xlsx. ${notDone.sv}`,
      `--out ${explicit}: the workbook is an Excel file; give a name ending in .xlsx. ${notDone.en}`,
      "budget",
    );
  }
  if (explicit) checkTarget(explicit, { overwrite, command: "budget", notDone });
  else if (/^\d{1,4}$/.test(kommunArg.trim()))
    checkTarget(defaultName(kommunArg.trim().padStart(4, "0")), { overwrite, command: "budget", notDone });
  // a name: the file's name is known once resolved, its folder (the working folder) is tried now
  else checkWritable(".");
  const build = run.build ?? buildBudgetWorkbook;

  const progress = Progress.forTerminal(false);
  const cacheDir = cacheDirectory(o.values.get("cache"));
  checkCacheFolder(cacheDir, notDone);
  // once Kolada has failed to answer, every further request fails at once (the cache answers instead),
  // so that an unreachable Kolada ends the run within seconds, not one timeout per request
  let unreachable: unknown;
  const baseFetch = run.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const client = new KoladaClient({
    storage: new FileStorage(cacheDir),
    timeoutMs: 8000,
    retries: 1,
    backoffMs: 200,
    fetch: async (input, init) => {
      if (unreachable) throw unreachable;
      try {
        return await baseFetch(input, init);
      } catch (e) {
        unreachable = e;
        throw e;
      }
    },
  });
  let target = explicit ?? "";
  const options: FetchBudgetOptions = {
    client,
    kommun: kommunArg,
    budgetar,
    tabeller: readBundledTables(),
    onProgress: (sv, en) => progress.update(lang === "sv" ? sv : en),
    onResolved: (k) => {
      if (!explicit) {
        target = defaultName(k.id);
        checkTarget(target, { overwrite, command: "budget", notDone });
      }
    },
  };
  let data: BudgetData;
  try {
    data = await fetchBudgetData(options);
  } catch (e) {
    progress.done();
    if (e instanceof BudgetUsageError) throw new UsageError(e.sv, e.en, "budget");
    if (e instanceof KoladaError) {
      const offline = e.code === "network" || e.code === "timeout";
      err(
        `Fel: Kolada (${client.baseUrl}): ${e.sv}` +
          (offline
            ? ` Inget fanns i cachen ${cacheDir} (--cache <mapp> eller KOMMUNKALKYL_CACHE väljer en annan).`
            : "") +
          " Ingen fil skrevs.\n" +
          `Error: Kolada (${client.baseUrl}): ${e.en}` +
          (offline
            ? ` Nothing was in the cache ${cacheDir} (--cache <dir> or KOMMUNKALKYL_CACHE chooses another).`
            : "") +
          " No file was written.\n",
      );
      return EXIT.failure;
    }
    throw e;
  }
  progress.done();
  const spec = build(data);
  let errors: string[] = [];
  await writeSafely(
    target,
    async (tmp) => {
      const { writeWorkbook } = await import("../samples/model.js");
      const values = await writeWorkbook(spec, tmp);
      errors = errorCells(values);
    },
    { overwrite, command: "budget" },
  );
  out(budgetReport(data, client.baseUrl, target, lang, budgetMarks(spec)));
  if (errors.length > 0) {
    out(
      (lang === "sv"
        ? `\nArbetsboken skrevs, men ${errors.length} celler är fel (fyll i det som saknas i Förutsättningar):\n`
        : `\nThe workbook was written, but ${errors.length} cells are errors (fill in what is missing in Förutsättningar):\n`) +
        errors.map((e) => `${e}\n`).join(""),
    );
    return EXIT.cellError;
  }
  return EXIT.ok;
}

/** The cells of computed sheets that hold an error, as beräkna lists them: "'Blad 1'!B7  #N/A  <message>". */
export function errorCells(values: Record<string, unknown[][]>): string[] {
  const found: string[] = [];
  for (const [sheet, rows] of Object.entries(values)) {
    const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!v || typeof v !== "object" || !("value" in v)) return;
        const { value, message } = v as { value: unknown; message?: unknown };
        if (typeof value !== "string" || !value.startsWith("#")) return;
        const why = typeof message === "string" && message !== "" ? `  ${message}` : "";
        found.push(`${name}!${columnName(c)}${r + 1}  ${value}${why}`);
      }),
    );
  }
  return found;
}

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Whether the output's folder takes a file, tried before anything is fetched (a folder that exists but
 * cannot be written to would otherwise fail only after the whole fetch, with the file system's word).
 */
function checkWritable(target: string): void {
  const folder = target === "." ? "." : dirname(resolve(target));
  const probe = join(folder, `.kommunkalkyl-skrivtest-${process.pid}`);
  try {
    writeFileSync(probe, "");
    unlinkSync(probe);
  } catch (e) {
    const why = (e as { code?: string }).code ?? String(e);
    throw new FileError(
      `Mappen ${folder} går inte att skriva i (${why}); välj en annan med --ut.`,
      `The folder ${folder} cannot be written to (${why}); choose another with --out.`,
    );
  }
}

/**
 * The cache must be a folder (or not exist yet: it is made on the first write). A file there failed only at
 * the first write, with the file system's bare "EEXIST".
 */
function checkCacheFolder(dir: string, notDone: { sv: string; en: string }): void {
  let isFolder = true;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return; // not there yet
  }
  if (!isFolder) {
    throw new FileError(
      `Kolada-cachen ${dir} är en fil, inte en mapp; välj en mapp med --cache <mapp> eller KOMMUNKALKYL_CACHE. ${notDone.sv}`,
      `The Kolada cache ${dir} is a file, not a folder; choose a folder with --cache <dir> or KOMMUNKALKYL_CACHE. ${notDone.en}`,
    );
  }
}
