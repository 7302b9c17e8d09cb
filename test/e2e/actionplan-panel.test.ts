import { join } from "node:path";
import type { Page } from "playwright-core";
import { atgardsplan } from "@kommunkalkyl/calc-core";
import { formatFixed } from "../../addin/src/taskpane/i18n";
import { parseDecimal } from "../../addin/src/taskpane/input/number";
import { axeViolations, demoPage, fill, SCREENSHOTS, sharedDemo } from "./browser";

const demo = sharedDemo();

const text = async (page: Page, testId: string) =>
  (await page.textContent(`[data-testid="${testId}"]`))?.trim();
const cell = async (page: Page, a1: string) => (await page.textContent(`[data-cell="${a1}"]`))?.trim();
/** A number as the pane or the grid shows it in Swedish ("6,95", "−2"). */
const svNumber = (s: string): number => {
  const d = parseDecimal(s, "sv");
  if (!d.ok) throw new Error(d.message);
  return d.value;
};
const cellNumber = async (page: Page, a1: string) => svNumber((await cell(page, a1))!);

describe("the Åtgärdsplan panel in a real browser, 320 px wide", () => {
  it("reads the deficit from the selection, validates every input, and writes a plan it reads back", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=atgardsplan.xlsx&panel=actionplan&pane=320");
    // the sample's LSS deficit is in Åtgärdsplan!B10
    await page.click('[data-cell="B10"]');
    await page.click("text=Hämta underskott från markering");
    expect(await page.isVisible("text=Från Åtgärdsplan!B10")).toBe(true);
    // the field shows the read value with an mnkr amount's two decimals; the plan computes with the cell's
    // value, said under the field (issue 23)
    expect(await page.inputValue("#ap-deficit")).toMatch(/^\d+,\d{2}$/);
    const said = /Räknas med cellens värde ([\d\s,]+)\./.exec((await page.textContent("body")) ?? "");
    const deficit = svNumber(said![1]!);
    expect(deficit).toBeGreaterThan(6.5);
    await fill(page, "#ap-asof", "8");
    expect(await text(page, "ap-status")).toBe("Lägg till minst en åtgärd.");

    await page.click("text=Lägg till åtgärd");
    await fill(page, "#ap-0-name", "Nattbemanning");
    await fill(page, "#ap-0-full", "2,4");
    await fill(page, "#ap-0-start", "13");
    await page.$eval("#ap-0-start", (e) => (e as HTMLElement).blur()); // judged once left
    // a wrong month: a message where it was typed, and no result
    expect(await page.isVisible("text=Skriv en månad 1–12 (4 = april).")).toBe(true);
    // in place of results: the field by its label and the measure it belongs to; writing is blocked
    expect(await text(page, "ap-status")).toContain(
      "Åtgärd 1 · Startmånad (1–12): Skriv en månad 1–12 (4 = april).",
    );
    expect(await page.getAttribute('[data-testid="ap-write"]', "aria-disabled")).toBe("true");
    expect(await page.isVisible('[data-testid="ap-write-reason"]')).toBe(true);
    expect(await page.isVisible('[data-testid="ap-left"]')).toBe(false);
    await fill(page, "#ap-0-start", "3");
    await page.selectOption("#ap-0-status", "beslutad");

    await page.click("text=Lägg till åtgärd");
    await fill(page, "#ap-1-name", "Köpta platser");
    await fill(page, "#ap-1-full", "3");
    await fill(page, "#ap-1-start", "10");
    await fill(page, "#ap-1-prob", "50");

    const measures = [
      { namn: "Nattbemanning", helarseffekt: 2.4, startmanad: 3, status: "beslutad" },
      { namn: "Köpta platser", helarseffekt: 3, startmanad: 10, status: "förslag", sannolikhet: 0.5 },
    ];
    const expected = atgardsplan(deficit, measures);
    // by hand: 2.4 × 10/12 = 2 and 3 × 3/12 = 0.75
    expect(expected.summa).toBe(2.75);
    expect(await text(page, "ap-total")).toBe(formatFixed(2.75, "sv", 2));
    expect(await text(page, "ap-left")).toBe(formatFixed(deficit - 2.75, "sv", 2));
    expect(await text(page, "ap-left-decided")).toBe(formatFixed(deficit - 2, "sv", 2));
    expect(await text(page, "ap-left-expected")).toBe(formatFixed(deficit - 2.375, "sv", 2));
    // after August only night staffing has saved: 6 months × 0.2
    expect(await text(page, "ap-left-now")).toBe(formatFixed(deficit - 1.2, "sv", 2));
    expect(await page.isVisible('[data-testid="ap-chart"] canvas')).toBe(true);

    // fits Excel's narrowest pane: nothing wider than 320 px
    const overflow = await page.$eval('[role="complementary"]', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, "atgardsplan.png") });
    expect(await axeViolations(page)).toEqual([]);

    await page.click("text=Skriv planen till nytt blad");
    await page.waitForSelector('[data-testid="ap-message"]');
    expect(await text(page, "ap-message")).toBe("Skrivet till 'Åtgärdsplan (2)'!A1");

    // read back from the grid: the deficit linked to B10, the year's effects and the spilled plan
    expect(await cell(page, "A1")).toBe("Åtgärdsplan vid underskott");
    // the grid shows the written format (#,##0.00): two decimals
    expect(await cellNumber(page, "B3")).toBeCloseTo(deficit, 2);
    expect(await cellNumber(page, "F6")).toBeCloseTo(2, 9);
    expect(await cellNumber(page, "F7")).toBeCloseTo(0.75, 9);
    expect(await cell(page, "A9")).toBe("Åtgärd");
    expect(await cell(page, "A13")).toBe("Kvar att åtgärda");
    expect(await cellNumber(page, "F13")).toBeCloseTo(expected.kvar, 2);
    expect(await cellNumber(page, "F14")).toBeCloseTo(expected.kvarBeslutade, 2);
    await page.click('[data-cell="A9"]');
    expect(await page.inputValue('[data-testid="formula-bar"]')).toMatch(
      /KOMMUN\.(ÅTGÄRDSPLAN|ACTIONPLAN)\(B3[,;]A6:A7[,;]/,
    );
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("names a negative selected value instead of flipping its sign", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=atgardsplan.xlsx&panel=actionplan&pane=320");
    await page.click('[data-cell="B8"]'); // the deviation, negative
    await page.click("text=Hämta underskott från markering");
    expect(await text(page, "ap-selection-error")).toMatch(/negativt tal \(en avvikelse\?\)/);
    expect(await page.inputValue("#ap-deficit")).toBe("");
    await page.close();
  });
});
