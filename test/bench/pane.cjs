#!/usr/bin/env node
/**
 * The task pane's speed (issue 23, point 10): `npm run bench -- --pane`, or `node test/bench/pane.cjs` after
 * `npm run build`. A benchmark that prints figures, never a timed test.
 *
 * taskpane.html as Excel loads it, with Office.js stubbed (the CDN is answered locally with a script that defines
 * Office as Excel does and measures), in Chromium at 320 px, with a cold cache (a new browser context per run), at
 * 1× and 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate). Measured inside the page with performance.now()
 * from navigation start:
 *  - usable: the first panel's first field is in the DOM and no panel is still loading, at the next frame: with
 *    the first panel prerendered into taskpane.html (webpack.config.cjs), that is its HTML on screen;
 *  - interactive: React has taken that field over (hydrated, or rendered without prerendering): its handlers
 *    are attached, so a keystroke from then on is answered; checked every 5 ms;
 *  - typing: from the key going down in the gap field to the result card showing the new figure (next frame);
 *  - first use of Investeringar and Skatter och bidrag: from the tab's click to the panel's fields.
 * The start (usable, interactive) is measured twice per run: as in Excel, with no DevTools domain enabled in the
 * page (test/bench/devtoolsPipe.cjs says why), and with Playwright attached, which then types and clicks.
 * Goals (issue 23): usable ≤ 300 ms at 1× and ≤ 800 ms at 4×, typing ≤ 100 ms at 4×.
 * PANE_BENCH_RUNS=n (default 5); PANE_BENCH_LOCALE=en-US (the pane without its prerendered HTML);
 * PANE_BENCH_ROOT=/some/checkout (measures the site built in that folder's dist/, e.g. another branch's).
 */
"use strict";
/* global window, document, requestAnimationFrame, MutationObserver, addEventListener -- run in the page */
const { spawn } = require("node:child_process");
const { join } = require("node:path");
const { chromium } = require("playwright-core");
const { launchPipe, measureStart } = require("./devtoolsPipe.cjs");
const ROOT = join(__dirname, "..", "..");
const RUNS = Number(process.env.PANE_BENCH_RUNS) || 5;
const LOCALE = process.env.PANE_BENCH_LOCALE || "sv-SE";

/**
 * office.js as the bench answers it: Office and CustomFunctions as Excel provides them, ready at once; marks when
 * the pane becomes usable and interactive, when a key is typed and answered, when a tab is clicked.
 */
function initScript() {
  const w = window;
  w.CustomFunctions = { associate: () => undefined, Error: class {}, ErrorCode: {} };
  w.Office = {
    onReady: (cb) => Promise.resolve({ host: "Excel" }).then((info) => (cb && cb(info), info)),
    context: {
      displayLanguage: "sv-SE",
      officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: { isSetSupported: () => true },
    },
  };
  w.__bench = {};
  const ready = (selector) => {
    const s = document.querySelector(selector);
    return !!s && !document.querySelector('section [role="progressbar"]');
  };
  const watch = () => {
    if (w.__bench.usable === undefined && ready("#tax-gap")) {
      w.__bench.usable = null;
      // still there at the frame (taskpane.html may drop its prerendered pane first, see PANE_BENCH_LOCALE)
      requestAnimationFrame(() => (w.__bench.usable = ready("#tax-gap") ? performance.now() : undefined));
    }
    for (const [name, selector] of Object.entries(w.__bench.waitFor || {}))
      if (w.__bench[name] === undefined && ready(selector))
        requestAnimationFrame(() => (w.__bench[name] = performance.now()));
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true, characterData: true });
  // hydration changes nothing in the DOM: React's own properties on the field tell when it listens to it,
  // looked for every 5 ms (a timer runs between the page's tasks, where React's work is done)
  const interactive = setInterval(() => {
    const field = document.querySelector("#tax-gap");
    if (field && Object.keys(field).some((k) => k.startsWith("__reactProps$"))) {
      w.__bench.interactive = performance.now();
      clearInterval(interactive);
    }
  }, 5);
  addEventListener(
    "keydown",
    () => {
      const el = document.querySelector('[data-testid="tax-raise"]');
      w.__bench.typedAt = performance.now();
      w.__bench.before = el ? el.textContent : null;
      const changed = new MutationObserver(() => {
        const now = document.querySelector('[data-testid="tax-raise"]');
        if (now && now.textContent !== w.__bench.before) {
          changed.disconnect();
          requestAnimationFrame(() => (w.__bench.answered = performance.now()));
        }
      });
      changed.observe(document, { childList: true, subtree: true, characterData: true });
    },
    true,
  );
  addEventListener("pointerdown", () => (w.__bench.clickedAt = performance.now()), true);
}

const OFFICE_JS = `(${initScript})();`;
// the start is over when both are known (usable is null between the field's appearance and the next frame)
const STARTED =
  "window.__bench && typeof window.__bench.usable === 'number' && window.__bench.interactive !== undefined";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function once(browser, url, rate) {
  // a Swedish user, as the stubbed Office says (displayLanguage sv-SE): the browser's language is Swedish too;
  // PANE_BENCH_LOCALE=en-US measures the same Swedish pane without its prerendered HTML (taskpane.html drops
  // it in a browser of another language), rendered by the scripts alone
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: LOCALE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // office.js (OFFICE_JS) is answered by the browser itself, through CDP's Fetch domain with a
  // pattern for Microsoft's CDN only: Playwright's page.route would hold EVERY request of the page (the
  // pane's own scripts too) for a round trip through this process, which a pane in Excel never pays
  cdp.on("Fetch.requestPaused", (e) =>
    cdp
      .send("Fetch.fulfillRequest", {
        requestId: e.requestId,
        responseCode: 200,
        responseHeaders: [{ name: "Content-Type", value: "text/javascript" }],
        body: Buffer.from(OFFICE_JS).toString("base64"),
      })
      .catch(() => undefined),
  );
  await cdp.send("Fetch.enable", { patterns: [{ urlPattern: "https://appsforoffice.microsoft.com/*" }] });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.goto(`${url}/taskpane.html`);
  await page.waitForFunction(STARTED, undefined, { timeout: 60000 });
  const { usable, interactive } = await page.evaluate(() => window.__bench);

  // typing a gap with the other inputs given: the result card answers
  for (const [id, v] of [
    ["#tax-base", "6900"],
    ["#tax-netcost", "1900"],
    ["#tax-income", "320000"],
    ["#tax-gap", "2"],
  ])
    await page.fill(id, v);
  await page.waitForSelector('[data-testid="tax-raise"]');
  await page.waitForTimeout(300);
  await page.focus("#tax-gap");
  await page.keyboard.press("End");
  await page.keyboard.type("5");
  await page.waitForFunction(() => window.__bench.answered !== undefined, undefined, { timeout: 30000 });
  const typing = await page.evaluate(() => window.__bench.answered - window.__bench.typedAt);

  const firstUse = {};
  for (const [name, label, selector] of [
    ["investment", "Investeringar", "#inv-budget, section[aria-label='Investeringar'] input"],
    ["revenue", "Skatter och bidrag", "section[aria-label='Skatter och bidrag'] input"],
  ]) {
    await page.evaluate(([n, s]) => (window.__bench.waitFor = { [n]: s }), [name, selector]);
    await page.locator('[data-testid="panel-tabs"]').getByRole("tab", { name: label, exact: true }).click();
    await page.waitForFunction((n) => window.__bench[n] !== undefined, name, { timeout: 60000 });
    firstUse[name] = await page.evaluate((n) => window.__bench[n] - window.__bench.clickedAt, name);
  }
  await context.close();
  return { usable, interactive, typing, ...firstUse };
}

/**
 * The add-in's own server (addin/dist/scripts/server.js) in a child process, as a web server is its own
 * process: its gzip work does not share an event loop with the browser driver measuring the page.
 */
function startServer(root = process.env.PANE_BENCH_ROOT || ROOT) {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require(${JSON.stringify(join(ROOT, "addin", "dist", "scripts", "server.js"))})
        .serve(${JSON.stringify(root)}, 0, "127.0.0.1")
        .then((s) => console.log(s.url), (e) => { console.error(e); process.exit(1); });`,
    ],
    { env: { ...process.env, KOMMUNKALKYL_HTTP: "1" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((ok, fail) => {
    child.once("exit", (code) => fail(new Error(`the server stopped (${code})`)));
    child.stdout.once("data", (d) => ok({ url: String(d).trim(), stop: () => child.kill() }));
  });
}

async function main() {
  const started = await startServer();
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
  const browser = await chromium.launch({ executablePath, args });
  const pipe = launchPipe(executablePath, ["--headless", ...args]);
  const rows = [];
  try {
    for (const rate of [1, 4]) {
      const runs = [];
      // the two ways of measuring the start alternate, so that a busy moment of the machine hits both
      for (let i = 0; i < RUNS; i++) {
        const excel = await measureStart(pipe, {
          url: `${started.url}/taskpane.html`,
          rate,
          officeJs: OFFICE_JS,
          done: STARTED,
          result: "window.__bench",
          locale: LOCALE,
        });
        const attached = await once(browser, started.url, rate);
        runs.push({
          ...attached,
          usableAttached: attached.usable,
          interactiveAttached: attached.interactive,
          ...pick(excel),
        });
      }
      const m = (k) => median(runs.map((r) => r[k]));
      rows.push({
        rate,
        usable: m("usable"),
        interactive: m("interactive"),
        usableAttached: m("usableAttached"),
        interactiveAttached: m("interactiveAttached"),
        typing: m("typing"),
        investment: m("investment"),
        revenue: m("revenue"),
      });
    }
  } finally {
    await browser.close();
    await pipe.close();
    started.stop();
  }
  // interactive has no goal of its own in issue 23; it is held to usable's, so that a prerendered page
  // cannot look fast while answering nothing
  const goal = { 1: { usable: 300, interactive: 300 }, 4: { usable: 800, interactive: 800, typing: 100 } };
  const cell = (rate, key, v) => {
    const g = goal[rate][key];
    return `${v.toFixed(0)}${g === undefined ? "" : v <= g ? ` (≤ ${g}: yes)` : ` (≤ ${g}: NO)`}`;
  };
  console.log(`Task pane, 320 px, cold cache, browser language ${LOCALE}, median of ${RUNS} runs (ms)`);
  console.log(
    "| CPU | usable (results on screen) | interactive (typing answered) | the same with Playwright attached | typing a gap | Investeringar first use | Skatter och bidrag first use |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(
      `| ${r.rate}× | ${cell(r.rate, "usable", r.usable)} | ${cell(r.rate, "interactive", r.interactive)} | ${r.usableAttached.toFixed(0)} / ${r.interactiveAttached.toFixed(0)} | ${cell(r.rate, "typing", r.typing)} | ${r.investment.toFixed(0)} | ${r.revenue.toFixed(0)} |`,
    );
  console.log(
    "usable and interactive: as in Excel, no DevTools domain enabled in the page; with Playwright attached, its Runtime domain has V8 find line and column for each Error react-dom makes at its start, re-parsing the bundle (test/bench/devtoolsPipe.cjs)",
  );
}

/** The start's two figures from a page's record. */
const pick = ({ usable, interactive }) => ({ usable, interactive });

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
