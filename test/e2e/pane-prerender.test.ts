/**
 * taskpane.html carries its first panel as HTML, written at build time (issue 23, point 10; webpack.config.cjs,
 * PrerenderPane): its figures are on screen before any script has run, React then takes that HTML over
 * (hydrates it) instead of rendering it again, and a pane whose Office is in another language or theme is
 * rendered for that one instead of showing the Swedish, light HTML.
 */
import type { Page } from "playwright-core";
import { holdPaneScript, sharedDemo } from "./browser";

const demo = sharedDemo();

/** Office and CustomFunctions as Excel provides them, ready at once, in a display language and theme. */
async function paneIn(locale: string, displayLanguage: string, background = "#ffffff"): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 320, height: 700 }, locale });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
  await page.addInitScript(
    ([lang, bg]) => {
      const w = window as unknown as Record<string, unknown>;
      w.CustomFunctions = { associate: () => undefined, Error: class {}, ErrorCode: {} };
      w.Office = {
        onReady: (cb?: (i: unknown) => void) => Promise.resolve({ host: "Excel" }).then((i) => (cb?.(i), i)),
        context: {
          displayLanguage: lang,
          officeTheme: { bodyBackgroundColor: bg },
          requirements: { isSetSupported: () => true },
        },
      };
    },
    [displayLanguage, background] as const,
  );
  return page;
}

/** True once React listens to the gap field (its own properties are on the element). */
const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const field = document.querySelector("#tax-gap");
    return !!field && Object.keys(field).some((k) => k.startsWith("__reactProps$"));
  });

/** The pane's own scripts (not office.js, which the page needs to start at all). */
const ownScripts = (url: URL) => url.href.startsWith(demo.url) && url.pathname.endsWith(".js");

const text = async (page: Page, testId: string) =>
  (await page.textContent(`[data-testid="${testId}"]`))?.trim();

/*
 * The panel opens on a gap of 25 mnkr over a tax base of 6 900 mnkr: 25 / 6 900 = 0,362 kr per 100 kr, in whole
 * öre upwards 37 öre (as in taskpane.test.ts). A gap of 50 mnkr: 50 / 6 900 = 0,725 kr, so 73 öre.
 */
describe("taskpane.html's prerendered first panel, 320 px", () => {
  it("sv: the figures are in the page before any script runs", async () => {
    const page = await paneIn("sv-SE", "sv-SE");
    // none of the pane's own scripts: what shows is the HTML alone
    await page.route(ownScripts, (route) => route.abort());
    await page.goto(`${demo.url}/taskpane.html`);
    expect(await page.getAttribute("#root", "data-prerendered")).toBe("sv-light");
    expect(await page.inputValue("#tax-gap")).toBe("25");
    expect(await page.inputValue("#tax-base")).toBe("6 900".replace(" ", "\u00a0"));
    expect(await text(page, "tax-raise")).toBe("37\u00a0öre");
    expect(await page.isVisible('[data-testid="tax-raise"]')).toBe(true);
    // styled by the page's stylesheet alone (griffel.css, the build's extracted CSS), with no script run: the
    // tab list wraps its tabs as frame/PanelTabs.tsx asks (an unstyled div would be display: block)
    const tabs = await page.$eval('[data-testid="panel-tabs"]', (el) => {
      const style = getComputedStyle(el);
      return [style.display, style.flexWrap];
    });
    expect(tabs).toEqual(["flex", "wrap"]);
    await page.close();
  });

  it("sv: React takes the page's HTML over (the same elements) and answers typing", async () => {
    const page = await paneIn("sv-SE", "sv-SE");
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    // the pane's script is held until the HTML's result card has been marked
    const release = await holdPaneScript(page);
    await page.goto(`${demo.url}/taskpane.html`, { waitUntil: "commit" });
    await page.waitForSelector('[data-testid="tax-raise"]', { state: "attached" });
    await page.$eval('[data-testid="tax-raise"]', (el) => el.setAttribute("data-from", "html"));
    release();
    await hydrated(page);
    // hydrated, not rendered anew: the element the HTML brought is still the one on screen
    expect(await page.getAttribute('[data-testid="tax-raise"]', "data-from")).toBe("html");
    expect(await text(page, "tax-raise")).toBe("37\u00a0öre");
    await page.fill("#tax-gap", "50");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tax-raise"]')?.textContent?.trim() === "73\u00a0öre",
    );
    expect(problems).toEqual([]);
    // the styles all came with griffel.css: Griffel inserted no style element of its own at run time
    expect(await page.$$eval("style[data-make-styles-bucket]", (els) => els.length)).toBe(0);
    await page.close();
  });

  it("sv: React takes the figures over as the build recorded them, without starting ICU; Intl formats what is typed", async () => {
    const page = await paneIn("sv-SE", "sv-SE");
    // every Intl.NumberFormat the page makes, and whether the pane was live (React's) when it was made
    await page.addInitScript(() => {
      const made: boolean[] = [];
      (window as unknown as { made: boolean[] }).made = made;
      const Original = Intl.NumberFormat;
      Intl.NumberFormat = function (...args: ConstructorParameters<typeof Original>) {
        made.push(document.documentElement.hasAttribute("data-pane-live"));
        return new Original(...args);
      } as unknown as typeof Intl.NumberFormat;
    });
    await page.goto(`${demo.url}/taskpane.html`);
    await hydrated(page);
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-pane-live"));
    // the record in the page: the four fields and the three result figures the HTML shows, among others
    const record = JSON.parse((await page.textContent("#prerendered-numbers")) ?? "[]") as [string, string][];
    const shown = new Set(record.map(([, t]) => t));
    for (const figure of [
      "25",
      "6\u00a0900",
      "1\u00a0900",
      "320\u00a0000",
      "37",
      "1\u00a0184",
      "1,32\u00a0%",
    ])
      expect(shown).toContain(figure);
    // none made before the pane was live: hydration took the recorded figures
    expect(
      await page.evaluate(() => (window as unknown as { made: boolean[] }).made.filter((live) => !live)),
    ).toEqual([]);
    // typing is formatted by Intl: 50 / 6 900 = 0,725 kr per 100 kr, in whole öre upwards 73
    await page.fill("#tax-gap", "50");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tax-raise"]')?.textContent?.trim() === "73\u00a0öre",
    );
    expect(await page.evaluate(() => (window as unknown as { made: boolean[] }).made.length)).toBeGreaterThan(
      0,
    );
    await page.close();
  });

  it("sv: a tab clicked the moment the pane is live opens its panel (the tab row is taken over after the fields)", async () => {
    const page = await paneIn("sv-SE", "sv-SE");
    await page.goto(`${demo.url}/taskpane.html`, { waitUntil: "commit" });
    // clicked from inside the page as soon as React has committed the pane, before anything else can run
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const click = () => {
            // a Fluent tab carries its name twice (the second, hidden, keeps its width when it turns bold)
            const tab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) =>
              t.textContent?.startsWith("Investeringar"),
            ) as HTMLElement;
            tab.click();
            done();
          };
          const html = document.documentElement;
          if (html.hasAttribute("data-pane-live")) click();
          else
            new MutationObserver((_, o) => {
              if (!html.hasAttribute("data-pane-live")) return;
              o.disconnect();
              click();
            }).observe(html, { attributes: true });
        }),
    );
    await page.waitForSelector("section[aria-label='Investeringar'] input", { timeout: 10000 });
    expect(await page.$eval('[role="tab"][aria-selected="true"]', (el) => el.textContent)).toMatch(
      /^Investeringar/,
    );
    await page.close();
  });

  it("a panel whose code cannot be loaded says so in its own place, keeps the pane, and loads when tried again", async () => {
    for (const lang of ["sv", "en"] as const) {
      const page = await paneIn(lang === "sv" ? "sv-SE" : "en-US", lang === "sv" ? "sv-SE" : "en-US");
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      // Investeringar's own file does not arrive (the network, or an add-in updated while the pane was open)
      let failing = true;
      await page.route(/\/panel-investment\.[0-9a-f]{8}\.js$/, (route) =>
        failing ? route.abort() : route.continue(),
      );
      await page.goto(`${demo.url}/taskpane.html`);
      await hydrated(page);
      const tab = lang === "sv" ? "Investeringar" : "Investments";
      await page.locator('[data-testid="panel-tabs"]').getByRole("tab", { name: tab }).click();
      const failed = page.locator('[data-testid="panel-failed"]');
      await failed.waitFor();
      expect(await failed.textContent()).toContain(
        lang === "sv" ? `Panelen ”${tab}” kunde inte laddas` : `The panel “${tab}” could not be loaded`,
      );
      // the pane is still there: every tab, and the first panel with its figures when chosen again
      expect(await page.locator('[role="tab"]').count()).toBe(9);
      expect(problems).toEqual([]);
      failing = false;
      await failed.getByRole("button", { name: lang === "sv" ? "Försök igen" : "Try again" }).click();
      await page.waitForSelector("#inv-budget, section[aria-label] input", { timeout: 10000 });
      expect(await failed.count()).toBe(0);
      await page.locator('[data-testid="panel-tabs"]').getByRole("tab").first().click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="tax-raise"]')?.textContent?.trim() === "37\u00a0öre",
      );
      await page.close();
    }
  });

  it("sv: a figure typed before React has taken the HTML over is refused, never shown beside old results", async () => {
    const page = await paneIn("sv-SE", "sv-SE");
    const release = await holdPaneScript(page);
    await page.goto(`${demo.url}/taskpane.html`, { waitUntil: "commit" });
    await page.waitForSelector("#tax-gap", { state: "visible" });
    // typed into the HTML alone: had it been taken, the field would say 50 while the card still said 37 öre
    await page.click("#tax-gap");
    await page.keyboard.press("End");
    await page.keyboard.type("0");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("50");
    expect(await page.inputValue("#tax-gap")).toBe("25");
    expect(await text(page, "tax-raise")).toBe("37\u00a0öre");
    release();
    await hydrated(page);
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-pane-live"));
    // once React has it, the same keys are taken and answered: 50 / 6 900 = 0,725 kr per 100 kr → 73 öre
    await page.fill("#tax-gap", "50");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tax-raise"]')?.textContent?.trim() === "73\u00a0öre",
    );
    expect(await page.inputValue("#tax-gap")).toBe("50");
    await page.close();
  });

  it("en: a browser in English never shows the Swedish HTML; the pane is rendered in English", async () => {
    const page = await paneIn("en-US", "en-US");
    await page.route(ownScripts, (route) => route.abort());
    await page.goto(`${demo.url}/taskpane.html`);
    expect(await page.getAttribute("#root", "data-prerendered")).toBeNull();
    expect(await page.$$eval("#root *", (els) => els.length)).toBe(0);
    await page.unroute(ownScripts);
    await page.reload();
    await hydrated(page);
    expect(await page.getAttribute('[data-testid="panel-tabs"] [role="tab"] >> nth=0', "aria-selected")).toBe(
      "true",
    );
    expect(await page.textContent('[data-testid="panel-tabs"]')).toContain(
      "Raise the tax or become more efficient?",
    );
    await page.close();
  });

  it("sv in Office's dark theme: the light HTML is replaced by the pane in the dark theme", async () => {
    const page = await paneIn("sv-SE", "sv-SE", "#262626");
    await page.goto(`${demo.url}/taskpane.html`);
    await hydrated(page);
    expect(await page.getAttribute("#root", "data-prerendered")).toBeNull();
    expect(await text(page, "tax-raise")).toBe("37\u00a0öre");
    // the pane's background is dark: its luminance is far below white's
    const luminance = await page.$eval("#root > div", (el) => {
      const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(luminance).toBeLessThan(0.3);
    // ... down to the pane's bottom edge, also below a panel shorter than the pane (Prognos): the page is dark
    // there too, never the browser's white
    await page.locator('[data-testid="panel-tabs"]').getByRole("tab", { name: "Prognos" }).click();
    await page.waitForSelector("section[aria-label='Prognos'] button");
    const bottom = await page.evaluate(() => {
      const el = document.elementFromPoint(160, window.innerHeight - 2)!;
      let node: Element | null = el;
      // the first element up from the bottom edge that paints a background; none at all is the browser's white
      while (node && getComputedStyle(node).backgroundColor === "rgba(0, 0, 0, 0)") node = node.parentElement;
      if (!node) return 1;
      const color = getComputedStyle(node).backgroundColor;
      const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(bottom).toBeLessThan(0.3);
    await page.close();
  });
});
