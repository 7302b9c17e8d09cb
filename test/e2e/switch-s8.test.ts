/**
 * Review s8's findings 1, 8 and 10 (issue 23) at Excel's 320 px, as a user meets them in the demo: what a language
 * switch keeps of a typed figure and of what was said about it; Prognos right after reading months; Åtgärdsplan's
 * probability typed with the other language's decimal sign. Expected texts written out by hand.
 */
import type { Page } from "playwright-core";
import { TEXTS } from "../../addin/src/taskpane/i18n";
import { enter, fill, panelAt, panelText, selectCells, sharedDemo, textOf as text } from "./browser";

const demo = sharedDemo();

/** The demo's language switch (outside the pane). */
async function switchTo(page: Page, lang: "sv" | "en"): Promise<void> {
  await page.click(`text=${lang === "sv" ? "Svenska" : "English"}`);
}

describe("1. a language switch keeps the typed text and what was said about it (Skatt, 320 px)", () => {
  it("sv → en → sv: 6,950 keeps its question, abc its error, an emptied field its 'fill in'", async () => {
    const page = await panelAt(demo, "skatt-eller-effektivisering.xlsx", "tax", "sv");
    await enter(page, "#tax-base", "6,950");
    await enter(page, "#tax-gap", "abc");
    await enter(page, "#tax-netcost", "");
    let said = await panelText(page);
    expect(said).toContain("6,950 läses som 6,95 mnkr (komma är decimaltecken) — menade du 6 950?");
    expect(said).toContain("”abc” är inte ett tal.");
    expect(said).toContain("Fyll i ett värde.");

    await switchTo(page, "en");
    // 6,950 was read as 6.95 with a question: in English the reading, and the question asked again
    await page.waitForFunction(
      () => (document.querySelector("#tax-base") as HTMLInputElement).value === "6.95",
    );
    said = await panelText(page);
    expect(said).toContain(
      "6.95 mnkr — read from 6,950 with a comma as decimal sign; did you mean 6,950 mnkr?",
    );
    // the text that is no number stays, its error in English; the emptied field is still judged
    expect(await page.inputValue("#tax-gap")).toBe("abc");
    expect(said).toContain('"abc" is not a number.');
    expect(said).toContain("Enter a value.");
    expect(said).not.toContain("The results show once");
    expect(await text(page, "tax-problems")).toContain('"abc" is not a number.');

    await switchTo(page, "sv");
    await page.waitForFunction(
      () => (document.querySelector("#tax-base") as HTMLInputElement).value === "6,950",
    );
    said = await panelText(page);
    expect(said).toContain("6,950 läses som 6,95 mnkr (komma är decimaltecken) — menade du 6 950?");
    expect(said).toContain("”abc” är inte ett tal.");
    expect(said).toContain("Fyll i ett värde.");
    await page.close();
  });

  it("en → sv: 6.950 (read as 6.95) becomes 6,95 and still asks for 6 950", async () => {
    const page = await panelAt(demo, "skatt-eller-effektivisering.xlsx", "tax", "en", "dark");
    await enter(page, "#tax-base", "6.950");
    expect(await panelText(page)).toContain(
      "6.950 is read as 6.95 mnkr (the point is the decimal sign in English) — did you mean 6,950?",
    );
    await switchTo(page, "sv");
    await page.waitForFunction(
      () => (document.querySelector("#tax-base") as HTMLInputElement).value === "6,95",
    );
    expect(await panelText(page)).toContain(
      "6,95 mnkr — läst från 6.950 med punkt som decimaltecken; menade du 6 950 mnkr?",
    );
    // a figure that means the same in both languages stays as typed
    await enter(page, "#tax-gap", "40");
    await switchTo(page, "en");
    await page.waitForFunction(
      () => (document.querySelector("#tax-base") as HTMLInputElement).value === "6.950",
    );
    expect(await page.inputValue("#tax-gap")).toBe("40");
    await page.close();
  });
});

describe("8. Prognos after 'Hämta från markering' (320 px)", () => {
  it("no red 'Fyll i ett värde.' until the budget is left; a neutral word of what is missing", async () => {
    const page = await panelAt(demo, "manadsuppfoljning-2025.xlsx", "forecast", "sv");
    // LSS's months only (C10:J10): no budget cell in the selection
    await selectCells(page, "C10", "J10");
    await page.click(`text=${TEXTS.sv.fromSelection}: ${TEXTS.sv.outcomes.toLowerCase()}`);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="forecast-source"]')?.textContent?.includes("C10:J10"),
    );
    expect(await page.locator('[data-testid="forecast-problems"]').count()).toBe(0);
    expect(await panelText(page)).not.toContain("Fyll i ett värde");
    expect(await text(page, "forecast-write-reason")).toBe("Resultaten visas när Årsbudget är ifyllt.");
    // the user leaves the budget empty: now it is judged
    await enter(page, "#forecast-budget", "");
    expect(await text(page, "forecast-problems")).toContain("Årsbudget: Fyll i ett värde.");
    // and the budget typed: the forecast
    await enter(page, "#forecast-budget", "150");
    expect(await page.locator('[data-testid="forecast-problems"]').count()).toBe(0);
    expect(await page.isVisible('[data-testid="forecast-linjar"]')).toBe(true);
    await page.close();
  });
});

describe("10. Åtgärdsplan's probability with the other language's decimal sign (320 px)", () => {
  it.each([
    [
      "en",
      "0,6",
      "In English the decimal sign is a point, and the field is in percent: write 60 for 60%, not 0,6.",
    ],
    [
      "sv",
      "0.6",
      "Punkt är inte decimaltecken på svenska, och fältet är i procent: skriv 60 för 60 %, inte 0.6.",
    ],
  ] as const)(
    "%s %s: the decimal-sign hint, what was read and what was probably meant",
    async (lang, typed, hint) => {
      const page = await panelAt(demo, "atgardsplan.xlsx", "actionplan", lang);
      await page.click(`text=${lang === "sv" ? "Lägg till åtgärd" : "Add measure"}`);
      const i = (await page.locator('input[id$="-prob"]').count()) - 1;
      await fill(page, `#ap-${i}-name`, "Köpta platser");
      await fill(page, `#ap-${i}-full`, "3");
      await fill(page, `#ap-${i}-start`, "10");
      await enter(page, `#ap-${i}-prob`, typed);
      const said = await panelText(page);
      expect(said).toContain(hint);
      expect(said).not.toMatch(/Skriv en sannolikhet|Enter a probability/);
      await page.close();
    },
  );
});
