/**
 * A small typed mock of the parts of the Excel JavaScript API the Office host uses, for unit tests.
 * It keeps Office.js's batching: property sets, method calls and loads are queued and run at
 * `context.sync()`, in order, and a failing operation stops the batch with an error that has Office's
 * `code` (operations before it stay applied, as in Excel: a batch is not a transaction).
 */
import type { OfficeApi } from "./officeHost";
import { parseAddress, toAddress, type CellValue } from "./types";

export interface MockCell {
  value: CellValue;
  /** the formula as written through `formulasLocal` */
  formulaLocal?: string;
  format: string;
  /** the fill colour and bold text set through `range.format` */
  fill?: string;
  bold?: boolean;
}

export interface MockName {
  type: "Range" | "Double" | "String" | "Boolean" | "Integer" | "Error";
  value: unknown;
  /** for a range: sheet and A1 range */
  ref?: { sheet: string; range: string };
}

export interface MockSheet {
  cells: Map<string, MockCell>;
  protected: boolean;
  names: Map<string, MockName>;
}

/** An error as Office.js throws it: a message and a code from Excel.ErrorCodes. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

type Rect = { r0: number; c0: number; r1: number; c1: number };
function rectOf(a1: string): Rect {
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(a1);
  if (whole) {
    // whole columns, as Excel selects them: a million rows
    return { r0: 0, c0: parseAddress(`${whole[1]}1`).col, r1: 1048575, c1: parseAddress(`${whole[2]}1`).col };
  }
  const [a, b = a] = a1.split(":");
  const s = parseAddress(a!);
  const e = parseAddress(b!);
  return { r0: s.row, c0: s.col, r1: e.row, c1: e.col };
}
const a1Of = (r: Rect) =>
  r.r0 === r.r1 && r.c0 === r.c1
    ? toAddress(r.r0, r.c0)
    : `${toAddress(r.r0, r.c0)}:${toAddress(r.r1, r.c1)}`;
const quote = (sheet: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet}'`);

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

type Op = () => void;

class MockContext {
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

interface Loadable {
  load: (props?: string | string[]) => void;
}

class MockWorkbook {
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

class MockWorksheets {
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

class MockWorksheet {
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

class MockNames {
  constructor(
    private readonly ctx: MockContext,
    private readonly table: () => Map<string, MockName>,
  ) {}
  /** names ignore case in Excel: the stored entry whose name matches, whatever its case */
  private find(name: string): [string, MockName] | undefined {
    return [...this.table()].find(([n]) => n.toLowerCase() === name.toLowerCase());
  }
  getItemOrNullObject(name: string) {
    return new MockNamedItem(
      this.ctx,
      () => this.find(name)?.[1],
      () => {
        const found = this.find(name);
        if (found) this.table().delete(found[0]);
      },
    );
  }
  /** `names.add(name, "=Sheet!$B$5")`: a range name; an existing name or a bad reference fails as in Excel */
  add(name: string, reference: string) {
    this.ctx.push(() => {
      if (this.find(name)) throw new OfficeError("ItemAlreadyExists", `The name ${name} exists`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name))
        throw new OfficeError("InvalidArgument", `Not a valid name: ${name}`);
      const r = reference.replace(/^=/, "");
      const i = r.lastIndexOf("!");
      const sheet = r.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
      const range = r.slice(i + 1);
      if (i < 0 || !this.ctx.excel.sheets.has(sheet))
        throw new OfficeError("InvalidArgument", `Not a reference: ${reference}`);
      this.table().set(name, { type: "Range", value: "", ref: { sheet, range } });
    });
  }
}

class MockNamedItem {
  isNullObject: boolean | undefined;
  type: string | undefined;
  value: unknown;
  /** what the name refers to, as Excel gives it (ExcelApi 1.7): `=Budget!$B$2`, `=25` */
  formula: unknown;
  constructor(
    private readonly ctx: MockContext,
    private readonly find: () => MockName | undefined,
    private readonly remove: () => void = () => undefined,
  ) {}
  load(props?: string | string[]) {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? []);
    this.ctx.push(() => {
      const n = this.find();
      if (list.includes("formula") && this.ctx.excel.apiMinor < 7) throw new OfficeError("ApiNotFound");
      this.isNullObject = n === undefined;
      this.type = n?.type;
      this.value = n?.type === "Range" ? `=${n.ref!.sheet}!${n.ref!.range}` : n?.value;
      this.formula = n?.type === "Range" ? `=${quote(n.ref!.sheet)}!${n.ref!.range}` : `=${String(n?.value)}`;
    });
  }
  delete() {
    this.ctx.push(() => this.remove());
  }
  getRange() {
    return this.range(false);
  }
  getRangeOrNullObject() {
    return this.range(true);
  }
  private range(orNull: boolean) {
    return new MockRange(this.ctx, () => {
      const n = this.find();
      if (!n || n.type !== "Range") {
        if (orNull) return undefined;
        throw new OfficeError("InvalidArgument", "The name is not a range");
      }
      return { sheet: n.ref!.sheet, rect: rectOf(n.ref!.range) };
    });
  }
}

type Target = { sheet: string; rect: Rect } | undefined;

class MockRange {
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
class MockRangeAreas {
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
