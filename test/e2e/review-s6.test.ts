/**
 * Issue 23, the fresh review of the panels (findings 1–10) as a user sees them, at Excel's 320 px in both
 * languages. The figures and texts are derived by hand in the unit tests beside each panel's model; here
 * they are checked where the user reads them.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axePanel, enter, panelAt, panelText, SCREENSHOTS, sharedDemo, textOf as text } from "./browser";

const demo = sharedDemo();

/** The demo at 320 px on a sample and a panel (browser.ts's panelAt over this file's demo). */
const pane = (book: string, panel: string, lang: "sv" | "en", theme: "light" | "dark"): Promise<Page> =>
  panelAt(demo, book, panel, lang, theme);

describe("issue 23, the fresh review, at 320 px", () => {
  it("1: Swedish 6.950 in the tax base offers both readings, 6 950 (or 6,95)", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax", "sv", "light");
    await enter(page, "#tax-base", "6.950");
    expect(await panelText(page)).toContain(
      "Punkt skiljer inte tusental på svenska: skriv 6 950 (eller 6,95), inte 6.950.",
    );
    expect(await panelText(page)).not.toContain("skriv 6,950");
    await page.close();
  });

  it("3 and 10: Känslighet in English without Invånare keeps its other rows, names the left-out row, writes +1%", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity", "en", "dark");
    await enter(page, "#sens-invanare", "");
    // the rows that do not need the inhabitants stay; writing is not blocked
    const table = await page.textContent('table[aria-label="Sensitivity table"]');
    expect(table).toContain("Pay costs");
    expect(table).toContain("+1%");
    expect(table).not.toMatch(/\+1[ \u00a0]%/);
    expect(table).not.toContain("Own tax base");
    expect(await text(page, "sens-rows-left-out")).toContain(
      'The row "Own tax base +1% (the country unchanged)" shows once Inhabitants is filled in.',
    );
    expect(await page.isVisible('[data-testid="sens-problems"]')).toBe(false);
    expect(await page.getAttribute('[data-testid="sens-write"]', "aria-disabled")).not.toBe("true");
    await page.screenshot({ path: join(SCREENSHOTS, "review-s6-sensitivity-en-dark-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("2 and 6: Konsekvensanalys computes Internränta 0,02 as typed and warns beside the results; Startår 2031 is named", async () => {
    const page = await pane("konsekvensanalys.xlsx", "consequence", "sv", "light");
    await enter(page, "#cons-0-ranta", "0,02");
    const warnings = await text(page, "cons-warnings");
    expect(warnings).toContain("0,02 i ett procentfält betyder 0,02 % — menade du 2 %?");
    expect(await page.isVisible('[data-testid="cons-table"]')).toBe(true);
    await enter(page, "#cons-0-startar", "2031");
    expect(await text(page, "cons-warnings")).toMatch(/2031 är efter perioden 2026–2030/);
    await page.screenshot({ path: join(SCREENSHOTS, "review-s6-consequence-sv-light-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("2: Investeringar computes Internränta 0,025 as typed, echoes 0,025 (never 0,03) and warns beside the results", async () => {
    const page = await pane("investeringsbudget.xlsx", "investment", "sv", "light");
    await enter(page, "#inv-internal", "0,025");
    expect(await page.isVisible('[data-testid="inv-error"]')).toBe(false);
    const warnings = await text(page, "inv-warnings");
    expect(warnings).toContain("Internränta (%): 0,025 i ett procentfält betyder 0,025 % — menade du 2,5 %?");
    expect(warnings).not.toContain("0,03");
    expect(await page.isVisible('[data-testid="inv-table"]')).toBe(true);
    await page.close();
  });

  it("7: the uplift factor's hint is a format hint, in both languages", async () => {
    const sv = await pane("skatter-och-bidrag.xlsx", "revenue", "sv", "light");
    expect(await panelText(sv)).toContain("Skrivs som faktor, t.ex. 1,048");
    expect(await panelText(sv)).not.toContain("Som regeringen skriver den");
    await sv.close();
    const en = await pane("skatter-och-bidrag.xlsx", "revenue", "en", "dark");
    expect(await panelText(en)).toContain("Written as a factor, e.g. 1.048");
    await en.close();
  });

  it("9: Åtgärdsplan reads B10 as 7,17 in the field and says it computes with the cell's value", async () => {
    const page = await pane("atgardsplan.xlsx", "actionplan", "sv", "light");
    await page.click('[data-cell="B10"]');
    await page.click("text=Hämta underskott från markering");
    expect(await page.inputValue("#ap-deficit")).toBe("7,17");
    expect(await panelText(page)).toMatch(/Räknas med cellens värde 7,17\d+\./);
    await page.close();
  });

  it("2: Åtgärdsplan computes a probability of 0,8 as typed, hinted under the field and warned of beside the results", async () => {
    const page = await pane("atgardsplan.xlsx", "actionplan", "sv", "light");
    await page.click("text=Lägg till åtgärd");
    await enter(page, "#ap-0-name", "Köpta platser");
    await enter(page, "#ap-0-full", "3");
    await enter(page, "#ap-0-start", "10");
    await enter(page, "#ap-0-prob", "0,8");
    expect(await text(page, "ap-warnings")).toContain(
      "Åtgärd 1 · Sannolikhet (%): 0,8 i ett procentfält betyder 0,8 % — menade du 80 %?",
    );
    // under the field too (a warning, not an error)
    expect(await page.locator('[id$="__validationMessage"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("menade du 80")]),
    );
    await page.close();
  });
});

describe("review s7 (issue 23), finding 1: Känslighet names only the empty fields a row needs", () => {
  it("the tax base emptied: three notes, each naming only Skatteunderlag (mnkr); the tax rate row noted too", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity", "sv", "light");
    await enter(page, "#sens-skatteunderlag", "");
    const notes = await text(page, "sens-rows-left-out");
    expect(notes).toContain("Raden ”Skattesats +10 öre” visas när Skatteunderlag (mnkr) är ifyllt.");
    expect(notes).toContain(
      "Inkomstutjämning (mnkr, avgift negativ) används bara i raden ”Skatteunderlag i riket +1 %”, som visas när Skatteunderlag (mnkr) är ifyllt.",
    );
    expect(notes).toContain(
      "Raden ”Eget skatteunderlag +1 % (riket oförändrat)” visas när Skatteunderlag (mnkr) är ifyllt.",
    );
    // the tax rate IS filled in: it is never named as missing
    expect(notes).not.toContain("när Skattesats");
    await page.close();
  });
});
