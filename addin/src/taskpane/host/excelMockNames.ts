import type { MockContext } from "./excelMockContext";
import { MockRange } from "./excelMockRange";
import { OfficeError, quote, rectOf, type MockName } from "./excelMockTypes";

/** The mock's defined names: a workbook's or a sheet's, read, added and deleted as Excel does. */

export class MockNames {
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

export class MockNamedItem {
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
