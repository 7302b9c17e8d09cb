import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "kk-kopia-"));
const file = (name: string) => join(dir, name);

const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Budget!$A$1:$A$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';
const DRAWING_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Adds a column chart to the first sheet of a package, as Excel saves one: the chart part, a
 * drawing that anchors it, their relationships, a `<drawing>` in the sheet and the content types.
 * exceljs cannot write charts, so the parts are written into the zip directly.
 */
async function addChart(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  zip.file("xl/charts/chart1.xml", CHART_XML);
  zip.file("xl/drawings/drawing1.xml", DRAWING_XML);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const sheetRelsPath = "xl/worksheets/_rels/sheet1.xml.rels";
  const drawingRel = `<Relationship Id="rIdKkChart" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  const sheetRels = await zip.file(sheetRelsPath)?.async("string");
  zip.file(
    sheetRelsPath,
    sheetRels
      ? sheetRels.replace("</Relationships>", `${drawingRel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRel}</Relationships>`,
  );
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  // <drawing> comes after the page setup and before <legacyDrawing> (ECMA-376 §18.3.1.99)
  const at = sheet.search(/<legacyDrawing\b|<tableParts\b|<extLst\b|<\/worksheet>/);
  zip.file("xl/worksheets/sheet1.xml", `${sheet.slice(0, at)}<drawing r:id="rIdKkChart"/>${sheet.slice(at)}`);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  // a custom XML part, which exceljs does not know either
  zip.file("customXml/item1.xml", '<kommun xmlns="urn:kommunkalkyl:test">0184</kommun>');
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * A budget sheet with the kinds of parts a controller's workbook has: formulas whose saved values
 * are stale (0), a note, data validation, conditional
 * formatting, a defined name, print settings and a chart; and a second sheet without formulas.
 */
async function budgetWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, printArea: "A1:D6" },
  });
  ws.getCell("A1").value = 100;
  ws.getCell("A2").value = 250;
  ws.getCell("A3").value = 650;
  ws.getCell("B1").value = "Kostnad";
  ws.getCell("B1").note = "Nämndernas förslag";
  // saved values that are wrong on purpose: the copy must replace them with the computed ones
  ws.getCell("D1").value = { formula: "SUM(A1:A3)", result: 0 } as ExcelJS.CellValue;
  ws.getCell("D2").value = { formula: "A1/0", result: 0 } as ExcelJS.CellValue;
  ws.getCell("D3").value = { formula: 'B1&" totalt"', result: 0 } as ExcelJS.CellValue;
  ws.getCell("D4").value = { formula: "A3>A2", result: 0 } as ExcelJS.CellValue;
  ws.getCell("D5").value = { formula: "A1*1.5" } as ExcelJS.CellValue; // no saved value at all
  // a reference to an empty cell: Excel's value is 0, whatever the file saved
  ws.getCell("D7").value = { formula: "Z99", result: 5 } as ExcelJS.CellValue;
  // a function Excel knows and this product does not: the saved value stays, with a note
  ws.getCell("D6").value = { formula: "NOSUCHFUNCTION(A1)", result: 42 } as ExcelJS.CellValue;
  ws.getCell("A1").dataValidation = {
    type: "whole",
    operator: "greaterThan",
    formulae: [0],
    allowBlank: true,
  };
  ws.addConditionalFormatting({
    ref: "A1:A3",
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: [200], priority: 1, style: {} }],
  });
  wb.definedNames.add("Budget!$A$1:$A$3", "Kostnader");
  const other = wb.addWorksheet("Noter");
  other.getCell("A1").value = "Inga formler här";
  await wb.xlsx.writeFile(path);
  await addChart(path);
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  }
  return out;
}

/** The `<c>` element of one cell in a sheet's XML. */
function cellXml(sheetXml: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(sheetXml)?.[0];
}

describe("kommunkalkyl beräkna --ut copies the file and changes only the computed values", () => {
  const input = file("budget.xlsx");
  const output = file("beräknad.xlsx");
  let stdout = "";
  let stderr = "";
  let status: number | null = null;

  beforeAll(async () => {
    await budgetWorkbook(input);
    const r = cli(["beräkna", input, "--ut", output, "--en"]);
    stdout = r.stdout;
    stderr = r.stderr;
    status = r.status;
  });

  it("keeps every part but the computed sheet byte for byte: chart, drawing, note, custom XML, names", async () => {
    expect(status).toBe(3); // D2 is #DIV/0!, D6 #NAME?
    const before = await parts(input);
    const after = await parts(output);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // the parts this test put in, and exceljs's note, are there to compare
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/comments1.xml",
      "customXml/item1.xml",
      "xl/workbook.xml",
      "[Content_Types].xml",
      "xl/worksheets/sheet2.xml",
    ]) {
      expect(after.has(name)).toBe(true);
    }
    for (const [name, bytes] of before) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }
  });

  it("changes in the sheet only the cached values, and keeps validation, formatting, page setup and the drawing", async () => {
    const before = (await parts(input)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const after = (await parts(output)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    // everything outside <sheetData> is untouched
    const outside = (s: string) => s.replace(/<sheetData>.*<\/sheetData>/s, "");
    expect(outside(after)).toBe(outside(before));
    expect(after).toContain('<drawing r:id="rIdKkChart"/>');
    expect(after).toContain("<dataValidations");
    expect(after).toContain("<conditionalFormatting");
    // 100 + 250 + 650 = 1000
    expect(cellXml(after, "D1")).toBe('<c r="D1"><f>SUM(A1:A3)</f><v>1000</v></c>');
    // Excel's own error value, typed e
    expect(cellXml(after, "D2")).toBe('<c r="D2" t="e"><f>A1/0</f><v>#DIV/0!</v></c>');
    // "Kostnad" & " totalt": a formula's text is t="str"
    expect(cellXml(after, "D3")).toBe(
      '<c r="D3" t="str"><f>B1&amp;&quot; totalt&quot;</f><v>Kostnad totalt</v></c>',
    );
    // 650 > 250 is TRUE: t="b", 1
    expect(cellXml(after, "D4")).toBe('<c r="D4" t="b"><f>A3&gt;A2</f><v>1</v></c>');
    // a formula saved without a value gets one: 100 × 1,5 = 150
    expect(cellXml(after, "D5")).toBe('<c r="D5"><f>A1*1.5</f><v>150</v></c>');
    expect(cellXml(after, "D7")).toBe('<c r="D7"><f>Z99</f><v>0</v></c>');
    // not computable here: the cell is exactly as saved
    expect(cellXml(after, "D6")).toBe(cellXml(before, "D6"));
    expect(cellXml(after, "D6")).toContain("<v>42</v>");
    // cells that hold no formula are untouched
    for (const a of ["A1", "A2", "A3", "B1"]) expect(cellXml(after, a)).toBe(cellXml(before, a));
  });

  it("says once which cells kept their saved value, and why, in both languages", () => {
    expect(stderr).toContain(`Wrote ${output}`);
    // listed once, after the tables, with the cells the evaluation did not compute
    expect(stdout).toContain("== Saved values: 1 cell not computed ==");
    expect(stdout).toContain(
      "Budget!D6  NOSUCHFUNCTION is a function kommunkalkyl does not compute. The saved value is kept.",
    );
    expect(stderr).not.toContain("D6");
    const sv = cli(["beräkna", input, "--ut", output, "--overwrite", "--sv"]);
    expect(sv.stdout).toContain("== Sparade värden: 1 cell beräknades inte ==");
    expect(sv.stdout).toContain("Budget!D6  NOSUCHFUNCTION är en funktion som kommunkalkyl inte beräknar.");
    expect(sv.stderr).not.toContain("D6");
  });

  it("opens in exceljs with the computed values", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet("Budget")!;
    expect((ws.getCell("D1").value as { result: number }).result).toBe(1000);
    expect((ws.getCell("D3").value as { result: string }).result).toBe("Kostnad totalt");
    expect(wb.definedNames.getRanges("Kostnader").ranges).toEqual(["Budget!$A$1:$A$3"]);
  });
});
