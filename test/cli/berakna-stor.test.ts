import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { kommunkalkyl } from "../helpers";

describe("kommunkalkyl beräkna on a workbook of 100 000 formula cells", () => {
  it("evaluates them all, both as Excel stores KOMMUN calls and as plain text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Stor");
    for (let r = 1; r <= 10_000; r++) {
      const row = ws.getRow(r);
      row.getCell(1).value = 1000 + r;
      for (let c = 2; c <= 11; c++) {
        row.getCell(c).value = {
          formula: c % 2 ? `_xldudf_KOMMUN_RESULTREQUIREMENT(A${r},2%)` : `KOMMUN.NETCOSTFRAME(A${r},5,2%)`,
        } as ExcelJS.CellValue;
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), "stor-")), "stor.xlsx");
    await wb.xlsx.writeFile(file);
    const r = kommunkalkyl(["beräkna", file, "--json"]);
    expect(r.status).toBe(0);
    const rows = (JSON.parse(r.stdout) as Record<string, (number | string)[][]>)["Stor"]!;
    expect(rows).toHaveLength(10_000);
    expect(rows.flat().filter((v) => typeof v === "string")).toEqual([]);
    // last row: A = 11 000; frame 11 000 + 5 − 2 % × 11 000 = 10 785; requirement 220
    expect(rows[9999]!.slice(0, 4)).toEqual([11000, 10785, 220, 10785]);
  }, 120_000);
});
