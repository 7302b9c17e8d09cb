import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BIN, ROOT } from "../helpers";
import { fixture, startFakeKolada } from "./fakeServer";

const run = promisify(execFile);

/** Runs the CLI against the fake server (asynchronously: the server lives in this process), in an English locale. */
async function cli(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C", LANGUAGE: "", ...env },
    });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** Runs the CLI with stderr (and stdout) on a pseudo-terminal, through util-linux's `script`; stdout to a file. */
async function cliOnTerminal(args: string[], env: Record<string, string>, stdoutFile: string) {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const command = `${[process.execPath, BIN, ...args].map(quote).join(" ")} > ${quote(stdoutFile)}`;
  try {
    const r = await run("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      env: { ...process.env, LANG: "C", LC_ALL: "", ...env },
    });
    return r.stdout;
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
}

const TAX_PATH = "/v3/data/kpi/N00901/municipality/0184,0183/year/2022,2023,2024,2025";
const FETCH = ["kolada", "hämta", "--kpi", "N00901", "--kommun", "0184,0183", "--år", "2022-2025"];

describe("kommunkalkyl kolada against a local fake Kolada", () => {
  it("fetches tax rates as RFC 4180 CSV, resolving a name, keeping leading zeros, and caches them for formel and beräkna", async () => {
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
      expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
      // RFC 4180: "," between fields, CRLF after every record
      expect(r.stdout.endsWith("\r\n")).toBe(true);
      const lines = r.stdout.split("\r\n").slice(0, -1);
      expect(lines[0]).toBe("kpi,kommun,ar,kon,varde,status,borttagen");
      expect(lines).toContain("N00901,0184,2022,T,17.12,,false"); // seed 001 table 2
      expect(lines).toContain("N00901,0183,2023,T,19.25,,false");
      expect(lines).toHaveLength(9);

      // with Kolada gone, formel reads the cache exactly as beräkna does: the value just fetched
      await server.close();
      const offline = await cli(["formel", '=KOMMUN.KOLADA("N00901","0184",2023)'], env);
      expect(offline.stdout).toBe("17.37\n");
      expect(offline.code).toBe(0);
      // a name, resolved through the cached municipality list
      expect((await cli(["formel", '=KOMMUN.KOLADA("N00901","Solna",2022)'], env)).stdout).toBe("17.12\n");
      // --cache points at the same cache
      const explicit = await cli(["formel", "--cache", cache, '=KOMMUN.KOLADA("N00901","0183",2023)'], {
        KOMMUNKALKYL_CACHE: join(cache, "elsewhere"),
      });
      expect(explicit.stdout).toBe("19.25\n");
      // what is not in the cache says how to fetch it, and exits 3
      const missing = await cli(["formel", '=KOMMUN.KOLADA("N00901","0184",2019)'], env);
      expect(missing.stdout).toBe(
        "#N/A Kolada has no value for N00901, 0184, 2019 in the cache; fetch it with: kommunkalkyl kolada hämta --kpi N00901 --kommun 0184 --år 2019\n",
      );
      expect(missing.code).toBe(3);
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it("writes CSV for Swedish Excel under --sv: a BOM, semicolons, decimal commas, SANT/FALSKT", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }] });
    const dir = mkdtempSync(join(tmpdir(), "kolada-sv-"));
    const env = { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: join(dir, "cache") };
    try {
      const r = await cli([...FETCH, "--csv", "--sv"], env);
      expect(r.code).toBe(0);
      expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
      const lines = r.stdout.slice(1).split("\r\n");
      expect(lines[0]).toBe("kpi;kommun;år;kön;värde;status;borttagen");
      // the code as the formula ="0184", which Swedish Excel keeps as the text 0184 (not the number 184)
      expect(lines).toContain('N00901;="0184";2022;T;17,12;;FALSKT');
      // the dialect can be chosen whatever the language
      const rfc = await cli([...FETCH, "--sv", "--csv-dialekt", "rfc4180"], env);
      expect(rfc.stdout.split("\r\n")).toContain("N00901,0184,2022,T,17.12,,false");
      const bad = await cli([...FETCH, "--csv-dialect", "excel"], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--csv-dialect is sv or rfc4180, not excel.");
    } finally {
      await server.close();
    }
  });

  it("writes JSON to a file with --ut, never over an existing file without --skriv-över", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }] });
    const dir = mkdtempSync(join(tmpdir(), "kolada-out-"));
    const env = { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: join(dir, "cache") };
    try {
      const out = join(dir, "skattesatser.json");
      const r = await cli([...FETCH, "--json", "--ut", out], env);
      expect(r.code).toBe(0);
      const values = JSON.parse(readFileSync(out, "utf8")) as { kommun: string; ar: number; varde: number }[];
      expect(values.find((v) => v.kommun === "0184" && v.ar === 2023)?.varde).toBe(17.37);

      writeFileSync(out, "viktigt");
      const again = await cli([...FETCH, "--json", "--ut", out], env);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain("already exists; give --overwrite to replace it.");
      expect(readFileSync(out, "utf8")).toBe("viktigt");
      const forced = await cli([...FETCH, "--json", "--ut", out, "--skriv-över"], env);
      expect(forced.code).toBe(0);
      expect(readFileSync(out, "utf8")).toContain('"varde": 17.37');
      // no temporary file is left beside it
      expect(readdirSync(dir).sort()).toEqual(["cache", "skattesatser.json"]);

      const folder = await cli([...FETCH, "--ut", join(dir, "saknas", "x.csv")], env);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toContain("does not exist; create it first");
      expect(folder.stderr).not.toContain("ENOENT");
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

  it("says clearly when Kolada answers garbage, names the URL and what to do, and exits 1", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ raw: "<html>oops" }] });
    try {
      const r = await cli(FETCH, {
        KOMMUNKALKYL_KOLADA_URL: server.url,
        KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "kolada-bad-")),
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/malformed JSON/);
      expect(r.stderr).toContain(`Adress / URL: ${server.url}${TAX_PATH}?per_page=`);
      expect(r.stderr).toContain("What to do: The address does not answer as Kolada's API v3 does.");
    } finally {
      await server.close();
    }
  });

  it("names the URL and what to do when Kolada cannot be reached", async () => {
    // port 9 (discard) on the loopback: nothing listens, the connection is refused at once
    const r = await cli(FETCH, {
      KOMMUNKALKYL_KOLADA_URL: "http://127.0.0.1:9",
      KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "kolada-off-")),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Kolada could not be reached");
    expect(r.stderr).toContain(`Adress / URL: http://127.0.0.1:9${TAX_PATH}?per_page=`);
    expect(r.stderr).toContain("What to do: Check the network");
    expect(r.stderr).toContain("Gör så här: Kontrollera nätverket");
    // not a terminal: no progress
    expect(r.stderr).not.toContain("Fetching");
  }, 30_000);

  it("shows progress on a terminal only, never with --json", async () => {
    const server = await startFakeKolada({ [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }] });
    const dir = mkdtempSync(join(tmpdir(), "kolada-tty-"));
    const env = { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: join(dir, "cache") };
    try {
      const terminal = await cliOnTerminal(FETCH, env, join(dir, "out.txt"));
      expect(terminal).toContain(`Fetching ${server.url}${TAX_PATH}`);
      expect(readFileSync(join(dir, "out.txt"), "utf8")).toContain("N00901  0184");
      const json = await cliOnTerminal(
        [...FETCH, "--json"],
        { ...env, KOMMUNKALKYL_CACHE: join(dir, "c2") },
        join(dir, "out.json"),
      );
      expect(json).not.toContain("Fetching");
      expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))).toHaveLength(8);
      const piped = await cli(FETCH, { ...env, KOMMUNKALKYL_CACHE: join(dir, "c3") });
      expect(piped.stderr).toBe("");
    } finally {
      await server.close();
    }
  });

  it("exits 2 on a usage error, with our own text", async () => {
    const r = await cli(["kolada", "hämta", "--kpi", "N00901"], {
      KOMMUNKALKYL_KOLADA_URL: "http://127.0.0.1:9",
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fetch needs --kpi, --kommun and --år.");
    const unknown = await cli(["kolada", "hämta", "--kpii", "N00901"], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option --kpii for kolada.");
    const help = await cli(["kolada", "--help"], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("kommunkalkyl kolada fetch|kpi|kommun [options]");
    expect(help.stdout).toContain("Exit codes:");
  });
});
