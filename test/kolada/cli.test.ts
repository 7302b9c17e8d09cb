import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BIN, ROOT } from "../helpers";
import { fixture, startFakeKolada } from "./fakeServer";

const run = promisify(execFile);

/** Runs the CLI against the fake server (asynchronously: the server lives in this process). */
async function cli(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

const TAX_PATH = "/v3/data/kpi/N00901/municipality/0184,0183/year/2022,2023,2024,2025";

describe("kommunkalkyl kolada against a local fake Kolada", () => {
  it("fetches tax rates as CSV, resolving a name, keeping leading zeros, and caches them for offline use", async () => {
    const server = await startFakeKolada({
      "/v3/municipality": [{ json: fixture("municipality.json") }],
      [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }, { status: 500 }],
    });
    const cache = mkdtempSync(join(tmpdir(), "kolada-cache-"));
    const env = { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: cache };
    try {
      const r = await cli(
        ["kolada", "hämta", "--kpi", "N00901", "--kommun", "0184,Sundbyberg", "--år", "2022-2025", "--csv"],
        env,
      );
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split("\n");
      expect(lines[0]).toBe("kpi,kommun,ar,kon,varde,status,borttagen");
      expect(lines).toContain("N00901,0184,2022,T,17.12,,false"); // seed 001 table 2
      expect(lines).toContain("N00901,0183,2023,T,19.25,,false");
      expect(lines).toHaveLength(9);

      // the cached values make a workbook's KOLADA cells evaluate with Kolada unreachable
      await server.close();
      const offline = await cli(["formel", '=KOMMUN.KOLADA("N00901","Solna",2022)'], env);
      expect(offline.stdout).toBe(
        "#N/A Kolada has no value for N00901, Solna, 2022 in the cache; fetch it with: kommunkalkyl kolada hämta --kpi N00901 --kommun Solna --år 2022\n",
      );
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it("writes JSON to a file with --ut", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }] });
    const dir = mkdtempSync(join(tmpdir(), "kolada-out-"));
    try {
      const out = join(dir, "skattesatser.json");
      const r = await cli(
        [
          "kolada",
          "hämta",
          "--kpi",
          "N00901",
          "--kommun",
          "0184,0183",
          "--år",
          "2022-2025",
          "--json",
          "--ut",
          out,
        ],
        {
          KOMMUNKALKYL_KOLADA_URL: server.url,
          KOMMUNKALKYL_CACHE: join(dir, "cache"),
        },
      );
      expect(r.code).toBe(0);
      const values = JSON.parse(readFileSync(out, "utf8")) as { kommun: string; ar: number; varde: number }[];
      expect(values.find((v) => v.kommun === "0184" && v.ar === 2023)?.varde).toBe(17.37);
    } finally {
      await server.close();
    }
  });

  it("searches KPIs by title", async () => {
    const server = await startFakeKolada({ "/v3/kpi": [{ json: fixture("kpi.json") }] });
    try {
      const r = await cli(["kolada", "kpi", "Nettokostnadsavvikelse"], {
        KOMMUNKALKYL_KOLADA_URL: server.url,
        KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "kolada-kpi-")),
      });
      expect(r.stdout).toContain("N30001  Nettokostnadsavvikelse individ- och familjeomsorg, (%)");
    } finally {
      await server.close();
    }
  });

  it("says clearly when Kolada answers garbage, and exits 1", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ raw: "<html>oops" }] });
    try {
      const r = await cli(
        ["kolada", "hämta", "--kpi", "N00901", "--kommun", "0184,0183", "--år", "2022-2025"],
        {
          KOMMUNKALKYL_KOLADA_URL: server.url,
          KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "kolada-bad-")),
        },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/malformed JSON/);
    } finally {
      await server.close();
    }
  });

  it("exits 2 on a usage error", async () => {
    const r = await cli(["kolada", "hämta", "--kpi", "N00901"], {
      KOMMUNKALKYL_KOLADA_URL: "http://127.0.0.1:9",
    });
    expect(r.code).toBe(2);
  });
});
