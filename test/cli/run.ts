import { spawnSync } from "node:child_process";
import { BIN, ROOT } from "../helpers";

/** The locale variables cleared, so that a test decides the system language itself. */
export const ENGLISH_SYSTEM = { LC_ALL: "", LC_MESSAGES: "", LANG: "C", LANGUAGE: "" };
export const SWEDISH_SYSTEM = { LC_ALL: "", LC_MESSAGES: "", LANG: "sv_SE.UTF-8", LANGUAGE: "" };

/** Runs the built `kommunkalkyl` with an environment (an English system unless told otherwise). */
export function cli(
  args: string[],
  env: Record<string, string> = {},
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...ENGLISH_SYSTEM, ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * Runs it with stderr on a pseudo-terminal (util-linux's `script`), stdout to `stdoutFile`;
 * returns what the terminal showed.
 */
export function cliOnTerminal(args: string[], stdoutFile: string, env: Record<string, string> = {}): string {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const command = `${[process.execPath, BIN, ...args].map(quote).join(" ")} > ${quote(stdoutFile)}`;
  const r = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...ENGLISH_SYSTEM, ...env },
  });
  if (r.error) throw r.error;
  return r.stdout;
}
