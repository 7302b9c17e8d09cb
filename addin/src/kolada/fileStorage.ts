import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { KoladaStorage } from "./types";

/** The cache directory: `--cache`, else `KOMMUNKALKYL_CACHE`, else ~/.cache/kommunkalkyl/kolada. */
export function cacheDirectory(explicit?: string): string {
  return explicit ?? process.env.KOMMUNKALKYL_CACHE ?? join(homedir(), ".cache", "kommunkalkyl", "kolada");
}

/** A JSON file per entry in a directory; written atomically so a crash never leaves half a file. */
export class FileStorage implements KoladaStorage {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.json`);
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return readFileSync(this.path(key), "utf8");
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const target = this.path(key);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, value);
    renameSync(tmp, target);
  }

  /** Every entry's text, for loading the whole cache (the offline workbook evaluation). */
  all(): string[] {
    try {
      return readdirSync(this.dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => readFileSync(join(this.dir, f), "utf8"));
    } catch {
      return [];
    }
  }
}
