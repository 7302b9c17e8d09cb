import type { Lang } from "../definitions";
import type { OptionSpec } from "./args";
import { systemLanguage } from "./language";

/** Exit codes, as README and `--help` document them. */
export const EXIT = { ok: 0, failure: 1, usage: 2, cellError: 3 } as const;

export const HELP: OptionSpec = { key: "help", names: ["-h", "--help", "--hjälp"] };
export const SV: OptionSpec = { key: "sv", names: ["--sv", "--svenska"] };
export const EN: OptionSpec = { key: "en", names: ["--en", "--engelska", "--english"] };
export const RAW: OptionSpec = { key: "raw", names: ["--rå", "--ra", "--raw"] };
export const CACHE: OptionSpec = { key: "cache", names: ["--cache"], value: true };

/** The language the help is printed in: --sv/--en, else the system's. */
export function helpLanguage(args: readonly string[]): Lang {
  if (args.includes("--sv")) return "sv";
  if (args.includes("--en")) return "en";
  return systemLanguage();
}
