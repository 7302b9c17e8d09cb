import { join } from "node:path";
import type { Server } from "node:http";
import { chromium, type Browser, type Page, type Route } from "playwright-core";
import { ROOT } from "../helpers";
import { ACTION_PLAN_TEXTS } from "../../addin/src/taskpane/panels/actionplan/texts";
import { BUDGET_TEXTS } from "../../addin/src/taskpane/panels/budget/texts";
import { INVESTMENT_TEXTS } from "../../addin/src/taskpane/panels/investment/texts";
import { REVENUE_TEXTS } from "../../addin/src/taskpane/panels/revenue/texts";
import { SENSITIVITY_TEXTS } from "../../addin/src/taskpane/panels/sensitivity/texts";
import { TEXTS } from "../../addin/src/taskpane/i18n";

export const SCREENSHOTS = join(__dirname, "screenshots");

/** Serves the built add-in and demo over http on 127.0.0.1 (an ephemeral port) and opens Chromium. */
export async function openDemo(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  process.env.KOMMUNKALKYL_HTTP = "1";
  // the built server (npm test builds first), so the pages are the production bundles
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(join(ROOT, "addin", "dist", "scripts", "server.js")) as {
    serve: (root: string, port: number, host?: string) => Promise<{ server: Server; url: string }>;
  };
  const started = await serve(ROOT, 0, "127.0.0.1");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    url: started.url,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => started.server.close(() => ok()));
    },
  };
}

/** Opens the demo on a sample workbook and a panel, and waits until the grid is there. */
export async function demoPage(
  browser: Browser,
  url: string,
  query: string,
  viewport = { width: 1400, height: 1000 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}/index.html?${query}`);
  await page.waitForSelector('[data-testid="grid"]', { timeout: 30000 });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** axe-core's serious and critical violations on the page. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent UI's focus manager (Tabster) adds invisible <i data-tabster-dummy tabindex=0 aria-hidden> sentinels
    // that move focus on to real elements; they never keep focus, and Fluent's own tests leave them out too.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, "");
  await page.type(selector, text);
}

/**
 * Waits until no dialog is open and focus is not inside a tree marked `aria-hidden` (a modal dialog hides
 * the rest of the page while it is open, and for a moment while it closes).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[role="dialog"], [role="alertdialog"]') &&
      !document.activeElement?.closest('[aria-hidden="true"]') &&
      !document.querySelector('#root[aria-hidden="true"]'),
  );
}

/** What sticks out sideways: the page's and the pane's overflow, and elements of the pane outside its box. */
export async function horizontalOverflow(
  page: Page,
  pane = '[data-testid="pane"]',
): Promise<{ page: number; pane: number; outside: string[] }> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)!;
    const r = box.getBoundingClientRect();
    const outside = Array.from(box.querySelectorAll("*"))
      .filter((e) => {
        const b = e.getBoundingClientRect();
        // visually hidden elements (1 px, clipped) are meant for screen readers only
        return b.width > 1 && (b.right > r.right + 0.5 || b.left < r.left - 0.5);
      })
      .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 40)}"`);
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      pane: box.scrollWidth - box.clientWidth,
      outside,
    };
  }, pane);
}

/**
 * Waits until the pane's panel is there: panels load on first use (App.tsx), so right after the grid the
 * panel's section may still show only its loading spinner.
 */
export async function panelReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="pane"] section[aria-label]');
      return !!s && !s.querySelector('[role="progressbar"]') && !!s.querySelector("input, button, table");
    },
    undefined,
    { timeout: 30000 },
  );
}

/** Every panel's tab label, in the order of the tab list (the domain panels name their own tabs). */
export const panelLabels = (lang: "sv" | "en"): string[] => [
  TEXTS[lang].taxTab,
  REVENUE_TEXTS[lang].tab,
  TEXTS[lang].forecastTab,
  TEXTS[lang].consequenceTab,
  SENSITIVITY_TEXTS[lang].tab,
  INVESTMENT_TEXTS[lang].tab,
  ACTION_PLAN_TEXTS[lang].tab,
  TEXTS[lang].functionsTab,
  BUDGET_TEXTS[lang].tab,
];

/**
 * One demo server and Chromium for a test file: opened before its tests, closed after them. The object's
 * `url` and `browser` are there once the file's `beforeAll` has run (inside tests).
 */
export function sharedDemo(): { url: string; browser: Browser } {
  const demo = {} as { url: string; browser: Browser; close?: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(demo, await openDemo());
  });
  afterAll(async () => demo.close?.());
  return demo;
}

/** The demo on a sample workbook and a panel, with the panel loaded (panels load on first use). */
export async function panelPage(...args: Parameters<typeof demoPage>): Promise<Page> {
  const page = await demoPage(...args);
  await panelReady(page);
  return page;
}

/** The demo at Excel's 320 px on a sample workbook and a panel, in a language and theme, the panel loaded. */
export function panelAt(
  demo: { url: string; browser: Browser },
  book: string,
  panel: string,
  lang: "sv" | "en" = "sv",
  theme: "light" | "dark" = "light",
): Promise<Page> {
  return panelPage(demo.browser, demo.url, `bok=${book}&panel=${panel}&lang=${lang}&theme=${theme}&pane=320`);
}

/** The open panel's whole text, with Intl's no-break spaces as plain spaces. */
export async function panelText(page: Page): Promise<string> {
  return ((await page.textContent('[data-testid="pane"] section[aria-label]')) ?? "").replace(
    /[\u00a0\u202f]/g,
    " ",
  );
}

/** An element's text by its test id, with Intl's no-break spaces as plain spaces; "" when it is not there. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.textContent(`[data-testid="${testId}"]`)) ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
}

/** Types into a field and leaves it: a field is judged (may show its error) once the user has left it. */
export async function enter(page: Page, selector: string, value: string): Promise<void> {
  await fill(page, selector, value);
  await page.$eval(selector, (e) => (e as HTMLElement).blur());
}

/** axe on the panel only (serious and critical), once the theme's colour transitions have finished. */
export async function axePanel(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== "running" && !a.pending),
    undefined,
    { polling: "raf" },
  );
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(
      { include: [['[data-testid="pane"] section[aria-label]']], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  });
}

/**
 * Elements of the panel wider than their box (clipped text, a header over its neighbour); a table's own
 * scroll region and a chart's canvas may be wider inside, nothing in them is clipped.
 */
export function clipped(page: Page): Promise<string[]> {
  return page.$eval('[data-testid="pane"] section[aria-label]', (s) =>
    Array.from(s.querySelectorAll<HTMLElement>("*"))
      .filter(
        (el) => !el.closest('[role="region"]') && el.tagName !== "CANVAS" && !el.closest("figure table"),
      )
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").slice(0, 40)}`),
  );
}

/** Picks an option of a Fluent dropdown. */
export async function choose(page: Page, dropdown: string, option: string): Promise<void> {
  await page.click(dropdown);
  await page.click(`[role="option"]:has-text("${option}")`);
}

/** Selects the demo grid's cells from one corner to the other. */
export async function selectCells(page: Page, from: string, to: string): Promise<void> {
  await page.click(`[data-cell="${from}"]`);
  await page.click(`[data-cell="${to}"]`, { modifiers: ["Shift"] });
}

/** Holds the pane's script (taskpane.js) until the returned function is called: the page shows its HTML alone. */
export async function holdPaneScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/taskpane\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}
