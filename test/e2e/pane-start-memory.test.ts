/**
 * Excel in the dark theme or in English must not first show the light, Swedish pane the build prerendered into
 * taskpane.html (issue 23, points 7 and 10). index.tsx remembers how the pane started (Office's display language
 * and theme, in localStorage under "kommunkalkyl.paneStart", frame/startMemory.ts); taskpane.html reads that
 * before its first paint and, for anything but Swedish-light, shows a placeholder in the remembered language and
 * theme instead of the prerendered HTML. With nothing remembered, or Swedish-light, the page is as the build
 * wrote it and React hydrates it.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { TEXTS } from "../../addin/src/taskpane/i18n";
import { SCREENSHOTS, axeViolations, holdPaneScript, sharedDemo } from "./browser";

const demo = sharedDemo();

/** frame/startMemory.ts's START_KEY (its unit test checks that taskpane.html reads the same key). */
const KEY = "kommunkalkyl.paneStart";
/** Office's dark themes give a dark body background ("Black" #262626); its white theme #ffffff. */
const OFFICE_DARK = "#262626";
const OFFICE_LIGHT = "#ffffff";

interface Start {
  /** the browser's own language (navigator.language) */
  locale: string;
  /** Office.context.displayLanguage */
  office: string;
  background: string;
  /** what localStorage holds before the page loads; undefined: nothing (a first start) */
  memory?: string;
  /** every access to window.localStorage throws, as in an Office webview with storage blocked */
  storageBlocked?: boolean;
  /** office.js cannot be loaded (a proxy blocks Microsoft's CDN): no Office at all */
  officeFails?: boolean;
}

/**
 * taskpane.html with Office stubbed (as test/bench/pane.cjs does: office.js answered locally, Office and
 * CustomFunctions defined before the page's scripts), at Excel's 320 px. Records at every frame, before it is
 * painted, whether the Swedish tab label is on screen (innerText leaves out what is not displayed) and the
 * page's background, in window.__frames.
 */
async function paneIn(start: Start): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 320, height: 700 }, locale: start.locale });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    start.officeFails
      ? route.abort("blockedbyclient")
      : route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
  if (start.memory !== undefined) {
    // the memory is written on the page's own origin, from an empty page there, before taskpane.html loads
    await page.route(`${demo.url}/preset-memory`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>preset</title>" }),
    );
    await page.goto(`${demo.url}/preset-memory`);
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      KEY,
      start.memory,
    ] as const);
  }
  await page.addInitScript(
    ([lang, bg, blocked, noOffice, swedishTab, memoryKey]) => {
      const w = window as unknown as Record<string, unknown>;
      if (blocked) {
        Object.defineProperty(window, "localStorage", {
          get: () => {
            throw new DOMException("Access is denied for this document.", "SecurityError");
          },
        });
        // no OfficeRuntime.storage either: the custom functions (functions.js, loaded by the page too) then
        // reach for localStorage, which throws here, and must still register
      }
      // every read and write of the memory, counted (Storage's own methods, which the page's scripts call)
      const storageUse = { reads: 0, writes: [] as string[] };
      w.__storageUse = storageUse;
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = function (key: string) {
        if (key === memoryKey) storageUse.reads++;
        return getItem.call(this, key);
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === memoryKey) storageUse.writes.push(value);
        return setItem.call(this, key, value);
      };
      // the custom functions' registrations, counted
      const associated: string[] = [];
      w.__associated = associated;
      if (!noOffice)
        w.CustomFunctions = {
          associate: (id: string) => void associated.push(id),
          Error: class {},
          ErrorCode: {},
        };
      if (!noOffice)
        w.Office = {
          onReady: (cb?: (i: unknown) => void) =>
            Promise.resolve({ host: "Excel" }).then((i) => (cb?.(i), i)),
          context: {
            displayLanguage: lang,
            officeTheme: { bodyBackgroundColor: bg },
            requirements: { isSetSupported: () => true },
          },
        };
      const frames: { swedish: boolean; background: string; live: boolean }[] = [];
      w.__frames = frames;
      const look = () => {
        if (document.body)
          frames.push({
            swedish: document.body.innerText.includes(swedishTab),
            background: getComputedStyle(document.documentElement).backgroundColor,
            live: document.documentElement.hasAttribute("data-pane-live"),
          });
        if (frames.length < 600) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
      // what the placeholder said, in order
      const said: string[] = [];
      w.__placeholderSaid = said;
      new MutationObserver(() => {
        const text = document.getElementById("pane-placeholder")?.textContent;
        if (text && said[said.length - 1] !== text) said.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    [
      start.office,
      start.background,
      !!start.storageBlocked,
      !!start.officeFails,
      TEXTS.sv.taxTab,
      KEY,
    ] as const,
  );
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

const problems = (page: Page) => (page as Page & { problems: string[] }).problems;

/** True once React listens to the gap field (its own properties are on the element). */
const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const field = document.querySelector("#tax-gap");
    return !!field && Object.keys(field).some((k) => k.startsWith("__reactProps$"));
  });

/** Relative luminance (0 black … 1 white) of a CSS colour as getComputedStyle gives it ("rgb(r, g, b)"). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

const frames = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __frames: { swedish: boolean; background: string; live: boolean }[] }).__frames,
  );

/**
 * Opens taskpane.html and waits until the parser has read the whole page (document.readyState "interactive"):
 * DOMContentLoaded itself waits for the deferred taskpane.js, which the tests hold back.
 */
async function parsed(page: Page): Promise<void> {
  await page.goto(`${demo.url}/taskpane.html`, { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
}

/** What the page shows once parsed, before the pane's script has run (it is held back). */
const firstPaint = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById("root")!;
    return {
      prerendered: root.getAttribute("data-prerendered"),
      gapField: !!document.querySelector("#tax-gap"),
      text: document.body.innerText.trim(),
      background: getComputedStyle(document.documentElement).backgroundColor,
    };
  });

const memory = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), KEY);

/** Waits until the memory says `value` (index.tsx writes a change when the page is idle, within 2 s). */
const rememberedAs = (page: Page, value: string) =>
  page.waitForFunction(([key, v]) => window.localStorage.getItem(key) === v, [KEY, value] as const, {
    timeout: 5000,
  });

/** How often the page's scripts read and wrote the memory (read before memory(), which reads it too). */
const storageUse = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __storageUse: { reads: number; writes: string[] } }).__storageUse,
  );

const paneBackground = (page: Page) =>
  page.$eval("#root > div", (el) => getComputedStyle(el).backgroundColor).then(luminance);

describe("taskpane.html remembers how the pane last started, 320 px", () => {
  it("en-dark remembered: the first paint is a dark English placeholder, then the English dark pane", async () => {
    // a Swedish browser, to show that the memory decides, not the browser's language
    const page = await paneIn({
      locale: "sv-SE",
      office: "en-US",
      background: OFFICE_DARK,
      memory: "en-dark",
    });
    const release = await holdPaneScript(page);
    await parsed(page);
    const first = await firstPaint(page);
    expect(first.prerendered).toBeNull();
    expect(first.gapField).toBe(false);
    expect(first.text).toBe("Loading Kommunkalkyl …");
    expect(first.text).not.toContain(TEXTS.sv.taxTab);
    expect(luminance(first.background)).toBeLessThan(0.3);
    await page.screenshot({ path: join(SCREENSHOTS, "start-memory-en-dark-placeholder.png") });
    expect(await axeViolations(page)).toEqual([]);
    release();
    await hydrated(page);
    await page.screenshot({ path: join(SCREENSHOTS, "start-memory-en-dark-pane.png") });
    expect(await page.textContent('[data-testid="panel-tabs"]')).toContain(TEXTS.en.taxTab);
    expect(await page.textContent('[data-testid="panel-tabs"]')).not.toContain(TEXTS.sv.taxTab);
    expect(await page.$("#pane-placeholder")).toBeNull();
    expect(await paneBackground(page)).toBeLessThan(0.3);
    // no frame before or after showed the Swedish pane, and until React had rendered every frame was dark
    const seen = await frames(page);
    expect(seen.filter((f) => !f.live).length).toBeGreaterThan(0);
    expect(seen.filter((f) => f.swedish)).toEqual([]);
    expect(seen.filter((f) => !f.live && luminance(f.background) >= 0.3)).toEqual([]);
    // remembered as it started: nothing to write
    await page.waitForTimeout(2500);
    expect((await storageUse(page)).writes).toEqual([]);
    expect(await memory(page)).toBe("en-dark");
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it("sv-dark remembered: a dark Swedish placeholder instead of the light HTML, then the dark Swedish pane", async () => {
    const page = await paneIn({
      locale: "sv-SE",
      office: "sv-SE",
      background: OFFICE_DARK,
      memory: "sv-dark",
    });
    const release = await holdPaneScript(page);
    await parsed(page);
    const first = await firstPaint(page);
    expect(first.prerendered).toBeNull();
    expect(first.gapField).toBe(false);
    expect(first.text).toBe("Laddar Kommunkalkyl …");
    expect(luminance(first.background)).toBeLessThan(0.3);
    release();
    await hydrated(page);
    expect(await page.textContent('[data-testid="panel-tabs"]')).toContain(TEXTS.sv.taxTab);
    expect(await paneBackground(page)).toBeLessThan(0.3);
    const seen = await frames(page);
    expect(seen.filter((f) => !f.live).length).toBeGreaterThan(0);
    expect(seen.filter((f) => !f.live && luminance(f.background) >= 0.3)).toEqual([]);
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it.each([
    // a first start reads the memory (taskpane.html), finds nothing, and writes it once Office has answered
    ["nothing remembered (a first start)", "sv-SE", undefined, { reads: 2, writes: ["sv-light"] }],
    // the usual start: one read before the first paint, nothing else
    ["sv-light remembered", "sv-SE", "sv-light", { reads: 1, writes: [] }],
    ["sv-light remembered, in a browser in English", "en-US", "sv-light", { reads: 1, writes: [] }],
  ])("%s: the prerendered pane is shown at once and hydrated", async (_what, locale, remembered, use) => {
    const page = await paneIn({ locale, office: "sv-SE", background: OFFICE_LIGHT, memory: remembered });
    const release = await holdPaneScript(page);
    await parsed(page);
    const first = await firstPaint(page);
    expect(first.prerendered).toBe("sv-light");
    expect(first.text).toContain(TEXTS.sv.taxTab);
    // 25 mnkr over a tax base of 6 900 mnkr: 0,362 kr per 100 kr, in whole öre upwards 37 öre
    expect(await page.textContent('[data-testid="tax-raise"]')).toBe("37\u00a0öre");
    expect(await page.isVisible('[data-testid="tax-raise"]')).toBe(true);
    await page.$eval('[data-testid="tax-raise"]', (el) => el.setAttribute("data-from", "html"));
    release();
    await hydrated(page);
    // hydrated, not rendered anew: the element the HTML brought is still the one on screen
    expect(await page.getAttribute('[data-testid="tax-raise"]', "data-from")).toBe("html");
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-pane-live"));
    // a change of memory is written when the page is idle: given the time to (2 s at most, index.tsx)
    await page.waitForTimeout(2500);
    expect(await storageUse(page)).toEqual(use);
    expect(await memory(page)).toBe("sv-light");
    // no hydration error (React reports a mismatch on the console)
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it("en-dark remembered but Office now in Swedish and light: the light Swedish pane rendered anew", async () => {
    const page = await paneIn({
      locale: "sv-SE",
      office: "sv-SE",
      background: OFFICE_LIGHT,
      memory: "en-dark",
    });
    await page.goto(`${demo.url}/taskpane.html`);
    await hydrated(page);
    expect(await page.getAttribute("#root", "data-prerendered")).toBeNull();
    expect(await page.textContent('[data-testid="tax-raise"]')).toBe("37\u00a0öre");
    expect(await page.$("#pane-placeholder")).toBeNull();
    expect(await paneBackground(page)).toBeGreaterThan(0.9);
    // the page's own background is no longer the placeholder's dark one
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-pane-live"));
    expect(await page.$eval("html", (el) => getComputedStyle(el).backgroundColor)).not.toBe(
      "rgb(41, 41, 41)",
    );
    await rememberedAs(page, "sv-light");
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it("sv-dark remembered but Office now in English and light: the placeholder turns English, then the pane", async () => {
    const page = await paneIn({
      locale: "en-US",
      office: "en-US",
      background: OFFICE_LIGHT,
      memory: "sv-dark",
    });
    await page.goto(`${demo.url}/taskpane.html`);
    await hydrated(page);
    expect(await page.textContent('[data-testid="panel-tabs"]')).toContain(TEXTS.en.taxTab);
    expect(
      await page.evaluate(() => (window as unknown as { __placeholderSaid: string[] }).__placeholderSaid),
    ).toEqual(["Laddar Kommunkalkyl …", "Loading Kommunkalkyl …"]);
    expect(await paneBackground(page)).toBeGreaterThan(0.9);
    await rememberedAs(page, "en-light");
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it("sv-light remembered but Office switched to dark since: the HTML is dropped for the dark pane", async () => {
    const page = await paneIn({
      locale: "sv-SE",
      office: "sv-SE",
      background: OFFICE_DARK,
      memory: "sv-light",
    });
    await page.goto(`${demo.url}/taskpane.html`);
    await hydrated(page);
    expect(await page.getAttribute("#root", "data-prerendered")).toBeNull();
    expect(await page.textContent('[data-testid="tax-raise"]')).toBe("37\u00a0öre");
    expect(await paneBackground(page)).toBeLessThan(0.3);
    // the next start begins dark
    await rememberedAs(page, "sv-dark");
    expect(problems(page)).toEqual([]);
    await page.close();
  });

  it("storage blocked: the page is as the build wrote it, hydrated, and nothing breaks", async () => {
    const page = await paneIn({
      locale: "sv-SE",
      office: "sv-SE",
      background: OFFICE_LIGHT,
      storageBlocked: true,
    });
    const release = await holdPaneScript(page);
    await parsed(page);
    expect((await firstPaint(page)).prerendered).toBe("sv-light");
    await page.$eval('[data-testid="tax-raise"]', (el) => el.setAttribute("data-from", "html"));
    release();
    await hydrated(page);
    expect(await page.getAttribute('[data-testid="tax-raise"]', "data-from")).toBe("html");
    // the pane answers typing: 50 / 6 900 = 0,725 kr per 100 kr → 73 öre
    await page.fill("#tax-gap", "50");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tax-raise"]')?.textContent?.trim() === "73\u00a0öre",
    );
    expect(problems(page)).toEqual([]);
    // the custom functions registered although the page may keep nothing: one of them is KOMMUN.KOLADA, whose
    // values would otherwise be kept in localStorage
    const associated = await page.evaluate(
      () => (window as unknown as { __associated: string[] }).__associated,
    );
    expect(associated).toContain("KOLADA");
    await page.close();
  });

  it("en-dark remembered and office.js cannot load: the message shows, on a dark background, no placeholder", async () => {
    const page = await paneIn({
      locale: "en-US",
      office: "en-US",
      background: OFFICE_DARK,
      memory: "en-dark",
      officeFails: true,
    });
    await page.goto(`${demo.url}/taskpane.html`);
    const message = page.locator('[data-testid="office-failed"]');
    await message.waitFor({ state: "visible", timeout: 10000 });
    expect(await message.textContent()).toContain("Kommunkalkyl could not start");
    expect(await page.isVisible("#pane-placeholder")).toBe(false);
    expect(luminance(await message.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeLessThan(0.3);
    expect(luminance(await message.evaluate((el) => getComputedStyle(el).color))).toBeGreaterThan(0.9);
    await page.close();
  });
});
