/**
 * The conventions of the issue on conventions, as the samples and the command line show them:
 * the NKA-based potential, forecast bias and a given denominator, the work line's tax delay and
 * the budget's sensitivity table. Every expected figure is computed by hand here.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { BIN, kommunkalkyl, ROOT } from "../helpers";

type Cell = number | string | null;
type Sheets = Record<string, Cell[][]>;

/** Evaluates a sample offline (empty Kolada cache, unreachable Kolada) and checks it has no error cell. */
function evaluate(file: string, extra: string[] = []): Sheets {
  const r = spawnSync(process.execPath, [BIN, "beräkna", join(ROOT, "samples", file), "--json", ...extra], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      KOMMUNKALKYL_CACHE: mkdtempSync(join(tmpdir(), "empty-")),
      KOMMUNKALKYL_KOLADA_URL: "http://127.0.0.1:9",
    },
  });
  expect(r.status).toBe(0);
  const sheets = JSON.parse(r.stdout) as Sheets;
  expect(
    Object.values(sheets)
      .flat(2)
      .filter((v) => typeof v === "string" && v.startsWith("#")),
  ).toEqual([]);
  return sheets;
}

function row(sheet: Cell[][], label: string): Cell[] {
  const found = sheet.find((x) => typeof x[0] === "string" && x[0].startsWith(label));
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("kommunkalkyl formel with the new functions", () => {
  it("EFFICIENCYPOTENTIALNCD at the group's 25th percentile: (0.1 − (−0.05)) × 200 000 000 = 30 000 000", () => {
    // P25 of {−0.1, −0.05, 0, 0.05, 0.2}: rank (5 − 1) × 0.25 = 1 → the second smallest, −0.05
    const r = kommunkalkyl([
      "formel",
      "=KOMMUN.EFFICIENCYPOTENTIALNCD(0.1,{-0.1,-0.05,0,0.05,0.2},200000000)",
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("30000000");
  });

  it("the same in Swedish, at the median: (0,1 − 0) × 200 000 000 = 20 000 000", () => {
    const r = kommunkalkyl([
      "formel",
      "--sv",
      "=KOMMUN.EFFEKTIVISERINGSPOTENTIALNKA(0,1;{-0,1;-0,05;0;0,05;0,2};200000000;50%)",
    ]);
    expect(r.stdout.trim()).toBe("20000000");
  });

  it("FORECASTBIAS of a constant 3 % pessimist is −0.03, its accuracy 0.03", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.FORECASTBIAS({970,970},1000)"]).stdout.trim()).toBe("-0.03");
    expect(kommunkalkyl(["formel", "=KOMMUN.FORECASTACCURACY({970,970},1000)"]).stdout.trim()).toBe("0.03");
  });

  it("FORECASTACCURACY of a result line with outcome 0 against 2 000 of taxes and grants: 20 / 2 000", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.FORECASTACCURACY({30,-10},0,2000)"]).stdout.trim()).toBe("0.01");
    const without = kommunkalkyl(["formel", "=KOMMUN.FORECASTACCURACY({30,-10},0)"]);
    expect(without.stdout).toMatch(/^#DIV\/0!/);
  });

  it("SENSITIVITY spills a header row in the user's language and one row per argument written", () => {
    // 1 % of 1 000 000 kr = −10 000; 100 kr × 500 inhabitants = +50 000
    const en = kommunkalkyl(["formel", "=KOMMUN.SENSITIVITY(1000000,,,,,500)"]);
    expect(en.stdout.trim().split("\n")).toEqual([
      "Item\tChange\tEffect on the result",
      "Pay costs\t+1 %\t-10000",
      "General state grant\t+100 kr per inhabitant\t50000",
    ]);
    const sv = kommunkalkyl(["formel", "--sv", "=KOMMUN.KÄNSLIGHETSANALYS(;;;;1000000)"]);
    expect(sv.stdout.trim().split("\n")).toEqual([
      "Post\tFörändring\tEffekt på resultatet",
      "Ränta\t+1 procentenhet\t-10000",
    ]);
  });

  it("SENSITIVITY with a tax rate but no tax base names the missing tax base", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.SENSITIVITY(1000000,,,21.5)"]);
    // the input in words, its unit and its Excel argument name (issue 23)
    expect(r.stdout).toMatch(/^#VALUE! The tax base \(kr, argument tax_base\) is missing: it is needed/);
  });
});

describe("the samples show the conventions", () => {
  it("mal-och-budget-2025.xlsx: the sensitivity table of 2025, in kronor", () => {
    const s = evaluate("mal-och-budget-2025.xlsx", ["--sv"])["Känslighetsanalys"]!;
    const header = s.findIndex((x) => x[0] === "Post");
    expect(s[header]).toEqual(["Post", "Förändring", "Effekt på resultatet"]);
    const table = s.slice(header + 1, header + 9);
    expect(table.map((x) => x[0])).toEqual([
      "Lönekostnader",
      "Priser",
      "Skattesats",
      "Skatteunderlag i riket",
      "Eget skatteunderlag",
      "Ränta",
      "Generellt statsbidrag",
      "Ekonomiskt bistånd",
    ]);
    const effects = table.map((x) => x[2] as number);
    // one tax base with the revenue sheet: 2025 on SKR's path, 6 000 × 1.031 × 1.051 = 6 501.486 mnkr at 21.50;
    // equalisation 519.825033 mnkr; capacity 6 464.37 mnkr / 30 000 = 215 479 kr at the county rate 19.41:
    // 1 % of 1 400 mnkr; 1 % of 900 mnkr; 6 501.486 mnkr × 0.10 / 100;
    // national: 0.01 × (6 501.486 × 21.5 % + 519.825033) mnkr = 0.01 × 1 917.644523 mnkr;
    // own: 0.01 × 1 397.81949 mnkr − 0.01 × 215 479 × 30 000 × 19.41 % = 13 978 194.9 − 12 547 341.7;
    // 1 % of 800 mnkr; 100 kr × 30 000; 10 % of 43.62 mnkr
    const own = 13_978_194.9 - 0.01 * 6_464_370_000 * 0.1941;
    const expected = [
      -14_000_000,
      -9_000_000,
      6_501_486,
      19_176_445.23,
      own,
      -8_000_000,
      3_000_000,
      -4_362_000,
    ];
    effects.forEach((e, i) => expect(e).toBeCloseTo(expected[i]!, 1));
    // the own row keeps about 1 % × base × (21.50 − 19.41)/100 of the tax row's 13.98 mnkr: a tenth
    expect(effects[4]! / 13_978_194.9).toBeCloseTo((21.5 - 19.41) / 21.5, 1);
    expect(s[header + 4]![1]).toBe("+1 %");
    expect(s[header + 5]![1]).toBe("+1 % (riket oförändrat)");
    // 14 mnkr over one öre's worth (6 501.486 mnkr / 100 / 100 = 0.6501486 mnkr): 21.53 öre
    expect(row(s, "Lönekostnader +1 % motsvarar")[1]).toBeCloseTo(14 / 0.6501486, 9);
  });

  it("manadsuppfoljning-2025.xlsx: bias beside accuracy; with every forecast on one side they agree but for the sign", () => {
    const acc = evaluate("manadsuppfoljning-2025.xlsx")["Träffsäkerhet"]!;
    const outcome = acc[2]![1] as number;
    const budget = acc[1]![1] as number;
    const forecasts = [0, 1, 2].map((j) => acc.slice(5, 11).map((x) => x[1 + j] as number));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const bias = forecasts.map((f) => mean(f.map((p) => p - outcome)) / Math.abs(outcome));
    const vsBudget = forecasts.map((f) => mean(f.map((p) => Math.abs(p - outcome))) / budget);
    const biasRow = row(acc, "Bias");
    const budgetRow = row(acc, "Genomsnittligt fel mot budgeten");
    bias.forEach((b, j) => expect(biasRow[1 + j]).toBeCloseTo(b, 12));
    vsBudget.forEach((v, j) => expect(budgetRow[1 + j]).toBeCloseTo(v, 12));
    // the profile forecasts all fall short of the outcome: one-sided errors, so bias = −MAPE;
    // the run rate errs both ways (July), so its bias is smaller than its error
    const mape = row(acc, "Genomsnittligt fel (MAPE)");
    expect(forecasts[1]!.every((p) => p < outcome)).toBe(true);
    expect(biasRow[2]).toBeCloseTo(-(mape[2] as number), 12);
    expect(forecasts[0]!.some((p) => p > outcome) && forecasts[0]!.some((p) => p < outcome)).toBe(true);
    expect(Math.abs(biasRow[1] as number)).toBeLessThan(mape[1] as number);
  });

  it("skatt-eller-effektivisering.xlsx: the work line's tax gain arrives two years late", () => {
    const work = evaluate("skatt-eller-effektivisering.xlsx", ["--sv"])["Arbetslinje"]!;
    expect(row(work, "År tills skattetillskottet")[1]).toBe(2);
    // 10 % kept: the 60 households who left by year 1, 60 % of them to work at 300 000 kr, rate 21.5:
    // 36 × 300 000 × 21.5 / 100 × 10 % = 232 200 in year 3; nothing in year 2
    expect(row(work, "Skattetillskott år 3 om kommunen behöll 10 %")[1]).toBeCloseTo(232_200, 6);
    expect(row(work, "… och år 2, innan skatten")[1]).toBe(0);
  });

  it("jamforelse-ifo.xlsx: the potential on kronor per inhabitant beside the potential on NKA", () => {
    const s = evaluate("jamforelse-ifo.xlsx")["IFO 2024"]!;
    const nka = s.slice(5, 17).map((x) => (x[2] as number) / 100);
    s.slice(5, 17).forEach((x, i) => expect(x[5]).toBeCloseTo(nka[i]!, 12));
    // NKA sorted: −0.564, −0.302, −0.215, −0.187, … ; P25 at rank 2.75: −0.215 + 0.75 × 0.028 = −0.194
    const sorted = [...nka].sort((a, b) => a - b);
    const p25 = sorted[2]! + 0.75 * (sorted[3]! - sorted[2]!);
    expect(p25).toBeCloseTo(-0.194, 12);
    // Huddinge +9.8 %: (0.098 + 0.194) × 4 000 kr × 115 000 = 134 320 000
    expect(row(s, "På nettokostnadsavvikelse")[1]).toBeCloseTo(134_320_000, 4);
    expect(row(s, "På kostnad per invånare")[1]).toBe(row(s, "Effektiviseringspotential vid 25:e")[1]);
  });
});
