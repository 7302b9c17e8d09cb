import { FUNCTIONS, type FunctionDef } from "../definitions";
import { readableNumber } from "../definitions/exampleText";
import { helpPage } from "./help";

const def = (id: string): FunctionDef => FUNCTIONS.find((f) => f.id === id)!;

/** The example paragraph of one function's section of a generated page. */
function example(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  const section = html.slice(start, html.indexOf("</section>", start));
  return /<h3>(?:Exempel|Example)<\/h3>\n<p>(.*)<\/p>/.exec(section)![1]!;
}

describe("the help pages' examples, as the Funktioner panel shows them (issue 23)", () => {
  const ids = ["FORECAST", "SEASONALPROFILE", "NETCOSTFRAME"];
  const functions = ids.map(def);
  const sv = helpPage("sv", functions);
  const en = helpPage("en", functions);

  it("the Swedish page writes the formula as Swedish Excel: Swedish names, ; between arguments, \\ in an array, the Swedish method", () => {
    // =KOMMUN.FORECAST(1200,{100,100,100},"linear") in Swedish Excel; the quotes escaped in HTML
    expect(example(sv, "FORECAST")).toContain(
      "<code>=KOMMUN.PROGNOS(1200;{100\\100\\100};&quot;linjär&quot;)</code> → <strong>1200</strong>",
    );
    expect(example(sv, "NETCOSTFRAME")).toContain("<code>=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)</code>");
    expect(sv).not.toContain("&quot;linear&quot;");
  });

  it("the Swedish page shows 1/11 as Swedish Excel does, shortened as the panel: 0,0909…; July (0) stays 0", () => {
    // twelve months, July's weight 0: eleven months of 1/11 = 0,090909… and July 0
    const months = ["0,0909…", "0,0909…", "0,0909…", "0,0909…", "0,0909…", "0,0909…", "0"];
    months.push("0,0909…", "0,0909…", "0,0909…", "0,0909…", "0,0909…");
    expect(example(sv, "SEASONALPROFILE")).toContain(
      `<code>=KOMMUN.SÄSONGSPROFIL({1\\1\\1\\1\\1\\1\\0\\1\\1\\1\\1\\1})</code> → <strong>${months.join(" | ")}</strong>`,
    );
    expect(sv).not.toMatch(/0[.,]09090909/);
  });

  it("the English page is unchanged but for the same shortening: English formula, 0.0909… with its commas", () => {
    expect(example(en, "FORECAST")).toContain(
      "<code>=KOMMUN.FORECAST(1200,{100,100,100},&quot;linear&quot;)</code> → <strong>1200</strong>",
    );
    const months = ["0.0909…", "0.0909…", "0.0909…", "0.0909…", "0.0909…", "0.0909…", "0"];
    months.push("0.0909…", "0.0909…", "0.0909…", "0.0909…", "0.0909…");
    expect(example(en, "SEASONALPROFILE")).toContain(
      `<code>=KOMMUN.SEASONALPROFILE({1,1,1,1,1,1,0,1,1,1,1,1})</code> → <strong>${months.join(",")}</strong>`,
    );
    expect(example(en, "NETCOSTFRAME")).toContain(
      "<code>=KOMMUN.NETCOSTFRAME(1000,5,2%)</code> → <strong>985</strong>",
    );
  });
});

describe("readableNumber: the one shortening of the panel and the help pages", () => {
  it("shortens more than six decimals to four with …, in either decimal sign; shorter ones stay", () => {
    // 1/11 = 0,090909…; 2/3 = 0,666666… → 0,6667; 1/8 = 0,125 has three decimals and stays
    expect(readableNumber("0,0909090909090909")).toBe("0,0909…");
    expect(readableNumber("0.6666666666666666")).toBe("0.6667…");
    expect(readableNumber("-0,6666666")).toBe("-0,6667…");
    expect(readableNumber("0.125")).toBe("0.125");
    expect(readableNumber("0,123456")).toBe("0,123456");
    expect(readableNumber("under resultatmål")).toBe("under resultatmål");
  });
});
