#!/usr/bin/env node
/**
 * Benchmarks (`npm run bench`, never part of `npm test`). Each goal is a ratio
 * against a baseline measured in the same process, or a time on this machine;
 * results are printed as a table and written to test/bench/results.json.
 * Run after `npm run build` (it uses the built packages, as users do).
 */
"use strict";
// `npm run bench -- --pane`: the task pane's speed in Chromium instead (test/bench/pane.cjs)
if (process.argv.includes("--pane")) {
  require("./pane.cjs");
  return;
}
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const ROOT = join(__dirname, "..", "..");
const core = require(join(ROOT, "calc-core", "dist", "cjs", "index.js"));
const { HyperFormula } = require("hyperformula");
const { createEngine } = require(join(ROOT, "addin", "dist", "hyperformula", "engine.js"));
const { HF_LICENSE_KEY } = require(join(ROOT, "addin", "dist", "hyperformula", "plugin.js"));

/** Median of `runs` timings (ms) of fn, after one warm-up. */
function time(fn, runs = 7) {
  fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

// --- 1. a workbook of 290 municipalities × 12 months: KOMMUN.* vs native formulas, in HyperFormula
const N = 290;
function sheet(kommun) {
  const rows = [];
  for (let i = 0; i < N; i++) {
    const r = i + 1;
    const months = Array.from({ length: 12 }, (_, m) => (m < 8 ? 100 + ((i * 7 + m * 13) % 17) : null));
    const budget = 1200 + (i % 50);
    const sob = 1000 + i;
    const f = kommun
      ? [
          `=KOMMUN.FORECAST(B${r},C${r}:N${r},"linear")`,
          `=KOMMUN.DEVIATION(B${r},O${r})`,
          `=KOMMUN.DEVIATIONSHARE(B${r},O${r})`,
          `=KOMMUN.NETCOSTFRAME(R${r},5,2%)`,
          `=KOMMUN.RESULTREQUIREMENT(R${r},2%)`,
          `=KOMMUN.RESULTSHARE(R${r}-Q${r},R${r})`,
        ]
      : [
          `=SUM(C${r}:N${r})*12/COUNT(C${r}:N${r})`,
          `=B${r}-O${r}`,
          `=(B${r}-O${r})/ABS(B${r})`,
          `=R${r}+5-2%*R${r}`,
          `=2%*R${r}`,
          `=(R${r}-Q${r})/R${r}`,
        ];
    rows.push([`K${i}`, budget, ...months, f[0], f[1], f[2], f[3], sob, f[4], f[5]]);
  }
  return { Blad1: rows };
}
const config = { licenseKey: HF_LICENSE_KEY, maxRows: 1048576, maxColumns: 16384 };
function buildNative() {
  return HyperFormula.buildFromSheets(sheet(false), config);
}
function buildKommun() {
  return createEngine(sheet(true), "en", "en");
}
const buildNativeMs = time(() => buildNative().destroy());
const buildKommunMs = time(() => buildKommun().destroy());
const hfN = buildNative();
const hfK = buildKommun();
let v = 0;
const changeNativeMs = time(() => hfN.setCellContents({ sheet: 0, row: 7, col: 2 }, [[100 + (v++ % 9)]]), 31);
const changeKommunMs = time(() => hfK.setCellContents({ sheet: 0, row: 7, col: 2 }, [[100 + (v++ % 9)]]), 31);
// the two workbooks must agree, or the comparison means nothing
for (const [a, b] of [
  [14, 14],
  [17, 17],
]) {
  const x = hfN.getCellValue({ sheet: 0, row: 5, col: a });
  const y = hfK.getCellValue({ sheet: 0, row: 5, col: b });
  if (Math.abs(x - y) > 1e-9) throw new Error(`native ${x} and KOMMUN ${y} differ`);
}

// --- 2. calc-core prognos on 10 000 lines × 8 months vs a plain-number implementation
const LINES = Array.from({ length: 10_000 }, (_, i) =>
  Array.from({ length: 8 }, (_, m) => 100 + ((i + m * 3) % 11)),
);
function plainPrognos(budget, outcomes) {
  let s = 0;
  let m = 0;
  for (const a of outcomes) {
    if (a === null || a === undefined) break;
    s += a;
    m++;
  }
  return (s * 12) / m;
}
const prognosMs = time(() => {
  for (const l of LINES) core.prognos(1200, l, "linjar");
}, 5);
const plainMs = time(() => {
  for (const l of LINES) plainPrognos(1200, l);
}, 5);

// --- 3. the task pane's scenario recompute: 50 measures × 5 years
const MEASURES = Array.from({ length: 50 }, (_, i) => ({
  namn: `Åtgärd ${i + 1}`,
  startar: 2026 + (i % 3),
  engangskostnad: 1 + (i % 4),
  investering: 5 + (i % 7),
  avskrivningstid: 5 + (i % 10),
  ranta: 0.02,
  driftkostnad: 0.3,
  intakt: 2 + (i % 5),
}));
const scenarioMs = time(() => {
  core.konsekvensanalys(MEASURES, {
    ar: [2026, 2027, 2028, 2029, 2030],
    skatterOchBidrag: 2000,
    skatteunderlag: 6900,
  });
  core.skattEllerEffektivisering({
    gap: 25,
    skatteunderlag: 6900,
    nettokostnad: 1900,
    beskattningsbarInkomst: 320000,
    atgarder: MEASURES.map((m) => ({ namn: m.namn, belopp: m.intakt })),
  });
}, 21);

// --- 4. `beräkna` on a workbook of ROWS rows × 3 KOMMUN formulas vs the same workbook with native
// formulas, read from .xlsx and evaluated as the command does (BENCH_ROWS=2000 for a quick look)
const ROWS = Number(process.env.BENCH_ROWS || 20_000);
async function beraknaBench() {
  const ExcelJS = require("exceljs");
  const { mkdtempSync, rmSync } = require("node:fs");
  const { tmpdir } = require("node:os");
  const { readWorkbook, evaluateRead } = require(join(ROOT, "addin", "dist", "cli", "xlsx.js"));
  const dir = mkdtempSync(join(tmpdir(), "kk-bench-"));
  const make = async (kommun) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    for (let i = 1; i <= ROWS; i++) {
      const f = kommun
        ? [
            `_xldudf_KOMMUN_DEVIATION(A${i},B${i})`,
            `_xldudf_KOMMUN_DEVIATIONSHARE(A${i},B${i})`,
            `_xldudf_KOMMUN_RESULTREQUIREMENT(C${i},2%)`,
          ]
        : [`A${i}-B${i}`, `(A${i}-B${i})/ABS(A${i})`, `2%*C${i}`];
      ws.addRow([1000 + (i % 97), 990 + (i % 89), 50_000 + i, ...f.map((formula) => ({ formula }))]);
    }
    const path = join(dir, kommun ? "kommun.xlsx" : "native.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  };
  const nativePath = await make(false);
  const kommunPath = await make(true);
  const once = async (path) => {
    const s = performance.now();
    const r = evaluateRead(await readWorkbook(path), "en");
    const ms = performance.now() - s;
    if (r.errors.length) throw new Error(`${path}: ${r.errors.length} error cells`);
    return { ms, row: r.values.Data[5] };
  };
  // alternating runs, so that a busy machine slows both alike; the median of each
  const n = [];
  const k = [];
  let heap = 0;
  for (let i = 0; i < 6; i++) {
    const a = await once(nativePath);
    const b = await once(kommunPath);
    heap = Math.max(heap, process.memoryUsage().rss);
    if (i === 0) {
      // the two workbooks must agree, or the comparison means nothing
      if (a.row.some((x, j) => Math.abs(x - b.row[j]) > 1e-9)) throw new Error(`${a.row} ≠ ${b.row}`);
      continue;
    }
    n.push(a.ms);
    k.push(b.ms);
  }
  rmSync(dir, { recursive: true, force: true });
  const median = (t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)];
  return { native: median(n), kommun: median(k), rssMb: heap / 1e6 };
}

(async () => {
  const berakna = await beraknaBench();
  const results = [
    {
      name: "workbook 290 × 12, build + full recalc",
      measured: buildKommunMs,
      baseline: buildNativeMs,
      ratio: buildKommunMs / buildNativeMs,
      goal: "≤ 1.5× native",
      met: buildKommunMs / buildNativeMs <= 1.5,
    },
    {
      name: "workbook 290 × 12, one-cell change",
      measured: changeKommunMs,
      baseline: changeNativeMs,
      ratio: changeKommunMs / changeNativeMs,
      goal: "≤ 1.5× native",
      met: changeKommunMs / changeNativeMs <= 1.5,
    },
    {
      name: "calc-core prognos, 10 000 lines × 8 months",
      measured: prognosMs,
      baseline: plainMs,
      ratio: prognosMs / plainMs,
      goal: "≤ 50 ms",
      met: prognosMs <= 50,
    },
    {
      name: "scenario recompute, 50 measures × 5 years",
      measured: scenarioMs,
      baseline: null,
      ratio: null,
      goal: "≤ 16 ms",
      met: scenarioMs <= 16,
    },
    {
      name: `beräkna ${ROWS} rows × 3 formulas, read + evaluate (peak RSS ${berakna.rssMb.toFixed(0)} MB)`,
      measured: berakna.kommun,
      baseline: berakna.native,
      ratio: berakna.kommun / berakna.native,
      goal: "≤ 1.1× native",
      met: berakna.kommun / berakna.native <= 1.1,
    },
  ];
  const fmt = (x) => (x === null ? "–" : x.toFixed(2));
  console.log("| benchmark | measured (ms) | baseline (ms) | ratio | goal | met |");
  console.log("| --- | ---: | ---: | ---: | --- | --- |");
  for (const r of results)
    console.log(
      `| ${r.name} | ${fmt(r.measured)} | ${fmt(r.baseline)} | ${fmt(r.ratio)} | ${r.goal} | ${r.met ? "yes" : "NO"} |`,
    );
  // a quick look (BENCH_ROWS) leaves the recorded results alone
  if (!process.env.BENCH_ROWS)
    writeFileSync(
      join(__dirname, "results.json"),
      JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + "\n",
    );
})();
