import { MockWorksheet, type MockContext } from "./excelMockContext";
import { allDependents, directDependents } from "./excelMockReaders";
import { OfficeError, a1Of, quote, type MockCell, type MockSheet, type Rect } from "./excelMockTypes";
import { toAddress, type CellValue } from "./types";

/** The mock's ranges: values, formulas, formats and fills set and loaded, and Go To Special. */

export type Target = { sheet: string; rect: Rect } | undefined;

export class MockRange {
  address: string | undefined;
  valueTypes: string[][] | undefined;
  formulas: unknown[][] | undefined;
  isNullObject: boolean | undefined;
  constructor(
    private readonly ctx: MockContext,
    private readonly target: () => Target,
  ) {}

  get worksheet() {
    return new MockWorksheet(this.ctx, () => this.resolve()!.sheet);
  }

  private resolve(): Target {
    return this.target();
  }

  private each(fn: (sheet: MockSheet, a1: string, i: number, j: number) => void) {
    const t = this.resolve();
    if (!t) throw new OfficeError("InvalidReference");
    const sheet = this.ctx.excel.sheet(t.sheet);
    for (let r = t.rect.r0; r <= t.rect.r1; r++)
      for (let c = t.rect.c0; c <= t.rect.c1; c++) fn(sheet, toAddress(r, c), r - t.rect.r0, c - t.rect.c0);
  }

  private write(fn: (sheet: MockSheet, a1: string, i: number, j: number) => void) {
    this.ctx.push(() =>
      this.each((sheet, a1, i, j) => {
        if (sheet.protected) throw new OfficeError("AccessDenied");
        fn(sheet, a1, i, j);
      }),
    );
  }

  private current(sheet: MockSheet, a1: string): MockCell {
    let cell = sheet.cells.get(a1);
    if (!cell) {
      cell = { value: null, format: "General" };
      sheet.cells.set(a1, cell);
    }
    return cell;
  }

  /** `range.format.fill.color` and `range.format.font.bold`, queued like every other set */
  get format() {
    const set = (patch: Partial<MockCell>) =>
      this.write((sheet, a1) => Object.assign(this.current(sheet, a1), patch));
    return {
      fill: {
        set color(c: string) {
          set({ fill: c });
        },
      },
      font: {
        set bold(b: boolean) {
          set({ bold: b });
        },
      },
    };
  }
  set numberFormat(v: string[][]) {
    this.write((sheet, a1, i, j) => (this.current(sheet, a1).format = v[i]![j]!));
  }
  set values(v: unknown[][]) {
    this.write((sheet, a1, i, j) => {
      const cell = this.current(sheet, a1);
      const x = v[i]![j] as CellValue;
      // like typing: a string that starts with "=" becomes a formula, unless the cell is formatted as Text
      if (typeof x === "string" && x.startsWith("=") && cell.format !== "@") {
        cell.formulaLocal = x;
        cell.value = this.ctx.excel.calculate(x);
      } else {
        cell.value = x;
        delete cell.formulaLocal;
      }
    });
  }
  get values(): unknown[][] | undefined {
    return this._values;
  }
  private _values: unknown[][] | undefined;
  set formulasLocal(v: string[][]) {
    this.write((sheet, a1, i, j) => {
      const cell = this.current(sheet, a1);
      cell.formulaLocal = v[i]![j]!;
      cell.value = this.ctx.excel.calculate(cell.formulaLocal);
    });
  }
  clear() {
    this.write((sheet, a1) => sheet.cells.delete(a1));
  }
  load(props?: string | string[]) {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? []);
    this.ctx.push(() => {
      const t = this.resolve();
      this.isNullObject = t === undefined;
      if (!t) return;
      const rows = t.rect.r1 - t.rect.r0 + 1;
      const cols = t.rect.c1 - t.rect.c0 + 1;
      const grid = <T>(fn: (cell: MockCell | undefined) => T): T[][] =>
        Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) =>
            fn(this.ctx.excel.sheet(t.sheet).cells.get(toAddress(t.rect.r0 + i, t.rect.c0 + j))),
          ),
        );
      if (list.includes("address")) this.address = `${quote(t.sheet)}!${a1Of(t.rect)}`;
      if (list.includes("values")) this._values = grid((c) => c?.value ?? "");
      if (list.includes("valueTypes"))
        this.valueTypes = grid((c) => {
          const v = c?.value;
          if (v === undefined || v === null || v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return /^#[A-ZÅÄÖ/0!?]+[!?]?$/.test(v) && c?.formulaLocal ? "Error" : "String";
        });
      if (list.includes("formulas")) this.formulas = grid((c) => c?.formulaLocal ?? c?.value ?? "");
    });
  }
  /** Excel's "Go To Special" (ExcelApi 1.9), for formulas whose value is an error only. */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string) {
    const areas = new MockRangeAreas(this.ctx);
    const ctx = this.ctx;
    const find = () => {
      const t = this.resolve();
      if (!t || cellType !== "Formulas" || valueType !== "Errors") return [];
      const found: { address: string; value: CellValue }[] = [];
      const sheet = ctx.excel.sheet(t.sheet);
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const cell = sheet.cells.get(toAddress(r, c));
          if (
            cell?.formulaLocal &&
            typeof cell.value === "string" &&
            /^#[A-ZÅÄÖ/0!?]+[!?]?$/.test(cell.value)
          )
            found.push({ address: `${quote(t.sheet)}!${toAddress(r, c)}`, value: cell.value });
        }
      return found;
    };
    areas.find = find;
    return areas;
  }
  /**
   * Excel's "Trace Dependents" one level (ExcelApi 1.13): the cells whose formulas refer to a cell of this
   * range, on every sheet; `ItemNotFound` when there are none, as Excel throws it.
   */
  getDirectDependents() {
    const ctx = this.ctx;
    const found = {
      addresses: undefined as string[] | undefined,
      load: () =>
        ctx.push(() => {
          if (ctx.excel.apiMinor < 13) throw new OfficeError("ApiNotFound");
          if (ctx.excel.dependentsFail) throw new OfficeError(ctx.excel.dependentsFail);
          const t = this.resolve();
          if (!t) throw new OfficeError("InvalidReference");
          const addresses = directDependents(ctx.excel, t.sheet, t.rect);
          if (addresses.length === 0) throw new OfficeError("ItemNotFound");
          found.addresses = addresses;
        }),
    };
    return found;
  }
  /**
   * Excel's every dependent (ExcelApi 1.15): the cells that read this range directly or through other formulas,
   * on every sheet; `ItemNotFound` when there are none, as Excel throws it.
   */
  getDependents() {
    const ctx = this.ctx;
    const found = {
      addresses: undefined as string[] | undefined,
      load: () =>
        ctx.push(() => {
          if (ctx.excel.apiMinor < 15) throw new OfficeError("ApiNotFound");
          if (ctx.excel.allDependentsFail) throw new OfficeError(ctx.excel.allDependentsFail);
          const t = this.resolve();
          if (!t) throw new OfficeError("InvalidReference");
          const addresses = allDependents(ctx.excel, t.sheet, t.rect);
          if (addresses.length === 0) throw new OfficeError("ItemNotFound");
          found.addresses = addresses;
        }),
    };
    return found;
  }
  getIntersectionOrNullObject(other: MockRange) {
    return new MockRange(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (!a || !b || a.sheet !== b.sheet) return undefined;
      const rect = {
        r0: Math.max(a.rect.r0, b.rect.r0),
        c0: Math.max(a.rect.c0, b.rect.c0),
        r1: Math.min(a.rect.r1, b.rect.r1),
        c1: Math.min(a.rect.c1, b.rect.c1),
      };
      return rect.r0 > rect.r1 || rect.c0 > rect.c1 ? undefined : { sheet: a.sheet, rect };
    });
  }
}

/** The cells Go To Special found, one area per cell (Excel would join neighbours; the host reads either). */
export class MockRangeAreas {
  isNullObject: boolean | undefined;
  address: string | undefined;
  find: () => { address: string; value: CellValue }[] = () => [];
  readonly areas: { items: { address: string; values: CellValue[][] }[]; load: (props?: string) => void };
  constructor(private readonly ctx: MockContext) {
    const areas = {
      items: [] as { address: string; values: CellValue[][] }[],
      load: () =>
        ctx.push(() => (areas.items = this.find().map((f) => ({ address: f.address, values: [[f.value]] })))),
    };
    this.areas = areas;
  }
  load() {
    this.ctx.push(() => {
      const found = this.find();
      this.isNullObject = found.length === 0;
      this.address = found.map((f) => f.address).join(",");
    });
  }
}
