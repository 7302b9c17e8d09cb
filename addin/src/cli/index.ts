import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./args";
import { FileError, removeTemporaryFiles } from "./files";
import { helpText, synopsis, type HelpTopic } from "./help";
import { systemLanguage } from "./language";
import { EXIT, helpLanguage } from "./options";

export { EXIT } from "./options";

function commandName(raw: string | undefined): HelpTopic | "help" | "version" | undefined {
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
    case "budget":
      return "budget";
    case "-h":
    case "--help":
    case "hjälp":
    case "hjalp":
    case "help":
      return "help";
    case "-v":
    case "--version":
    case "version":
      return "version";
    default:
      return undefined;
  }
}

/** The version of the `@kommunkalkyl/addin` package this command belongs to. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Whether the reader of stdout has gone (`| head`): what is left to print is dropped. */
let stdoutClosed = false;

async function run(argv: string[]): Promise<number> {
  const [raw, ...rest] = argv;
  const command = commandName(raw);
  const out = (s: string) => {
    if (!stdoutClosed) process.stdout.write(s);
  };
  if (command === "version") {
    out(`kommunkalkyl ${version()}\n`);
    return EXIT.ok;
  }
  if (command === "help") {
    const topic = commandName(rest.find((a) => !a.startsWith("-")));
    const lang = helpLanguage(rest);
    out(
      helpText(
        topic === "formel" || topic === "berakna" || topic === "kolada" || topic === "budget"
          ? topic
          : "main",
        lang,
      ),
    );
    return EXIT.ok;
  }
  if (!command) {
    if (raw === undefined) {
      process.stderr.write(helpText("main", systemLanguage()));
      return EXIT.usage;
    }
    throw new UsageError(`Okänt kommando: ${raw}.`, `Unknown command: ${raw}.`);
  }
  // the engines load only for the command that needs them: --help and --version stay quick
  if (command === "kolada") {
    const { runKolada } = await import("./kolada.js");
    return runKolada(rest, out, (s) => process.stderr.write(s));
  }
  if (command === "budget") {
    const { runBudget } = await import("./budget.js");
    return runBudget(rest, out, (s) => process.stderr.write(s));
  }
  const { runBerakna, runFormel } = await import("./commands.js");
  if (command === "formel") return runFormel(rest, out);
  return runBerakna(rest, out);
}

/** Why the output could not be written (stdout to a full disk, a closed or broken device), in one line. */
export function outputFailure(e: NodeJS.ErrnoException): string {
  const why =
    e.code === "ENOSPC"
      ? { sv: "disken är full", en: "the disk is full" }
      : e.code === "EDQUOT"
        ? { sv: "diskkvoten är slut", en: "the disk quota is used up" }
        : { sv: `fel ${e.code ?? e.message}`, en: `error ${e.code ?? e.message}` };
  return `Fel: utdata kunde inte skrivas (${why.sv}). / Error: the output could not be written (${why.en}).\n`;
}

/** Entry point of the `kommunkalkyl` command: prints and sets the exit code, never a stack trace. */
export function main(argv: string[] = process.argv.slice(2)): void {
  // a reader that stops early (`| head`) is no error: the rest of the output is dropped and the
  // command finishes (a --ut copy is still written); a full disk or a broken device is, in one line
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    if (e.code === "EPIPE") {
      stdoutClosed = true;
      return;
    }
    removeTemporaryFiles();
    process.stderr.write(outputFailure(e));
    process.exit(EXIT.failure);
  });
  // nowhere left to say anything: the exit code is the message
  process.stderr.on("error", () => undefined);
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        const topic = (e.command === "beräkna" ? "berakna" : e.command) as HelpTopic | undefined;
        const helpCommand = topic === "berakna" ? "beräkna" : (topic ?? "");
        process.stderr.write(
          `Användningsfel: ${e.sv}\nUsage error: ${e.en}\n\n  ${synopsis(topic ?? "main")}\n` +
            `Mer / more: kommunkalkyl ${helpCommand ? `${helpCommand} ` : ""}--help\n`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      if (e instanceof FileError) {
        process.stderr.write(`Fel: ${e.sv}\nError: ${e.en}\n`);
        process.exitCode = EXIT.failure;
        return;
      }
      process.stderr.write(`Fel / error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
