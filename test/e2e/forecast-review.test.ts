/**
 * Prognos as the last review used it (320 px, the demo on manadsuppfoljning-2025.xlsx): a row selected from its
 * label to August without December's empty cells reads the budget cell as January — said beside the result,
 * naming the cell; and the forecast table is never written over the row it reads.
 */
import type { Page } from "playwright-core";
import { panelPage, selectCells, sharedDemo, textOf } from "./browser";

const demo = sharedDemo();

/** A grid cell's number from its sv-SE text. */
const cellNumber = async (page: Page, cell: string) =>
  Number(
    ((await page.textContent(`[data-cell="${cell}"]`)) ?? "")
      .replace(/[\s\u00a0\u202f]/g, "")
      .replace(",", ".")
      .replace("\u2212", "-"),
  );

describe("Prognos at 320 px: the review's findings", () => {
  it("A10:J10 (label, budget, eight months): B10 read as January is named, the results stay", async () => {
    const page = await panelPage(demo.browser, demo.url, "bok=manadsuppfoljning-2025.xlsx&panel=forecast");
    await page.setViewportSize({ width: 320, height: 900 });
    await selectCells(page, "A10", "J10");
    await page.click("text=Hämta från markering: månadsutfall");
    const b10 = await cellNumber(page, "B10");
    const others = [];
    for (const c of ["C", "D", "E", "F", "G", "H", "I", "J"]) others.push(await cellNumber(page, `${c}10`));
    others.sort((a, b) => a - b);
    // eight months: the median is the mean of the fourth and fifth
    const median = (others[3]! + others[4]!) / 2;
    expect(b10 / median).toBeGreaterThanOrEqual(5);
    // the reviewer then typed the budget as the annual budget: the results show, the warning beside them
    await page.fill("#forecast-budget", String(b10).replace(".", ","));
    await page.waitForSelector('[data-testid="forecast-linjar"]');
    const warnings = await textOf(page, "forecast-warnings");
    expect(warnings).toContain(
      `B10 (${new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }).format(b10).replace(/[\u00a0\u202f]/g, " ")}) läses som januari men är ${Math.round(b10 / median)} gånger de andra månadernas median.`,
    );
    await page.close();
  });

  it("written at C10, inside the row it reads: nothing is written, the message names the range and the row", async () => {
    const page = await panelPage(demo.browser, demo.url, "bok=manadsuppfoljning-2025.xlsx&panel=forecast");
    await page.setViewportSize({ width: 320, height: 900 });
    await selectCells(page, "A10", "N10");
    await page.click("text=Hämta från markering: månadsutfall");
    const before = await page.textContent('[data-cell="C10"]');
    await page.click('[data-cell="C10"]');
    await page.click('[data-testid="forecast-write"]');
    await page.waitForSelector('[data-testid="forecast-message"]');
    const message = await textOf(page, "forecast-message");
    expect(message).toMatch(
      /^Inget skrevs: tabellen skulle täcka C10:[A-Z]+\d+, där raden som prognosen läser står \(C10:N10\)\./,
    );
    expect(await page.isVisible('[role="dialog"]')).toBe(false);
    expect(await page.textContent('[data-cell="C10"]')).toBe(before);
    await page.close();
  });
});
