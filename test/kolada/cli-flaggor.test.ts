import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
      encoding: "buffer",
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C", LANGUAGE: "", ...env },
    });
    return { stdout: r.stdout, stderr: r.stderr.toString("utf8"), code: 0 };
  } catch (e) {
    const err = e as { stdout: Buffer; stderr: Buffer; code: number };
    return { stdout: err.stdout, stderr: err.stderr.toString("utf8"), code: err.code };
  }
}

const TAX_PATH = "/v3/data/kpi/N00901/municipality/0184,0183/year/2022,2023,2024,2025";
const FETCH = ["kolada", "hämta", "--kpi", "N00901", "--kommun", "0184,0183", "--år", "2022-2025"];

/** A fake Kolada with the tax rates, the KPI list and the municipality list, and a fresh cache. */
async function kolada() {
  const server = await startFakeKolada({
    [TAX_PATH]: [{ json: fixture("data-n00901-2022-2025.json") }],
    "/v3/kpi": [{ json: fixture("kpi.json") }],
    "/v3/municipality": [{ json: fixture("municipality.json") }],
  });
  const dir = mkdtempSync(join(tmpdir(), "kolada-flaggor-"));
  return {
    server,
    dir,
    env: { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: join(dir, "cache") },
  };
}

describe("kommunkalkyl kolada checks its options before it downloads anything", () => {
  it("--kön other than T, K or M is a usage error (exit 2), not an empty table", async () => {
    const { server, env } = await kolada();
    try {
      const r = await cli([...FETCH, "--kön", "X"], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Usage error: --kön (--gender) is T (total), K (women) or M (men), not X.");
      expect(r.stderr).toContain("Användningsfel: --kön är T (totalt), K (kvinnor) eller M (män), inte X.");
      expect(r.stdout.length).toBe(0);
      expect(server.requests).toEqual([]);
      // t is T: the fixture's eight total values (two municipalities × four years)
      const ok = await cli([...FETCH, "--kön", "t", "--json"], env);
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout.toString("utf8"))).toHaveLength(8);
    } finally {
      await server.close();
    }
  });

  it("--cache that is a file: a clear message in both languages (exit 2), never EEXIST", async () => {
    const { server, dir, env } = await kolada();
    try {
      const file = join(dir, "inte-en-mapp");
      writeFileSync(file, "x");
      const r = await cli([...FETCH, "--cache", file], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `--cache ${file}: ${file} is a file, not a folder; give a folder for the cache.`,
      );
      expect(r.stderr).toContain(`${file} är en fil, inte en mapp; ge en mapp för cachen.`);
      expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR/);
      // a folder below a file is no folder either
      const below = await cli([...FETCH, "--cache", join(file, "kolada")], env);
      expect(below.code).toBe(2);
      expect(below.stderr).toContain(`${file} is a file, not a folder`);
      // the same through KOMMUNKALKYL_CACHE: an I/O error, exit 1
      const viaEnv = await cli(FETCH, { ...env, KOMMUNKALKYL_CACHE: file });
      expect(viaEnv.code).toBe(1);
      expect(viaEnv.stderr).toContain(`Error: KOMMUNKALKYL_CACHE=${file}: ${file} is a file, not a folder`);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("--ut over an existing file or into a missing folder is refused before the download", async () => {
    const { server, dir, env } = await kolada();
    try {
      const existing = join(dir, "skatt.csv");
      writeFileSync(existing, "viktigt");
      const r = await cli([...FETCH, "--csv", "--ut", existing], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("already exists; give --overwrite to replace it.");
      const missing = await cli([...FETCH, "--ut", join(dir, "saknas", "x.csv")], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("does not exist; create it first");
      expect(server.requests).toEqual([]);
      expect(readFileSync(existing, "utf8")).toBe("viktigt");
      expect(readdirSync(dir).sort()).toEqual(["skatt.csv"]);
    } finally {
      await server.close();
    }
  });
});

describe("kommunkalkyl kolada kpi and kommun --csv", () => {
  it("kpi --csv writes CSV: RFC 4180 by default, Swedish Excel's with --sv", async () => {
    const { server, env } = await kolada();
    try {
      // the fake server answers with its whole list (Kolada filters by title itself)
      const r = await cli(["kolada", "kpi", "Nettokostnadsavvikelse", "--csv"], env);
      expect(r.code).toBe(0);
      expect(r.stdout.toString("utf8")).toBe(
        "id,title\r\n" +
          'N30001,"Nettokostnadsavvikelse individ- och familjeomsorg, (%)"\r\n' +
          'N00097,"Nettokostnadsavvikelse totalt, (%)"\r\n' +
          'N31001,"Ekonomiskt bistånd, kostnad (kr/inv)"\r\n',
      );
      const sv = await cli(["kolada", "kpi", "Nettokostnadsavvikelse", "--csv", "--sv"], env);
      expect(sv.stdout.toString("utf8")).toBe(
        "\ufeffid;titel\r\n" +
          "N30001;Nettokostnadsavvikelse individ- och familjeomsorg, (%)\r\n" +
          "N00097;Nettokostnadsavvikelse totalt, (%)\r\n" +
          "N31001;Ekonomiskt bistånd, kostnad (kr/inv)\r\n",
      );
    } finally {
      await server.close();
    }
  });

  it(`kommun --csv --sv keeps the codes as text for Swedish Excel: the bytes of ="0114"`, async () => {
    const { server, env } = await kolada();
    try {
      const r = await cli(["kolada", "kommun", "Upplands", "--csv", "--sv"], env);
      expect(r.code).toBe(0);
      // UTF-8 BOM, then the header and the record, each ending in CRLF
      expect(r.stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const lines = r.stdout.subarray(3).toString("utf8").split("\r\n");
      expect(lines.slice(0, 3)).toEqual(["id;namn;typ", '="0000";Riket;L', '="0114";Upplands Väsby;K']);
      expect(lines).toContain('="0184";Solna;K');
      expect(lines).toHaveLength(15); // the header, 13 records, and "" after the last CRLF
      // unquoted: a quoted field ("=""0114""") would be read by Excel as text that starts with =
      expect(r.stdout.includes(Buffer.from(';"="', "utf8"))).toBe(false);
      const rfc = await cli(["kolada", "kommun", "Upplands", "--csv"], env);
      expect(rfc.stdout.toString("utf8").split("\r\n").slice(0, 3)).toEqual([
        "id,title,type",
        "0000,Riket,L",
        "0114,Upplands Väsby,K",
      ]);
    } finally {
      await server.close();
    }
  });
});
