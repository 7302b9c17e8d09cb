/**
 * A small typed mock of the parts of the Excel JavaScript API the Office host uses, for unit tests.
 * It keeps Office.js's batching: property sets, method calls and loads are queued and run at
 * `context.sync()`, in order, and a failing operation stops the batch with an error that has Office's
 * `code` (operations before it stay applied, as in Excel: a batch is not a transaction).
 */
import type { OfficeApi } from "./officeApi";
import { MockContext } from "./excelMockContext";
import { OfficeError, type MockCell, type MockName, type MockSheet, type Rect } from "./excelMockTypes";
import { isHostError, parseAddress, toAddress, type CellValue, type HostError } from "./types";

export { OfficeError, type MockCell, type MockName, type MockSheet } from "./excelMockTypes";

/** The workbook the mock serves, and what tests may set or inspect. */
export class MockExcel {
  sheets = new Map<string, MockSheet>();
  names = new Map<string, MockName>();
  activeSheet: string;
  /** the selected areas of the active sheet (several = a multi-area selection) */
  selection: string[] = ["A1"];
  /** Excel is editing a cell: every request fails */
  editMode = false;
  /** the most operations one request may carry (Excel on the web's payload limit) */
  payloadLimit = Infinity;
  displayLanguage = "sv-SE";
  /** the newest ExcelApi requirement set this Excel supports, its minor number (cultureInfo needs 1.11) */
  apiMinor = 17;
  decimalSeparator = ",";
  /** an Office error code `getDirectDependents()` fails with (a platform that refuses it), if any */
  dependentsFail: string | undefined;
  /** an Office error code `getDependents()` fails with (a platform that claims 1.15 and refuses it), if any */
  allDependentsFail: string | undefined;
  /** what a formula written through formulasLocal calculates to (errors as "#NAME?" …) */
  calculate: (formulaLocal: string) => CellValue = () => 0;
  runs = 0;
  syncs = 0;
  /** the largest number of operations sent in one request */
  largestRequest = 0;

  constructor(sheetNames: string[] = ["Blad1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = sheetNames[0]!;
  }

  addSheet(name: string): MockSheet {
    const sheet: MockSheet = { cells: new Map(), protected: false, names: new Map() };
    this.sheets.set(name, sheet);
    return sheet;
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.get(name);
    if (!s) throw new OfficeError("ItemNotFound", `No sheet ${name}`);
    return s;
  }

  cell(sheet: string, a1: string): MockCell | undefined {
    return this.sheets.get(sheet)?.cells.get(a1);
  }

  /** Recalculates every formula cell through {@link calculate}, as Excel does after a change. */
  recalculate(): void {
    for (const sheet of this.sheets.values())
      for (const cell of sheet.cells.values())
        if (cell.formulaLocal) cell.value = this.calculate(cell.formulaLocal);
  }

  /** Sets a formula cell (as a user typed it) at `sheet!a1`; its value is {@link calculate}'s. */
  setFormula(sheet: string, a1: string, formulaLocal: string): void {
    this.sheet(sheet).cells.set(a1, { value: this.calculate(formulaLocal), formulaLocal, format: "General" });
  }

  /** Sets cells from plain values, row by row, at `sheet!topLeft`. */
  fill(sheet: string, topLeft: string, rows: CellValue[][]): void {
    const { row, col } = parseAddress(topLeft);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null)
          this.sheet(sheet).cells.set(toAddress(row + i, col + j), { value: v, format: "General" });
      }),
    );
  }

  /** The used range of a sheet (values only), or undefined when empty. */
  used(sheet: string): Rect | undefined {
    const keys = [...this.sheet(sheet).cells.keys()].map((k) => parseAddress(k));
    if (keys.length === 0) return undefined;
    return {
      r0: Math.min(...keys.map((k) => k.row)),
      c0: Math.min(...keys.map((k) => k.col)),
      r1: Math.max(...keys.map((k) => k.row)),
      c1: Math.max(...keys.map((k) => k.col)),
    };
  }

  /** Office.js as the host sees it, over this workbook. */
  api(): OfficeApi {
    return {
      run: async (batch) => {
        this.runs++;
        return batch(new MockContext(this) as unknown as Excel.RequestContext);
      },
      displayLanguage: () => this.displayLanguage,
      supports: (version) => Number(version.split(".")[1]) <= this.apiMinor,
      swedishNames: async () =>
        new Map([
          ["NETCOSTFRAME", "NETTOKOSTNADSRAM"],
          ["TAXRAISEFOR", "SKATTEHÖJNING"],
          ["EFFICIENCYNEEDED", "EFFEKTIVISERINGSBEHOV"],
        ]),
    };
  }
}

/** For tests of a host over the mock: the HostError a call rejected with (any other outcome fails the test). */
export async function failure(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    if (isHostError(e)) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}
