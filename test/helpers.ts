import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const BIN = join(ROOT, "addin", "bin", "kommunkalkyl.js");

/** Runs the built `kommunkalkyl` command and returns what it printed. */
export function kommunkalkyl(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
