/**
 * The second review of s8 (issue 23), findings 4, 5b, 5c and 5d, at Excel's 320 px pane width: removing a
 * measure or a project with the keyboard keeps focus in the panel (as Skatt and Konsekvensanalys do), a figure
 * and its unit stay together, Investeringar says mnkr, and Prognos explains a deviation that differs from the
 * shown budget minus the shown forecast.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { panelPage, SCREENSHOTS, selectCells, sharedDemo, textOf } from "./browser";

const demo = sharedDemo();
const NB = "\u00a0";

const pane = (query: string) => panelPage(demo.browser, demo.url, `${query}&pane=320`);
/** The focused element's id, or the tag of what holds focus when it has none ("BODY"). */
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || "");
/** Presses a key on an element reached from the keyboard's point of view: focused, then the key. */
async function press(page: Page, selector: string, key: "Enter" | " ") {
  await page.focus(selector);
  await page.keyboard.press(key === " " ? "Space" : key);
}

describe("finding 4: Ta bort with the keyboard moves focus within the panel, never to the page", () => {
  it("Åtgärdsplan: the first of two → the next measure's name; the last → Lägg till åtgärd", async () => {
    const page = await pane("bok=atgardsplan.xlsx&panel=actionplan");
    // two measures, added from the keyboard
    await press(page, "#ap-add-measure", "Enter");
    await press(page, "#ap-add-measure", "Enter");
    await page.focus("#ap-0-name");
    await page.keyboard.type("Nattbemanning");
    await page.focus("#ap-1-name");
    await page.keyboard.type("Köpta platser");
    // the first of two, with Enter: the second moves up and its name has focus
    await press(page, '[data-ap-index="0"] button:has-text("Ta bort")', "Enter");
    await page.waitForFunction(() => document.activeElement?.id === "ap-0-name");
    expect(await page.inputValue("#ap-0-name")).toBe("Köpta platser");
    expect(await page.locator("[data-ap-index]").count()).toBe(1);
    // the last, with Space: no measure is left, Lägg till åtgärd has focus
    await press(page, '[data-ap-index="0"] button:has-text("Ta bort")', " ");
    await page.waitForFunction(() => document.activeElement?.id === "ap-add-measure");
    expect(await page.locator("[data-ap-index]").count()).toBe(0);
    expect(await focused(page)).not.toBe("BODY");
    await page.close();
  });

  it("Åtgärdsplan: the second of two, the last in the list → the measure before it", async () => {
    const page = await pane("bok=atgardsplan.xlsx&panel=actionplan");
    await press(page, "#ap-add-measure", "Enter");
    await press(page, "#ap-add-measure", "Enter");
    await press(page, '[data-ap-index="1"] button:has-text("Ta bort")', "Enter");
    await page.waitForFunction(() => document.activeElement?.id === "ap-0-name");
    await page.close();
  });

  it("Investeringar: the first project → the next one's name; the last → the one before; none left → Lägg till projekt", async () => {
    const page = await pane("bok=mal-och-budget-2025.xlsx&panel=investment");
    const names = async () =>
      page.$$eval("[data-inv-index] input", (xs) =>
        xs
          .filter((x) => x.closest("[data-inv-index]")?.querySelector("input") === x)
          .map((x) => (x as HTMLInputElement).value),
      );
    const start = await names();
    // the panel's three proposals (Förskola first)
    expect(start).toHaveLength(3);
    const nameOf = (i: number) => `[data-inv-index="${i}"] input >> nth=0`;
    await press(page, '[data-inv-index="0"] button:has-text("Ta bort")', "Enter");
    await page.waitForFunction(
      () => document.activeElement === document.querySelector('[data-inv-index="0"] input'),
    );
    expect(await page.inputValue(nameOf(0))).toBe(start[1]);
    // the last of the two left, with Space: the one before it
    await press(page, '[data-inv-index="1"] button:has-text("Ta bort")', " ");
    await page.waitForFunction(
      () => document.activeElement === document.querySelector('[data-inv-index="0"] input'),
    );
    expect(await names()).toEqual([start[1]]);
    await press(page, '[data-inv-index="0"] button:has-text("Ta bort")', "Enter");
    await page.waitForFunction(() => document.activeElement?.id === "inv-add-project");
    await page.close();
  });
});

describe("finding 5c: Investeringar says its unit, never broken from the figure", () => {
  it.each([
    ["sv", "Ryms", "Väntar", "Kvar av ramen", "Investeringar"],
    ["en", "Fits", "Waits", "Left of the frame", "Investments"],
  ])(
    "%s: 45 + 72 = 117 fit the frame of 150, 35 waits, 150 − 117 = 33 left, all in mnkr",
    async (lang, ...w) => {
      const page = await pane(`bok=mal-och-budget-2025.xlsx&panel=investment&lang=${lang}`);
      const summary = (await page.textContent('[data-testid="inv-summary"]')) ?? "";
      expect(summary).toBe(`${w[0]} 117${NB}mnkr · ${w[1]} 35${NB}mnkr · ${w[2]} 33${NB}mnkr`);
      expect(await page.isVisible(`[data-testid="inv-table"] th:has-text("${w[3]} (mnkr)")`)).toBe(true);
      if (lang === "sv") {
        await page.locator('[data-testid="inv-table"]').scrollIntoViewIfNeeded();
        await page
          .locator('[data-testid="pane"]')
          .screenshot({ path: join(SCREENSHOTS, "s8-polish-investment-320.png") });
      }
      await page.close();
    },
  );
});

describe("finding 5b: Funktioner keeps a figure with its unit", () => {
  it("en: SENSITIVITY's description reads 1 %, 10 öre and 100 kr with no-break spaces", async () => {
    const page = await pane("bok=mal-och-budget-2025.xlsx&panel=functions&lang=en");
    await page.fill('input[aria-label="Search functions"]', "sensitivity");
    const card = page.locator('[role="listitem"][aria-label="KOMMUN.SENSITIVITY"]');
    const description = (await card.textContent()) ?? "";
    expect(description).toContain(`what 1${NB}% of pay, 10${NB}öre of tax or 100${NB}kr of grant`);
    await card.screenshot({ path: join(SCREENSHOTS, "s8-polish-functions-320-en.png") });
    await page.close();
  });
});

describe("finding 5d: Prognos explains a deviation the shown figures do not give", () => {
  it("LSS C10:J10, budget 150: 150 − 149,55 = 0,45 shown 0,5, while 150,0 − 149,6 = 0,4 on screen", async () => {
    const page = await pane("bok=manadsuppfoljning-2025.xlsx&panel=forecast");
    await selectCells(page, "C10", "J10");
    let sum = 0;
    for (const c of ["C", "D", "E", "F", "G", "H", "I", "J"]) {
      sum += Number(
        ((await page.textContent(`[data-cell="${c}10"]`)) ?? "")
          .replace(/[\s\u00a0\u202f]/g, "")
          .replace(",", "."),
      );
    }
    // the review's figure: eight months of LSS sum to 99,7
    expect(sum).toBeCloseTo(99.7, 9);
    await page.click("text=Hämta från markering: månadsutfall");
    await page.fill("#forecast-budget", "150");
    await page.waitForSelector('[data-testid="forecast-linjar"]');
    // linear: 99,7 / 8 × 12 = 149,55 → 149,6; deviation for a cost 150 − 149,55 = 0,45 → 0,5
    expect(await textOf(page, "deviation-linjar")).toBe("Avvikelse 0,5");
    expect(await textOf(page, "forecast-rounding")).toContain(
      "Linjär: avvikelsen 0,5 är räknad på de oavrundade beloppen, 150 − 149,55 = 0,45; de avrundade ger 150,0 − 149,6 = 0,4.",
    );
    // the rest as budgeted: 99,7 + 150 × 4/12 = 149,7, and 150,0 − 149,7 = 0,3 agrees: no note for it
    expect(await textOf(page, "forecast-rounding")).not.toContain("Resten enligt budget");
    await page
      .locator('[data-testid="pane"]')
      .screenshot({ path: join(SCREENSHOTS, "s8-polish-forecast-320.png") });
    await page.close();
  });
});
