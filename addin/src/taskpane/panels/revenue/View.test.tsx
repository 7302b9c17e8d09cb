import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { RevenuePanel } from "./View";

function render(lang: Lang): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <RevenuePanel lang={lang} write={async () => undefined} />
    </FluentProvider>,
  );
}

/** The text of the cell with a data-testid. */
const cell = (html: string, id: string): string | undefined =>
  new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];

describe("the Skatter och bidrag panel as rendered", () => {
  it("shows the sample municipality's total per year, in sv-SE numbers", () => {
    const html = render("sv");
    // 2025: 1 389,83955 + 7,5 + 519,825033 + 33 = 1 950,164583
    expect(cell(html, "rev-total-2025")).toMatch(/^1\s950,2$/);
    // the pane keeps 30 000 inhabitants and lets the average capacity grow with the plan factors:
    // 2026: capacity 6 710,01606e6 / 30 000 = 223 667,202 kr, average 265 000 × 1,038 = 275 070;
    // (316 330,5 − 223 667,202) × 30 000 × 0,1941 = 539,578 mnkr; 1 442,653 + 539,578 + 33 = 2 015,23
    expect(cell(html, "rev-total-2026")).toMatch(/^2\s015,2$/);
    // 2027: 1 494,589 + (1,15 × 284 972,52 − 231 719,221) × 30 000 × 0,1941 / 1e6 (= 559,003) + 33 = 2 086,59
    expect(cell(html, "rev-total-2027")).toMatch(/^2\s086,6$/);
    expect(html).not.toContain('data-testid="rev-error"');
    expect(html).toContain("Uppräkningsfaktor t−1");
    // the sample's figures are there to be replaced, and the pane says so
    expect(html).toContain("Fälten är ifyllda med exempelkommunens värden");
  });

  it("speaks English when asked, with the same figures", () => {
    const html = render("en");
    expect(cell(html, "rev-total-2025")).toBe("1,950.2");
    expect(html).toContain("Income equalisation");
    expect(html).toContain("Write to a new sheet");
  });
});
