import { join } from "node:path";
import type { Page } from "playwright-core";
import { BUDGET_TEXTS } from "../../addin/src/taskpane/panels/budget/texts";
import { axeViolations, demoPage, horizontalOverflow, sharedDemo, panelReady, SCREENSHOTS } from "./browser";

// The Ny budget panel in the demo writes the budget workbook of the SYNTHETIC Exempelkommun
// (addin/src/budget/workbookFixture.ts) as seven new sheets, then the eleven workbook names of issue 20.

const demo = sharedDemo();

/** The eleven names of issue 20, in the order the builder defines them. */
const NAMES = [
  "Kommunkod",
  "Budgetar",
  "Invanare",
  "Skattesats",
  "Skatteunderlag",
  "SkatterOchBidrag",
  "Finansnetto",
  "Nettokostnader",
  "Resultatkrav",
  "Nettokostnadsram",
  "Budgetgap",
];
/** The samples' input yellow, #FFF2CC, as the browser computes it. */
const YELLOW = "rgb(255, 242, 204)";

const text = async (page: Page, testId: string) =>
  (await page.textContent(`[data-testid="${testId}"]`))?.trim() ?? "";
/** The demo's sheet tabs, by name (Fluent's tab also holds a hidden copy of its label, to reserve its width). */
const sheetTabs = (page: Page) =>
  page.$$eval('[data-testid="grid"]', () =>
    Array.from(document.querySelectorAll('[role="tablist"] [role="tab"]'))
      .filter((t) =>
        t
          .closest('[role="tablist"]')
          ?.getAttribute("aria-label")
          ?.match(/^(Blad|Sheets)$/),
      )
      .map((t) => (t.querySelector(".fui-Tab__content") ?? t).textContent?.trim() ?? ""),
  );

/** Opens the panel at Excel's narrowest pane, writes, and returns the sheets the write added. */
async function writeBudget(page: Page): Promise<string[]> {
  await panelReady(page);
  const before = await sheetTabs(page);
  await page.click('[data-testid="budget-write"]');
  await page.waitForSelector('[data-testid="budget-status"]', { timeout: 30000 });
  const after = await sheetTabs(page);
  return after.filter((n) => !before.includes(n));
}

/** The Förutsättningar sheet just written: Skattesats (B25) a yellow input, the column header A9 bold. */
async function expectMarked(page: Page, sheet: string) {
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  await page.waitForSelector(`[data-testid="grid"][aria-label="${sheet}"]`);
  const b25 = '[data-cell="B25"]';
  expect(await page.getAttribute(b25, "data-style")).toBe("input");
  expect(await page.$eval(b25, (e) => getComputedStyle(e).backgroundColor)).toBe(YELLOW);
  // the tax rate 22 of the synthetic municipality, shown with the file's two decimals
  expect((await page.textContent(b25))?.trim()).toMatch(/^22[.,]00$/);
  // a fetched label is not an input; the header row is bold
  expect(await page.$eval('[data-cell="A25"]', (e) => getComputedStyle(e).backgroundColor)).not.toBe(YELLOW);
  expect(await page.textContent('[data-cell="A9"]')).toBe("Hämtade uppgifter");
  expect(
    Number(await page.$eval('[data-cell="A9"]', (e) => getComputedStyle(e).fontWeight)),
  ).toBeGreaterThanOrEqual(600);
}

describe("the Ny budget panel in a real browser, 320 px wide", () => {
  it("in Swedish: writes the seven sheets, names the eleven defined names, and marks the inputs yellow", async () => {
    const t = BUDGET_TEXTS.sv;
    const page = await demoPage(
      demo.browser,
      demo.url,
      "bok=mal-och-budget-2025.xlsx&panel=budget&pane=320&lang=sv",
    );
    const added = await writeBudget(page);
    expect(added).toHaveLength(7);
    expect(added[0]).toMatch(/^Förutsättningar( \(\d+\))?$/);
    const status = await text(page, "budget-status");
    expect(status).toContain(t.written(added.join(", ")));
    expect(status).toContain(t.named(11, NAMES.join(", ")));
    expect(status).toContain("11 namn: Kommunkod, Budgetar, Invanare, Skattesats");
    // nothing to ask: the sample has none of these names
    expect(await page.isVisible('[data-testid="budget-names-kept"]')).toBe(false);
    const overflow = await horizontalOverflow(page);
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.outside).toEqual([]);
    await page
      .locator(`[data-testid="budget-status"]`)
      .screenshot({ path: join(SCREENSHOTS, "ny-budget-sv.png") });
    expect(await axeViolations(page)).toEqual([]);
    await expectMarked(page, added[0]!);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("in English: a name the workbook already has is reported and kept, and replaced only when asked", async () => {
    const t = BUDGET_TEXTS.en;
    // the tax scenario defines Skatteunderlag on its own sheet (samples/taxScenario.ts)
    const page = await demoPage(
      demo.browser,
      demo.url,
      "bok=skatt-eller-effektivisering.xlsx&panel=budget&pane=320&lang=en",
    );
    const added = await writeBudget(page);
    expect(added).toHaveLength(7);
    const others = NAMES.filter((n) => n !== "Skatteunderlag");
    expect(await text(page, "budget-status")).toContain(t.named(10, others.join(", ")));
    const kept = await text(page, "budget-names-kept");
    expect(kept).toMatch(/^The name Skatteunderlag \(='?Scenario'?!\$B\$\d+\) already exists/);
    expect(kept).toContain("It was not changed.");
    await page
      .locator(`[data-testid="budget-names-kept"]`)
      .screenshot({ path: join(SCREENSHOTS, "ny-budget-en-names.png") });
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-testid="budget-names-replace"]');
    await page.waitForSelector('[data-testid="budget-names-note"]');
    expect(await text(page, "budget-names-note")).toBe(t.replaced(["Skatteunderlag"]));
    expect(await page.isVisible('[data-testid="budget-names-kept"]')).toBe(false);
    await expectMarked(page, added[0]!);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
