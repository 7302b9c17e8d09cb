import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeWorkbook, writeWorkbook } from "./model";
import { taxScenarioWorkbook } from "./taxScenario";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

const DATA = join(__dirname, "..", "..", "..", "samples", "data");

describe("the defined names the task pane reads", () => {
  it("the tax scenario names its gap, tax base, net cost and income cells, beside their labels", () => {
    const spec = taxScenarioWorkbook(DATA);
    const values = computeWorkbook(spec);
    const cell = (ref: string) => {
      const [sheet, a1] = ref.replace(/\$/g, "").split("!") as [string, string];
      const row = Number(a1.slice(1)) - 1;
      return { label: values[sheet]![row]![0], value: values[sheet]![row]![1] };
    };
    // a gap of 25 mnkr, net cost 1 900 mnkr, income 320 000 kr (seed 001); the tax base of the samples'
    // municipality in 2026: 6 000 × 1,031 × 1,051 × 1,038 = 6 748,54 mnkr (skatter-och-bidrag.xlsx), to 0,1 mnkr
    expect(cell(spec.names!.Gap!)).toEqual({ label: "Budgetgap (mnkr)", value: 25 });
    expect(cell(spec.names!.Skatteunderlag!)).toEqual({ label: "Skatteunderlag (mnkr)", value: 6748.5 });
    expect(cell(spec.names!.Nettokostnad!)).toEqual({
      label: "Verksamhetens nettokostnad (mnkr)",
      value: 1900,
    });
    expect(cell(spec.names!.Inkomst!).value).toBe(320000);
  });

  it("are written into the .xlsx as workbook names", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "names-")), "skatt.xlsx");
    await writeWorkbook(taxScenarioWorkbook(DATA), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [
      n.name,
      n.ranges,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["Gap", ["Scenario!$B$5"]],
        ["Skatteunderlag", ["Scenario!$B$6"]],
        ["Nettokostnad", ["Scenario!$B$7"]],
        ["Inkomst", ["Scenario!$B$8"]],
      ]),
    );
  });
});
