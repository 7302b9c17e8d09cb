import { BrowserWorkbook } from "./browserWorkbook";
import { failure, MockExcel } from "./excelMock";
import { createOfficeHost } from "./officeHost";
import { referenceKey, type WorkbookHost } from "./types";

/** A workbook with the user's own name `Gap` → Blad1!$A$1 (holding 25), in Excel (mock) and in the demo. */
function hosts(): [string, WorkbookHost, () => Promise<unknown>][] {
  const excel = new MockExcel(["Blad1", "Skatter och bidrag"]);
  excel.fill("Blad1", "A1", [[25]]);
  excel.fill("Skatter och bidrag", "B12", [[4521.088]]);
  excel.names.set("Gap", { type: "Range", value: "", ref: { sheet: "Blad1", range: "$A$1" } });
  const demo = new BrowserWorkbook(
    { title: "Test", sheets: { Blad1: [[25]], "Skatter och bidrag": [] }, names: { Gap: "Blad1!$A$1" } },
    "sv",
  );
  demo.hf.setCellContents({ sheet: demo.sheetId("Skatter och bidrag"), row: 11, col: 1 }, [[4521.088]]);
  return [
    ["Excel", createOfficeHost(excel.api()), async () => excel.names.get("Gap")?.ref?.range],
    ["the demo", demo, async () => demo.hf.getNamedExpressionFormula("Gap")],
  ];
}

describe("adding workbook-scope defined names", () => {
  it.each(hosts())(
    "%s: adds a new name, reports one pointing elsewhere, and replaces it only when asked",
    async (_, host) => {
      const names = { Skatteunderlag: "'Skatter och bidrag'!$B$12", Gap: "'Skatter och bidrag'!$B$12" };
      const first = await host.addNames(names);
      expect(first.added).toEqual(["Skatteunderlag"]);
      expect(first.kept).toEqual([{ name: "Gap", refersTo: "=Blad1!$A$1" }]);
      expect(first.replaced).toEqual([]);
      // the user's name still gives the user's cell; the new one the tax base
      expect(await host.readNamedRange("Gap")).toEqual([[25]]);
      expect(await host.readNamedRange("Skatteunderlag")).toEqual([[4521.088]]);
      // again, the user confirming Gap: Skatteunderlag is there already, Gap is replaced
      const second = await host.addNames(names, ["Gap"]);
      expect(second).toEqual({ added: [], unchanged: ["Skatteunderlag"], replaced: ["Gap"], kept: [] });
      expect(await host.readNamedRange("Gap")).toEqual([[4521.088]]);
    },
  );

  it.each(hosts())("%s: names ignore case, as in Excel: GAP is the user's Gap", async (_, host, gap) => {
    const r = await host.addNames({ GAP: "'Skatter och bidrag'!$B$12" });
    expect(r.kept.map((k) => k.name)).toEqual(["GAP"]);
    expect(await gap()).toMatch(/\$A\$1/);
  });

  it.each(hosts())(
    "%s: a name Excel cannot take (it looks like a cell) is refused with the name in the message",
    async (_, host) => {
      const e = await failure(host.addNames({ AB12: "Blad1!$A$1" }));
      expect(e.code).toBe("badName");
      expect(e.messageIn("sv")).toContain("Namnet AB12 kunde inte definieras");
      expect(e.messageIn("en")).toContain("The name AB12 could not be defined");
    },
  );

  it("Excel before ExcelApi 1.7 (no NamedItem.formula): the existing name's reference is read from its value", async () => {
    const excel = new MockExcel(["Blad1"]);
    excel.apiMinor = 6;
    excel.names.set("Gap", { type: "Range", value: "", ref: { sheet: "Blad1", range: "$A$1" } });
    const r = await createOfficeHost(excel.api()).addNames({ Gap: "Blad1!$B$2" });
    expect(r.kept).toEqual([{ name: "Gap", refersTo: "=Blad1!$A$1" }]);
  });

  it("compares references as Excel does: quotes and the sheet's case do not matter, $ does", () => {
    expect(referenceKey("='Skatter och bidrag'!$B$12")).toBe(referenceKey("Skatter och bidrag!$b$12"));
    expect(referenceKey("=Förutsättningar!$B$25")).toBe(referenceKey("'FÖRUTSÄTTNINGAR'!$B$25"));
    expect(referenceKey("=Blad1!$A$1")).not.toBe(referenceKey("=Blad1!A1"));
  });
});
