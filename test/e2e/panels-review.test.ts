/**
 * A second pass over the panels as a Swedish controller uses them (issue 12): what the first
 * browser tests did not catch. Each test types or selects what a user would and checks the number
 * against a hand calculation, or the reason shown in its place.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { fill, panelPage as demoPage, SCREENSHOTS, selectCells, sharedDemo } from "./browser";

const demo = sharedDemo();

const text = async (page: Page, testId: string) =>
  (await page.textContent(`[data-testid="${testId}"]`))?.replace(/[\u00a0\u202f]/g, " ").trim();
/** a Prognos figure: always one decimal, as the written block's #,##0.0 (12,0, never 12) */
const sv1 = (x: number) =>
  new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(x)
    .replace(/[\u00a0\u202f]/g, " ");

/** The pane at Excel's default width (the demo's pane column). */
const narrow = (page: Page) =>
  page.addStyleTag({
    content: "#root > div > div { grid-template-columns: minmax(0, 1fr) 320px !important; }",
  });

const readRow = (page: Page) => page.click("text=Hämta från markering: månadsutfall");
const cellText = async (page: Page, a1: string) =>
  (await page.textContent(`[data-cell="${a1}"]`))!.trim().replace(/[\s\u00a0\u202f]/g, "");
const cellNum = async (page: Page, a1: string) =>
  Number((await cellText(page, a1)).replace(",", ".").replace("\u2212", "-"));

describe("Prognos: the cost/revenue choice belongs to the selected row", () => {
  it("after the revenue row, Förskola is a cost again: under budget is ok, not 'kritisk'", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=manadsuppfoljning-2025.xlsx&panel=forecast");
    await narrow(page);
    await selectCells(page, "A20", "N20");
    await readRow(page);
    expect(await page.isChecked('[data-testid="forecast-sign"] input[value="intakt"]')).toBe(true);

    await selectCells(page, "A7", "N7");
    await readRow(page);
    // "Förskola" says neither cost nor revenue: assumed a cost, and the pane says so
    expect(await page.isChecked('[data-testid="forecast-sign"] input[value="kostnad"]')).toBe(true);
    expect(
      await page.isVisible("text=antagen: kostnad, eftersom etiketten inte säger kostnad eller intäkt"),
    ).toBe(true);
    // by hand: Jan–Aug 19,8 + 19,8 + 20,2 + 19,8 + 19,8 + 20,4 + 12,3 + 18,8 = 150,9; × 12 / 8 = 226,35;
    // a cost of 226,35 against a budget of 240 is 13,65 under budget: favourable, ok
    const months = [19.8, 19.8, 20.2, 19.8, 19.8, 20.4, 12.3, 18.8];
    const linear = (months.reduce((a, b) => a + b, 0) / 8) * 12;
    expect(linear).toBeCloseTo(226.35, 9);
    // shown with one decimal, as every figure of the panel (the written block's #,##0.0): 226,35 → 226,4
    expect(await text(page, "forecast-linjar")).toBe("226,4");
    // 240 − 226,35 = 13,65 → 13,7 (one decimal, rounded half up as Excel's #,##0.0 shows it)
    expect(await text(page, "deviation-linjar")).toBe("Avvikelse 13,7");
    expect(await text(page, "status-linjar")).toBe("ok");
    await page.screenshot({ path: join(SCREENSHOTS, "review-forecast-forskola-320.png") });

    // a row without its label: assumed a cost, with the reason, never the previous row's choice
    await selectCells(page, "A20", "N20");
    await readRow(page);
    await selectCells(page, "B8", "N8");
    await readRow(page);
    expect(await page.isChecked('[data-testid="forecast-sign"] input[value="kostnad"]')).toBe(true);
    expect(await page.isVisible("text=antagen: kostnad, eftersom markeringen saknar etikett")).toBe(true);
    // Grundskola: 43,5 + 43,5 + 44,4 + 43,5 + 43,5 + 44,9 + 27,0 + 41,4 = 331,7; × 12 / 8 = 497,55 < 520
    expect(await text(page, "deviation-linjar")).toBe(`Avvikelse ${sv1(520 - (331.7 / 8) * 12)}`);

    // chosen by the user: the hint says so
    await page.click('[data-testid="forecast-sign"] input[value="intakt"]');
    expect(await page.isVisible("text=vald här")).toBe(true);
    await page.close();
  });
});

describe("At 320 px a field's input box keeps its height beside a neighbour with a longer label", () => {
  for (const [panel, book] of [
    ["tax", "skatt-eller-effektivisering.xlsx"],
    ["consequence", "konsekvensanalys.xlsx"],
  ] as const) {
    it(panel, async () => {
      const page = await demoPage(demo.browser, demo.url, `bok=${book}&panel=${panel}`);
      await narrow(page);
      const heights = await page.$$eval(
        '[data-testid="pane"] section[aria-label] input[type="text"], [data-testid="pane"] section[aria-label] input:not([type])',
        (els) => els.map((e) => Math.round(e.getBoundingClientRect().height)),
      );
      expect(heights.length).toBeGreaterThan(3);
      // every input is one line high: the tallest is no taller than the shortest
      expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(SCREENSHOTS, `review-${panel}-fields-320.png`) });
      await page.close();
    });
  }
});

describe("Konsekvensanalys says its unit and writes live formulas", () => {
  it("amounts labelled mnkr; the written table recomputes when a measure's saving changes", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=konsekvensanalys.xlsx&panel=consequence");
    for (const label of [
      "Skatter och generella statsbidrag (mnkr)",
      "Skatteunderlag (mnkr)",
      "Engångskostnad (mnkr)",
      "Investering (mnkr)",
      "Driftkostnad per år (mnkr)",
      "Besparing/intäkt per år (mnkr)",
      "Effekt på resultatet (mnkr)",
    ]) {
      expect(await page.isVisible(`[data-testid="pane"] >> text="${label}"`)).toBe(true);
    }
    expect(await page.isVisible("text=År: Till: Till")).toBe(false);
    await page.click('[data-testid="cons-write"]');
    await page.waitForSelector('[data-testid="cons-message"]');
    expect(await cellText(page, "B1")).toBe("Effektpåresultatet(mnkr)");
    await page.click('[data-cell="B2"]');
    expect(await page.inputValue('[data-testid="formula-bar"]')).toMatch(
      /^=KOMMUN\.(NETEFFECT|NETTOEFFEKT)\(/,
    );
    // 2026: 16 − 2 − 1 − 0,2 = 12,8; the saving raised to 17 in the measure's row gives 13,8
    expect(await cellNum(page, "B2")).toBeCloseTo(12.8, 9);
    // years 2026–2030 in rows 2–6, payback row 7, inputs from row 9, the measure's row 14, saving in H
    await page.click('[data-cell="H14"]');
    expect(await cellNum(page, "H14")).toBeCloseTo(16, 9);
    await fill(page, '[data-testid="formula-bar"]', "17");
    await page.press('[data-testid="formula-bar"]', "Enter");
    // the cell shows its written number format ("13,80" with two decimals): compare the number it shows
    await page.waitForFunction(() => {
      const shown = (document.querySelector('[data-cell="B2"]')?.textContent ?? "").replace(
        /[\s\u00a0\u202f]/g,
        "",
      );
      return Math.abs(Number(shown.replace(",", ".")) - 13.8) < 1e-9;
    });
    await page.close();
  });
});

describe("A number that rounds to zero is 0, never −0", () => {
  it("a small surplus (gap −5 tkr): its efficiency in two significant digits, never '0 %' nor '−0 %'; 0 öre", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=skatt-eller-effektivisering.xlsx&panel=tax");
    await page.click('[data-testid="tax-unit"]');
    await page.click('[role="option"]:has-text("tkr")');
    await fill(page, "#tax-gap", "-5");
    // −5 tkr / 1 900 000 tkr = −0,000263 %: a non-zero share never reads as 0 % (review s7), two significant
    // digits as for a small amount
    expect(await text(page, "tax-efficiency")).toBe("−0,00026 %");
    expect(await text(page, "tax-raise")).toBe("0 öre");
    await page.close();
  });

  it("a gap of 25 tkr in the mnkr field: 0,0013 %, remaining 0,025 mnkr and the whole-öre raise explained", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=skatt-eller-effektivisering.xlsx&panel=tax");
    await fill(page, "#tax-gap", "25 tkr");
    // 0,025 / 1 900 = 0,0000132: 0,0013 %; the remaining gap as the echo "= 0,025 mnkr"
    expect(await text(page, "tax-efficiency")).toBe("0,0013 %");
    expect(await text(page, "tax-remaining")).toBe("0,025 mnkr");
    // 0,025 / 6 900 × 10 000 = 0,036 öre → 1 öre; 320 000 × 0,01 / 100 = 32 kr; 320 000 × 0,025 / 6 900 = 1,16 kr
    expect(await text(page, "tax-raise")).toBe("1 öre");
    expect(await text(page, "tax-rounded-up")).toBe(
      "Gapet motsvarar 0,036 öre per 100 kr, avrundat uppåt till hela öre: 1 öre. Gapet i sig kostar 1,16 kr per person, skattehöjningen 32 kr.",
    );
    await page.close();
  });
});

describe("Prognos: the profile method says when it is the even profile, and matches the workbook with its profile", () => {
  it("Förskola: 'Profil (jämn profil)' equals linear; with Historik!B7:M7 it is the workbook's P7 and R7", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=manadsuppfoljning-2025.xlsx&panel=forecast");
    const p7 = await cellNum(page, "P7");
    const r7 = await cellNum(page, "R7");
    await selectCells(page, "A7", "N7");
    await readRow(page);
    // without a seasonal profile, the profile method spreads the budget evenly: the linear 226,35 (226,4)
    expect(await page.isVisible("text=Profil (jämn profil)")).toBe(true);
    expect(await text(page, "forecast-profil")).toBe("226,4");
    await page.click('[role="tab"]:has-text("Historik")');
    await selectCells(page, "B7", "M7");
    await page.click("text=Hämta profil från markering");
    expect(await page.isVisible("text=Profil (jämn profil)")).toBe(false);
    // the workbook's KOMMUN.FORECAST(B7,C7:N7,"profil",Historik!B7:M7) and its deviation, shown with one decimal
    const shown = Number((await text(page, "forecast-profil"))!.replace(/\s/g, "").replace(",", "."));
    expect(Math.abs(shown - p7)).toBeLessThanOrEqual(0.05 + 1e-9);
    const dev = Number(
      (await text(page, "deviation-profil"))!
        .replace("Avvikelse ", "")
        .replace(/\s/g, "")
        .replace(",", ".")
        .replace("\u2212", "-"),
    );
    expect(Math.abs(dev - r7)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(await text(page, "status-profil")).toBe("ok");
    await page.close();
  });
});
