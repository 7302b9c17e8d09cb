import type { CellSpec as ModelCell, SheetSpec, WorkbookSpec } from "../../../samples/model";
import { BUDGET_KPIS } from "../../../budget/workbook";
import { errorNameIn } from "../../../definitions/errorNames";
import type { Lang } from "../../../definitions/types";
import { FORMATS } from "../../../samples/formats";
import {
  formula,
  isHostError,
  num,
  text,
  type HostError,
  type Block,
  type CellSpec,
  type NamesResult,
  type WorkbookHost,
  type WriteResult,
} from "../../host/types";

/**
 * The *Ny budget* panel without React: the workbook model of `buildBudgetWorkbook` as the blocks the host
 * writes, its sheet references moved to the names the sheets actually got, and the command line.
 */

function normalise(c: ModelCell | string | number | null | undefined): ModelCell | null {
  if (c === null || c === undefined) return null;
  if (typeof c === "object") return c;
  return { v: c };
}

/** The model's headings (a title, a heading, a column header) are bold in the pane, as in the file. */
const BOLD = new Set(["title", "heading", "header"]);

/**
 * One model cell as the host writes it: a formula (a spilling one only in its first cell), a number, or text;
 * an input cell marked `input` (yellow, as in the file), a heading `header` (bold).
 */
function toCell(c: ModelCell | null): CellSpec {
  if (!c || c.v === null || c.v === "") return null;
  const format = c.style ? FORMATS[c.style] : undefined;
  const style = c.input ? "input" : c.style && BOLD.has(c.style) ? "header" : undefined;
  const mark = <T extends object>(cell: T) => (style ? { ...cell, style } : cell);
  if (typeof c.v === "number") return mark(num(c.v, format)!);
  if (typeof c.v === "boolean") return mark({ text: c.v ? "TRUE" : "FALSE" });
  if (c.v.startsWith("=")) return mark(formula(c.v.slice(1), format)!);
  return mark({ text: c.v });
}

/** A sheet of the model as one block from A1: every row up to the last, every column up to the widest. */
export function sheetBlock(sheet: SheetSpec): Block {
  const last = Math.max(0, ...Object.keys(sheet.rows).map(Number));
  const block: Block = [];
  for (let r = 1; r <= last; r++) block.push((sheet.rows[r] ?? []).map((c) => toCell(normalise(c))));
  const width = Math.max(1, ...block.map((row) => row.length));
  return block.map((row) => [...row, ...Array<CellSpec>(width - row.length).fill(null)]);
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/**
 * The model with every reference to a sheet moved to the name that sheet got in the workbook
 * (`'Förutsättningar'!B10` → `'Förutsättningar (2)'!B10`), sheet names included. Formulas quote every
 * sheet name (the builder writes them so), so a reference is found by its quoted name.
 */
export function renameSheets(spec: WorkbookSpec, names: Record<string, string>): WorkbookSpec {
  const moves = Object.entries(names).filter(([from, to]) => from !== to);
  if (moves.length === 0) return spec;
  const move = (f: string) => moves.reduce((acc, [from, to]) => acc.split(quoted(from)).join(quoted(to)), f);
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      name: names[sheet.name] ?? sheet.name,
      rows: Object.fromEntries(
        Object.entries(sheet.rows).map(([r, cells]) => [
          r,
          cells.map((c) => {
            const n = normalise(c);
            return n && typeof n.v === "string" && n.v.startsWith("=") ? { ...n, v: move(n.v) } : c;
          }),
        ]),
      ),
    })),
  };
}

/** The command that builds the same workbook from Kolada (API.md, command line). */
export function budgetCommand(kommun: string, year: number | undefined): string {
  const k = kommun.trim();
  const arg = k === "" ? "<kod>" : /^[\p{L}\d-]+$/u.test(k) ? k : `"${k.replace(/"/g, '\\"')}"`;
  return `npx kommunkalkyl budget --kommun ${arg}${year ? ` --år ${year}` : ""}`;
}

/** The budget year typed: a whole year 2000–2100, or undefined (the panel says why). */
export function parseYear(typed: string): number | undefined {
  const t = typed.trim();
  if (!/^\d{4}$/.test(t)) return undefined;
  const y = Number(t);
  return y >= 2000 && y <= 2100 ? y : undefined;
}

/** What the fetch reads from Kolada: each KPI id with its label as the workbook shows it. */
export function fetchPlan(): { id: string; label: string }[] {
  return BUDGET_KPIS.map((k) => ({ id: k.id, label: k.label }));
}

/**
 * The model's workbook names pointed at the sheets as they were named (`Förutsättningar!$B$25` →
 * `'Förutsättningar (2)'!$B$25`), every sheet name quoted as Excel accepts any name quoted.
 */
export function namesFor(spec: WorkbookSpec, sheetNames: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(spec.names ?? {}).map(([name, ref]) => {
      const i = ref.lastIndexOf("!");
      const sheet = ref.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
      return [name, `${quoted(sheetNames[sheet] ?? sheet)}${ref.slice(i + 1)}`];
    }),
  );
}

/**
 * What writing the workbook gave: the sheets' names as they came out, the cells that show an error, and the
 * workbook's defined names: those written, and those that existed pointing elsewhere and were left alone (the
 * panel asks before replacing them; `names` is what to pass to replace them).
 */
export interface BudgetWritten {
  sheets: string[];
  errors: { sheet: string; address: string; value: string }[];
  /** every name of the model → its reference in this workbook */
  names: Record<string, string>;
  /** names added, or already there pointing to the same cells */
  named: string[];
  /** names that exist and refer elsewhere: not replaced */
  kept: NamesResult["kept"];
  /** why no name was written, when the workbook refused them (the sheets are written all the same) */
  namesFailed?: HostError;
}

/**
 * The cells a written workbook shows errors in, for the pane's message: the first five, as
 * "Resultatbudget!B12 #VÄRDEFEL!", each error named as Excel in the pane's language shows it.
 */
export function errorCells(errors: BudgetWritten["errors"], lang: Lang): string[] {
  return errors.slice(0, 5).map((e) => `${e.sheet}!${e.address} ${errorNameIn(e.value, lang)}`);
}

/**
 * Writes the workbook model into the open workbook as new sheets, never over an existing one: first each
 * sheet with its title, to learn the name it got (a name taken gets a number), then every sheet with its
 * references moved to those names; a sheet that showed errors because a sheet it reads was still empty is
 * written once more at the end. Host failures reject (the pane shows them).
 */
export async function writeBudgetWorkbook(host: WorkbookHost, spec: WorkbookSpec): Promise<BudgetWritten> {
  const names: Record<string, string> = {};
  for (const sheet of spec.sheets) {
    names[sheet.name] = (await host.writeNewSheet(sheet.name, "A1", [[text(sheet.name)]])).sheet;
  }
  const final = renameSheets(spec, names);
  const results = new Map<string, WriteResult>();
  for (const sheet of final.sheets) {
    results.set(sheet.name, await host.writeRange(sheet.name, "A1", sheetBlock(sheet)));
  }
  for (const sheet of final.sheets) {
    if (results.get(sheet.name)!.errors.length > 0)
      results.set(sheet.name, await host.writeRange(sheet.name, "A1", sheetBlock(sheet)));
  }
  // the names last, pointing to the sheets as they were named; an existing name elsewhere is not replaced
  const defined = namesFor(spec, names);
  const sheets = final.sheets.map((s) => s.name);
  const errors = [...results.values()].flatMap((r) => r.errors.map((e) => ({ sheet: r.sheet, ...e })));
  let added: NamesResult;
  try {
    added = await host.addNames(defined);
  } catch (e) {
    // the sheets are written: say so, with the reason the names are not (the pane shows the host's message)
    if (!isHostError(e)) throw e;
    return { sheets, errors, names: defined, named: [], kept: [], namesFailed: e };
  }
  return {
    sheets,
    errors,
    names: defined,
    named: Object.keys(defined).filter((n) => !added.kept.some((k) => k.name === n)),
    kept: added.kept,
  };
}

/** Replaces the names the user confirmed (those `kept` by a write) with the budget's; returns those replaced. */
export async function replaceNames(
  host: WorkbookHost,
  written: BudgetWritten,
  confirmed: readonly string[],
): Promise<string[]> {
  const chosen = Object.fromEntries(Object.entries(written.names).filter(([n]) => confirmed.includes(n)));
  const r = await host.addNames(chosen, confirmed);
  return [...r.replaced, ...r.added, ...r.unchanged];
}
