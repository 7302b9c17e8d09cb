#!/usr/bin/env node
/**
 * A picture of the budget workbook for the closing note of issue 20 (not run by `npm test`):
 *
 *   npx tsc -b && node test/budget/picture.cjs [kommun] [år] [mapp]
 *
 * Starts the fake Kolada v3 of the tests on 127.0.0.1 with test/fixtures/kolada/budget-v3.json (synthetic
 * figures), runs the built CLI `budget --kommun <kommun> --år <år>` into a temporary folder, computes the
 * file with `beräkna --json`, renders each sheet as Excel would show it (the file's column widths, number
 * formats in sv-SE, yellow input cells, bold headers; values as beräkna computed them) to HTML, and
 * screenshots each with playwright-core and /usr/bin/chromium into <mapp> (default test/e2e/screenshots/budget, not in git).
 * Prints the CLI's output too, for the note. PICTURE_XLSX=<file> keeps the workbook; PICTURE_TILES=1 also
 * writes tiles of 1400 × 800 px of each sheet to look at closely.
 */
"use strict";
const { execFile } = require("node:child_process");
const { copyFileSync, mkdtempSync, mkdirSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "addin", "bin", "kommunkalkyl.js");
const [kommun = "1265", ar = "2026", outDir = join(ROOT, "test", "e2e", "screenshots", "budget")] =
  process.argv.slice(2);

/** The fake Kolada is TypeScript: bundled for node on the fly with esbuild (a dev dependency). */
function loadFakeServer(tmp) {
  const out = join(tmp, "fakeServer.cjs");
  require("esbuild").buildSync({
    entryPoints: [join(ROOT, "test", "kolada", "fakeServer.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: out,
    define: { __dirname: JSON.stringify(join(ROOT, "test", "kolada")) },
    logLevel: "error",
  });
  return require(out);
}

function run(args, env) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, LANG: "sv_SE.UTF-8", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** An Excel number format of samples/formats.ts shown as Swedish Excel shows it. */
function formatNumber(v, fmt) {
  if (!fmt || fmt === "General") {
    return Number.isInteger(v) ? String(v) : v.toLocaleString("sv-SE", { maximumFractionDigits: 10 });
  }
  const suffix = (/"([^"]*)"/.exec(fmt) || ["", ""])[1];
  const core = fmt.replace(/"[^"]*"/g, "");
  const decimals = (/\.(0+)/.exec(core) || ["", ""])[1].length;
  const percent = core.includes("%");
  const grouping = core.includes(",");
  const x = percent ? v * 100 : v;
  const text = x.toLocaleString("sv-SE", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  return text + (percent ? " %" : "") + suffix;
}

function cellText(v, fmt) {
  if (v === null || v === undefined) return { text: "", num: false };
  if (typeof v === "object" && "value" in v) return { text: String(v.value), num: false, error: true };
  if (typeof v === "number") return { text: formatNumber(v, fmt), num: true };
  if (typeof v === "boolean") return { text: v ? "SANT" : "FALSKT", num: false };
  return { text: String(v), num: false };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), "budget-picture-"));
  const { startFakeKoladaV3, fixture } = loadFakeServer(tmp);
  const server = await startFakeKoladaV3(fixture("budget-v3.json"), { pageSize: 400 });
  const file = join(tmp, `mal-och-budget-${ar}-${kommun}.xlsx`);
  let sheets;
  try {
    const r = await run(["budget", "--kommun", kommun, "--år", ar, "--ut", file, "--sv"], {
      KOMMUNKALKYL_KOLADA_URL: server.url,
      KOMMUNKALKYL_CACHE: join(tmp, "cache"),
    });
    process.stdout.write(`$ kommunkalkyl budget --kommun ${kommun} --år ${ar} --ut ${file}\n`);
    process.stdout.write(r.stdout + r.stderr + `(exit ${r.code})\n`);
    if (r.code !== 0) throw new Error("budget failed");
    const e = await run(["beräkna", file, "--json"], {});
    if (e.code !== 0) throw new Error(`beräkna failed: ${e.stderr}`);
    sheets = JSON.parse(e.stdout);
    // PICTURE_XLSX=<file> keeps a copy of the workbook
    if (process.env.PICTURE_XLSX) copyFileSync(file, process.env.PICTURE_XLSX);
  } finally {
    await server.close();
  }

  const ExcelJS = require(require.resolve("exceljs", { paths: [join(ROOT, "addin")] }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  mkdirSync(outDir, { recursive: true });
  try {
    let i = 0;
    for (const ws of wb.worksheets) {
      const values = sheets[ws.name] || [];
      const cols = Math.max(ws.columnCount, ...values.map((r) => r.length));
      const widths = Array.from({ length: cols }, (_, c) => (ws.getColumn(c + 1).width || 9) * 7.2 + 6);
      const rows = [];
      for (let r = 1; r <= Math.max(ws.rowCount, values.length); r++) {
        const cells = [];
        for (let c = 1; c <= cols; c++) {
          const cell = ws.getCell(r, c);
          const v = values[r - 1] ? values[r - 1][c - 1] : undefined;
          const { text, num, error } = cellText(v, cell.numFmt);
          const fill = cell.fill && cell.fill.fgColor && cell.fill.fgColor.argb;
          const style = [
            num ? "text-align:right" : "",
            fill ? `background:#${fill.slice(-6)}` : "",
            cell.font && cell.font.bold ? "font-weight:bold" : "",
            cell.font && cell.font.italic ? "font-style:italic;color:#555" : "",
            cell.font && cell.font.size > 12 ? `font-size:${cell.font.size}px` : "",
            error ? "color:#c00" : "",
          ]
            .filter(Boolean)
            .join(";");
          // as in Excel, a text runs on over an empty neighbour and is cut at a filled one
          const next = values[r - 1] ? values[r - 1][c] : undefined;
          const runsOn = !num && (next === null || next === undefined || next === "");
          cells.push(`<td style="${style}${runsOn ? ";overflow:visible" : ""}">${escapeHtml(text)}</td>`);
        }
        rows.push(`<tr><th>${r}</th>${cells.join("")}</tr>`);
      }
      const head = widths
        .map((w, c) => `<th style="width:${w}px">${String.fromCharCode(65 + c)}</th>`)
        .join("");
      const html = `<!doctype html><meta charset="utf-8"><style>
        body{font:13px Calibri,Carlito,Arial,sans-serif;margin:8px}
        table{border-collapse:collapse;table-layout:fixed}
        td,th{border:1px solid #d4d4d4;padding:1px 3px;white-space:nowrap;overflow:hidden;height:18px}
        th{background:#f0f0f0;color:#555;font-weight:normal;font-size:11px}
        tr th:first-child{width:28px}
      </style><h3>${escapeHtml(ws.name)}</h3><table style="width:${28 + widths.reduce((a, b) => a + b, 0)}px"><tr><th></th>${head}</tr>${rows.join("")}</table>`;
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.setContent(html);
      const png = join(outDir, `${++i}-${ws.name.replace(/[^A-Za-zÅÄÖåäö0-9]+/g, "-")}.png`);
      // the sheet's columns (a long text runs on past the last one in Excel too, but is cut here)
      await page.locator("body").evaluate((b) => (b.style.width = "max-content"));
      const box = await page.locator("table").boundingBox();
      await page.setViewportSize({ width: Math.ceil(box.x + box.width + 8), height: 900 });
      await page.screenshot({ path: png, fullPage: true });
      if (process.env.PICTURE_TILES) {
        // tiles of 1400 × 800 px for looking at a big sheet closely (not for the note)
        const height = Math.ceil(box.y + box.height);
        for (let y = 0, t = 0; y < height; y += 800) {
          for (let x = 0; x < box.x + box.width; x += 1400) {
            await page.screenshot({
              path: png.replace(/\.png$/, `.tile${++t}.png`),
              clip: { x, y, width: 1400, height: 800 },
              fullPage: true,
            });
          }
        }
      }
      await page.close();
      process.stdout.write(`${png}\n`);
    }
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
