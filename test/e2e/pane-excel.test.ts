/**
 * The pane inside Excel (issue 23, point 7): taskpane.html with Office stubbed as host Excel, at 320 px.
 * Excel gives the pane its title, the user's theme and display language, so the pane shows no title, no
 * language buttons and no theme switch of its own (those are the demo's), and takes Office's display
 * language and theme — not the browser's: each case gives the browser the other language and scheme.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { TEXTS } from "../../addin/src/taskpane/i18n";
import { axeViolations, SCREENSHOTS, sharedDemo } from "./browser";

const demo = sharedDemo();

/** Office as Excel presents it to an add-in: the host, the display language and the theme's background. */
function stubOffice(office: { displayLanguage: string; bodyBackgroundColor: string }) {
  const w = window as unknown as Record<string, unknown>;
  w.CustomFunctions = { associate: () => undefined, Error: class {}, ErrorCode: {} };
  w.Office = {
    onReady: (cb?: (info: { host: string }) => void) =>
      Promise.resolve({ host: "Excel" }).then((info) => (cb?.(info), info)),
    context: {
      displayLanguage: office.displayLanguage,
      officeTheme: { bodyBackgroundColor: office.bodyBackgroundColor },
      requirements: { isSetSupported: () => true },
    },
  };
}

/** The relative luminance of a CSS rgb() colour (WCAG 2), 0 black … 1 white. */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

// Office's "White" theme has the body background #ffffff, "Black" #262626 (Office.context.officeTheme)
const CASES = [
  { office: "sv-SE", lang: "sv", background: "#ffffff", dark: false, browserLocale: "en-US" },
  { office: "en-US", lang: "en", background: "#262626", dark: true, browserLocale: "sv-SE" },
  { office: "sv-FI", lang: "sv", background: "#262626", dark: true, browserLocale: "en-GB" },
  { office: "de-DE", lang: "en", background: "#ffffff", dark: false, browserLocale: "sv-SE" },
] as const;

describe("taskpane.html in Excel (Office stubbed), 320 px", () => {
  for (const c of CASES)
    it(`Office in ${c.office}, ${c.dark ? "dark" : "light"} theme: the pane is in ${c.lang}, ${c.dark ? "dark" : "light"}, without the demo's switches`, async () => {
      const t = TEXTS[c.lang];
      const page: Page = await demo.browser.newPage({
        viewport: { width: 320, height: 700 },
        locale: c.browserLocale,
        colorScheme: c.dark ? "light" : "dark",
      });
      // office.js itself is not fetched: the stub below is Office
      await page.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
      );
      await page.addInitScript(stubOffice, { displayLanguage: c.office, bodyBackgroundColor: c.background });
      await page.goto(`${demo.url}/taskpane.html`);
      const pane = page.getByRole("complementary", { name: "Kommunkalkyl" });
      await pane.waitFor();
      await page.locator("#tax-gap").waitFor();

      // the language is Office's: the first tab's name and the fields' labels
      expect(await pane.getAttribute("lang")).toBe(c.lang);
      await page.getByRole("tab", { name: t.taxTab, exact: true }).waitFor();
      // no language buttons, no theme switch: Excel has them
      for (const name of ["Svenska", "English"])
        expect(await page.getByRole("button", { name, exact: true }).count()).toBe(0);
      expect(await page.getByRole("switch").count()).toBe(0);
      expect(await page.getByText(t.subtitle).isVisible()).toBe(false);
      // the title stays for screen readers only: a heading, 1 px, Excel shows the add-in's name above the pane
      const title = page.getByRole("heading", { level: 1, name: t.title });
      expect(await title.count()).toBe(1);
      const box = (await title.boundingBox())!;
      expect(box.width * box.height).toBeLessThanOrEqual(1);
      // the panel starts right below the tabs: nothing of the demo's header takes room above them
      const tabs = (await page.locator('[data-testid="panel-tabs"]').boundingBox())!;
      expect(tabs.y).toBeLessThan(40);

      // the theme is Office's, whatever the browser's scheme: a dark background is far below mid-grey
      const background = await pane.evaluate((e) => getComputedStyle(e).backgroundColor);
      if (c.dark) expect(luminance(background)).toBeLessThan(0.05);
      else expect(luminance(background)).toBeGreaterThan(0.9);

      await page.screenshot({
        path: join(SCREENSHOTS, `excel-pane-${c.office}-${c.dark ? "dark" : "light"}.png`),
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
});
