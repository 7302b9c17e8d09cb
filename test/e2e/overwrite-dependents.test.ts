/**
 * The overwrite dialog says what a write will BREAK (issue 23, point 2, and the s8 review's finding 4): before
 * asking, the pane finds every formula outside the target range that reads it, directly or through other
 * formulas (a formula that reads a replaced cell's reader breaks too), and names them, counted exactly; after
 * *Ersätt* the formulas that now show an error and the other readers, which now calculate from the new values,
 * add up to the dialog's count. Error names are Swedish Excel's in the Swedish pane, in the pane's messages and
 * in the demo's grid (finding 11a). At Excel's 320 px, Swedish light and English dark, in the demo
 * (HyperFormula's dependency graph), for the two cases the review found: Funktioner's *Infoga* RESULTATKRAV on
 * Budget!B4 in mal-och-budget-2025.xlsx (the dialog said 20, afterwards 35 cells showed an error) and Prognos at
 * Uppföljning!B20 in manadsuppfoljning-2025.xlsx (7 before, 8 after). Esc returns focus to the button; *Ersätt*
 * is reached with the keyboard only (Tab to it, Enter).
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

describe("Funktioner: Infoga KOMMUN.RESULTATKRAV on Budget!B4 (mal-och-budget-2025.xlsx), 320 px", () => {
  /*
   * Infoga writes RESULTATKRAV's example (=KOMMUN.RESULTREQUIREMENT(1000,2%)) as two labelled inputs and the
   * formula: 3 rows × 2 columns, B4:C6 — labels in B4, B5, the name in B6; 1000 in C4, 2 % in C5, the formula
   * in C6. Before, B4:C6 holds the years 2025, 2026 (B4, C4), the finance net −12, −15 (B6, C6) and the tax
   * revenues B5 ='Skatter och bidrag'!B50, C5 (…C50): 4 values and 2 formulas.
   *
   * Every formula outside B4:C6 that reads it, from the sample's formulas (column D reads D5/D6, outside):
   * Budget, column B and the same in column C (18 each, 36):
   *   B12 RESULTREQUIREMENT(B5,B7), B13 NETCOSTFRAME(B5,B6,B7), B15 BUDGETGAP(…,B5,B6,B7),
   *   B44 RESULT(B5,B6,…), B45 RESULTSHARE(B44,B5), B46 RESULTVSTARGET(B44,B5,B7), B47 RESULT(B5,B6,B35:B40),
   *   B48 RESULTSHARE(B47,B5), B49 RESULTVSTARGET(B47,B5,B7)                  directly           9
   *   B27 ALLOCATE(B18:B23,B15,,1), spilling over B27:B32, reads B15                             1
   *   B33 SUM(B27:B32), B35:B40 (=B18−B27 … =B23−B32), B41 SUM(B35:B40)                          8
   * Balanskrav (21):
   *   C20 =Budget!B5, D20 =Budget!C5                                           directly           2
   *   C5 =Budget!B47, D5 =Budget!C47; C11, D11 (BALANCEREQUIREMENTRESULT of C5…, D5…)              4
   *   C14, D14 (read C5…C20, D5…D20); C18 =MAX(0,C16−C14−C17); D16 =C18; D18; E16 =D18; E14 (E16);
   *   E18; C21, D21, E21 RESERVEROOM(MIN(C5,C11),C20,…,C16) … (D16, E16); C22:E22 IF(C12<=C21 …);
   *   A30 RESTORATION(B14:E14,B4)                                                                15
   * 36 + 21 = 57, in the workbook's sheet order, row by row: Budget!B12, Budget!C12, Budget!B13 and 54 more.
   *
   * After Ersätt: B5 holds a label, so every reader of column B shows #VALUE! (18), and on Balanskrav those of
   * B47 and B5: C5, C11, C14, C18, D14, D16, D18, E14, E16, E18, C21:E21, C22:E22 and A30 (17) — 35, the first
   * Budget!B12, B13, B15. C4:C5 now hold 1000 and 2 %, numbers: column C calculates on (C12 … C49, 18), and
   * so do Balanskrav!D5, D11 (from Budget!C47), C20 (now the label's text) and D20 (=Budget!C5): 22, which with
   * the 35 make the dialog's 57.
   */
  const expected = {
    sv: "Budget!B4:C6 innehåller redan 4 värden och 2 formler. Ersätt skriver över hela området.57 formler utanför området läser härifrån, direkt eller via andra formler (Budget!B12, Budget!C12, Budget!B13 och 54 till), och kan visa fel eller andra värden efteråt.",
    en: "Budget!B4:C6 already holds 4 values and 2 formulas. Replace overwrites the whole range.57 formulas outside the range read from it, directly or through other formulas (Budget!B12, Budget!C12, Budget!B13 and 54 more), and may show errors or other values afterwards.",
  };
  const after = {
    sv: "Skrivet till Budget!B4, men nu visar Budget!B12 (#VÄRDEFEL!), Budget!B13 (#VÄRDEFEL!), Budget!B15 (#VÄRDEFEL!) och 32 celler till: formler där hänvisade till celler som ersattes. Kontrollera dem innan du går vidare. Ytterligare 22 formler som läser från det skrivna området visar inget fel men räknar nu med de nya värdena (Budget!C12, Budget!C13, Budget!C15 och 19 till).",
    en: "Written to Budget!B4, but Budget!B12 (#VALUE!), Budget!B13 (#VALUE!), Budget!B15 (#VALUE!) and 32 more cells now show an error: formulas there referred to cells that were replaced. Check them before you go on. Another 22 formulas that read the written range show no error but now calculate from the new values (Budget!C12, Budget!C13, Budget!C15 and 19 more).",
  };

  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: counts the 57 formulas that read B4:C6; Esc returns focus; after Ersätt 35 errors + 22 recalculated`, async () => {
      const page = await panelPage(
        demo.browser,
        demo.url,
        `bok=mal-och-budget-2025.xlsx&panel=functions&pane=320&lang=${lang}&theme=${theme}`,
      );
      const name = lang === "sv" ? "KOMMUN.RESULTATKRAV" : "KOMMUN.RESULTREQUIREMENT";
      const label = FUNCTIONS_TEXTS[lang].insertLabel(name);
      await page.click('[data-cell="B4"]');
      const before = await page.textContent('[data-cell="B4"]');
      const insert = page.getByRole("button", { name: label, exact: true });
      await insert.focus();
      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      expect(await textOf(page, "overwrite-body")).toBe(expected[lang]);
      await page.screenshot({
        path: join(SCREENSHOTS, `overwrite-dependents-functions-${lang}-${theme}.png`),
      });
      expect(await axeViolations(page)).toEqual([]);
      await escapeReturnsFocus(page, label, "B4", before);

      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      await replaceByKeyboard(page, lang === "sv" ? "Ersätt" : "Replace");
      await page.waitForSelector('[data-testid="pane-problem"]');
      expect(await textOf(page, "pane-problem")).toBe(after[lang]);
      // the grid names B12's error as the message does: Swedish Excel's #VÄRDEFEL!, English Excel's #VALUE!
      expect(await page.textContent('[data-cell="B12"]')).toBe(lang === "sv" ? "#VÄRDEFEL!" : "#VALUE!");
      expect(await page.textContent('[data-cell="C12"]')).not.toMatch(/^#/);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    });
});

describe("Prognos at Uppföljning!B20 (manadsuppfoljning-2025.xlsx), LSS C10:J10, budget 150, 320 px", () => {
  /*
   * The forecast table is 9 rows × 4 columns, so at B20 it covers B20:E28. There the sample holds the revenue
   * row's budget and January–March (B20 85, C20:E20 7,1: 4 values) and the net row's =B19−B20 … =E19−E20
   * (B21:E21, 4 formulas); rows 22–28 are empty in B:E (A22's note lies outside).
   * Every formula outside B20:E28 that reads it, from the sample's formulas:
   *   O20 FORECAST(B20,C20:N20,"linjär"), P20 DEVIATION(B20,O20,…), Q20 DEVIATIONSHARE(B20,O20,…),
   *   R20 FORECASTSTATUS(B20,O20,…)                                          directly    4
   *   P21, Q21, R21 (DEVIATION, DEVIATIONSHARE, FORECASTSTATUS of B21, O21)     directly    3
   *   O21 =O19−O20, through O20                                                           1
   *   (F21:J21 read F19:J20, outside; row 19 reads row 19)
   * 8 in all, row by row: Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 and 5 more. After Ersätt B20 and
   * B21 hold the table's text, so all 8 show #VALUE! (O20 on a text budget, O21 on O20's error, P:R on both):
   * the dialog's 8, none left calculating.
   */
  const expected = {
    sv: "Uppföljning!B20:E28 innehåller redan 4 värden och 4 formler. Ersätt skriver över hela området.8 formler utanför området läser härifrån, direkt eller via andra formler (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 och 5 till), och kan visa fel eller andra värden efteråt.",
    en: "Uppföljning!B20:E28 already holds 4 values and 4 formulas. Replace overwrites the whole range.8 formulas outside the range read from it, directly or through other formulas (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 and 5 more), and may show errors or other values afterwards.",
  };
  const after = {
    sv: "Skrivet till Uppföljning!B20, men nu visar Uppföljning!O20 (#VÄRDEFEL!), Uppföljning!P20 (#VÄRDEFEL!), Uppföljning!Q20 (#VÄRDEFEL!) och 5 celler till: formler där hänvisade till celler som ersattes. Kontrollera dem innan du går vidare.",
    en: "Written to Uppföljning!B20, but Uppföljning!O20 (#VALUE!), Uppföljning!P20 (#VALUE!), Uppföljning!Q20 (#VALUE!) and 5 more cells now show an error: formulas there referred to cells that were replaced. Check them before you go on.",
  };

  for (const { lang, theme } of combos)
    it(`${lang}, ${theme}: counts the 8 formulas that read B20:E28; Esc returns focus; after Ersätt the same 8 show an error`, async () => {
      const t = TEXTS[lang];
      const page = await panelPage(
        demo.browser,
        demo.url,
        `bok=manadsuppfoljning-2025.xlsx&panel=forecast&pane=320&lang=${lang}&theme=${theme}`,
      );
      await selectCells(page, "C10", "J10");
      await page
        .getByRole("button", { name: `${t.fromSelection}: ${t.outcomes.toLowerCase()}`, exact: true })
        .click();
      await page.fill("#forecast-budget", "150");
      await page.click('[data-cell="B20"]');
      const before = await page.textContent('[data-cell="B20"]');
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
      await escapeReturnsFocus(page, t.writeForecast, "B20", before);

      await page.keyboard.press("Enter");
      await page.locator('[data-testid="overwrite-body"]').waitFor();
      await replaceByKeyboard(page, lang === "sv" ? "Ersätt" : "Replace");
      await page.waitForSelector('[data-testid="pane-problem"]');
      expect(await textOf(page, "pane-problem")).toBe(after[lang]);
      for (const cell of ["O20", "R20", "O21", "R21"])
        expect(await page.textContent(`[data-cell="${cell}"]`)).toBe(
          lang === "sv" ? "#VÄRDEFEL!" : "#VALUE!",
        );
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    });
});
