import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../../definitions/types";
import type { WorkbookHost } from "../../host/types";
import { BudgetPanel } from "./View";

function host(kind: "excel" | "browser"): WorkbookHost {
  const never = () => Promise.reject(new Error("not called when rendering"));
  return {
    kind,
    readSelection: never,
    readNamedRange: never,
    readNamedRanges: never,
    activeCell: never,
    isEmpty: never,
    writeRange: never,
    writeNewSheet: never,
    contents: never,
    addNames: never,
  };
}

function render(kind: "excel" | "browser", lang: Lang): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <BudgetPanel lang={lang} host={host(kind)} />
    </FluentProvider>,
  );
}

describe("the Ny budget panel as rendered", () => {
  it("in the demo: builds from the synthetic Exempelkommun and says so, with a write button", () => {
    const html = render("browser", "sv");
    expect(html).toContain("Exempelkommun (9901, syntetiska siffror)");
    expect(html).toContain("påhittade siffror");
    expect(html).toContain('data-testid="budget-write"');
    expect(html).not.toContain('data-testid="budget-cli"');
    // 48 KPIs of API.md §12 and the four tables
    expect(html).toContain("Det här hämtas: 48 nyckeltal ur Kolada och 4 tabeller");
  });

  it("in Excel: a button that fetches from Kolada, and the command for when the pane cannot reach it", () => {
    const html = render("excel", "sv");
    expect(html).toContain('data-testid="budget-fetch"');
    expect(html).toContain("Hämta från Kolada och skriv");
    expect(html).toContain('data-testid="budget-cli"');
    expect(html).toContain("CORS");
    expect(html).toMatch(/npx kommunkalkyl budget --kommun &lt;kod&gt; --år \d{4}/);
    expect(html).not.toContain('data-testid="budget-write"');
  });

  it("speaks English when asked", () => {
    const html = render("excel", "en");
    expect(html).toContain("If the pane cannot reach Kolada");
    expect(html).toContain("Fetch from Kolada and write");
    expect(html).toContain("What is fetched: 48 Kolada KPIs and 4 tables");
  });
});
