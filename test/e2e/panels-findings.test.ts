/**
 * Issue 23's findings in the pane at Excel's 320 px, in Swedish and English, light and dark: plausibility
 * warnings naming the field, no errors before the user has typed, Swedish formats and words, tables that
 * fit or scroll with a cue, and the written block's marks. Every panel is looked at (screenshots) and
 * checked with axe (no serious or critical violation).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  axePanel,
  clipped,
  enter,
  fill,
  horizontalOverflow,
  panelAt,
  panelText,
  SCREENSHOTS,
  textOf as text,
  sharedDemo,
} from "./browser";

const demo = sharedDemo();

type Lang = "sv" | "en";
type Theme = "light" | "dark";

/** The demo at 320 px on a sample and a panel (browser.ts's panelAt over this file's demo). */
const pane = (book: string, panel: string, lang: Lang = "sv", theme: Theme = "light"): Promise<Page> =>
  panelAt(demo, book, panel, lang, theme);

const PANELS: [string, string][] = [
  ["tax", "skatt-eller-effektivisering.xlsx"],
  ["revenue", "skatter-och-bidrag.xlsx"],
  ["forecast", "manadsuppfoljning-2025.xlsx"],
  ["consequence", "konsekvensanalys.xlsx"],
  ["sensitivity", "mal-och-budget-2025.xlsx"],
  ["investment", "investeringsbudget.xlsx"],
  ["actionplan", "atgardsplan.xlsx"],
  ["functions", "mal-och-budget-2025.xlsx"],
];

describe("every panel at 320 px, as it opens: looked at, no error before typing, axe clean", () => {
  for (const [lang, theme] of [
    ["sv", "light"],
    ["en", "dark"],
  ] as [Lang, Theme][]) {
    for (const [panel, book] of PANELS) {
      it(`${panel}, ${lang}, ${theme}`, async () => {
        const page = await pane(book, panel, lang, theme);
        await page.screenshot({ path: join(SCREENSHOTS, `findings-${panel}-${lang}-${theme}-320.png`) });
        // nothing is judged before the user has typed: no "Fyll i ett värde" / "Enter a value", no error list
        expect(await panelText(page)).not.toMatch(/Fyll i ett värde|Enter a value/);
        expect(await page.locator('[data-testid$="-problems"]').count()).toBe(0);
        expect(await clipped(page)).toEqual([]);
        expect(await axePanel(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe("1. plausibility: a warning beside the result names the field and what was meant", () => {
  it("Skatt eller effektivisering (sv, light): tax base, income, gap over net cost, surplus, 25 kr", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax");
    await enter(page, "#tax-base", "6 900 000");
    expect(await text(page, "tax-warnings")).toContain(
      "Skatteunderlag (mnkr): 6 900 000 mnkr är mer än någon svensk kommuns eller regions skatteunderlag — troligen ett belopp i tkr (6 900 000 tkr = 6 900 mnkr).",
    );
    await enter(page, "#tax-base", "6 900");
    await enter(page, "#tax-income", "320");
    expect(await text(page, "tax-warnings")).toContain("(320 tkr = 320 000 kr)");
    await enter(page, "#tax-income", "320 000");
    // 1 950 / 1 900 = 102,63 %
    await enter(page, "#tax-gap", "1 950");
    expect(await text(page, "tax-warnings")).toContain("effektiviseringen blir 102,63 %");
    await enter(page, "#tax-gap", "−4");
    expect(await text(page, "tax-warnings")).toContain(
      "Budgetgap (mnkr) är negativt, alltså ett överskott på 4 mnkr",
    );
    // a surplus stays a surplus after the (no) measures: remaining −4 mnkr and the same −5 öre, never 0 beside −5
    expect(await text(page, "tax-remaining")).toBe("−4 mnkr");
    expect(await text(page, "tax-raise")).toBe("−5 öre");
    // 25 kr in the mnkr field: the field echoes what it holds, and the gap is called very small
    await enter(page, "#tax-gap", "25 kr");
    expect(await page.isVisible("text== 0,000025 mnkr")).toBe(true);
    expect(await text(page, "tax-warnings")).toContain("0,000025 mnkr är ett mycket litet gap");
    await page.screenshot({ path: join(SCREENSHOTS, "findings-tax-warnings-sv-light-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("Swedish 6,950 in the mnkr tax base (sv, dark): read as 6,95 mnkr, and “menade du 6 950?” beside the result", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax", "sv", "dark");
    await enter(page, "#tax-base", "6,950");
    const warnings = await text(page, "tax-warnings");
    // the suggestion names the field, and the relation warning still judges the number as read:
    // 6,95 mnkr of tax base against 1 900 mnkr of net cost
    expect(warnings).toContain(
      "Skatteunderlag (mnkr): 6,950 läses som 6,95 mnkr (komma är decimaltecken) — menade du 6 950?",
    );
    expect(warnings).toContain("Skatteunderlag (mnkr) är mindre än Verksamhetens nettokostnad (mnkr).");
    // the field itself says it too, as a warning (not an error: 6,95 is a number)
    expect(await page.locator('[role="alert"], [id$="__validationMessage"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("menade du 6\u00a0950?")]),
    );
    // from 6,95 as read, 25 / (6,95 / 100) = 359,712… kr per 100 kr: more than the whole income, so no
    // result card shows 35 972 öre or 1 151 104 kr a person; the reason names the field and 6 950 mnkr
    expect(await text(page, "tax-problems")).toContain(
      "Skattehöjningen blir 359,72 kr per 100 kr, mer än hela inkomsten: det kan inte vara menat, så resultaten visas inte. Skatteunderlag (mnkr) = 6,950 — menade du 6 950 mnkr?",
    );
    expect(await page.isVisible('[data-testid="tax-raise"]')).toBe(false);
    expect(await page.isVisible('[data-testid="tax-per-person"]')).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, "findings-tax-thousands-sv-dark-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("English, dark: 500 tkr in the mnkr field is echoed as = 0.5 mnkr", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax", "en", "dark");
    await enter(page, "#tax-gap", "500 tkr");
    expect(await page.isVisible("text== 0.5 mnkr")).toBe(true);
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("Konsekvensanalys (en, light): a tax base below the taxes and grants", async () => {
    const page = await pane("konsekvensanalys.xlsx", "consequence", "en");
    await enter(page, "#cons-base", "1,500");
    expect(await text(page, "cons-warnings")).toContain(
      "Tax base (mnkr) is smaller than Taxes and general grants (mnkr).",
    );
    await page.close();
  });
});

describe("4. a field is judged once left; an empty new measure is a note, not an error", () => {
  it("Prognos opens with what to select, not a red 'Fyll i ett värde'", async () => {
    const page = await pane("manadsuppfoljning-2025.xlsx", "forecast");
    // the disabled write button says what it waits for, not "until every field is valid" (none is invalid),
    // and the pane says it once, there, not also as a note just above the button
    expect(await text(page, "forecast-write-reason")).toContain("Markera en rad");
    expect(await page.locator('[data-testid="forecast-notes"]', { hasText: "Markera en rad" }).count()).toBe(
      0,
    );
    // typing in the budget and leaving it empty again: now it is judged
    await enter(page, "#forecast-budget", "");
    expect(await text(page, "forecast-problems")).toContain("Årsbudget: Fyll i ett värde.");
    expect(await text(page, "forecast-write-reason")).toBe(
      "Skrivs inte förrän alla fält är giltiga (se meddelandet ovan).",
    );
    await page.close();
  });

  it("Åtgärdsplan (sv, dark) opens without errors and a new measure is left out with a note", async () => {
    const page = await pane("atgardsplan.xlsx", "actionplan", "sv", "dark");
    await page.click("text=Lägg till åtgärd");
    expect(await text(page, "ap-notes")).toContain("Åtgärd 1 räknas inte med förrän något är ifyllt i den.");
    expect(await panelText(page)).not.toMatch(/Fyll i ett värde|Ge åtgärden ett namn/);
    await page.screenshot({ path: join(SCREENSHOTS, "findings-actionplan-new-measure-sv-dark-320.png") });
    await page.close();
  });

  it("Skatt eller effektivisering: adding a measure keeps the results; the note says it is left out", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax", "en");
    await page.click("text=Add measure");
    expect(await text(page, "tax-raise")).toBe("37 öre"); // 25 / 69 = 0.3623 → 37 öre, rounded up
    expect(await text(page, "tax-notes")).toContain("Measure 1 is left out until its fields are filled in.");
    expect(await page.getAttribute('[data-testid="tax-write"]', "aria-disabled")).not.toBe("true");
    await page.close();
  });
});

describe("6. language and formats", () => {
  it("Swedish '1,950.5' gets the suggestion '1 950,5'", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax");
    await enter(page, "#tax-base", "1,950.5");
    expect(await panelText(page)).toContain("skriv 1 950,5, inte 1,950.5");
    await page.close();
  });

  it("Funktioner in Swedish shows Swedish example results, and explains what Infoga writes", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "functions");
    const all = await panelText(page);
    expect(all).not.toContain("below target");
    expect(all).toContain("→ under resultatmål");
    expect(await text(page, "functions-insert-help")).toContain("gula celler");
    // the Infoga buttons keep their one line beside long names (they were squeezed to a letter a line)
    const heights = await page.$$eval('[role="listitem"] button', (bs) =>
      bs.map((b) => b.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(10);
    expect(heights.filter((h) => h > 40)).toEqual([]);
    await page.close();
  });

  it("Konsekvensanalys keeps the decimals of a column: 12,80 and 14,82, 0,640 % and 0,741 %", async () => {
    const page = await pane("konsekvensanalys.xlsx", "consequence");
    // 2026: 16 − (2 + 10/10 + 10 × 2 %) = 12,80; 12,8 / 2 000 = 0,640 %
    expect(await text(page, "cons-effect-2026")).toBe("12,80");
    expect(await page.locator('[data-testid="cons-table"] td:has-text("0,640 %")').count()).toBe(1);
    await page.close();
  });
});

describe("7. tables at 320 px", () => {
  it("Investeringar: the headers do not overlap and the numbers are right-aligned", async () => {
    const page = await pane("investeringsbudget.xlsx", "investment");
    const heads = await page.$$eval('[data-testid="inv-table"] th', (ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        return { left: r.left, right: r.right, clipped: th.scrollWidth > th.clientWidth + 1 };
      }),
    );
    expect(heads.length).toBe(4);
    heads.slice(1).forEach((h, i) => expect(h.left).toBeGreaterThanOrEqual(heads[i]!.right - 1));
    expect(heads.filter((h) => h.clipped)).toEqual([]);
    const align = await page.$eval(
      '[data-testid="inv-table"] tbody tr td:nth-child(2)',
      (td) => getComputedStyle(td).textAlign,
    );
    expect(["end", "right"]).toContain(align);
    await page.locator('[data-testid="inv-table"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "findings-investment-table-sv-light-320.png") });
    await page.close();
  });

  it("Konsekvensanalys: a table wider than the pane says so and scrolls", async () => {
    const page = await pane("konsekvensanalys.xlsx", "consequence", "en", "dark");
    const wide = await page.$eval('[data-testid="cons-table"]', (t) => {
      const region = t.closest('[role="region"]') as HTMLElement;
      return region.scrollWidth > region.clientWidth;
    });
    // the cue is shown exactly when columns are hidden to the right
    expect(await page.isVisible('[data-testid="cons-table-cue"]')).toBe(wide);
    if (wide) {
      await page.$eval('[data-testid="cons-table"]', (t) => {
        const region = t.closest('[role="region"]') as HTMLElement;
        region.scrollLeft = region.scrollWidth;
      });
      await page.waitForSelector('[data-testid="cons-table-cue"]', { state: "detached" });
    }
    await page.close();
  });
});

describe("8. the written block", () => {
  it("inputs first and yellow, headers bold, the sheet named with the quotes Excel needs", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax");
    await page.click('[data-testid="tax-write"]');
    await page.waitForSelector('[data-testid="tax-message"]');
    expect(await text(page, "tax-message")).toBe("Skrivet till 'Skatt eller effektivisering'!A1");
    for (const a1 of ["B2", "B3", "B4", "B5"])
      expect(await page.getAttribute(`[data-cell="${a1}"]`, "data-style")).toBe("input");
    expect(await page.getAttribute('[data-cell="B6"]', "data-style")).toBeNull();
    expect(await page.getAttribute('[data-cell="A11"]', "data-style")).toBe("header");
    await page.screenshot({ path: join(SCREENSHOTS, "findings-tax-written-sv-light-320.png") });
    await page.close();
  });
});

describe("the remaining panels: Skatter och bidrag, Investeringar, Känslighet, Åtgärdsplan", () => {
  it("Skatter och bidrag (sv, light): a settlement in tkr, an emptied field a note until left, the block marked", async () => {
    const page = await pane("skatter-och-bidrag.xlsx", "revenue");
    // 7 500 tkr for the whole municipality: 7 500 000 / 30 000 = 250 kr per inhabitant
    await enter(page, "#rev-settlement", "7 500");
    expect(await text(page, "rev-warnings")).toContain("blir det 250 kr per invånare");
    await enter(page, "#rev-settlement", "250");
    expect(await page.locator('[data-testid="rev-warnings"]').count()).toBe(0);
    // emptied but not left: a neutral note, no red list; once left, the error names the field
    await fill(page, "#rev-inhabitants", "");
    expect(await text(page, "rev-notes")).toContain("Invånare 1 nov året före");
    expect(await page.locator('[data-testid="rev-error"]').count()).toBe(0);
    await page.$eval("#rev-inhabitants", (e) => (e as HTMLElement).blur());
    expect(await text(page, "rev-error")).toContain("Invånare 1 nov året före");
    await enter(page, "#rev-inhabitants", "30 000");
    await page.screenshot({ path: join(SCREENSHOTS, "findings-revenue-sv-light-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.click('[data-testid="rev-write"]');
    await page.waitForSelector('[data-testid="rev-message"]');
    expect(await text(page, "rev-message")).toMatch(/^Skrivet till 'Skatter och bidrag[^']*'!A1$/);
    // the inputs in rows 2–11, yellow; the year's label bold; the first computed row (13) not an input
    for (const a1 of ["B2", "B3", "B5", "C6", "D7", "B10", "B11"])
      expect(await page.getAttribute(`[data-cell="${a1}"]`, "data-style")).toBe("input");
    expect(await page.getAttribute('[data-cell="A2"]', "data-style")).toBe("header");
    expect(await page.getAttribute('[data-cell="B13"]', "data-style")).toBeNull();
    // 5. the demo's formula bar speaks Swedish: Swedish names and ";"
    await page.click('[data-cell="B13"]');
    expect(await page.inputValue('[data-testid="formula-bar"]')).toBe(
      "=KOMMUN.UPPRÄKNATSKATTEUNDERLAG($B$5;$B$6:C6)",
    );
    await page.close();
  });

  it("Skatter och bidrag (en, dark): a year's total that differs from its rounded parts gets a note", async () => {
    const page = await pane("skatter-och-bidrag.xlsx", "revenue", "en", "dark");
    // 1 389.83955 + 7.5 + 519.825033 + 33 = 1 950.164583 → 1,950.2; the parts shown add up to 1,950.1
    expect(await text(page, "rev-rounding")).toContain(
      "2025: The total 1,950.2 is the sum of the unrounded amounts; the rounded parts add up to 1,950.1.",
    );
    await page.screenshot({ path: join(SCREENSHOTS, "findings-revenue-en-dark-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it("Investeringar (sv, light): 45 000 mnkr echoed as = 45 mnkr, a new project a note, the block marked", async () => {
    const page = await pane("investeringsbudget.xlsx", "investment");
    await enter(page, "#inv-0-belopp", "45 000");
    expect(await text(page, "inv-warnings")).toContain("Står beloppet i tkr blir det = 45 mnkr.");
    await enter(page, "#inv-0-belopp", "45");
    await page.click("text=Lägg till projekt");
    // the empty project takes no priority number (issue 23): the note counts it, its badge says so
    expect(await text(page, "inv-notes")).toContain(
      "Ett projekt är tomt (inget namn, inget belopp): det räknas inte med i planen och får ingen prioritet förrän det har ett namn eller ett belopp.",
    );
    expect(await text(page, "inv-priority-3")).toBe("Ingen prioritet");
    // the plan of the three projects stays in sight
    expect(await page.locator('[data-testid="inv-table"]').count()).toBe(1);
    expect(await page.locator('[data-testid="inv-error"]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "findings-investment-sv-light-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await enter(page, "#inv-3-belopp", "5");
    await page.click('[data-testid="inv-write"]');
    await page.waitForSelector('[data-testid="inv-message"]');
    for (const a1 of ["B3", "B4", "A9", "B9", "H9"])
      expect(await page.getAttribute(`[data-cell="${a1}"]`, "data-style")).toBe("input");
    expect(await page.getAttribute('[data-cell="A8"]', "data-style")).toBe("header");
    expect(await page.getAttribute('[data-cell="I9"]', "data-style")).toBeNull();
    await page.close();
  });

  it("Känslighet (sv, light): opens with the samples' municipality, both tax base rows, warnings name the field", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity");
    const all = await panelText(page);
    expect(all).toContain("Skatteunderlag i riket");
    expect(all).toContain("Eget skatteunderlag");
    // 1 % × 6 501,486 × 21,5 % − 1 % × 215 479 × 30 000 × 19,41 % = 13,98 − 12,55 = 1,43 mnkr
    expect(all).toContain("1,43");
    await enter(page, "#sens-personalkostnader", "1 400 000");
    expect(await text(page, "sens-warnings")).toContain("Står beloppet i tkr blir det = 1 400 mnkr.");
    await page.screenshot({ path: join(SCREENSHOTS, "findings-sensitivity-sv-light-320.png") });
    expect(await axePanel(page)).toEqual([]);
    await enter(page, "#sens-personalkostnader", "1 400");
    await page.click('[data-testid="sens-write"]');
    await page.waitForSelector("text=Skrivet till");
    expect(await page.getAttribute('[data-cell="B3"]', "data-style")).toBe("input");
    expect(await page.getAttribute('[data-cell="A1"]', "data-style")).toBe("header");
    await page.close();
  });

  it("Känslighet (en, dark) and Åtgärdsplan (en, dark): English rows; a deficit in tkr echoed", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity", "en", "dark");
    expect(await panelText(page)).toContain("Own tax base");
    expect(await axePanel(page)).toEqual([]);
    await page.close();
    const plan = await pane("atgardsplan.xlsx", "actionplan", "en", "dark");
    await enter(plan, "#ap-deficit", "6,700,000");
    expect(await text(plan, "ap-warnings")).toContain("If the amount is in tkr, it is = 6,700 mnkr.");
    await plan.screenshot({ path: join(SCREENSHOTS, "findings-actionplan-warning-en-dark-320.png") });
    expect(await axePanel(plan)).toEqual([]);
    await plan.close();
  });

  it("review at 320 px: 25 tkr in an mnkr field is computed, echoed and warned of in mnkr (Känslighet, sv) as in Åtgärdsplan (en, dark)", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity");
    // 25 tkr = 0,025 mnkr = 25 000 kr; for 30 000 inhabitants 25 000 / 30 000 = 0,83 kr each, below 1 kr
    await enter(page, "#sens-personalkostnader", "25 tkr");
    // the Tax panel's behaviour: the value echoed in the field's unit, a warning, and the table computed
    expect(await panelText(page)).toContain("= 0,025 mnkr");
    expect(await text(page, "sens-warnings")).toContain(
      "Personalkostnader inkl. PO (mnkr): 0,025 mnkr är bara 0,83 kr per invånare. Fältet är i mnkr — står beloppet i tkr eller kr?",
    );
    expect(await page.isVisible('[data-testid="sens-problems"]')).toBe(false);
    // pay +1 %: −1 % × 25 000 kr = −250 kr = −0,00025 mnkr, shown with two significant digits, never 0,00
    expect(await panelText(page)).toMatch(/Lönekostnader\s*\+1 %\s*−0,00025/);
    // the sheet's function would refuse the amount: the write says why instead of writing a #VALUE!
    expect(await text(page, "sens-write-reason")).toContain("under 1 kr per invånare");
    expect(await panelText(page)).not.toContain("25000000000");
    expect(await axePanel(page)).toEqual([]);
    await page.close();
    const plan = await pane("atgardsplan.xlsx", "actionplan", "en", "dark");
    // the deficit field is in mnkr: 25 tkr = 25 / 1 000 = 0.025 mnkr, said beside the field
    await enter(plan, "#ap-deficit", "25 tkr");
    expect(await panelText(plan)).toContain("= 0.025 mnkr");
    await plan.screenshot({ path: join(SCREENSHOTS, "findings-actionplan-echo-en-dark-320.png") });
    expect(await axePanel(plan)).toEqual([]);
    await plan.close();
  });

  it("5. the formula bar in English keeps English names, ',' and the decimal point", async () => {
    const page = await pane("skatter-och-bidrag.xlsx", "revenue", "en");
    await page.click('[data-testid="rev-write"]');
    await page.waitForSelector('[data-testid="rev-message"]');
    await page.click('[data-cell="B13"]');
    expect(await page.inputValue('[data-testid="formula-bar"]')).toBe(
      "=KOMMUN.UPLIFTEDTAXBASE($B$5,$B$6:C6)",
    );
    await page.close();
  });
});

describe("the last review's findings at 320 px (issue 23)", () => {
  it("Skatt (sv): a gap of 25 kr is drawn in kr, on distinct ticks, not 0 mnkr 0 mnkr 0 mnkr", async () => {
    const page = await pane("skatt-eller-effektivisering.xlsx", "tax");
    await enter(page, "#tax-gap", "25 kr");
    // 25 kr = 0,000025 mnkr, echoed; the gap chart's axis is in kr (25 kr), not ticks of "0 mnkr"
    expect(await panelText(page)).toContain("= 0,000025 mnkr");
    expect(await page.getAttribute('[data-testid="tax-chart"] canvas', "aria-label")).toMatch(/\(kr\)$/);
    expect(await page.textContent('[data-testid="tax-chart"] td')).toBe("25");
    // the raise is rounded up to a whole öre (KOMMUN.TAXRAISEFOR): 25 / 69 000 000 kr per 100 kr → 1 öre,
    // and for an income of 320 000 kr that is 0,01 / 100 × 320 000 = 32 kr a year, with a plausibility warning
    expect(await text(page, "tax-raise")).toBe("1 öre");
    expect(await text(page, "tax-per-person")).toBe("32 kr");
    expect(await text(page, "tax-warnings")).toContain("mycket litet gap");
    await page.screenshot({ path: join(SCREENSHOTS, "last-review-tax-25kr-sv-320.png") });
    // the chart itself, to look at its ticks (kr, distinct figures)
    await page.waitForTimeout(300);
    await page
      .locator('[data-testid="tax-chart"]')
      .screenshot({ path: join(SCREENSHOTS, "last-review-tax-25kr-chart-sv-320.png") });
    await page.close();
  });

  it("numbers are right-aligned in their fields and columns, as Excel aligns them (en, dark)", async () => {
    const page = await pane("mal-och-budget-2025.xlsx", "sensitivity", "en", "dark");
    const align = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).textAlign);
    expect(await align("#sens-personalkostnader")).toBe("right");
    expect(await align("#sens-skattesats")).toBe("right");
    // the effect column of the table
    expect(await align('[data-testid="pane"] section[aria-label] tbody tr td:last-child')).toBe("right");
    await page.close();
    const tax = await pane("skatt-eller-effektivisering.xlsx", "tax", "en", "dark");
    expect(await tax.$eval("#tax-gap", (e) => getComputedStyle(e).textAlign)).toBe("right");
    await tax.close();
  });

  it("Funktioner (sv and en): a long name breaks after KOMMUN. only, nothing sticks out", async () => {
    for (const lang of ["sv", "en"] as Lang[]) {
      const page = await pane("mal-och-budget-2025.xlsx", "functions", lang);
      // every name's pieces: KOMMUN. and the name, each whole on one line (one box), however long
      const split = await page.$$eval('[data-testid="function-name"]', (names) =>
        names.flatMap((n) =>
          Array.from(n.querySelectorAll("[data-name-part]")).flatMap((w) => {
            const range = document.createRange();
            range.selectNodeContents(w);
            return range.getClientRects().length > 1 ? [w.textContent] : [];
          }),
        ),
      );
      expect(split).toEqual([]);
      expect(
        await page.isVisible(
          `text=${lang === "sv" ? "EFFEKTIVISERINGSPOTENTIALNKA" : "BALANCEREQUIREMENTRESULT"}`,
        ),
      ).toBe(true);
      expect(await horizontalOverflow(page)).toMatchObject({ pane: 0 });
      expect(await clipped(page)).toEqual([]);
      // the card of the longest name, to look at
      const longest = lang === "sv" ? "EFFEKTIVISERINGSPOTENTIALNKA" : "BALANCEREQUIREMENTRESULT";
      await page
        .locator(`[role="listitem"][aria-label="KOMMUN.${longest}"]`)
        .screenshot({ path: join(SCREENSHOTS, `last-review-functions-${lang}-320.png`) });
      await page.close();
    }
  });
});
