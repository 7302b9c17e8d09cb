import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { createEngine } from "../../hyperformula/engine";
import type { Lang } from "../../definitions/types";
import { translateFormula, valueText } from "./formulaText";
import { addNamesTo, defineNames, readName } from "./browserNames";
import { writeCells } from "./browserWrite";
import { readersOf } from "./browserReaders";
import {
  HostError,
  parseAddress,
  toAddress,
  uniqueSheetName,
  type Block,
  type CellStyle,
  type CellValue,
  type NamesResult,
  type PaneMemory,
  type RangeContents,
  type WorkbookHost,
  type WriteResult,
} from "./types";

/** The sample workbooks as the demo loads them: sheet name → raw contents (English formulas). */
export interface DemoBook {
  title: string;
  sheets: Record<string, RawCellContent[][]>;
  /** Excel number formats of cells that have one: sheet → "row:col" → format code */
  formats?: Record<string, Record<string, string>>;
  /** the workbook's defined names: name → reference as Excel stores it (`Scenario!$B$5`, `'Blad 1'!$A$1:$A$3`) */
  names?: Record<string, string>;
}

type Listener = () => void;

/**
 * An in-browser workbook for the standalone demo: HyperFormula with the KOMMUN
 * plugin, a selection, and the {@link WorkbookHost} the task pane talks to.
 */
export class BrowserWorkbook implements WorkbookHost {
  readonly kind = "browser" as const;
  /** where the pane keeps its typed inputs (the demo sets one per workbook, see demo.tsx) */
  memory?: PaneMemory;
  readonly hf: HyperFormula;
  activeSheet: string;
  selection = { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } };
  /** earlier areas of a multi-area selection (Ctrl+click), as Excel allows */
  otherAreas: { start: { row: number; col: number }; end: { row: number; col: number } }[] = [];
  private listeners = new Set<Listener>();

  private readonly formats: Record<string, Record<string, string>>;
  /** input and header marks of written cells: sheet → "row:col" → style */
  private readonly styles: Record<string, Record<string, CellStyle>> = {};

  /** defined names of the workbook that HyperFormula could not take (listed, never silently dropped) */
  readonly unresolvedNames: string[];

  constructor(book: DemoBook, language: "sv" | "en" = "sv") {
    this.formats = book.formats ?? {};
    this.hf = createEngine(book.sheets, language, "en");
    this.activeSheet = this.hf.getSheetNames()[0] ?? "Blad1";
    // the workbook's names resolve as in Excel ("Hämta från namngivna områden" reads Gap, Skatteunderlag …)
    this.unresolvedNames = defineNames(this.hf, book.names ?? {});
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  sheetId(name = this.activeSheet): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet ${name}`);
    return id;
  }

  /** The value a cell shows: errors as their code. */
  display(row: number, col: number, sheet = this.activeSheet): CellValue {
    const v = this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col });
    if (v instanceof DetailedCellError) return v.value;
    return (v ?? null) as CellValue;
  }

  /**
   * The error a cell shows (`#VALUE!`, as HyperFormula and English Excel name it), or undefined when it shows
   * none: a text that merely looks like an error ("#VALUE!" typed as text) is no error.
   */
  errorAt(row: number, col: number, sheet = this.activeSheet): string | undefined {
    const v = this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col });
    return v instanceof DetailedCellError ? v.value : undefined;
  }

  /** How a written cell is marked (input: yellow, header: bold), if at all. */
  style(row: number, col: number, sheet = this.activeSheet): CellStyle | undefined {
    return this.styles[sheet]?.[`${row}:${col}`];
  }

  /** The cell's Excel number format, "General" when it has none. */
  format(row: number, col: number, sheet = this.activeSheet): string {
    return this.formats[sheet]?.[`${row}:${col}`] ?? "General";
  }

  /** What the formula bar shows: the formula, or the value. */
  source(row: number, col: number, sheet = this.activeSheet): string {
    const address = { sheet: this.sheetId(sheet), row, col };
    const formula = this.hf.getCellFormula(address);
    if (formula) return formula;
    const v = this.hf.getCellSerialized(address);
    return v === null || v === undefined ? "" : String(v);
  }

  /**
   * The formula bar's text in the pane's language (Swedish names, ";" and the decimal comma, as Excel shows
   * them), and back to the engine's English: here, with the engine, so that the demo's first bundle stays
   * without HyperFormula's language packs.
   */
  shownSource(row: number, col: number, lang: Lang, sheet = this.activeSheet): string {
    const raw = this.source(row, col, sheet);
    return raw.startsWith("=") ? translateFormula(raw, "en", lang) : valueText(raw, lang);
  }

  /** A formula typed in the pane's language, as the engine takes it. */
  fromTyped(text: string, lang: Lang): string {
    return translateFormula(text, lang, "en");
  }

  dimensions(sheet = this.activeSheet): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: d.height, cols: d.width };
  }

  select(start: { row: number; col: number }, end = start): void {
    this.selection = { start, end };
    this.otherAreas = [];
    this.changed();
  }

  /** Ctrl+click: keeps the current selection as one area and starts another. */
  addArea(start: { row: number; col: number }): void {
    this.otherAreas = [...this.otherAreas, this.selection];
    this.selection = { start, end: start };
    this.changed();
  }

  /** Extends the current area (shift-click, drag), keeping the other areas. */
  extend(end: { row: number; col: number }): void {
    this.selection = { start: this.selection.start, end };
    this.changed();
  }

  setActiveSheet(name: string): void {
    this.activeSheet = name;
    this.otherAreas = [];
    this.selection = { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } };
    this.changed();
  }

  /** Sets one cell from what a user typed (a formula, a number, or text). */
  edit(row: number, col: number, text: string): void {
    const trimmed = text.trim();
    const asNumber = Number(trimmed.replace(/\s/g, "").replace(",", "."));
    const content: RawCellContent =
      trimmed === "" ? null : !trimmed.startsWith("=") && !Number.isNaN(asNumber) ? asNumber : text;
    this.hf.setCellContents({ sheet: this.sheetId(), row, col }, [[content]]);
    this.changed();
  }

  private bounds() {
    const { start, end } = this.selection;
    return {
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    };
  }

  /** The areas of the selection, as Excel writes them: `Budget!B2:B4,Budget!D2`. */
  private areaAddress(area: BrowserWorkbook["selection"]): string {
    const top = Math.min(area.start.row, area.end.row);
    const left = Math.min(area.start.col, area.end.col);
    const bottom = Math.max(area.start.row, area.end.row);
    const right = Math.max(area.start.col, area.end.col);
    const a = toAddress(top, left);
    return `${this.activeSheet}!${a}${bottom > top || right > left ? `:${toAddress(bottom, right)}` : ""}`;
  }

  async readSelection() {
    if (this.otherAreas.length > 0) {
      throw new HostError(
        "multipleAreas",
        [...this.otherAreas, this.selection].map((a) => this.areaAddress(a)).join(","),
      );
    }
    const b = this.bounds();
    const values: CellValue[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(this.display(r, c));
      values.push(row);
    }
    const address = `${this.activeSheet}!${toAddress(b.top, b.left)}${b.bottom > b.top || b.right > b.left ? `:${toAddress(b.bottom, b.right)}` : ""}`;
    return { address, values };
  }

  async readNamedRange(name: string) {
    return readName(this.hf, name, this.sheetId());
  }

  async readNamedRanges(names: readonly string[]) {
    const found = new Map<string, CellValue[][]>();
    for (const name of names) {
      const v = await this.readNamedRange(name);
      if (v !== undefined) found.set(name, v);
    }
    return found;
  }

  async activeCell() {
    const b = this.bounds();
    return { sheet: this.activeSheet, address: toAddress(b.top, b.left) };
  }

  async isEmpty(sheet: string, topLeft: string, rows: number, cols: number) {
    const { row, col } = parseAddress(topLeft);
    const id = this.sheetId(sheet);
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        if (!this.hf.isCellEmpty({ sheet: id, row: r, col: c })) return false;
      }
    }
    return true;
  }

  async contents(sheet: string, topLeft: string, rows: number, cols: number): Promise<RangeContents> {
    const { row, col } = parseAddress(topLeft);
    const id = this.sheetId(sheet);
    let values = 0;
    let formulas = 0;
    for (let r = row; r < row + rows; r++)
      for (let c = col; c < col + cols; c++) {
        const address = { sheet: id, row: r, col: c };
        if (this.hf.doesCellHaveFormula(address)) formulas++;
        else if (!this.hf.isCellEmpty(address)) values++;
      }
    return { values, formulas, readers: readersOf(this.hf, id, row, col, rows, cols) };
  }

  async writeRange(sheet: string, topLeft: string, block: Block): Promise<WriteResult> {
    const result = writeCells(this.hf, sheet, topLeft, block, {
      formats: (this.formats[sheet] ??= {}),
      styles: (this.styles[sheet] ??= {}),
    });
    this.changed();
    return result;
  }

  /** Adds workbook-scope names; one that exists pointing elsewhere is kept and reported unless in `replace`. */
  async addNames(names: Record<string, string>, replace: readonly string[] = []): Promise<NamesResult> {
    const result = addNamesTo(this.hf, names, replace);
    this.changed();
    return result;
  }

  async writeNewSheet(name: string, topLeft: string, block: Block): Promise<WriteResult> {
    const unique = uniqueSheetName(name, this.sheetNames());
    this.hf.addSheet(unique);
    try {
      const result = await this.writeRange(unique, topLeft, block);
      this.activeSheet = unique;
      this.selection = { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } };
      this.otherAreas = [];
      this.changed();
      return result;
    } catch (e) {
      this.hf.removeSheet(this.sheetId(unique));
      throw e;
    }
  }
}
