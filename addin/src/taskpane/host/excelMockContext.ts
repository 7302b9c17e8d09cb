import type { MockExcel } from "./excelMock";
import { MockNames } from "./excelMockNames";
import { MockRange } from "./excelMockRange";
import { OfficeError, quote, rectOf } from "./excelMockTypes";

/** The mock's request context, workbook and worksheets: every set and load queued until `sync()`. */

export type Op = () => void;

export class MockContext {
  private queue: Op[] = [];
  readonly workbook: MockWorkbook;
  readonly application: { cultureInfo: { numberFormat: Loadable & { numberDecimalSeparator?: string } } };
  constructor(readonly excel: MockExcel) {
    this.workbook = new MockWorkbook(this);
    const numberFormat: Loadable & { numberDecimalSeparator?: string } = {
      load: () =>
        this.push(() => {
          if (excel.apiMinor < 11) throw new OfficeError("ApiNotFound");
          numberFormat.numberDecimalSeparator = excel.decimalSeparator;
        }),
    };
    this.application = { cultureInfo: { numberFormat } };
  }
  push(op: Op): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.excel.syncs++;
    this.excel.largestRequest = Math.max(this.excel.largestRequest, ops.length);
    if (this.excel.editMode) throw new OfficeError("InvalidOperationInCellEditMode");
    if (ops.length > this.excel.payloadLimit) throw new OfficeError("RequestPayloadSizeLimitExceeded");
    for (const op of ops) op();
    // Excel recalculates after a request: every formula again (a test's `calculate` may look at other cells)
    if (ops.length > 0) this.excel.recalculate();
  }
}

export interface Loadable {
  load: (props?: string | string[]) => void;
}

export class MockWorkbook {
  readonly worksheets: MockWorksheets;
  readonly names: MockNames;
  constructor(private readonly ctx: MockContext) {
    this.worksheets = new MockWorksheets(ctx);
    this.names = new MockNames(ctx, () => ctx.excel.names);
  }
  getSelectedRanges() {
    const ctx = this.ctx;
    const areas = {
      areaCount: undefined as number | undefined,
      address: undefined as string | undefined,
      load: () =>
        ctx.push(() => {
          areas.areaCount = ctx.excel.selection.length;
          areas.address = ctx.excel.selection.map((a) => `${quote(ctx.excel.activeSheet)}!${a}`).join(",");
        }),
    };
    return areas;
  }
  getSelectedRange() {
    const ctx = this.ctx;
    return new MockRange(ctx, () => {
      if (ctx.excel.selection.length > 1) throw new OfficeError("InvalidSelection");
      return { sheet: ctx.excel.activeSheet, rect: rectOf(ctx.excel.selection[0]!) };
    });
  }
  getActiveCell() {
    const ctx = this.ctx;
    return new MockRange(ctx, () => {
      const r = rectOf(ctx.excel.selection[0]!);
      return { sheet: ctx.excel.activeSheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    });
  }
}

export class MockWorksheets {
  items: MockWorksheet[] = [];
  constructor(private readonly ctx: MockContext) {}
  load() {
    this.ctx.push(
      () => (this.items = [...this.ctx.excel.sheets.keys()].map((n) => new MockWorksheet(this.ctx, n))),
    );
  }
  add(name: string) {
    this.ctx.push(() => {
      if ([...this.ctx.excel.sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new OfficeError("ItemAlreadyExists");
      if (name.length > 31) throw new OfficeError("InvalidArgument");
      this.ctx.excel.addSheet(name);
    });
    return new MockWorksheet(this.ctx, name);
  }
  getItem(name: string) {
    return new MockWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string) {
    return new MockWorksheet(this.ctx, name, true);
  }
  getActiveWorksheet() {
    return new MockWorksheet(this.ctx, () => this.ctx.excel.activeSheet);
  }
}

export class MockWorksheet {
  isNullObject: boolean | undefined;
  readonly protection: { protected?: boolean; load: () => void };
  readonly names: MockNames;
  private readonly nameOf: () => string;
  constructor(
    private readonly ctx: MockContext,
    name: string | (() => string),
    private readonly orNull = false,
  ) {
    this.nameOf = typeof name === "string" ? () => name : name;
    const protection: { protected?: boolean; load: () => void } = {
      load: () => ctx.push(() => (protection.protected = ctx.excel.sheet(this.nameOf()).protected)),
    };
    this.protection = protection;
    this.names = new MockNames(ctx, () => ctx.excel.sheet(this.nameOf()).names);
  }
  get name(): string {
    return this.nameOf();
  }
  load() {
    this.ctx.push(() => {
      const exists = this.ctx.excel.sheets.has(this.nameOf());
      if (!exists && !this.orNull) throw new OfficeError("ItemNotFound");
      this.isNullObject = !exists;
    });
  }
  getRange(a1: string) {
    return new MockRange(this.ctx, () => {
      this.ctx.excel.sheet(this.nameOf());
      return { sheet: this.nameOf(), rect: rectOf(a1) };
    });
  }
  getUsedRangeOrNullObject() {
    return new MockRange(this.ctx, () => {
      const used = this.ctx.excel.used(this.nameOf());
      return used ? { sheet: this.nameOf(), rect: used } : undefined;
    });
  }
  activate() {
    this.ctx.push(() => (this.ctx.excel.activeSheet = this.nameOf()));
  }
  delete() {
    this.ctx.push(() => this.ctx.excel.sheets.delete(this.nameOf()));
  }
}
