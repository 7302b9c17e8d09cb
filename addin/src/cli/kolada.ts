import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { KoladaClient } from "../kolada/client";
import { cacheDirectory, FileStorage } from "../kolada/fileStorage";
import { KoladaError, type KoladaValue } from "../kolada/types";

export class KoladaUsageError extends Error {}

/** "2022-2024" → [2022, 2023, 2024]; "2022,2024" → [2022, 2024]. */
export function parseYears(text: string): number[] {
  const years: number[] = [];
  for (const part of text.split(",")) {
    const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(part);
    if (!m) throw new KoladaUsageError(`Ogiltiga år / invalid years: ${text}`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from || to - from > 50)
      throw new KoladaUsageError(`Ogiltigt årsintervall / invalid year range: ${part}`);
    for (let y = from; y <= to; y++) years.push(y);
  }
  return years;
}

function csvCell(v: string | number | boolean | null): string {
  const s = v === null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One value as a row of text; CSV and the table differ only in how a missing value and the flag read. */
function valueRow(v: KoladaValue, missing: string, deleted: (d: boolean) => string): string[] {
  return [
    v.kpi,
    v.kommun,
    String(v.ar),
    v.kon,
    v.varde === null ? missing : String(v.varde),
    v.status,
    deleted(v.borttagen),
  ];
}

export function toCsv(values: readonly KoladaValue[]): string {
  const rows = [
    ["kpi", "kommun", "ar", "kon", "varde", "status", "borttagen"],
    ...values.map((v) => valueRow(v, "", String)),
  ];
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

function toTable(values: readonly KoladaValue[]): string {
  const rows = [
    ["kpi", "kommun", "år", "kön", "värde", "status", "borttagen"],
    ...values.map((v) => valueRow(v, "–", (d) => (d ? "ja" : ""))),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (
    rows
      .map((r) =>
        r
          .map((x, c) => x.padEnd(widths[c]!))
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

/** `kommunkalkyl kolada hämta | kpi | kommun` */
export async function runKolada(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      kpi: { type: "string" },
      kommun: { type: "string" },
      år: { type: "string" },
      ar: { type: "string" },
      kön: { type: "string" },
      kon: { type: "string" },
      csv: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      ut: { type: "string" },
      cache: { type: "string" },
    },
    allowPositionals: true,
  });
  const client = new KoladaClient({ storage: new FileStorage(cacheDirectory(values.cache)) });
  const note = (source: string, savedAt: number) => {
    if (source === "stale-cache") {
      err(
        `OBS: Kolada kunde inte nås; visar cachade värden från ${new Date(savedAt).toISOString().slice(0, 10)}. / Kolada could not be reached; showing cached values.\n`,
      );
    }
  };
  try {
    switch (sub?.normalize("NFC")) {
      case "hämta":
      case "hamta":
      case "fetch": {
        const kpi =
          values.kpi
            ?.split(",")
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean) ?? [];
        const kommunArg =
          values.kommun
            ?.split(",")
            .map((s) => s.trim())
            .filter(Boolean) ?? [];
        const years = values.år ?? values.ar;
        if (kpi.length === 0 || kommunArg.length === 0 || !years) {
          throw new KoladaUsageError(
            "hämta kräver --kpi, --kommun och --år / fetch needs --kpi, --kommun and --år",
          );
        }
        const kommun = [];
        for (const k of kommunArg) kommun.push(await client.resolveMunicipality(k));
        const gender = (values.kön ?? values.kon)?.toUpperCase();
        const r = await client.data({ kpi, kommun, ar: parseYears(years) });
        note(r.source, r.savedAt);
        const data = gender ? r.data.filter((v) => v.kon === gender) : r.data;
        const text = values.json
          ? JSON.stringify(data, null, 2) + "\n"
          : values.csv
            ? toCsv(data)
            : toTable(data);
        if (values.ut) {
          writeFileSync(values.ut, text);
          err(`Skrev / wrote ${values.ut} (${data.length} värden / values)\n`);
        } else out(text);
        return 0;
      }
      case "kpi": {
        if (positionals.length === 0)
          throw new KoladaUsageError("kpi tar ett sökord / kpi takes a search word");
        const r = await client.kpis(positionals.join(" "));
        note(r.source, r.savedAt);
        out(
          values.json
            ? JSON.stringify(r.data, null, 2) + "\n"
            : r.data.map((k) => `${k.id}  ${k.title}`).join("\n") + "\n",
        );
        return 0;
      }
      case "kommun": {
        const r = await client.municipalities(positionals.join(" ") || undefined);
        note(r.source, r.savedAt);
        out(
          values.json
            ? JSON.stringify(r.data, null, 2) + "\n"
            : r.data.map((m) => `${m.id}  ${m.title}  ${m.type}`).join("\n") + "\n",
        );
        return 0;
      }
      default:
        throw new KoladaUsageError(`Okänt kolada-kommando / unknown kolada command: ${sub ?? ""}`);
    }
  } catch (e) {
    if (e instanceof KoladaError) {
      err(`Fel / error: ${e.sv} / ${e.en}\n`);
      return 1;
    }
    throw e;
  }
}
