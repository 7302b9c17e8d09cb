/**
 * Every field's label belongs to its field: a `<label for>` names an element that is there, and a click on the
 * label puts the cursor in the field, as in Excel's own dialogs. Fluent's Field points its label at an id it
 * makes for the control; a control given its own id (the pane's fields have ids, for the tests and the written
 * block's references) took the label's target away, and a click on "Budgetgap (mnkr)" reached nothing.
 * Every panel at 320 px, with a row added where a panel has rows, and the prerendered taskpane.html as Excel
 * loads it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { panelAt, sharedDemo } from "./browser";

const demo = sharedDemo();
const BOOK = "mal-och-budget-2025.xlsx";

/** The labels of the open panel whose `for` names no element, as "label text → id". */
const dangling = (page: Page) =>
  page.$$eval('[data-testid="pane"] section[aria-label] label[for]', (labels) =>
    labels
      .filter((l) => !document.getElementById((l as HTMLLabelElement).htmlFor))
      .map((l) => `${l.textContent} → ${(l as HTMLLabelElement).htmlFor}`),
  );

/** How many labels the open panel has, and how many of them name their field by `for`. */
const labelCount = (page: Page) =>
  page.$$eval('[data-testid="pane"] section[aria-label] label', (labels) => ({
    labels: labels.length,
    withFor: labels.filter((l) => (l as HTMLLabelElement).htmlFor).length,
  }));

describe("every field's label points at its field (320 px, Swedish)", () => {
  it.each([
    ["tax", "#tax-add-measure"],
    ["revenue", ""],
    ["forecast", ""],
    ["consequence", "#cons-add-measure"],
    ["sensitivity", ""],
    ["investment", 'button:has-text("Lägg till projekt")'],
    ["actionplan", 'button:has-text("Lägg till åtgärd")'],
    ["budget", ""],
  ])("%s: no label names a missing element, a row added too", async (panel, add) => {
    const page = await panelAt(demo, panel === "forecast" ? "manadsuppfoljning-2025.xlsx" : BOOK, panel);
    try {
      if (add) await page.click(add);
      expect(await dangling(page)).toEqual([]);
      // the sweep means something: the panels have labels, and the number fields' labels name them by `for`
      const { labels, withFor } = await labelCount(page);
      expect(labels).toBeGreaterThan(0);
      if (panel !== "budget") expect(withFor).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it("a click on a label puts the cursor in its field (Skatt eller effektivisering?, Åtgärdsplan's row)", async () => {
    const tax = await panelAt(demo, BOOK, "tax");
    try {
      await tax.click('label[for="tax-gap"]');
      expect(await tax.evaluate(() => document.activeElement?.id)).toBe("tax-gap");
      await tax.click('label[for="tax-income"]');
      expect(await tax.evaluate(() => document.activeElement?.id)).toBe("tax-income");
    } finally {
      await tax.close();
    }
    const plan = await panelAt(demo, BOOK, "actionplan");
    try {
      await plan.click('button:has-text("Lägg till åtgärd")');
      await plan.click('label[for="ap-0-full"]');
      expect(await plan.evaluate(() => document.activeElement?.id)).toBe("ap-0-full");
    } finally {
      await plan.close();
    }
  });

  it("taskpane.html as built: its prerendered labels name the fields it holds", () => {
    const html = readFileSync(join(__dirname, "..", "..", "addin", "dist", "web", "taskpane.html"), "utf8");
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]!);
    // the first panel's four fields: gap, tax base, net cost, income (Skatt eller effektivisering?)
    expect(targets).toEqual(expect.arrayContaining(["tax-gap", "tax-base", "tax-netcost", "tax-income"]));
    expect(targets.filter((id) => !ids.has(id))).toEqual([]);
  });
});
