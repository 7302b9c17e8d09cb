import { execFile } from "node:child_process";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { BIN } from "../helpers";
import { fixture, startFakeKolada, startFakeKoladaV3, type KoladaDataset } from "../kolada/fakeServer";

const run = promisify(execFile);
const DATASET = fixture("budget-v3.json") as KoladaDataset;

/** Runs the built CLI in `cwd` (asynchronously: the fake server lives in this process), in an English locale. */
async function cli(args: string[], cwd: string, env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C", LANGUAGE: "", ...env },
    });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** The value of a workbook-scope name (one cell) in `beräkna --json`'s output, read through the file's names. */
async function named(file: string, sheets: Record<string, unknown[][]>): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown> = {};
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(ranges[0]!)!;
    const col = [...m[2]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    out[name] = sheets[m[1]!]![Number(m[3]) - 1]![col - 1];
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

describe("kommunkalkyl budget against a local fake Kolada v3", () => {
  let server: Awaited<ReturnType<typeof startFakeKoladaV3>>;
  let cache: string;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startFakeKoladaV3(DATASET, { pageSize: 400 });
    cache = mkdtempSync(join(tmpdir(), "budget-cache-"));
    dir = mkdtempSync(join(tmpdir(), "budget-out-"));
    env = { KOMMUNKALKYL_KOLADA_URL: server.url, KOMMUNKALKYL_CACHE: cache };
  });
  afterAll(() => server.close());

  it("refuses an --ut folder that cannot be written to (/proc) before any request, exit 1, in Swedish and English", async () => {
    const before = server.requests.length;
    const r = await cli(
      ["budget", "--kommun", "1265", "--år", "2026", "--ut", "/proc/budget.xlsx"],
      dir,
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Kan inte skriva i mappen /proc (för --ut /proc/budget.xlsx)");
    expect(r.stderr).toContain("Inget har hämtats.");
    expect(r.stderr).toContain("Cannot write in the folder /proc (for --out /proc/budget.xlsx)");
    expect(r.stderr).toContain("Nothing was fetched.");
    expect(server.requests.length).toBe(before);
    expect(existsSync("/proc/budget.xlsx")).toBe(false);
  });

  it("writes mal-och-budget-2026-1265.xlsx that beräkna computes with no error cell; the names hold the fetched figures", async () => {
    const r = await cli(["budget", "--kommun", "1265", "--år", "2026"], dir, env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const file = join(dir, "mal-och-budget-2026-1265.xlsx");
    expect(existsSync(file)).toBe(true);
    // what it fetched, from where, the year of each figure, the title warning, the assumptions, what is missing
    expect(r.stdout).toContain(`Source: Kolada (${server.url}), fetched ${today()}.`);
    expect(r.stdout).toMatch(/N01951 {2}2025 +19,500 {2}antal/);
    // the fixture's 2025 value is null: 2024's
    expect(r.stdout).toMatch(/N03102 {2}2024 +2\.23 /);
    expect(r.stdout).toContain("Peer group: Liknande kommuner övergripande, Sjöbo, 2024 (5 municipalities)");
    // an English run: the report's reasons in English (the workbook's own texts stay Swedish)
    expect(r.stdout).toMatch(/Titles changed in Kolada:\n {2}N00097 {2}The title is now/);
    expect(r.stdout).toMatch(/upprakningsfaktorer 2026: assumption: replace with SKR's latest forecast/);
    // SKR's PKV: the outcome 2024 (4,6 %, seed 001 table 1) bundled, and used for 2026 as a marked assumption
    expect(r.stdout).toMatch(
      /skr-pkv {2}2024 +0\.046 {2}andel .*Tabell 1: Prisindex kommunal verksamhet[^\n]*\)\n/,
    );
    expect(r.stdout).toMatch(
      /skr-pkv 2026: assumption: replace with SKR's latest forecast \(2026 missing; the value for 2024 from SKR Tabell 1/,
    );
    expect(r.stdout).toMatch(
      /skr-skatteunderlag {2}Skatteunderlagets ökning, SKR:s prognos: no row in the bundled/,
    );
    expect(r.stdout).toMatch(/N03064 .*no value for 2020–2025/);
    // every cell the workbook marks, with its sheet and cell: the missing LSS equalisation beside its yellow 0
    // and on Skatter och bidrag, the missing final settlement, the kept kr/inv of the finance net
    expect(r.stdout).toMatch(
      /Marked in the workbook: \d+ to fill in, \d+ assumptions to check \(sheet!cell\):/,
    );
    expect(r.stdout).toMatch(/ {2}Förutsättningar!H\d+ {2}fyll i: saknas \(inget värde för 2020–2025/);
    expect(r.stdout).toMatch(
      / {2}Skatter och bidrag!A\d+ {2}LSS-utjämning \(N03064, fyll i: saknas i Kolada/,
    );
    expect(r.stdout).toMatch(/, slutavräkning: fyll i: saknas \(SKR:s prognos för slutavräkningen\)/);
    expect(r.stdout).toMatch(
      / {2}Resultatbudget!A6 {2}Finansnetto \(Kolada 2025, kr\/inv oförändrat: antagande\)/,
    );
    expect(r.stdout).toContain("Källa: Kolada");
    // paging was followed (pages of 400 values)
    expect(server.requests.some((u) => u.includes("page=2"))).toBe(true);

    const e = await cli(["beräkna", file, "--json"], dir, {});
    expect(e.code).toBe(0);
    const sheets = JSON.parse(e.stdout) as Record<string, unknown[][]>;
    expect(sheets["[fel]"]).toBeUndefined();
    const n = await named(file, sheets);
    expect(n.Kommunkod).toBe("1265");
    expect(n.Budgetar).toBe(2026);
    // the fixture's population and tax rate of 2025 (synthetic, test/fixtures/kolada/README.md)
    expect(n.Invanare).toBe(19500);
    expect(n.Skattesats).toBe(21.5);
    const v = (k: string) => n[k] as number;
    expect(v("Resultatkrav")).toBeCloseTo(0.02 * v("SkatterOchBidrag"), 9);
    expect(v("Nettokostnadsram")).toBeCloseTo(
      v("SkatterOchBidrag") + v("Finansnetto") - v("Resultatkrav"),
      9,
    );
    expect(v("Budgetgap")).toBeCloseTo(v("Nettokostnader") - v("Nettokostnadsram"), 9);

    // raising Skattesats by one krona in the file (exceljs) and recomputing raises SkatterOchBidrag by the
    // uplifted tax base / 100: the tax is base × rate / 100 (KOMMUN.PRELSKATTEINTÄKTER), and neither the
    // income equalisation (the capacities, lag (2004:773) 5 §) nor the final settlement depend on the rate
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ref = (wb.definedNames.model as { name: string; ranges: string[] }[]).find(
      (d) => d.name === "Skattesats",
    )!.ranges[0]!;
    const [, sheet, a1] = /^'?(.+?)'?!\$?([A-Z]+\$?\d+)$/.exec(ref)!;
    const target = wb.getWorksheet(sheet!)!.getCell(a1!.replace(/\$/g, ""));
    expect(target.value).toBe(21.5);
    target.value = 22.5;
    const raised = join(dir, "raised.xlsx");
    await wb.xlsx.writeFile(raised);
    const e2 = await cli(["beräkna", raised, "--json"], dir, {});
    expect(e2.code).toBe(0);
    const sheets2 = JSON.parse(e2.stdout) as Record<string, unknown[][]>;
    expect(sheets2["[fel]"]).toBeUndefined();
    const n2 = await named(raised, sheets2);
    expect(n2.Skattesats).toBe(22.5);
    expect(n2.Skatteunderlag).toBeCloseTo(v("Skatteunderlag"), 9);
    expect((n2.SkatterOchBidrag as number) - v("SkatterOchBidrag")).toBeCloseTo(v("Skatteunderlag") / 100, 9);
    // and the chain follows: the requirement 2 % of the new sum, the frame, the gap
    expect(n2.Resultatkrav as number).toBeCloseTo(0.02 * (n2.SkatterOchBidrag as number), 9);
    expect(n2.Budgetgap as number).toBeCloseTo(
      (n2.Nettokostnader as number) - (n2.Nettokostnadsram as number),
      9,
    );
  });

  it("never writes over the file without --skriv-över, and says so before fetching anything", async () => {
    const file = join(dir, "mal-och-budget-2026-1265.xlsx");
    const before = statSync(file).mtimeMs;
    const asked = server.requests.length;
    const r = await cli(["budget", "--kommun", "1265", "--år", "2026"], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mal-och-budget-2026-1265.xlsx already exists; give --overwrite");
    expect(server.requests.length).toBe(asked);
    expect(statSync(file).mtimeMs).toBe(before);
    const replaced = await cli(["budget", "--kommun", "1265", "--år", "2026", "--skriv-över"], dir, env);
    expect(replaced.code).toBe(0);
    expect(statSync(file).mtimeMs).toBeGreaterThan(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("shows progress on a terminal while fetching, and none in a pipe", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "budget-tty-")), "stdout.txt");
    const file = join(dirname(out), "tty.xlsx");
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const command = `${[process.execPath, BIN, "budget", "--kommun", "1265", "--år", "2026", "--ut", file].map(quote).join(" ")} > ${quote(out)}`;
    const r = await run("script", ["-qec", command, "/dev/null"], {
      env: { ...process.env, LANG: "C", LC_ALL: "", ...env },
    });
    expect(r.stdout).toContain("Fetching 48 KPIs for Sjöbo");
    expect(r.stdout).toContain("\x1b[2K");
    expect(readFileSync(out, "utf8")).not.toContain("Fetching 48 KPIs");
  });

  it("gives the report's reasons in Swedish only in a --sv run (no 'sv / en' pairs)", async () => {
    const r = await cli(
      ["budget", "--kommun", "1265", "--år", "2026", "--ut", "svensk.xlsx", "--sv"],
      dir,
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Titlar som ändrats i Kolada:\n {2}N00097 {2}Titeln är nu "[^"]*", väntad "[^"]*"\n/,
    );
    expect(r.stdout).toMatch(
      /skr-pkv 2026: antagande: ersätt med SKR:s senaste prognos \(2026 saknas; värdet för 2024 ur SKR Tabell 1[^\n/]*\)\n/,
    );
    expect(r.stdout).toMatch(/N03064 .*: inget värde för 2020–2025 \(kön T\)\n/);
    expect(r.stdout).not.toMatch(
      /The title is now|no value for|not bundled|no row in the bundled|the factor for/,
    );
  });

  it("prints its help in English and Swedish", async () => {
    const en = await cli(["budget", "--help", "--en"], dir, env);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("kommunkalkyl budget --kommun <code|name> [--year <budget year>]");
    const sv = await cli(["budget", "--help", "--sv"], dir, env);
    expect(sv.stdout).toContain("standard nästa kalenderår");
    // what 2 means for this command (API.md §12), not the evaluator's "a formula that cannot be parsed"
    expect(en.stdout).toContain(
      "2  a usage error: an unknown or ambiguous municipality, a bad year, an --out that exists",
    );
    expect(en.stdout).not.toContain("a formula that cannot be parsed");
    expect(sv.stdout).toContain(
      "2  användningsfel: okänd eller tvetydig kommun, felaktigt år, en --ut som finns",
    );
    const main = await cli(["--help", "--en"], dir, env);
    expect(main.stdout).toContain("kommunkalkyl budget --kommun <code|name>  writes a budget workbook");
  });

  it("works from the cache with no network, saying it used the cache and its date", async () => {
    const closed = await startFakeKoladaV3(DATASET);
    await closed.close();
    const r = await cli(["budget", "--kommun", "Sjöbo", "--år", "2026", "--ut", "offline.xlsx"], dir, {
      KOMMUNKALKYL_KOLADA_URL: closed.url,
      KOMMUNKALKYL_CACHE: cache,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Source: Kolada (${closed.url}), from the cache of ${today()}.`);
    expect(existsSync(join(dir, "offline.xlsx"))).toBe(true);
  });

  it("resolves a name and writes the default file for its code (Solna: peers, a withdrawn value, seed 001's figures)", async () => {
    const r = await cli(["budget", "--kommun", "solna", "--year", "2026"], dir, env);
    // above 115 % of the average tax capacity: the charge, with Stockholm's charge rate (SFS 2015:1011 3 §)
    expect(r.stdout).toMatch(/lansskattesats-avgift +2015 +16\.98 /);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "mal-och-budget-2026-0184.xlsx"))).toBe(true);
    expect(r.stdout).toMatch(/N01951 {2}2025 +86,000 {2}antal/);
    expect(r.stdout).toMatch(/N00901 {2}2025 +17\.37 /);
    // 2025's result is withdrawn in the fixture: 2024's
    expect(r.stdout).toMatch(/N03007 {2}2024 +1,746 /);
    expect(r.stdout).toMatch(/N30001 {2}2024 +-56\.4 /);
    expect(r.stdout).toContain("Peer group: Liknande kommuner övergripande, Solna, 2024 (4 municipalities)");
  });

  it("refuses unknown and ambiguous municipalities and bad years with exit 2, writing nothing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "budget-usage-"));
    const unknown = await cli(["budget", "--kommun", "Solnna"], empty, env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage error: No municipality "Solnna" in Kolada. Closest: 0184 Solna');
    expect(unknown.stderr).toContain("Användningsfel: Hittar ingen kommun");
    const ambiguous = await cli(["budget", "--kommun", "Upplands"], empty, env);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("fits several municipalities: 0114 Upplands Väsby, 0139 Upplands-Bro");
    const asked = server.requests.length;
    const year = await cli(["budget", "--kommun", "0184", "--år", "26"], empty, env);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("--year must be a budget year of four digits");
    expect(server.requests.length).toBe(asked);
    // a year Kolada has nothing before (the fixture has 2021–2025): no workbook of zeros
    const early = await cli(["budget", "--kommun", "1265", "--år", "2000"], empty, env);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(
      "Kolada has no values for Sjöbo (1265) in 1994–1999, the years before the budget year 2000",
    );
    expect(early.stderr).toContain("Kolada har inga värden för Sjöbo (1265) åren 1994–1999");
    const none = await cli(["budget"], empty, env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("budget needs --kommun");
    expect(readdirSync(empty)).toEqual([]);
  });

  it("exits 1 within 20 s when Kolada is unreachable and nothing is cached, naming Kolada and the cache option, no file", async () => {
    const closed = await startFakeKoladaV3(DATASET);
    await closed.close();
    const empty = mkdtempSync(join(tmpdir(), "budget-offline-"));
    const started = Date.now();
    const r = await cli(["budget", "--kommun", "0184", "--år", "2026"], empty, {
      KOMMUNKALKYL_KOLADA_URL: closed.url,
      KOMMUNKALKYL_CACHE: join(empty, "cache"),
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Error: Kolada (${closed.url}): Kolada could not be reached`);
    expect(r.stderr).toContain("--cache <dir>");
    expect(r.stderr).toContain("No file was written.");
    expect(readdirSync(empty)).toEqual([]);
  });

  it("refuses an --ut name that is not .xlsx (a .csv, none) with exit 2 before fetching, writing nothing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "budget-ext-"));
    const asked = server.requests.length;
    for (const name of ["b.csv", "b", "b.xls"]) {
      const r = await cli(["budget", "--kommun", "1265", "--år", "2026", "--ut", name], empty, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `--out ${name}: the workbook is an Excel file; give a name ending in .xlsx.`,
      );
      expect(r.stderr).toContain(`--ut ${name}: arbetsboken är en Excel-fil`);
    }
    expect(server.requests.length).toBe(asked);
    expect(readdirSync(empty)).toEqual([]);
  });

  it("exits 1 before fetching, in Swedish and English, when the cache (--cache) is a file", async () => {
    const empty = mkdtempSync(join(tmpdir(), "budget-cachefile-"));
    const file = join(empty, "not-a-folder");
    writeFileSync(file, "");
    const asked = server.requests.length;
    const r = await cli(["budget", "--kommun", "1265", "--år", "2026", "--cache", file], empty, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Kolada-cachen ${file} är en fil, inte en mapp`);
    expect(r.stderr).toContain(
      `The Kolada cache ${file} is a file, not a folder; choose a folder with --cache <dir>`,
    );
    expect(r.stderr).not.toContain("EEXIST");
    expect(server.requests.length).toBe(asked);
    expect(readdirSync(empty)).toEqual(["not-a-folder"]);
  });

  it("exits 2 naming the option when --kommun is given twice, before fetching and with no file", async () => {
    const asked = server.requests.length;
    const before = readdirSync(dir).sort();
    const r = await cli(["budget", "--kommun", "1265", "--kommun", "0184", "--år", "2026"], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Flaggan --kommun har angetts två gånger; ange den en gång.");
    expect(r.stderr).toContain("The option --kommun is given twice; give it once.");
    expect(server.requests.length).toBe(asked);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("exits 2 (usage, API.md §12: an --ut that exists) before fetching when --ut names an existing folder", async () => {
    const asked = server.requests.length;
    const folder = join(dir, "en-mapp.xlsx");
    mkdirSync(folder);
    for (const extra of [[], ["--skriv-över"]]) {
      const r = await cli(["budget", "--kommun", "1265", "--ut", folder, ...extra], dir, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--ut ${folder} är en mapp; ge ett filnamn i den`);
      expect(r.stderr).toContain(`--out ${folder} is a folder; give a file name in it`);
    }
    expect(server.requests.length).toBe(asked);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("exits 1 before fetching when --ut names a folder that does not exist", async () => {
    const asked = server.requests.length;
    const r = await cli(
      ["budget", "--kommun", "1265", "--ut", join(dir, "no-such-folder", "b.xlsx")],
      dir,
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("does not exist; create it first");
    expect(server.requests.length).toBe(asked);
  });

  it("exits 1 with a bilingual message naming Kolada, and no file, when Kolada answers the figures with garbage", async () => {
    // a throwaway proxy in front of the fake: every data request (/v3/data/…) gets one kind of garbage
    const garbage: Record<string, (res: ServerResponse, url: string) => Promise<void> | void> = {
      html: (res) => {
        res
          .writeHead(200, { "Content-Type": "text/html" })
          .end("<html><body>Service Unavailable</body></html>");
      },
      "500": (res) => {
        res.writeHead(500).end("Internal Server Error");
      },
      truncated: async (res, url) => {
        const text = await (await fetch(server.url + url)).text();
        res.writeHead(200, { "Content-Type": "application/json" }).end(text.slice(0, text.length >> 1));
      },
      // next_url pointing back at the same page, for ever
      loop: async (res, url) => {
        const page = (await (await fetch(server.url + url)).json()) as { next_url: string | null };
        page.next_url = `${proxyUrl}${url}`;
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(page));
      },
    };
    let mode = "html";
    let proxyUrl = "";
    const proxy = createServer((req, res) => {
      const url = req.url ?? "/";
      if (url.startsWith("/v3/data/")) return void garbage[mode]!(res, url);
      void fetch(server.url + url).then(async (r) =>
        res
          .writeHead(r.status, { "Content-Type": "application/json" })
          .end((await r.text()).replaceAll(server.url, proxyUrl)),
      );
    });
    await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const expected: Record<string, [string, string]> = {
      html: ["Kolada svarade med trasig JSON.", "Kolada answered with malformed JSON."],
      "500": ["Kolada svarade 500 för", "Kolada answered 500 for"],
      truncated: ["Kolada svarade med trasig JSON.", "Kolada answered with malformed JSON."],
      loop: ["Koladas sidor pekar i en ring.", "Kolada's pages point in a loop."],
    };
    try {
      for (const [m, [sv, en]] of Object.entries(expected)) {
        mode = m;
        const empty = mkdtempSync(join(tmpdir(), `budget-garbage-${m}-`));
        const r = await cli(["budget", "--kommun", "1265", "--år", "2026"], empty, {
          KOMMUNKALKYL_KOLADA_URL: proxyUrl,
          KOMMUNKALKYL_CACHE: join(empty, "cache"),
        });
        expect([m, r.code]).toEqual([m, 1]);
        expect(r.stderr).toContain(`Fel: Kolada (${proxyUrl}): `);
        expect(r.stderr).toContain(sv);
        expect(r.stderr).toContain(`Error: Kolada (${proxyUrl}): `);
        expect(r.stderr).toContain(en);
        expect(r.stderr).toContain("No file was written.");
        expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
        expect(readdirSync(empty).filter((f) => f !== "cache")).toEqual([]);
      }
    } finally {
      proxy.closeAllConnections();
      await new Promise((ok) => proxy.close(ok));
    }
  });

  it("exits 1 within 20 s when Kolada accepts the connection but never answers", async () => {
    const hanging = await startFakeKolada({ "/v3/municipality": [{ hang: true }] });
    const empty = mkdtempSync(join(tmpdir(), "budget-hang-"));
    try {
      const started = Date.now();
      const r = await cli(["budget", "--kommun", "0184", "--år", "2026"], empty, {
        KOMMUNKALKYL_KOLADA_URL: hanging.url,
        KOMMUNKALKYL_CACHE: join(empty, "cache"),
      });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Kolada did not answer within 8 s.");
      expect(r.stderr).toContain("--cache <dir>");
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      await hanging.close();
    }
  });
});
