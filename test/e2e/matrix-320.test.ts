/**
 * Issue 23's findings at Excel's 320 px in every pair of language and theme (sv light, sv dark, en light,
 * en dark): what a user sees in each, texts in that language, figures worked out by hand here, alignment as
 * the browser computes it, and axe (no serious or critical violation) with a panel in a warning or error
 * state. One demo page per workbook and pair, reused across the cases (panels are switched by their tabs).
 */
import type { Page } from "playwright-core";
import {
  axePanel,
  demoPage,
  enter,
  panelLabels,
  panelReady,
  panelText,
  selectCells,
  sharedDemo,
  textOf as text,
} from "./browser";
import { TEXTS } from "../../addin/src/taskpane/i18n";

const demo = sharedDemo();

type Lang = "sv" | "en";
type Theme = "light" | "dark";

/** The panels in the order of the tab list (browser.ts's panelLabels), by their key in the demo's URL. */
const PANEL_KEYS = [
  "tax",
  "revenue",
  "forecast",
  "consequence",
  "sensitivity",
  "investment",
  "actionplan",
  "functions",
  "budget",
] as const;
type PanelKey = (typeof PANEL_KEYS)[number];

/**
 * The workbook each panel is looked at on: the panels' fields start from the samples' figures whatever the
 * workbook, so one page serves all but Prognos, which reads its rows from the follow-up sheet.
 */
const BOOK: Record<PanelKey, string> = {
  tax: "mal-och-budget-2025.xlsx",
  revenue: "mal-och-budget-2025.xlsx",
  forecast: "manadsuppfoljning-2025.xlsx",
  consequence: "mal-och-budget-2025.xlsx",
  sensitivity: "mal-och-budget-2025.xlsx",
  investment: "mal-och-budget-2025.xlsx",
  actionplan: "mal-och-budget-2025.xlsx",
  functions: "mal-och-budget-2025.xlsx",
  budget: "mal-och-budget-2025.xlsx",
};

/** The computed text-align of every element a selector matches. */
const alignments = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => getComputedStyle(e).textAlign));
const RIGHT = /^(right|end)$/;

/** The pane's tab of a panel is selected and the panel loaded. */
async function showPanel(page: Page, lang: Lang, key: PanelKey): Promise<void> {
  const label = panelLabels(lang)[PANEL_KEYS.indexOf(key)]!;
  if (!(await page.isVisible(`[data-testid="pane"] section[aria-label="${label}"]`)))
    await page.getByTestId("panel-tabs").getByRole("tab", { name: label, exact: true }).click();
  await page.waitForSelector(`[data-testid="pane"] section[aria-label="${label}"]`);
  await panelReady(page);
}

describe.each([
  ["sv", "light"],
  ["sv", "dark"],
  ["en", "light"],
  ["en", "dark"],
] as [Lang, Theme][])("at 320 px in %s, %s theme", (lang, theme) => {
  const sv = lang === "sv";
  /** sv light and en dark: panels-findings.test.ts runs axe on their warning states; here the other two */
  const axeHere = sv === (theme === "dark");
  const axeClean = async (page: Page) => {
    if (axeHere) expect(await axePanel(page)).toEqual([]);
  };
  const t = TEXTS[lang];
  /** one page per workbook for this pair, opened on first use */
  const pages = new Map<string, Page>();
  afterAll(async () => {
    for (const p of pages.values()) await p.close();
  });

  async function pane(key: PanelKey): Promise<Page> {
    const book = BOOK[key];
    let page = pages.get(book);
    if (!page) {
      page = await demoPage(
        demo.browser,
        demo.url,
        `bok=${book}&panel=${key}&lang=${lang}&theme=${theme}&pane=320`,
      );
      pages.set(book, page);
    }
    await showPanel(page, lang, key);
    return page;
  }

  it("4. every panel as it opens, Ny budget too: nothing judged before typing, axe clean", async () => {
    const page = await pane("sensitivity");
    // the pair is what it says: the pane's background dark or light (luminance of its themed root)
    const rgb = await page.$eval('[data-testid="pane"] [role="complementary"]', (e) =>
      getComputedStyle(e).backgroundColor.match(/\d+/g)!.map(Number),
    );
    const luminance = (0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!) / 255;
    if (theme === "dark") expect(luminance).toBeLessThan(0.3);
    else expect(luminance).toBeGreaterThan(0.7);
    for (const key of PANEL_KEYS) {
      await showPanel(page, lang, key);
      expect({ key, text: await panelText(page) }).toEqual({
        key,
        text: expect.not.stringMatching(/Fyll i ett värde|Enter a value/),
      });
      expect({
        key,
        errors: await page.locator('[data-testid$="-problems"], [data-testid$="-error"]').count(),
      }).toEqual({
        key,
        errors: 0,
      });
      // sv light and en dark are swept by panels-findings.test.ts; here the other two pairs, and Ny budget
      if (key === "budget" || axeHere) expect({ key, axe: await axePanel(page) }).toEqual({ key, axe: [] });
    }
  });

  it("1. Skatt eller effektivisering: income under 10 000 kr, efficiency over 100 %, a surplus, 25 kr, a tax base below the net cost", async () => {
    const page = await pane("tax");
    const warnings = () => text(page, "tax-warnings");
    // 320 typed as kronor a year: under 10 000 kr, probably 320 tkr = 320 × 1 000 = 320 000 kr
    await enter(page, "#tax-income", "320");
    expect(await warnings()).toContain(
      sv
        ? "Beskattningsbar inkomst per person (kr): 320 kr om året är mindre än 10 000 kr — troligen i tkr (320 tkr = 320 000 kr)."
        : "Taxable income per person (kr): 320 kr a year is less than 10,000 kr — probably in tkr (320 tkr = 320,000 kr).",
    );
    await enter(page, "#tax-income", sv ? "320 000" : "320,000");
    // a gap of 1 950 against a net cost of 1 900 mnkr: 1 950 / 1 900 = 1,026315… → 102,63 %
    await enter(page, "#tax-gap", sv ? "1 950" : "1,950");
    expect(await warnings()).toContain(
      sv
        ? "Budgetgap (mnkr) är större än Verksamhetens nettokostnad (mnkr): effektiviseringen blir 102,63 %, mer än hela verksamheten."
        : "Budget gap (mnkr) is larger than Net cost of operations (mnkr): the efficiency needed is 102.63%, more than the whole of the services.",
    );
    expect(await text(page, "tax-efficiency")).toBe(sv ? "102,63 %" : "102.63%");
    // a negative gap is a surplus, said in words beside the results: a gap of −4 mnkr is a surplus of 4 mnkr
    await enter(page, "#tax-gap", sv ? "−4" : "-4");
    expect(await warnings()).toContain(
      sv
        ? "Budgetgap (mnkr) är negativt, alltså ett överskott på 4 mnkr: ingen skattehöjning behövs."
        : "Budget gap (mnkr) is negative, that is a surplus of 4 mnkr: no tax raise is needed.",
    );
    // 25 kr in the mnkr field: 25 / 1 000 000 = 0,000025 mnkr, echoed under the field and called very small
    await enter(page, "#tax-gap", "25 kr");
    expect(await panelText(page)).toContain(sv ? "= 0,000025 mnkr" : "= 0.000025 mnkr");
    expect(await warnings()).toContain(
      sv
        ? "Budgetgap (mnkr): 0,000025 mnkr är ett mycket litet gap."
        : "Budget gap (mnkr): 0.000025 mnkr is a very small gap.",
    );
    await enter(page, "#tax-gap", "25");
    // the tax relations: a tax base of 1 500 below the net cost of 1 900 (both mnkr)
    await enter(page, "#tax-base", sv ? "1 500" : "1,500");
    expect(await warnings()).toContain(
      sv
        ? "Skatteunderlag (mnkr) är mindre än Verksamhetens nettokostnad (mnkr)."
        : "Tax base (mnkr) is smaller than Net cost of operations (mnkr).",
    );
    await axeClean(page);
    await enter(page, "#tax-base", sv ? "6 900" : "6,900");
    expect(await page.locator('[data-testid="tax-warnings"]').count()).toBe(0);
  });
  it("1. Skatter och bidrag: a settlement typed as the municipality's total in tkr", async () => {
    const page = await pane("revenue");
    const before = {
      people: await page.inputValue("#rev-inhabitants"),
      settlement: await page.inputValue("#rev-settlement"),
    };
    await enter(page, "#rev-inhabitants", sv ? "30 000" : "30,000");
    // 7 500 kr per inhabitant is far beyond SKR's few hundred; as a total in tkr: 7 500 × 1 000 / 30 000 = 250
    await enter(page, "#rev-settlement", sv ? "7 500" : "7,500");
    expect(await text(page, "rev-warnings")).toContain(
      sv
        ? "”Slutavräkning budgetåret (kr/inv)” = 7 500 kr per invånare är ovanligt stort (SKR: några hundra kronor). Är det kommunens totala belopp i tkr blir det 250 kr per invånare."
        : '"Final settlement, budget year (kr/inh.)" = 7,500 kr per inhabitant is unusually large (SKR: a few hundred kronor). If it is the municipality\'s total in tkr, it is 250 kr per inhabitant.',
    );
    await axeClean(page);
    await enter(page, "#rev-settlement", before.settlement);
    // an error state: the inhabitants emptied and left, the field named in the reason
    await enter(page, "#rev-inhabitants", "");
    expect(await text(page, "rev-error")).toContain(
      sv
        ? "Invånare 1 nov året före: Fyll i ett värde."
        : "Inhabitants 1 Nov the year before: Enter a value.",
    );
    await axeClean(page);
    await enter(page, "#rev-inhabitants", before.people);
    expect(await page.locator('[data-testid="rev-error"]').count()).toBe(0);
    expect(await page.locator('[data-testid="rev-warnings"]').count()).toBe(0);
  });

  it("1. Investeringar: 45 000 in an mnkr amount is named with its priority and echoed as 45 mnkr", async () => {
    const page = await pane("investment");
    const before = await page.inputValue("#inv-0-belopp");
    // over the 20 000 mnkr no municipality invests in a year: read as tkr, 45 000 / 1 000 = 45 mnkr
    await enter(page, "#inv-0-belopp", sv ? "45 000" : "45,000");
    const w = await text(page, "inv-warnings");
    expect(w).toMatch(
      sv
        ? /^Rimlighetskontroll”Belopp \(mnkr\) \(Prioritet 1/
        : /^Plausibility check"Amount \(mnkr\) \(Priority 1/,
    );
    expect(w).toContain(
      sv
        ? "= 45 000 mnkr är mer än en kommuns årliga investeringar."
        : "= 45,000 mnkr is more than a municipality's yearly investments.",
    );
    expect(w).toContain(
      sv ? "Står beloppet i tkr blir det = 45 mnkr." : "If the amount is in tkr, it is = 45 mnkr.",
    );
    await axeClean(page);
    await enter(page, "#inv-0-belopp", before);
  });

  it("1. Känslighet: 25 kr in an mnkr field is read as 0,000025 mnkr, echoed, and named beside the table", async () => {
    const page = await pane("sensitivity");
    const before = await page.inputValue("#sens-personalkostnader");
    await enter(page, "#sens-personalkostnader", "25 kr");
    // 25 kr = 25 / 1 000 000 mnkr
    expect(await panelText(page)).toContain(sv ? "= 0,000025 mnkr" : "= 0.000025 mnkr");
    // the message names the field and the amount as read (a warning or the reason, see the report)
    const said = (
      await page.locator('[data-testid="sens-warnings"], [data-testid="sens-problems"]').allTextContents()
    ).join(" ");
    expect(said).toContain(
      sv
        ? "Personalkostnader inkl. PO (mnkr): 0,000025\u00a0mnkr är bara "
        : "Personnel costs incl. social charges (mnkr): 0.000025\u00a0mnkr is only ",
    );
    await axeClean(page);
    await enter(page, "#sens-personalkostnader", before);
  });

  it("4. Prognos: the untouched budget field is judged once left, not when a row is read (axe clean with the error)", async () => {
    const page = await pane("forecast");
    expect(await page.locator('[data-testid="forecast-problems"]').count()).toBe(0);
    // IFO's twelve month cells only (C11:N11): no budget cell in the selection, and none typed
    await selectCells(page, "C11", "N11");
    await page.click(`text=${t.fromSelection}: ${t.outcomes.toLowerCase()}`);
    // reading months is not leaving the budget field (review s8, finding 8): a neutral word, no red line
    expect(await text(page, "forecast-write-reason")).toBe(t.fillToSee(t.budget));
    expect(await page.locator('[data-testid="forecast-problems"]').count()).toBe(0);
    await enter(page, "#forecast-budget", "");
    expect(await text(page, "forecast-problems")).toContain(
      sv ? "Årsbudget: Fyll i ett värde." : "Annual budget: Enter a value.",
    );
    expect(await axePanel(page)).toEqual([]); // an error state, in every pair
  });

  it("1. Prognos: a budget read as January is named beside the results", async () => {
    const page = await pane("forecast");
    // LSS, A10:J10: the label, the budget 150 in B10 and January–August; without December's cells the
    // budget is read as January
    await selectCells(page, "A10", "J10");
    await page.click(`text=${t.fromSelection}: ${t.outcomes.toLowerCase()}`);
    await enter(page, "#forecast-budget", "150");
    // the other months 13,1 13,1 13,3 13,1 13,1 13,5 8,1 12,4 → sorted, the median is (13,1 + 13,1) / 2 = 13,1;
    // 150 / 13,1 = 11,45… → 11 times
    expect(await text(page, "forecast-warnings")).toContain(
      sv
        ? "B10 (150) läses som januari men är 11 gånger de andra månadernas median."
        : "B10 (150) is read as January but is 11 times the other months' median.",
    );
    await axeClean(page);
  });

  it("1. Konsekvensanalys: a share typed in the interest's % field is computed as typed, with the hint", async () => {
    const page = await pane("consequence");
    const before = await page.inputValue("#cons-0-ranta");
    await enter(page, "#cons-0-ranta", sv ? "0,02" : "0.02");
    // the field says what 0,02 means in a % field
    expect(await panelText(page)).toContain(
      sv
        ? "0,02 i ett procentfält betyder 0,02 % — menade du 2 %?"
        : "0.02 in a percent field means 0.02% — did you mean 2%?",
    );
    // computed from 0,02 % as typed: 2026 16 − (2 + 10/10 + 10 × 0,0002) = 16 − 3,002 = 12,998 → 13,00
    expect(await text(page, "cons-effect-2026")).toBe(sv ? "13,00" : "13.00");
    await axeClean(page);
    await enter(page, "#cons-0-ranta", before);
    expect(await text(page, "cons-effect-2026")).toBe(sv ? "12,80" : "12.80");
  });

  it("6. formats: thousands and decimals suggested the language's way; decimals per column; rounding note", async () => {
    const tax = await pane("tax");
    if (sv) {
      await enter(tax, "#tax-base", "1,950.5");
      expect(await panelText(tax)).toContain("skriv 1 950,5, inte 1,950.5");
    } else {
      await enter(tax, "#tax-base", "1 950,5");
      expect(await panelText(tax)).toContain("write 1,950.5, not 1 950,5");
    }
    await enter(tax, "#tax-base", sv ? "6 900" : "6,900");
    const cons = await pane("consequence");
    // 2026: 16 − (2 + 10/10 + 10 × 2 %) = 12,8 shown as 12,80 like 2027's 14,82; 12,8 / 2 000 = 0,640 %
    expect(await text(cons, "cons-effect-2026")).toBe(sv ? "12,80" : "12.80");
    expect(
      await cons
        .locator(`[data-testid="cons-table"] td:text-is("${sv ? "0,640\u00a0%" : "0.640%"}")`)
        .count(),
    ).toBe(1);
    // one number of decimals per column, in every year: the effect 2, the share of revenue 3 (as the sheet)
    const columns = await cons.$$eval('[data-testid="cons-table"] tbody tr', (trs) =>
      trs
        .map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim()))
        .filter((cells) => /^\d{4}$/.test(cells[0] ?? "")),
    );
    expect(columns.length).toBeGreaterThan(1);
    const dec = sv ? "," : "\\.";
    for (const [, effect, share] of columns) {
      expect(effect).toMatch(new RegExp(`^[−-]?[\\d\\s,.]*${dec}\\d{2}$`));
      // a year without taxes and grants has no share: "–"
      if (share !== "–") expect(share).toMatch(new RegExp(`^[−-]?[\\d\\s,.]*${dec}\\d{3}\\s?%$`));
    }
    const rev = await pane("revenue");
    // 1 389,83955 + 7,5 + 519,825033 + 33 = 1 950,164583 → 1 950,2; the parts shown, 1 389,8 + 7,5 + 519,8
    // + 33,0, add up to 1 950,1
    expect(await text(rev, "rev-rounding")).toContain(
      sv
        ? "2025: Summan 1 950,2 är räknad på de oavrundade beloppen; de avrundade delarna ger 1 950,1."
        : "2025: The total 1,950.2 is the sum of the unrounded amounts; the rounded parts add up to 1,950.1.",
    );
  });

  it("7. numbers right-aligned in every table; Investeringar's headers whole and apart", async () => {
    const cons = await pane("consequence");
    // a table wider than the pane says so (the cue) exactly while columns are hidden to its right
    const wide = await cons.$eval('[data-testid="cons-table"]', (tb) => {
      const region = tb.closest('[role="region"]')!;
      return region.scrollWidth > region.clientWidth;
    });
    expect(await cons.isVisible('[data-testid="cons-table-cue"]')).toBe(wide);
    const consCells = await alignments(cons, '[data-testid="cons-table"] tbody td:not(:first-child)');
    expect(consCells.length).toBeGreaterThan(0);
    expect(consCells.filter((a) => !RIGHT.test(a))).toEqual([]);
    const rev = await pane("revenue");
    const revCells = await alignments(rev, '[data-testid="pane"] section table tbody td:not(:first-child)');
    expect(revCells.length).toBeGreaterThan(0);
    expect(revCells.filter((a) => !RIGHT.test(a))).toEqual([]);
    const sens = await pane("sensitivity");
    const sensCells = await alignments(sens, '[data-testid="pane"] section table tbody td:nth-child(3)');
    expect(sensCells.length).toBeGreaterThan(0);
    expect(sensCells.filter((a) => !RIGHT.test(a))).toEqual([]);
    const inv = await pane("investment");
    const heads = await inv.$$eval('[data-testid="inv-table"] th', (ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        return {
          text: th.textContent,
          left: r.left,
          right: r.right,
          clipped: th.scrollWidth > th.clientWidth + 1,
        };
      }),
    );
    expect(heads.length).toBe(4);
    // the English headers are the longer ("Capital cost (internal interest)"): still one beside the other
    heads.slice(1).forEach((h, i) => expect(h.left).toBeGreaterThanOrEqual(heads[i]!.right - 1));
    expect(heads.filter((h) => h.clipped)).toEqual([]);
    const invCells = await alignments(inv, '[data-testid="inv-table"] tbody td:not(:first-child)');
    expect(invCells.length).toBeGreaterThan(0);
    expect(invCells.filter((a) => !RIGHT.test(a))).toEqual([]);
  });

  it("4. Åtgärdsplan: nothing judged until the user tries to write; then the untouched deficit is named, the empty measure a note", async () => {
    const page = await pane("actionplan");
    await page.click(`text=${sv ? "Lägg till åtgärd" : "Add measure"}`);
    const problems =
      '[data-testid="ap-status"]:has-text("' + (sv ? "Fyll i ett värde" : "Enter a value") + '")';
    expect(await page.locator(problems).count()).toBe(0);
    expect(await text(page, "ap-notes")).toContain(
      sv
        ? "Åtgärd 1 räknas inte med förrän något är ifyllt i den."
        : "Measure 1 is left out until something is filled in.",
    );
    await page.click('[data-testid="ap-write"]');
    await page.waitForSelector(problems);
    // the deficit, never typed in, is judged now and named; the empty measure stays a note, not an error
    expect(await text(page, "ap-status")).toContain(
      sv ? "Prognostiserat underskott: Fyll i ett värde." : "Forecast deficit: Enter a value.",
    );
    expect(await text(page, "ap-status")).not.toMatch(sv ? /Åtgärd 1/ : /Measure 1/);
    expect(await page.locator('[data-testid="ap-message"]').count()).toBe(0);
    await axeClean(page);
  });

  it("8. Skatt: an untouched new measure is left out with a note; written to the quoted sheet", async () => {
    const page = await pane("tax");
    await page.click(`text=${t.addMeasure}`);
    await page.click('[data-testid="tax-write"]');
    await page.waitForSelector('[data-testid="tax-message"]');
    // trying to write judges every field, yet the empty measure is a note, not an error
    expect(await page.locator('[data-testid="tax-problems"]').count()).toBe(0);
    expect(await text(page, "tax-notes")).toContain(
      sv
        ? "Åtgärd 1 räknas inte med förrän dess fält är ifyllda."
        : "Measure 1 is left out until its fields are filled in.",
    );
    expect(await text(page, "tax-message")).toBe(
      sv ? "Skrivet till 'Skatt eller effektivisering'!A1" : "Written to 'Tax or efficiency'!A1",
    );
    // the written block: the inputs yellow, the computed raise not
    for (const a1 of ["B2", "B3", "B4", "B5"])
      expect(await page.getAttribute(`[data-cell="${a1}"]`, "data-style")).toBe("input");
    expect(await page.getAttribute('[data-cell="B6"]', "data-style")).toBeNull();
  });

  it("7, 8. Prognos's written table: numbers right-aligned as in Excel, the figures by hand", async () => {
    const page = await pane("forecast");
    // IFO, C11:N11 with the budget typed: Jan–Aug 15,4 + 15,4 + 15,7 + 15,4 + 15,4 + 15,8 + 9,5 + 14,6 = 117,2;
    // run rate 117,2 / 8 × 12 = 175,8; a cost of 175,8 against 190 is 14,2 under budget
    await selectCells(page, "C11", "N11");
    await page.click(`text=${t.fromSelection}: ${t.outcomes.toLowerCase()}`);
    await enter(page, "#forecast-budget", "190");
    // the pane's figures: 175,8 and 14,2 have one decimal whichever rule the pane shows them by
    expect(await text(page, "forecast-linjar")).toBe(sv ? "175,8" : "175.8");
    expect(await text(page, "deviation-linjar")).toBe(`${t.deviation} ${sv ? "14,2" : "14.2"}`);
    await page.click('[data-cell="A25"]');
    await page.click('[data-testid="forecast-write"]');
    await page.waitForSelector('[data-testid="forecast-message"]');
    expect(await text(page, "forecast-message")).toBe(`${t.written} Uppföljning!A25`);
    const cell = async (a1: string) =>
      ((await page.textContent(`[data-cell="${a1}"]`)) ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
    expect(await cell("B26")).toBe(sv ? "175,8" : "175.8");
    expect(await cell("C26")).toBe(sv ? "14,2" : "14.2");
    const numbers = await alignments(
      page,
      ["B26", "C26", "B27", "C27", "B28", "C28"].map((a) => `[data-cell="${a}"]`).join(","),
    );
    expect(numbers).toHaveLength(6);
    expect(numbers.filter((a) => !RIGHT.test(a))).toEqual([]);
  });

  // issue 23, finding 8: Prognos's written table is marked as every panel's block
  it("8. Prognos's written table: the header row bold, the typed budget a yellow input", async () => {
    const page = await pane("forecast");
    // the table written by the test above at A25: headers in row 25, the typed budget (190) in B31
    for (const a1 of ["A25", "B25", "C25", "D25"])
      expect(await page.getAttribute(`[data-cell="${a1}"]`, "data-style")).toBe("header");
    expect(await page.getAttribute('[data-cell="B31"]', "data-style")).toBe("input");
  });
  // issue 23, finding 4: an empty new project is left out of the plan with a note, as Skatt, Åtgärdsplan and
  // Konsekvensanalys do with an empty measure. Last of the pair: it leaves the empty project behind.
  it("4. Investeringar: adding a project keeps the plan; the empty project is a note, also after trying to write", async () => {
    const page = await pane("investment");
    await page.click(`text=${sv ? "Lägg till projekt" : "Add project"}`);
    expect(await page.locator('[data-testid="inv-table"]').count()).toBe(1);
    await page.click('[data-testid="inv-write"]');
    await page.waitForSelector('[data-testid="inv-message"], [data-testid="inv-error"]');
    expect(await page.locator('[data-testid="inv-error"]').count()).toBe(0);
  });
});
