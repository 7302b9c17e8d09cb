/**
 * The host and frame layer after review (issue 12): cells the pane writes keep their Excel number
 * format in the demo grid; in the dark theme the pane (not the page) scrolls and its background reaches
 * the bottom of a long panel; at 320 px a visible tab shows its whole label (the rest go to the menu).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { demoPage, SCREENSHOTS, sharedDemo } from "./browser";

const demo = sharedDemo();

const cell = async (page: Page, a1: string) =>
  (await page.textContent(`[data-cell="${a1}"]`))!.replace(/[\u00a0\u202f]/g, " ").trim();

describe("cells the pane writes keep their number format in the demo grid", () => {
  it("Skatt eller effektivisering: the efficiency share is 1,32 %, not 0,01315789474", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=mal-och-budget-2025.xlsx&panel=tax");
    await page.click("text=Skriv till nytt blad");
    await page.waitForFunction(() =>
      document.querySelector('[data-cell="A2"]')?.textContent?.includes("Budgetgap"),
    );
    // by hand: gap 25 mnkr of net cost 1 900 mnkr = 0,0131578… → "0.00%" → 1,32 %
    expect(await cell(page, "B9")).toBe("1,32 %");
    // money in mnkr as "#,##0.00": 6 900 mnkr tax base → "6 900,00"
    expect(await cell(page, "B3")).toBe("6 900,00");
    // a tax raise of 25 / 6 900 × 100 = 0,3623… kr per 100 kr; B6 (KOMMUN.TAXRAISEFOR) rounds it up to a
    // whole öre, as the pane's 37 öre: ceil(25 × 10 000 / 6 900) / 100 = ceil(36,23…) / 100 = 0,37, not 0,36
    expect(await cell(page, "B6")).toBe("0,37");
    await page.close();
  });

  it("Konsekvensanalys: year as 0, effect as #,##0.00, share of revenue as 0.000%", async () => {
    const page = await demoPage(demo.browser, demo.url, "bok=konsekvensanalys.xlsx&panel=consequence");
    await page.click("text=Skriv till nytt blad");
    await page.waitForSelector('[data-testid="cons-message"]');
    expect(await cell(page, "A2")).toBe("2026");
    // 2026: one-off 2 + depreciation 10/10 + interest 10 × 2 % = 3,2 cost against 16 revenue: 12,80
    expect(await cell(page, "B2")).toBe("12,80");
    // 12,8 of 2 000 mnkr taxes and grants = 0,64 % → "0.000%" → 0,640 %
    expect(await cell(page, "C2")).toBe("0,640 %");
    await page.close();
  });
});

/**
 * The background painted at a point: the innermost element there, or an ancestor, whose box covers the
 * point and has a colour (a DOM ancestor that ends above the point paints nothing there).
 */
const backgroundAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      let e: Element | null = document.elementFromPoint(px!, py!);
      while (e) {
        const b = e.getBoundingClientRect();
        const covers = px! >= b.left && px! <= b.right && py! >= b.top && py! <= b.bottom;
        const c = getComputedStyle(e).backgroundColor;
        if (covers && c && c !== "rgba(0, 0, 0, 0)" && c !== "transparent") return c;
        e = e.parentElement;
      }
      return "rgb(255, 255, 255)"; // the page's own canvas is white
    },
    [x, y],
  );

const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

describe("at 320 px", () => {
  for (const [viewport, name] of [
    [{ width: 320, height: 640 }, "320-narrow"],
    [{ width: 1000, height: 700 }, "320-beside-grid"],
  ] as const) {
    it(`dark theme, Konsekvensanalys (${name}): the pane scrolls, not the page, and stays dark to the bottom`, async () => {
      const page = await demoPage(
        demo.browser,
        demo.url,
        "bok=konsekvensanalys.xlsx&panel=consequence&theme=dark",
        {
          ...viewport,
        },
      );
      if (viewport.width > 320)
        await page.addStyleTag({
          content: "#root > div > div { grid-template-columns: minmax(0, 1fr) 320px !important; }",
        });
      await page.waitForSelector("text=Skriv till nytt blad"); // the panel is loaded on first use
      const pane = await page.$('[data-testid="pane"]');
      const scroll = await pane!.evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
      expect(scroll.scroll).toBeGreaterThan(scroll.client); // a long panel: the pane must scroll
      expect(
        await page.evaluate(
          () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
        ),
      ).toBe(0);
      await pane!.evaluate((e) => e.scrollTo(0, e.scrollHeight));
      await page.waitForFunction(() => {
        const p = document.querySelector('[data-testid="pane"]')!;
        return p.scrollTop + p.clientHeight >= p.scrollHeight - 1;
      });
      await page.screenshot({ path: join(SCREENSHOTS, `host-review-dark-${name}-bottom.png`) });
      const box = (await pane!.boundingBox())!;
      // the last few pixels of the pane and its left margin: the theme's dark background, not white
      for (const [x, y] of [
        [box.x + 4, box.y + box.height - 3],
        [box.x + box.width / 2, box.y + box.height - 3],
      ] as const) {
        expect(luminance(await backgroundAt(page, x, y))).toBeLessThan(0.3);
      }
      // the pane's content box (the themed root) is as tall as what it scrolls
      const rootHeight = await page.$eval(
        '[data-testid="pane"] [role="complementary"]',
        (e) => e.getBoundingClientRect().height,
      );
      expect(rootHeight).toBeGreaterThanOrEqual(scroll.scroll - 1);
      await page.close();
    });
  }

  for (const lang of ["sv", "en"] as const)
    for (const panel of ["tax", "forecast", "consequence", "functions"] as const)
      it(`${lang}, ${panel}: every visible tab shows its whole label`, async () => {
        const page = await demoPage(
          demo.browser,
          demo.url,
          `bok=konsekvensanalys.xlsx&panel=${panel}&lang=${lang}`,
          { width: 320, height: 640 },
        );
        const tabs = await page.$$eval('[data-testid="panel-tabs"] [role="tab"]', (els) =>
          els
            .filter((e) => e.getBoundingClientRect().width > 0)
            .map((e) => {
              const list = e.closest('[role="tablist"]')!.getBoundingClientRect();
              const b = e.getBoundingClientRect();
              const spans = Array.from(e.querySelectorAll("span"));
              return {
                // the shown name (a Fluent tab also holds a hidden bold copy to reserve its width)
                label: (e.querySelector(".fui-Tab__content")?.textContent ?? "").trim(),
                clipped: spans.some(
                  (s) =>
                    s.scrollWidth > s.clientWidth + 1 ||
                    (getComputedStyle(s).textOverflow === "ellipsis" && s.scrollWidth > s.clientWidth),
                ),
                inside: b.right <= list.right + 0.5 && b.left >= list.left - 0.5,
              };
            }),
        );
        expect(tabs.length).toBe(9); // every panel's tab: they wrap, none hides behind a menu
        for (const t of tabs)
          expect({ label: t.label, clipped: t.clipped, inside: t.inside }).toEqual({
            label: t.label,
            clipped: false,
            inside: true,
          });
        expect(tabs.some((t) => t.label.includes("…"))).toBe(false);
        await page.close();
      });
});
