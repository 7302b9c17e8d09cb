import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { InvestmentPanel } from "./InvestmentPanel";

function render(lang: "sv" | "en"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <InvestmentPanel lang={lang} write={async () => undefined} />
    </FluentProvider>,
  );
}

describe("InvestmentPanel (rendered once, without a browser)", () => {
  it("fits the default proposals to the 150 frame in order: 45 and 72 fit, the sports hall (35) waits", () => {
    const html = render("sv");
    // 45 + 72 = 117; 35 more would make 152 > 150
    expect(html).toMatch(/data-testid="inv-fit-1"[^>]*>ryms</);
    expect(html).toMatch(/data-testid="inv-fit-2"[^>]*>ryms</);
    expect(html).toMatch(/data-testid="inv-fit-3"[^>]*>väntar</);
    // Ryms 117 · Väntar 35 · Kvar av ramen 33 (sv-SE numbers)
    expect(html).toMatch(/Ryms 117 · Väntar 35 · Kvar av ramen 33/);
  });

  it("shows the effect on the municipality's result per year, in English too", () => {
    const html = render("en");
    // 2026: the preschool from August: running 1.2 × 5/12 = 0.5, depreciation 45/33 × 5/12 ≈ 0.57,
    // external interest 3 % × 60 % × 45 × 5/12 = 0.3375 → −1.4 to one decimal
    expect(html).toMatch(/data-testid="inv-effect-2026"[^>]*>-1\.4</);
    expect(html).toContain("fits");
  });
});
