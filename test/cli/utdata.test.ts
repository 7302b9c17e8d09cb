import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BIN, ROOT } from "../helpers";
import { cli, ENGLISH_SYSTEM } from "./run";

const dir = mkdtempSync(join(tmpdir(), "kk-utdata-"));
const input = join(dir, "budget.xlsx");

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  ws.getCell("A1").value = 1950;
  ws.getCell("A2").value = { formula: "A1*2", result: 0 } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(input);
});

/** Runs the CLI with stdout written to `path` (a device such as /dev/full). */
function cliTo(path: string, args: string[]) {
  const fd = openSync(path, "w");
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", fd, "pipe"],
      env: { ...process.env, ...ENGLISH_SYSTEM },
    });
    return { stderr: r.stderr, status: r.status };
  } finally {
    closeSync(fd);
  }
}

describe("output to a full disk", () => {
  const line =
    "Fel: utdata kunde inte skrivas (disken är full). / Error: the output could not be written (the disk is full).\n";
  it.each([
    ["--version", ["--version"]],
    ["formel", ["formel", "=1+1"]],
    ["beräkna", ["beräkna", input]],
    ["beräkna --json", ["beräkna", input, "--json"]],
    ["kolada --help", ["kolada", "--help"]],
  ])("%s: one bilingual line, exit 1, no stack trace", (_name, args) => {
    const r = cliTo("/dev/full", args);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(line);
  });
});

describe("--overwrite through a symbolic link", () => {
  it("writes the file the link points at, keeps the link and the target's mode, as cp does", async () => {
    const folder = mkdtempSync(join(tmpdir(), "kk-lank-"));
    const privateDir = join(folder, "privat");
    mkdirSync(privateDir);
    const real = join(privateDir, "beräknad.xlsx");
    writeFileSync(real, "gammal");
    chmodSync(real, 0o600);
    const link = join(folder, "länk.xlsx");
    symlinkSync(real, link);
    const r = cli(["beräkna", input, "--ut", link, "--overwrite"]);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(real);
    // 1 950 × 2 = 3 900, the cached value in the file the link points at
    expect((wb.getWorksheet("Budget")!.getCell("A2").value as { result: number }).result).toBe(3900);
    // no temporary file in either folder
    expect(readdirSync(folder).sort()).toEqual(["länk.xlsx", "privat"]);
    expect(readdirSync(privateDir)).toEqual(["beräknad.xlsx"]);
  });

  it("refuses a link to nothing, as cp does, and leaves the link as it was", () => {
    const folder = mkdtempSync(join(tmpdir(), "kk-lank-"));
    const link = join(folder, "länk.xlsx");
    symlinkSync(join(folder, "borta.xlsx"), link);
    for (const extra of [[], ["--overwrite"]]) {
      const r = cli(["beräkna", input, "--ut", link, ...extra]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        `${link} is a symbolic link to something that does not exist (${join(folder, "borta.xlsx")}); not writing through it.`,
      );
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(folder)).toEqual(["länk.xlsx"]);
  });

  it("still refuses without --overwrite, and leaves the target alone", () => {
    const folder = mkdtempSync(join(tmpdir(), "kk-lank-"));
    const real = join(folder, "mål.xlsx");
    writeFileSync(real, "gammal");
    const link = join(folder, "länk.xlsx");
    symlinkSync(real, link);
    const r = cli(["beräkna", input, "--ut", link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("already exists; give --overwrite to replace it.");
    expect(readFileSync(real, "utf8")).toBe("gammal");
  });
});

describe("an output folder that cannot be written", () => {
  it("is found before anything is computed: exit 1, nothing on stdout", () => {
    let folder: string;
    if (process.getuid?.() === 0) {
      // root may write in any folder whatever its mode; sysfs refuses new files even to root
      folder = "/sys/kernel";
    } else {
      folder = mkdtempSync(join(tmpdir(), "kk-las-"));
      chmodSync(folder, 0o555);
    }
    const target = join(folder, "kopia.xlsx");
    const r = cli(["beräkna", input, "--ut", target]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Error: Cannot write in the folder ${folder} (for --out ${target}):`);
    expect(r.stderr).toContain("Nothing was computed.");
    expect(r.stderr).toContain(`Fel: Kan inte skriva i mappen ${folder}`);
  });
});

/**
 * A process that writes through `writeSafely` (as `beräkna --ut` and `kolada --ut` do) and stops
 * half-way, with its temporary file on disk, until a signal ends it.
 */
function halfWritten(target: string) {
  const script = `
    const { writeFileSync } = require("node:fs");
    const { writeSafely } = require(${JSON.stringify(join(ROOT, "addin", "dist", "cli", "files.js"))});
    setInterval(() => undefined, 1000);
    writeSafely(${JSON.stringify(target)}, async (tmp) => {
      writeFileSync(tmp, "halv");
      process.stdout.write("skriver\\n");
      await new Promise(() => undefined);
    }, { overwrite: false, command: "beräkna" });
  `;
  return spawn(process.execPath, ["-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

describe("Ctrl-C while the copy is written", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s leaves no temporary file and exits %d", async (signal, exitCode) => {
    const folder = mkdtempSync(join(tmpdir(), "kk-avbryt-"));
    const child = halfWritten(join(folder, "kopia.xlsx"));
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    // the temporary file is there while writing …
    expect(readdirSync(folder)).toHaveLength(1);
    expect(readdirSync(folder)[0]).toMatch(/^\.kopia\.xlsx\.\d+\.\d+\.tmp$/);
    const code = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    child.kill(signal);
    expect(await code).toBe(exitCode);
    // … and gone after the interrupt, with no copy either
    expect(readdirSync(folder)).toEqual([]);
    expect(stderr).toBe(
      `Avbrutet (${signal}); ingen halvskriven fil finns kvar.\nInterrupted (${signal}); no half-written file is left.\n`,
    );
  });
});

describe("--cache that is a file, for formel and beräkna", () => {
  it("is a usage error in both languages (exit 2), not a silently empty cache", () => {
    const notAFolder = join(dir, "cache.txt");
    writeFileSync(notAFolder, "x");
    for (const args of [
      ["formel", "--cache", notAFolder, "=1+1"],
      ["beräkna", input, "--cache", notAFolder],
    ]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        `Usage error: --cache ${notAFolder}: ${notAFolder} is a file, not a folder;`,
      );
      expect(r.stderr).toContain(
        `Användningsfel: --cache ${notAFolder}: ${notAFolder} är en fil, inte en mapp;`,
      );
    }
  });
});

describe("a reader that stops early (| head)", () => {
  it("is no error: the output stops, the command finishes and still writes the --ut copy", async () => {
    const folder = mkdtempSync(join(tmpdir(), "kk-head-"));
    const big = join(folder, "stor.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    // 5 000 rows print about 150 KB, more than a pipe holds (64 KB on Linux)
    for (let r = 1; r <= 5000; r++) {
      ws.getCell(r, 1).value = r;
      ws.getCell(r, 2).value = { formula: `A${r}*2`, result: 0 } as ExcelJS.CellValue;
      ws.getCell(r, 3).value = `rad ${r} med en text som gör raden längre`;
    }
    await wb.xlsx.writeFile(big);
    const copy = join(folder, "kopia.xlsx");
    const child = spawn(process.execPath, [BIN, "beräkna", big, "--ut", copy, "--en"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...ENGLISH_SYSTEM },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(d.toString())),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(first.startsWith("== Data ==")).toBe(true);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote ${copy}\n`);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(copy);
    // 5 000 × 2 = 10 000 in the last row's formula
    expect((out.getWorksheet("Data")!.getCell("B5000").value as { result: number }).result).toBe(10000);
  });
});
