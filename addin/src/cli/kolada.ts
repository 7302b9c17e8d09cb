import { writeFileSync } from "node:fs";
import type { Lang } from "../definitions";
import { KoladaClient } from "../kolada/client";
import { cacheDirectory, FileStorage } from "../kolada/fileStorage";
import { KoladaError, type KoladaValue } from "../kolada/types";
import { parseOptions, UsageError } from "./args";
import { checkCacheFolder, checkTarget, writeSafely } from "./files";
import { systemLanguage } from "./language";
import { helpText } from "./help";
import { Progress } from "./progress";

/** "2022-2024" → [2022, 2023, 2024]; "2022,2024" → [2022, 2024]. */
export function parseYears(text: string): number[] {
  const years: number[] = [];
  for (const part of text.split(",")) {
    const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(part);
    if (!m) throw new UsageError(`Ogiltiga år: ${text}.`, `Invalid years: ${text}.`, "kolada");
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from || to - from > 50)
      throw new UsageError(`Ogiltigt årsintervall: ${part}.`, `Invalid year range: ${part}.`, "kolada");
    for (let y = from; y <= to; y++) years.push(y);
  }
  return years;
}

/** The two kinds of CSV: Swedish Excel's (`;`, decimal comma, BOM) and RFC 4180's (`,`, point). */
export type CsvDialect = "sv" | "rfc4180";

function csvCell(s: string, separator: string): string {
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A code made of digits (a municipality code such as `0184`) as a cell Swedish Excel keeps as
 * text when it opens the file: the formula `="0184"`, written unquoted. Excel reads a field that
 * starts with `=` as a formula, and a formula of a text constant gives that text, leading zero
 * and all; without it Excel reads the number 184. A leading apostrophe is shown as a character
 * in a CSV field, and quoting the field ("0184") still gives a number. The formula uses no
 * function name or separator, so it reads the same in every language of Excel.
 * Source: edoceo, "CSV file format" (http://edoceo.com/utilitas/csv-file-format), and Excel's
 * documented behaviour that a cell whose content begins with "=" is a formula.
 */
export function excelTextCode(code: string): string {
  return /^\d+$/.test(code) ? `="${code}"` : code;
}

/** One CSV record; in the `sv` dialect the cells of `textCodes` columns are {@link excelTextCode}s. */
function csvRecord(cells: string[], dialect: CsvDialect, textCodes: ReadonlySet<number> = new Set()): string {
  const separator = dialect === "sv" ? ";" : ",";
  return cells
    .map((c, i) =>
      dialect === "sv" && textCodes.has(i) && /^\d+$/.test(c) ? excelTextCode(c) : csvCell(c, separator),
    )
    .join(separator);
}

/** Rows as a CSV text: CRLF after every record; the `sv` dialect starts with a BOM. */
function csvText(rows: string[][], dialect: CsvDialect, textCodes?: ReadonlySet<number>): string {
  const text =
    rows.map((r, i) => csvRecord(r, dialect, i === 0 ? undefined : textCodes)).join("\r\n") + "\r\n";
  return dialect === "sv" ? `\ufeff${text}` : text;
}

/**
 * Kolada values as CSV. `rfc4180`: `,` between fields, a decimal point, CRLF line ends, no BOM,
 * English column names. `sv`: what Swedish Excel opens as a table when the file is
 * double-clicked: `;` between fields, a decimal comma, SANT/FALSKT, CRLF, UTF-8 with a BOM (so å,
 * ä, ö read right), Swedish column names, and municipality codes kept as text (`="0184"`).
 */
export function toCsv(values: readonly KoladaValue[], dialect: CsvDialect = "rfc4180"): string {
  const sv = dialect === "sv";
  const header = sv
    ? ["kpi", "kommun", "år", "kön", "värde", "status", "borttagen"]
    : ["kpi", "kommun", "ar", "kon", "varde", "status", "borttagen"];
  const rows = [
    header,
    ...values.map((v) => [
      v.kpi,
      v.kommun,
      String(v.ar),
      v.kon,
      v.varde === null ? "" : sv ? String(v.varde).replace(".", ",") : String(v.varde),
      v.status,
      sv ? (v.borttagen ? "SANT" : "FALSKT") : String(v.borttagen),
    ]),
  ];
  return csvText(rows, dialect, new Set([1]));
}

/** Kolada's genders: total, women, men. */
const GENDERS = ["T", "K", "M"];

function toTable(values: readonly KoladaValue[], lang: Lang): string {
  const rows = [
    lang === "sv"
      ? ["kpi", "kommun", "år", "kön", "värde", "status", "borttagen"]
      : ["kpi", "municipality", "year", "gender", "value", "status", "withdrawn"],
    ...values.map((v) => [
      v.kpi,
      v.kommun,
      String(v.ar),
      v.kon,
      v.varde === null ? "–" : lang === "sv" ? String(v.varde).replace(".", ",") : String(v.varde),
      v.status,
      v.borttagen ? (lang === "sv" ? "ja" : "yes") : "",
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (
    rows
      .map((r) =>
        r
          .map((x, c) => (c === 4 ? x.padStart(widths[c]!) : x.padEnd(widths[c]!)))
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

/** What to do about a Kolada failure, by its kind. */
function advice(e: KoladaError, cacheDir: string): { sv: string; en: string } {
  switch (e.code) {
    case "network":
    case "timeout":
      return {
        sv: `Kontrollera nätverket (och brandväggen) och försök igen. KOMMUNKALKYL_KOLADA_URL ändrar adressen. Värden som redan hämtats finns i cachen ${cacheDir} och används av beräkna och formel utan nät.`,
        en: `Check the network (and the firewall) and try again. KOMMUNKALKYL_KOLADA_URL changes the address. Values fetched before are in the cache ${cacheDir} and used by evaluate and formula offline.`,
      };
    case "http":
      return {
        sv: "Kontrollera nyckeltalets id (kommunkalkyl kolada kpi <sökord>) och kommunkoden (kommunkalkyl kolada kommun <namn>); vid 5xx försök igen senare.",
        en: "Check the KPI id (kommunkalkyl kolada kpi <words>) and the municipality code (kommunkalkyl kolada kommun <name>); on a 5xx try again later.",
      };
    case "malformed":
    case "shape":
      return {
        sv: "Adressen svarar inte som Koladas API v3. Kontrollera KOMMUNKALKYL_KOLADA_URL (standard https://api.kolada.se) eller försök igen senare.",
        en: "The address does not answer as Kolada's API v3 does. Check KOMMUNKALKYL_KOLADA_URL (default https://api.kolada.se) or try again later.",
      };
    case "notfound":
      return {
        sv: "Sök rätt namn eller kod med kommunkalkyl kolada kommun <namn> eller kolada kpi <sökord>.",
        en: "Find the right name or code with kommunkalkyl kolada kommun <name> or kolada kpi <words>.",
      };
    default:
      return { sv: "Se kommunkalkyl kolada --help.", en: "See kommunkalkyl kolada --help." };
  }
}

/** `kommunkalkyl kolada hämta | kpi | kommun` */
export async function runKolada(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const [sub, ...rest] = args;
  const o = parseOptions(
    rest,
    [
      { key: "help", names: ["-h", "--help", "--hjälp"] },
      { key: "kpi", names: ["--kpi"], value: true },
      { key: "kommun", names: ["--kommun", "--municipality"], value: true },
      { key: "ar", names: ["--år", "--ar", "--year", "--years"], value: true },
      { key: "kon", names: ["--kön", "--kon", "--gender"], value: true },
      { key: "csv", names: ["--csv"] },
      { key: "dialect", names: ["--csv-dialekt", "--csv-dialect"], value: true },
      { key: "json", names: ["--json"] },
      { key: "ut", names: ["--ut", "--out", "-o"], value: true },
      { key: "overwrite", names: ["--skriv-över", "--skriv-over", "--overwrite"] },
      { key: "sv", names: ["--sv", "--svenska"] },
      { key: "en", names: ["--en", "--engelska", "--english"] },
      { key: "cache", names: ["--cache"], value: true },
    ],
    "kolada",
  );
  const lang: Lang = o.flags.has("sv") ? "sv" : o.flags.has("en") ? "en" : systemLanguage();
  const subcommand = sub?.normalize("NFC").toLowerCase();
  if (
    o.flags.has("help") ||
    subcommand === undefined ||
    ["-h", "--help", "help", "hjälp"].includes(subcommand)
  ) {
    if (subcommand === undefined) {
      err(helpText("kolada", lang));
      return 2;
    }
    out(helpText("kolada", lang));
    return 0;
  }
  // every argument is checked before anything is downloaded
  const target = o.values.get("ut");
  const overwrite = o.flags.has("overwrite");
  if (target === undefined && overwrite) {
    throw new UsageError(
      "--skriv-över gäller bara tillsammans med --ut.",
      "--overwrite applies only with --out.",
      "kolada",
    );
  }
  const genderArg = o.values.get("kon");
  const gender = genderArg?.trim().toUpperCase();
  if (gender !== undefined && !GENDERS.includes(gender)) {
    throw new UsageError(
      `--kön är T (totalt), K (kvinnor) eller M (män), inte ${genderArg}.`,
      `--kön (--gender) is T (total), K (women) or M (men), not ${genderArg}.`,
      "kolada",
    );
  }
  const dialectArg = o.values.get("dialect")?.toLowerCase();
  if (dialectArg !== undefined && dialectArg !== "sv" && dialectArg !== "rfc4180") {
    throw new UsageError(
      `--csv-dialekt är sv eller rfc4180, inte ${dialectArg}.`,
      `--csv-dialect is sv or rfc4180, not ${dialectArg}.`,
      "kolada",
    );
  }
  const csv = o.flags.has("csv") || dialectArg !== undefined;
  const dialect: CsvDialect = (dialectArg as CsvDialect | undefined) ?? (lang === "sv" ? "sv" : "rfc4180");
  const json = o.flags.has("json");
  if (json && o.flags.has("csv")) {
    throw new UsageError("Ge --csv eller --json, inte båda.", "Give --csv or --json, not both.", "kolada");
  }
  const cacheDir = cacheDirectory(o.values.get("cache"));
  checkCacheFolder(cacheDir, o.values.has("cache"), "kolada");
  if (target) checkTarget(target, { overwrite, command: "kolada" });
  const progress = Progress.forTerminal(json);
  let lastUrl = "";
  let attempts = 0;
  const client = new KoladaClient({
    storage: new FileStorage(cacheDir),
    fetch: (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      attempts = url === lastUrl ? attempts + 1 : 1;
      lastUrl = url;
      progress.update(
        lang === "sv"
          ? `Hämtar ${url}${attempts > 1 ? ` (försök ${attempts})` : ""} …`
          : `Fetching ${url}${attempts > 1 ? ` (attempt ${attempts})` : ""} …`,
      );
      return fetch(input, init);
    },
  });
  const note = (source: string, savedAt: number) => {
    if (source === "stale-cache") {
      const day = new Date(savedAt).toISOString().slice(0, 10);
      err(
        `OBS: Kolada kunde inte nås (${lastUrl}); visar cachade värden från ${day}.\n` +
          `Note: Kolada could not be reached (${lastUrl}); showing cached values from ${day}.\n`,
      );
    }
  };
  const emit = async (text: string, count: number) => {
    if (!target) {
      out(text);
      return;
    }
    await writeSafely(target, (tmp) => writeFileSync(tmp, text), { overwrite, command: "kolada" });
    err(lang === "sv" ? `Skrev ${target} (${count} värden)\n` : `Wrote ${target} (${count} values)\n`);
  };
  try {
    switch (subcommand) {
      case "hämta":
      case "hamta":
      case "fetch": {
        const kpi =
          o.values
            .get("kpi")
            ?.split(",")
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean) ?? [];
        const kommunArg =
          o.values
            .get("kommun")
            ?.split(",")
            .map((s) => s.trim())
            .filter(Boolean) ?? [];
        const years = o.values.get("ar");
        if (kpi.length === 0 || kommunArg.length === 0 || !years) {
          throw new UsageError(
            "hämta kräver --kpi, --kommun och --år.",
            "fetch needs --kpi, --kommun and --år.",
            "kolada",
          );
        }
        const ar = parseYears(years);
        const kommun = [];
        for (const k of kommunArg) kommun.push(await client.resolveMunicipality(k));
        const r = await client.data({ kpi, kommun, ar });
        progress.done();
        note(r.source, r.savedAt);
        const data = gender ? r.data.filter((v) => v.kon === gender) : r.data;
        const text = json
          ? JSON.stringify(data, null, 2) + "\n"
          : csv
            ? toCsv(data, dialect)
            : toTable(data, lang);
        await emit(text, data.length);
        return 0;
      }
      case "kpi": {
        if (o.positionals.length === 0)
          throw new UsageError("kpi behöver ett sökord.", "kpi needs a search word.", "kolada");
        const r = await client.kpis(o.positionals.join(" "));
        progress.done();
        note(r.source, r.savedAt);
        await emit(
          json
            ? JSON.stringify(r.data, null, 2) + "\n"
            : csv
              ? csvText(
                  [
                    dialect === "sv" ? ["id", "titel"] : ["id", "title"],
                    ...r.data.map((k) => [k.id, k.title]),
                  ],
                  dialect,
                )
              : r.data.map((k) => `${k.id}  ${k.title}`).join("\n") + "\n",
          r.data.length,
        );
        return 0;
      }
      case "kommun": {
        const r = await client.municipalities(o.positionals.join(" ") || undefined);
        progress.done();
        note(r.source, r.savedAt);
        await emit(
          json
            ? JSON.stringify(r.data, null, 2) + "\n"
            : csv
              ? csvText(
                  [
                    dialect === "sv" ? ["id", "namn", "typ"] : ["id", "title", "type"],
                    ...r.data.map((m) => [m.id, m.title, m.type]),
                  ],
                  dialect,
                  new Set([0]),
                )
              : r.data.map((m) => `${m.id}  ${m.title}  ${m.type}`).join("\n") + "\n",
          r.data.length,
        );
        return 0;
      }
      default:
        throw new UsageError(
          `Okänt kolada-kommando: ${sub}. Välj hämta, kpi eller kommun.`,
          `Unknown kolada command: ${sub}. Choose fetch (hämta), kpi or kommun.`,
          "kolada",
        );
    }
  } catch (e) {
    progress.done();
    if (e instanceof KoladaError) {
      const a = advice(e, cacheDir);
      const where = lastUrl ? `Adress / URL: ${lastUrl}\n` : "";
      err(`Fel: ${e.sv}\nError: ${e.en}\n${where}Gör så här: ${a.sv}\nWhat to do: ${a.en}\n`);
      return 1;
    }
    throw e;
  }
}
