import { parseArgs } from "node:util";
import { evaluateFormula, formatValue } from "../hyperformula/engine";
import { evaluateWorkbook, writeWithValues } from "./xlsx";
import { jsonValue, renderTable } from "./table";
import { KoladaUsageError, runKolada } from "./kolada";
import { cacheDirectory, FileStorage } from "../kolada/fileStorage";

const USAGE = `Användning / usage:
  kommunkalkyl formel [--sv] '<formel>'          (alias: formula)
  kommunkalkyl beräkna <fil.xlsx> [--json] [--ut <fil.xlsx>] [--sv] [--cache <katalog>]   (alias: evaluate, berakna)
  kommunkalkyl kolada hämta --kpi N00901,N30001 --kommun 0184,Sundbyberg --år 2022-2024 [--kön T] [--csv|--json] [--ut <fil>] [--cache <katalog>]
  kommunkalkyl kolada kpi <sökord>         kommunkalkyl kolada kommun <sökord>

  formel   beräknar en formel med KOMMUN.*-funktionerna och Excels egna.
           Engelska namn och , som standard; --sv för svenska namn, ; och decimalkomma.
           evaluates one formula; English names and "," by default, --sv for Swedish.
  beräkna  beräknar varje formel i en arbetsbok och skriver ut varje blad som en tabell.
           evaluates every formula of a workbook and prints each sheet as a table.
           KOLADA-celler läses ur cachen (eller värdet som sparats i filen), aldrig från nätet.
  kolada   hämtar nyckeltal ur Kolada (API v3) till cachen; KOMMUNKALKYL_KOLADA_URL och
           KOMMUNKALKYL_CACHE ändrar adress och cachekatalog.
`;

class UsageError extends Error {}

function commandName(raw: string | undefined): "formel" | "berakna" | "kolada" | "help" | undefined {
  switch (raw?.normalize("NFC").toLowerCase()) {
    case "formel":
    case "formula":
      return "formel";
    case "beräkna":
    case "berakna":
    case "evaluate":
      return "berakna";
    case "kolada":
      return "kolada";
    case "-h":
    case "--help":
    case "hjälp":
    case "help":
      return "help";
    default:
      return undefined;
  }
}

async function run(argv: string[]): Promise<number> {
  const [raw, ...rest] = argv;
  const command = commandName(raw);
  if (command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!command)
    throw new UsageError(raw ? `Okänt kommando / unknown command: ${raw}` : "Inget kommando / no command");
  if (command === "kolada") {
    try {
      return await runKolada(
        rest,
        (s) => process.stdout.write(s),
        (s) => process.stderr.write(s),
      );
    } catch (e) {
      if (e instanceof KoladaUsageError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (command === "formel") {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { sv: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError("formel tar en formel / formel takes one formula");
    let formula = positionals[0]!;
    if (!formula.startsWith("=")) formula = `=${formula}`;
    const rows = evaluateFormula(formula, values.sv ? "sv" : "en");
    process.stdout.write(rows.map((r) => r.map(formatValue).join("\t")).join("\n") + "\n");
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      json: { type: "boolean", default: false },
      ut: { type: "string" },
      out: { type: "string" },
      sv: { type: "boolean", default: false },
      cache: { type: "string" },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError("beräkna tar en fil / evaluate takes one file");
  const cache = new FileStorage(cacheDirectory(values.cache)).all();
  const result = await evaluateWorkbook(positionals[0]!, values.sv ? "sv" : "en", cache);
  if (values.json) {
    const out: Record<string, (number | string | boolean | null)[][]> = {};
    for (const [name, rows] of Object.entries(result.values)) out[name] = rows.map((r) => r.map(jsonValue));
    process.stdout.write(JSON.stringify(out) + "\n");
  } else {
    for (const [name, rows] of Object.entries(result.values)) {
      process.stdout.write(`== ${name} ==\n${renderTable(rows)}\n\n`);
    }
  }
  const target = values.ut ?? values.out;
  if (target) {
    await writeWithValues(result.workbook, result.values, target);
    process.stderr.write(`Skrev / wrote ${target}\n`);
  }
  return 0;
}

/** Entry point of the `kommunkalkyl` command. */
export function main(argv: string[] = process.argv.slice(2)): void {
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`Fel / error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
