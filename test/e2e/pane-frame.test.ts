/**
 * The pane's frame (issue 23, points 2, 3, 5 and 9) in Chromium at Excel's 320 px, in Swedish and English,
 * light and dark: the overwrite dialog names the whole range, after writing the pane names what broke
 * elsewhere, focus returns to the button after Avbryt and Esc; every panel's tab is in sight; the demo finds
 * the workbook's defined names; and a pane whose office.js cannot load says so.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { skattEllerEffektivisering } from "@kommunkalkyl/calc-core";
import { formatNumber, TEXTS } from "../../addin/src/taskpane/i18n";
import {
  axeViolations,
  demoPage,
  fill,
  panelReady,
  SCREENSHOTS,
  settled,
  panelLabels,
  sharedDemo,
} from "./browser";

const demo = sharedDemo();
const text = async (page: Page, testId: string) =>
  (await page.textContent(`[data-testid="${testId}"]`))?.trim();
/** The accessible name of the focused element, or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // a Fluent tab also holds a hidden bold copy of its name (to reserve its width): read the shown one
    const shown = el?.querySelector(".fui-Tab__content") ?? el;
    return el ? (el.getAttribute("aria-label") ?? shown?.textContent ?? "").trim() : "";
  });

const combos = (["sv", "en"] as const).flatMap((lang) =>
  (["light", "dark"] as const).map((theme) => ({ lang, theme })),
);

describe("Prognos over other committees' forecasts (manadsuppfoljning-2025.xlsx), 320 px", () => {
  /*
   * Äldreomsorg, row 9: outcomes January–August in C9:J9, budget 480. The forecast table is 9 rows × 4 columns
   * (header, three methods, a blank row, the inputs heading, budget, sign, outcomes), so written at P9 it
   * covers P9:S17. In the sample, P9:S15 hold the forecast, deviation, share and the Summa row's formulas:
   * 7 rows × 4 columns = 28 formulas; P16:S17 are empty. T9:T15 compute each row's status from P9:P15, so text
   * over P9 ("Metod") turns T9 into #VALUE!, and likewise T10 …
   */
  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: names P9:S17 and its 28 formulas, returns focus after Esc and Avbryt, names T9 after Ersätt`, async () => {
      const t = TEXTS[lang];
      const page = await demoPage(
        demo.browser,
        demo.url,
        `bok=manadsuppfoljning-2025.xlsx&panel=forecast&pane=320&lang=${lang}&theme=${theme}`,
      );
      await panelReady(page);
      await page.click('[data-cell="C9"]');
      await page.click('[data-cell="J9"]', { modifiers: ["Shift"] });
      await page
        .getByRole("button", { name: `${t.fromSelection}: ${t.outcomes.toLowerCase()}`, exact: true })
        .click();
      await fill(page, "#forecast-budget", "480");
      await page.click('[data-cell="P9"]');
      const write = page.getByRole("button", { name: t.writeForecast, exact: true });

      // Esc: nothing written, focus back on the button
      await write.click();
      const body = page.locator('[data-testid="overwrite-body"]');
      await body.waitFor();
      expect(await body.textContent()).toContain(
        lang === "sv"
          ? "Uppföljning!P9:S17 innehåller redan 28 formler. Ersätt skriver över hela området."
          : "Uppföljning!P9:S17 already holds 28 formulas. Replace overwrites the whole range.",
      );
      await page.screenshot({ path: join(SCREENSHOTS, `frame-overwrite-${lang}-${theme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await settled(page);
      await page.waitForFunction(
        (name) => document.activeElement?.textContent?.trim() === name,
        t.writeForecast,
      );
      expect(await focused(page)).toBe(t.writeForecast);
      expect(await page.textContent('[data-cell="P9"]')).not.toBe(lang === "sv" ? "Metod" : "Method");

      // Avbryt: the same
      await write.click();
      await body.waitFor();
      await page.getByRole("button", { name: lang === "sv" ? "Avbryt" : "Cancel", exact: true }).click();
      await settled(page);
      await page.waitForFunction(
        (name) => document.activeElement?.textContent?.trim() === name,
        t.writeForecast,
      );
      expect(await focused(page)).toBe(t.writeForecast);

      // Ersätt: written, and the pane names the formulas elsewhere that now show an error
      await write.click();
      await body.waitFor();
      await page.getByRole("button", { name: lang === "sv" ? "Ersätt" : "Replace", exact: true }).click();
      await settled(page);
      await page.waitForSelector('[data-testid="pane-problem"]');
      const problem = await text(page, "pane-problem");
      expect(problem).toContain(
        lang === "sv"
          ? "Skrivet till Uppföljning!P9, men nu visar Uppföljning!T9 (#VÄRDEFEL!), Uppföljning!T10 (#VÄRDEFEL!), Uppföljning!T11 (#VÄRDEFEL!) och "
          : "Written to Uppföljning!P9, but Uppföljning!T9 (#VALUE!), Uppföljning!T10 (#VALUE!), Uppföljning!T11 (#VALUE!) and ",
      );
      expect(await page.textContent('[data-cell="T9"]')).toMatch(/^#/);
      // beside the button too, the panel's message is not plain success
      expect(await text(page, "forecast-message")).toMatch(
        lang === "sv"
          ? /^Skrivet till Uppföljning!P9, men \d+ formler utanför området visar nu fel \(se varningen överst\)$/
          : /^Written to Uppföljning!P9, but \d+ formulas outside the range now show an error \(see the warning at the top\)$/,
      );
      await page.screenshot({ path: join(SCREENSHOTS, `frame-overwrite-after-${lang}-${theme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    });
});

describe("every panel's name in sight at 320 and 400 px, as real tabs", () => {
  for (const width of [320, 400])
    for (const { lang, theme } of combos)
      it(`${width} px, ${lang}, ${theme}: all nine tabs visible on every panel, arrow keys reach each, no menu in the tab list`, async () => {
        const labels = panelLabels(lang);
        const page = await demoPage(
          demo.browser,
          demo.url,
          `bok=mal-och-budget-2025.xlsx&panel=tax&pane=${width}&lang=${lang}&theme=${theme}`,
        );
        await panelReady(page);
        const list = page.locator('[data-testid="panel-tabs"]');
        // the tab list holds tabs only: no "⋯" button posing as a tab, no menu trigger
        expect(await list.locator('[aria-haspopup], [role="button"], button:not([role="tab"])').count()).toBe(
          0,
        );
        for (const label of labels) {
          await list.getByRole("tab", { name: label, exact: true }).click();
          await page.waitForSelector(`section[aria-label="${label}"]`);
          // on every panel, every tab is in sight: inside the pane, not clipped, its whole name shown
          const seen = await list.evaluate((el) => {
            const pane = el.closest('[role="complementary"]')!.getBoundingClientRect();
            return Array.from(el.querySelectorAll('[role="tab"]')).map((tab) => {
              const b = tab.getBoundingClientRect();
              const inside = b.width > 0 && b.left >= pane.left - 0.5 && b.right <= pane.right + 0.5;
              const clipped = Array.from(tab.querySelectorAll("span")).some(
                (s) => s.scrollWidth > s.clientWidth + 1,
              );
              const name = tab.querySelector(".fui-Tab__content")?.textContent ?? "";
              return { name: name.trim(), shown: inside && !clipped };
            });
          });
          expect({ on: label, tabs: seen }).toEqual({
            on: label,
            tabs: labels.map((name) => ({ name, shown: true })),
          });
        }
        // keyboard: the selected tab takes focus, the arrows walk every tab in order, Enter opens one
        await list.getByRole("tab", { name: labels[0]!, exact: true }).click();
        const reached = [await focused(page)];
        for (let i = 1; i < labels.length; i++) {
          await page.keyboard.press("ArrowRight");
          reached.push(await focused(page));
        }
        expect(reached).toEqual(labels);
        await page.keyboard.press("Enter");
        await page.waitForSelector(`section[aria-label="${labels[labels.length - 1]}"]`);
        if (width === 320)
          await page.screenshot({ path: join(SCREENSHOTS, `frame-tabs-${lang}-${theme}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
});

describe("Demo: Hämta från namngivna områden in skatt-eller-effektivisering.xlsx", () => {
  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: finds Gap, Skatteunderlag, Nettokostnad and Inkomst (Scenario!B5:B8) and computes from them`, async () => {
      const page = await demoPage(
        demo.browser,
        demo.url,
        `bok=skatt-eller-effektivisering.xlsx&panel=tax&pane=320&lang=${lang}&theme=${theme}`,
      );
      await panelReady(page);
      await page.getByRole("button", { name: TEXTS[lang].fromNames, exact: true }).click();
      await page.waitForSelector('[data-testid="tax-fill-message"]');
      expect(await text(page, "tax-fill-message")).toContain(
        `${TEXTS[lang].found}: Gap, Skatteunderlag, Nettokostnad, Inkomst.`,
      );
      // Scenario!B5:B8: gap 25 mnkr, tax base 6 748,5 mnkr (the samples' municipality in 2026:
      // 6 000 × 1,031 × 1,051 × 1,038), net cost 1 900 mnkr, income 320 000 kr;
      // 25 / 6 748,5 × 100 kr = 0,3705 kr per 100 kr, which needs a raise of 38 öre (rounded up to whole öre)
      const expected = skattEllerEffektivisering({
        gap: 25,
        skatteunderlag: 6748.5,
        nettokostnad: 1900,
        beskattningsbarInkomst: 320000,
        atgarder: [],
      });
      expect(expected.skattehojning).toBeCloseTo(0.38, 10);
      await page.waitForSelector('[data-testid="tax-raise"]');
      expect(await text(page, "tax-raise")).toBe(
        `${formatNumber(expected.skattehojning * 100, lang)}\u00a0${TEXTS[lang].ore}`,
      );
      await page.screenshot({ path: join(SCREENSHOTS, `frame-names-${lang}-${theme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
});

describe("office.js cannot load (a proxy blocks Microsoft's CDN)", () => {
  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: within 10 s the pane says what failed and what to do, in Swedish and English`, async () => {
      const page = await demo.browser.newPage({
        viewport: { width: 320, height: 700 },
        colorScheme: theme,
        locale: lang === "sv" ? "sv-SE" : "en-US",
      });
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("blockedbyclient"));
      const started = Date.now();
      await page.goto(`${demo.url}/taskpane.html`);
      const message = page.locator('[data-testid="office-failed"]');
      await message.waitFor({ state: "visible", timeout: 10000 });
      expect(Date.now() - started).toBeLessThan(10000);
      const shown = (await message.textContent()) ?? "";
      expect(shown).toContain("Kommunkalkyl kunde inte starta");
      expect(shown).toContain("Kommunkalkyl could not start");
      expect(shown).toContain("appsforoffice.microsoft.com");
      expect(shown).toContain("be IT öppna");
      expect(shown).toContain("ask IT to allow");
      expect(await message.getAttribute("role")).toBe("alert");
      await page.screenshot({ path: join(SCREENSHOTS, `frame-office-failed-${lang}-${theme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

  it("a CDN that never answers: the message comes after 8 s, saying it did not answer", async () => {
    const page = await demo.browser.newPage({ viewport: { width: 320, height: 700 } });
    // the request hangs: never fulfilled, never aborted (until the page closes)
    await page.route("https://appsforoffice.microsoft.com/**", () => undefined);
    const started = Date.now();
    await page.goto(`${demo.url}/taskpane.html`, { waitUntil: "commit" });
    const message = page.locator('[data-testid="office-failed"]');
    await message.waitFor({ state: "attached", timeout: 10000 });
    expect(Date.now() - started).toBeLessThan(10000);
    expect(await message.textContent()).toContain("svarade inte inom 8 sekunder");
    expect(await message.textContent()).toContain("did not answer within 8 seconds");
    await page.close();
  });
});
