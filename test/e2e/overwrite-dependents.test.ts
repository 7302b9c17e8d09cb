/**
 * The overwrite dialog says what a write will BREAK (issue 23, point 2): before asking, the pane finds the
 * formulas outside the target range that read from it and names them, counted exactly; error names are Swedish
 * Excel's in the Swedish pane. At Excel's 320 px, Swedish light and English dark, in the demo (HyperFormula's
 * dependency graph), for the two cases a review found: Funktioner's *Infoga* on Budget!B6 in
 * mal-och-budget-2025.xlsx and Prognos at Uppföljning!B11 in manadsuppfoljning-2025.xlsx. Esc returns focus to
 * the button; *Ersätt* is reached with the keyboard only (Tab to it, Enter).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { FUNCTIONS_TEXTS } from "../../addin/src/taskpane/panels/functions/texts";
import { TEXTS } from "../../addin/src/taskpane/i18n";
import { axeViolations, panelPage, SCREENSHOTS, selectCells, settled, sharedDemo, textOf } from "./browser";

const demo = sharedDemo();
const combos = [
  { lang: "sv", theme: "light" },
  { lang: "en", theme: "dark" },
] as const;

/** The dialog's text with Intl's no-break spaces as plain spaces. */
const dialogText = async (page: Page) =>
  ((await page.textContent('[role="dialog"], [role="alertdialog"]')) ?? "").replace(/[\u00a0\u202f]/g, " ");

/** Esc: the dialog closes, nothing is written, focus is back on the control named `opener`. */
async function escapeReturnsFocus(page: Page, opener: string, cell: string, before: string | null) {
  await page.keyboard.press("Escape");
  await settled(page);
  await page.waitForFunction(
    (name) =>
      (document.activeElement as HTMLElement | null)?.getAttribute("aria-label") === name ||
      document.activeElement?.textContent?.trim() === name,
    opener,
  );
  expect(await page.textContent(`[data-cell="${cell}"]`)).toBe(before);
}

/** Tab (never the mouse) until *Ersätt* (*Replace*) has focus, then Enter. */
async function replaceByKeyboard(page: Page, replace: string) {
  const reached: string[] = [];
  for (let i = 0; i < 4; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    reached.push(name);
    if (name === replace) break;
    await page.keyboard.press("Tab");
  }
  expect(reached[reached.length - 1]).toBe(replace);
  await page.keyboard.press("Enter");
  await settled(page);
}

describe("Funktioner: Infoga KOMMUN.RESULTATKRAV on Budget!B6 (mal-och-budget-2025.xlsx), 320 px", () => {
  /*
   * Infoga writes RESULTATKRAV's example (=KOMMUN.RESULTREQUIREMENT(1000,2%)) as two labelled inputs and the
   * formula: 3 rows × 2 columns, B6:C8. Budget!B6:C8 holds the finance net (B6 −12, C6 −15), the result
   * requirement share (B7, C7 2 %) and the index (B8 3,2 %, C8 3 %): 6 values, no formula.
   * Formulas outside B6:C8 that refer to one of those cells, from the sample's formulas:
   *   Budget!B12, C12   RESULTREQUIREMENT(B5,B7) / (C5,C7)                        2
   *   Budget!B13, C13   NETCOSTFRAME(B5,B6,B7) / (C5,C6,C7)                       2
   *   Budget!B15, C15   BUDGETGAP(B18:B23,B5,B6,B7) / (C…)                        2
   *   Budget!F18:F23    INDEXEDFRAME(E18,$B$8,$B$9) … (E23,…)                     6
   *   Budget!G18:G23    IMPLICITEFFICIENCY(E18,$B$8,$B$9) …                       6
   *   Budget!B44, C44   RESULT(B5,B6,B18:B23) / (C…)                              2
   *   Budget!B46, C46   RESULTVSTARGET(B44,B5,B7) / (C…)                          2
   *   Budget!B47, C47   RESULT(B5,B6,B35:B40) / (C…)                              2
   *   Budget!B49, C49   RESULTVSTARGET(B47,B5,B7) / (C…)                          2
   *   Resursfördelning!C15   =Budget!C8                                            1
   * (D12, D13 … read column D; Resursfördelning!D15 reads Budget!D8; Balanskrav reads B5, B47 …): 27 in all,
   * in the workbook's sheet order, row by row: Budget!B12, Budget!C12, Budget!B13 and 24 more.
   */
  const expected = {
    sv: "Budget!B6:C8 innehåller redan 6 värden. Ersätt skriver över hela området.27 formler utanför området läser härifrån (Budget!B12, Budget!C12, Budget!B13 och 24 till) och kan visa fel efteråt.",
    en: "Budget!B6:C8 already holds 6 values. Replace overwrites the whole range.27 formulas outside the range read from it (Budget!B12, Budget!C12, Budget!B13 and 24 more) and may show errors afterwards.",
  };

  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: names the 27 formulas that read B6:C8; Esc returns focus; Ersätt by keyboard; errors in ${lang === "sv" ? "Swedish" : "English"}`, async () => {
      const page = await panelPage(
        demo.browser,
        demo.url,
        `bok=mal-och-budget-2025.xlsx&panel=functions&pane=320&lang=${lang}&theme=${theme}`,
      );
      const name = lang === "sv" ? "KOMMUN.RESULTATKRAV" : "KOMMUN.RESULTREQUIREMENT";
      const label = FUNCTIONS_TEXTS[lang].insertLabel(name);
      await page.click('[data-cell="B6"]');
      const before = await page.textContent('[data-cell="B6"]');
      const insert = page.getByRole("button", { name: label, exact: true });
      await insert.focus();
      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      expect(await textOf(page, "overwrite-body")).toBe(expected[lang]);
      await page.screenshot({
        path: join(SCREENSHOTS, `overwrite-dependents-functions-${lang}-${theme}.png`),
      });
      expect(await axeViolations(page)).toEqual([]);
      await escapeReturnsFocus(page, label, "B6", before);

      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      await replaceByKeyboard(page, lang === "sv" ? "Ersätt" : "Replace");
      await page.waitForSelector('[data-testid="pane-problem"]');
      const problem = await textOf(page, "pane-problem");
      // B7, read by B12 (RESULTREQUIREMENT(B5,B7)), now holds the label of the share: B12 shows Excel's
      // #VALUE!, which Swedish Excel calls #VÄRDEFEL!
      if (lang === "sv") {
        expect(problem).toContain("Skrivet till Budget!B6, men nu visar Budget!B12 (#VÄRDEFEL!)");
        expect(problem).not.toContain("#VALUE!");
      } else {
        expect(problem).toContain("Written to Budget!B6, but Budget!B12 (#VALUE!)");
        expect(problem).not.toContain("#VÄRDEFEL!");
      }
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    });
});

describe("Prognos at Uppföljning!B11 (manadsuppfoljning-2025.xlsx), 320 px", () => {
  /*
   * Äldreomsorg's outcomes C9:J9, budget 480; the forecast table is 9 rows × 4 columns, so at B11 it covers
   * B11:E19. There the sample holds the budgets and January–March of IFO … Kommunledning (B11:E14, 16 numbers),
   * the Summa row (B15:E15, =SUM(B7:B14) …: 4 formulas), two empty rows (16, 17), the revenue table's headings
   * (B18:E18, 4 texts) and its first row (B19:E19, 4 numbers): 24 values and 4 formulas.
   * Formulas outside B11:E19 that refer to one of its cells, from the sample's formulas:
   *   O11:T11 … O14:T14   FORECAST(B11,C11:N11,…) ×3, DEVIATION(B11,P11), DEVIATIONSHARE, FORECASTSTATUS
   *                       read B11 (and C11:E11): 6 a row × 4 rows                            24
   *   S15, T15            DEVIATIONSHARE(B15,P15), FORECASTSTATUS(B15,P15,…) read B15           2
   *                       (F15:J15 and O15:R15 sum their own columns)
   *   O19:R19             FORECAST(B19,C19:N19,…), DEVIATION(B19,O19,…) … read B19               4
   *   B21:E21             =B19-B20 … =E19-E20                                                   4
   *                       (O20:R20 read row 20, outside; F21:J21 read F19:J19)
   * 34 in all, row by row: Uppföljning!O11, Uppföljning!P11, Uppföljning!Q11 and 31 more.
   */
  const expected = {
    sv: "Uppföljning!B11:E19 innehåller redan 24 värden och 4 formler. Ersätt skriver över hela området.34 formler utanför området läser härifrån (Uppföljning!O11, Uppföljning!P11, Uppföljning!Q11 och 31 till) och kan visa fel efteråt.",
    en: "Uppföljning!B11:E19 already holds 24 values and 4 formulas. Replace overwrites the whole range.34 formulas outside the range read from it (Uppföljning!O11, Uppföljning!P11, Uppföljning!Q11 and 31 more) and may show errors afterwards.",
  };

  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: names the 34 formulas that read B11:E19; Esc returns focus; Ersätt by keyboard`, async () => {
      const t = TEXTS[lang];
      const page = await panelPage(
        demo.browser,
        demo.url,
        `bok=manadsuppfoljning-2025.xlsx&panel=forecast&pane=320&lang=${lang}&theme=${theme}`,
      );
      await selectCells(page, "C9", "J9");
      await page
        .getByRole("button", { name: `${t.fromSelection}: ${t.outcomes.toLowerCase()}`, exact: true })
        .click();
      await page.fill("#forecast-budget", "480");
      await page.click('[data-cell="B11"]');
      const before = await page.textContent('[data-cell="B11"]');
      const write = page.getByRole("button", { name: t.writeForecast, exact: true });
      await write.focus();
      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      expect(await textOf(page, "overwrite-body")).toBe(expected[lang]);
      expect(await dialogText(page)).toContain(lang === "sv" ? "Skriva över celler?" : "Overwrite cells?");
      await page.screenshot({
        path: join(SCREENSHOTS, `overwrite-dependents-forecast-${lang}-${theme}.png`),
      });
      expect(await axeViolations(page)).toEqual([]);
      await escapeReturnsFocus(page, t.writeForecast, "B11", before);

      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      await replaceByKeyboard(page, lang === "sv" ? "Ersätt" : "Replace");
      await page.waitForSelector('[data-testid="pane-problem"]');
      const problem = await textOf(page, "pane-problem");
      // O11 (FORECAST(B11,…)) now reads the header "Metod"/"Method" as a budget: an error, in the pane's words
      expect(problem).toContain(lang === "sv" ? "Uppföljning!O11 (#VÄRDEFEL!)" : "Uppföljning!O11 (#VALUE!)");
      expect(problem).not.toContain(lang === "sv" ? "#VALUE!" : "#VÄRDEFEL!");
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    });
});
