/**
 * Every panel at Excel's 320 px, in Swedish (light) and English (dark), with what a user types into one field:
 * a Swedish number, an English one, a wrong unit and nonsense (issue 23, point 9). Each state is
 * photographed for a person to look at (PANEL_SHOTS, default test/e2e/screenshots/look), and checked for
 * what a picture may hide: nothing sticks out sideways, no script error, the typed text kept as typed.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { clipped, demoPage, enter, horizontalOverflow, panelReady, SCREENSHOTS, sharedDemo } from "./browser";

const demo = sharedDemo();
const SHOTS = process.env.PANEL_SHOTS ?? join(SCREENSHOTS, "look");

type Lang = "sv" | "en";
/** panel, sample workbook, the field typed in, and where the wrong unit goes (a kr field, a tax rate) */
const PANELS: { panel: string; book: string; field: string; wrong: [string, string] }[] = [
  {
    panel: "tax",
    book: "skatt-eller-effektivisering.xlsx",
    field: "#tax-gap",
    wrong: ["#tax-income", "20 %"],
  },
  {
    panel: "revenue",
    book: "skatter-och-bidrag.xlsx",
    field: "#rev-taxBase",
    wrong: ["#rev-taxRate", "0,2137"],
  },
  {
    panel: "forecast",
    book: "manadsuppfoljning-2025.xlsx",
    field: "#forecast-budget",
    wrong: ["#forecast-budget", "20 %"],
  },
  {
    panel: "consequence",
    book: "konsekvensanalys.xlsx",
    field: "#cons-0-investering",
    wrong: ["#cons-0-investering", "20 %"],
  },
  {
    panel: "sensitivity",
    book: "mal-och-budget-2025.xlsx",
    field: "#sens-personalkostnader",
    wrong: ["#sens-skattesats", "0,2137"],
  },
  {
    panel: "investment",
    book: "investeringsbudget.xlsx",
    field: "#inv-0-belopp",
    wrong: ["#inv-0-belopp", "20 %"],
  },
  { panel: "actionplan", book: "atgardsplan.xlsx", field: "#ap-deficit", wrong: ["#ap-deficit", "20 %"] },
  {
    panel: "budget",
    book: "mal-och-budget-2025.xlsx",
    field: '[data-testid="budget-year"]',
    wrong: ['[data-testid="budget-year"]', "20 %"],
  },
  {
    panel: "functions",
    book: "mal-och-budget-2025.xlsx",
    field: 'input[type="search"]',
    wrong: ['input[type="search"]', "20 %"],
  },
];

describe("every panel at 320 px, typed in as a user would, looked at", () => {
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  for (const [lang, theme] of [
    ["sv", "light"],
    ["en", "dark"],
  ] as [Lang, string][]) {
    for (const p of PANELS) {
      it(`${p.panel}, ${lang}, ${theme}`, async () => {
        const page = await demoPage(
          demo.browser,
          demo.url,
          `bok=${p.book}&panel=${p.panel}&lang=${lang}&theme=${theme}&pane=320`,
        );
        await panelReady(page);
        const inputs: [string, string, string][] = [
          ["sv-number", p.field, "6 950,5"],
          ["en-number", p.field, "6,950.5"],
          ["wrong-unit", ...p.wrong],
          ["nonsense", p.field, "abc"],
        ];
        for (const [name, selector, value] of inputs) {
          await enter(page, selector, value);
          expect(await page.inputValue(selector)).toBe(value);
          await page.$eval(selector, (e) => e.scrollIntoView({ block: "start" }));
          await page.evaluate(() => window.scrollBy(0, -80));
          const pane = (await page.$('[data-testid="pane"]'))!;
          const box = (await pane.boundingBox())!;
          await page.screenshot({
            path: join(SHOTS, `${p.panel}-${lang}-${theme}-${name}.png`),
            clip: { x: box.x, y: 0, width: Math.min(box.width, 340), height: 1000 },
          });
          // the pane never scrolls sideways and nothing in the panel is clipped (a table scrolls in its region)
          expect(await horizontalOverflow(page)).toMatchObject({ pane: 0 });
          expect(await clipped(page)).toEqual([]);
        }
        expect((page as unknown as { errors: string[] }).errors).toEqual([]);
        await page.close();
      });
    }
  }
});
