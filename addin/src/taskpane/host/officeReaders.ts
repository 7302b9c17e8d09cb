import { splitAddress, type OfficeApi } from "./officeApi";
import { areasOf, cellsOfAreas } from "./officeErrors";
import { quoteSheet, toAddress, type RangeContents } from "./types";

/**
 * How far Kommunkalkyl follows Trace Dependents level by level in an Excel without `getDependents` (before
 * ExcelApi 1.15): at most this many requests to Excel and this many cells found. A workbook that needs more
 * gets "at least N" in the dialog, never a count that looks complete.
 */
export const WALK_LIMITS = { requests: 40, cells: 5000 };

type Cell = { sheet: string; row: number; col: number };
const keyOf = (c: Cell) => `${c.sheet.toLocaleLowerCase("sv-SE")}!${c.row}:${c.col}`;
const codeOf = (e: unknown) => (e as { code?: string } | undefined)?.code;

/** What tracing found: Excel's addresses of the dependents, and whether it stopped at a bound. */
interface Traced {
  addresses: string[];
  more: boolean;
}

/**
 * Excel's own "every dependent" (`Range.getDependents()`, ExcelApi 1.15: the cells that depend on the range
 * directly or through other formulas, on every sheet of the workbook, as a WorkbookRangeAreas; it throws
 * `ItemNotFound` when there are none, and does not reach into other workbooks). Undefined when refused.
 */
async function allDependents(
  context: Excel.RequestContext,
  office: OfficeApi,
  sheet: string,
  range: string,
): Promise<Traced | undefined> {
  if (!office.supports("1.15")) return undefined;
  try {
    const dependents = context.workbook.worksheets.getItem(sheet).getRange(range).getDependents();
    dependents.load("addresses");
    await context.sync();
    return { addresses: dependents.addresses, more: false };
  } catch (e) {
    if (codeOf(e) === "ItemNotFound") return { addresses: [], more: false };
    return undefined;
  }
}

/**
 * The direct dependents (`Range.getDirectDependents()`, ExcelApi 1.13) of several areas: one request for all
 * of them; when that fails with `ItemNotFound` (one area has none, and a failing call stops the whole request)
 * one request each, at most `budget` of them. Undefined when Excel refuses.
 */
async function directDependents(
  context: Excel.RequestContext,
  office: OfficeApi,
  areas: readonly string[],
  budget: number,
): Promise<{ addresses: string[]; requests: number; cut: boolean } | undefined> {
  if (!office.supports("1.13")) return undefined;
  const ask = (area: string) => {
    const { sheet, range } = splitAddress(area);
    const dependents = context.workbook.worksheets.getItem(sheet).getRange(range).getDirectDependents();
    dependents.load("addresses");
    return dependents;
  };
  try {
    const all = areas.map(ask);
    await context.sync();
    return { addresses: all.flatMap((d) => d.addresses), requests: 1, cut: false };
  } catch (e) {
    if (codeOf(e) !== "ItemNotFound") return undefined;
    if (areas.length === 1) return { addresses: [], requests: 1, cut: false };
  }
  const addresses: string[] = [];
  let requests = 1;
  for (const area of areas) {
    if (requests >= budget) return { addresses, requests, cut: true };
    requests++;
    try {
      const dependents = ask(area);
      await context.sync();
      addresses.push(...dependents.addresses);
    } catch (e) {
      if (codeOf(e) !== "ItemNotFound") return undefined;
    }
  }
  return { addresses, requests, cut: false };
}

/**
 * Trace Dependents followed level by level, as a user clicking it again and again would: the direct
 * dependents of the range, then theirs, until none are new or a bound of {@link WALK_LIMITS} is hit (then
 * `more`). Undefined when Excel refuses the first level; a refusal further on keeps what was found, as "more".
 */
async function walkDirect(
  context: Excel.RequestContext,
  office: OfficeApi,
  sheet: string,
  range: string,
): Promise<Traced | undefined> {
  const start = `${quoteSheet(sheet)}!${range}`;
  const seen = new Set(cellsOfAreas(start).map(keyOf));
  const found: string[] = [];
  let frontier = [start];
  let requests = 0;
  while (frontier.length > 0) {
    if (requests >= WALK_LIMITS.requests || seen.size > WALK_LIMITS.cells)
      return { addresses: found, more: true };
    const level = await directDependents(context, office, frontier, WALK_LIMITS.requests - requests);
    if (!level) return requests === 0 ? undefined : { addresses: found, more: true };
    requests += level.requests;
    const next: string[] = [];
    for (const address of level.addresses)
      for (const area of areasOf(address)) {
        const fresh = cellsOfAreas(area).filter((c) => !seen.has(keyOf(c)));
        if (fresh.length === 0) continue;
        for (const c of fresh) seen.add(keyOf(c));
        found.push(area);
        next.push(area);
      }
    if (level.cut) return { addresses: found, more: true };
    frontier = next;
  }
  return { addresses: found, more: false };
}

/**
 * The formula cells outside `sheet!range` that read a cell of it, directly or through other formulas: what
 * counts, defined names included, is Excel's own tracing. With ExcelApi 1.15 Excel's `getDependents()` gives
 * them all at once; with 1.13 Trace Dependents (`getDirectDependents()`) is followed level by level within
 * {@link WALK_LIMITS} (`moreReaders` when a bound was hit). Each cell once with its sheet (`Summering!A1`), by
 * sheet in the workbook's order, then row, then column; none is `[]`. `readers` is undefined when this Excel
 * cannot tell (before ExcelApi 1.13, or it refused): the dialog then says it could not check.
 */
export async function readersIn(
  context: Excel.RequestContext,
  office: OfficeApi,
  sheet: string,
  range: string,
): Promise<Pick<RangeContents, "readers" | "moreReaders">> {
  // a platform without 1.15, or one that claims it and refuses, may still trace level by level (1.13)
  const traced =
    (await allDependents(context, office, sheet, range)) ?? (await walkDirect(context, office, sheet, range));
  if (!traced) return { readers: undefined };
  const own = new Set(cellsOfAreas(`${quoteSheet(sheet)}!${range}`).map(keyOf));
  const outside = new Map<string, Cell>();
  for (const address of traced.addresses)
    for (const c of cellsOfAreas(address)) if (!own.has(keyOf(c))) outside.set(keyOf(c), c);
  // "at least none" says nothing: that is "could not check"
  if (outside.size === 0) return traced.more ? { readers: undefined } : { readers: [] };
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const order = new Map(sheets.items.map((s, i) => [s.name.toLocaleLowerCase("sv-SE"), i]));
  const rank = (s: string) => order.get(s.toLocaleLowerCase("sv-SE")) ?? order.size;
  const readers = [...outside.values()]
    .sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.col - b.col)
    .map((c) => `${quoteSheet(c.sheet)}!${toAddress(c.row, c.col)}`);
  return traced.more ? { readers, moreReaders: true } : { readers };
}
