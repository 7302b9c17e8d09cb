import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./args";
import { FileError, writeSafely } from "./files";

describe("writeSafely: a temporary file in the same folder, then renamed", () => {
  it("leaves the old file and no temporary file behind when writing fails half-way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kk-safe-"));
    const target = join(dir, "budget.xlsx");
    writeFileSync(target, "gammal");
    await expect(
      writeSafely(
        target,
        (tmp) => {
          writeFileSync(tmp, "halv");
          throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
        },
        { overwrite: true, command: "beräkna" },
      ),
    ).rejects.toThrow(FileError);
    expect(readFileSync(target, "utf8")).toBe("gammal");
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });

  it("writes a new file whole, and refuses one that appeared while writing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kk-safe-"));
    const target = join(dir, "ny.csv");
    await writeSafely(target, (tmp) => writeFileSync(tmp, "a;b\r\n"), {
      overwrite: false,
      command: "kolada",
    });
    expect(readFileSync(target, "utf8")).toBe("a;b\r\n");
    const late = join(dir, "sen.csv");
    await expect(
      writeSafely(
        late,
        (tmp) => {
          writeFileSync(tmp, "ny");
          writeFileSync(late, "någon annans"); // another program got there first
        },
        { overwrite: false, command: "kolada" },
      ),
    ).rejects.toThrow(UsageError);
    expect(readFileSync(late, "utf8")).toBe("någon annans");
    expect(readdirSync(dir).sort()).toEqual(["ny.csv", "sen.csv"]);
  });
});
