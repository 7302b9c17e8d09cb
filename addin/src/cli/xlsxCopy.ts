/**
 * `beräkna --ut`: a copy of the original .xlsx package in which only the cached values of the
 * computed formula cells change. An .xlsx file is a zip of XML parts (ECMA-376 Part 2, Open
 * Packaging Conventions); every part other than the worksheets whose cells got a new value is
 * carried over unchanged — charts, drawings, images, comments, data validation, conditional
 * formats, pivot tables, custom XML, defined names, print settings, the calculation chain.
 *
 * In a worksheet part only a formula cell (`<c>` with an `<f>`) or a cell inside an array
 * formula's range (`<f t="array" ref="…">`, which is also how Excel 365 saves a dynamic array's
 * spill) is touched, and of it only its cached value `<v>` and its type attribute `t`
 * (ECMA-376 Part 1, §18.3.1.4 c, §18.18.11 ST_CellType: n, str, b, e). The formula, the style
 * and every other attribute stay as they were. The calculation chain (§18.6) lists formula
 * cells, which do not change, so it stays valid and is kept.
 */
import JSZip from "jszip";
import { ZipCopy } from "./zipCopy";

/** Excel's own error values (ECMA-376 Part 1, §18.17.3 and Excel 365's #SPILL! and #CALC!). */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
] as const;
export type ExcelErrorName = (typeof EXCEL_ERRORS)[number];

/** Why a cell's saved value was kept, in Swedish and English. */
export interface KeepReason {
  sv: string;
  en: string;
}

/**
 * What to store in one cell: a number, a text, a boolean, one of Excel's errors, or keep the
 * value the file saved (with the reason, which the command prints).
 */
export type CopyValue = number | string | boolean | { error: ExcelErrorName } | { keepSaved: KeepReason };

/**
 * The hand-over from evaluation: the value of a cell, by sheet name and 0-based row and column;
 * `undefined` when nothing was computed for it (the saved value is kept and reported). `kind` says
 * whether the cell holds a formula (an array formula's first cell too) or is another cell of an
 * array formula's range.
 */
export type ComputedValues = (
  sheet: string,
  row: number,
  col: number,
  kind: "formula" | "array",
) => CopyValue | undefined;

/**
 * A cell whose saved value the copy kept, and why: 0-based row and column. (The command reports it
 * as the evaluation's `KeptCell` of xlsx.ts, unless the evaluation listed it already.)
 */
export interface CopyKept {
  sheet: string;
  row: number;
  col: number;
  reason: KeepReason;
}

const NOT_COMPUTED: KeepReason = {
  sv: "inget värde beräknades; det sparade värdet behålls",
  en: "no value was computed; the saved value is kept",
};

/** A1 address → 0-based row and column; undefined for anything else. */
export function parseAddress(a: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(a.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 0-based column → "A", "B", …, "AA". */
export function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_m, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[(name as string).toLowerCase()]!;
  });
}

/**
 * Text as XML content. Characters XML 1.0 cannot hold (control characters other than tab and
 * line ends) are written as Excel writes them, `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring), and a literal `_xHHHH_` in the text has its `_` escaped so that it stays literal.
 */
function encodeXml(s: string): string {
  let out = s.replace(/_(x[0-9a-f]{4}_)/gi, "_x005F_$1");
  out = Array.from(out, (ch) => {
    const code = ch.charCodeAt(0);
    const invalid = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code >= 0xfffe;
    return invalid ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }).join("");
  return out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** A part of the package as text, by its path in the zip; undefined when there is none. */
type PartReader = (path: string) => Promise<string | undefined>;

/** The worksheet parts of a package: sheet name → path of its part in the zip. */
async function sheetParts(read: PartReader): Promise<Map<string, string>> {
  const workbookPath = await mainPart(read);
  const workbook = await read(workbookPath);
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const rels = await read(relsPath);
  const parts = new Map<string, string>();
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id && target && attribute(m[0], "TargetMode") !== "External") targets.set(id, target);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const id = attribute(m[0], "r:id") ?? /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name === undefined || !target) continue;
    parts.set(name, resolvePart(folder, target));
  }
  return parts;
}

/** The workbook part, from the package's relationships (usually xl/workbook.xml). */
async function mainPart(read: PartReader): Promise<string> {
  const rels = await read("_rels/.rels");
  for (const m of rels?.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    if (/\/officeDocument"?$/.test(attribute(m[0], "Type") ?? "")) {
      return resolvePart("", attribute(m[0], "Target") ?? "");
    }
  }
  return "xl/workbook.xml";
}

/** A relationship target (relative to `folder`, or absolute from the package root) as a zip path. */
function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The `<v>` and `t` a value is stored with. */
function stored(v: Exclude<CopyValue, { keepSaved: KeepReason }>): { t: string | undefined; v: string } {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { t: "e", v: "#NUM!" };
    return { t: undefined, v: String(v) };
  }
  if (typeof v === "string") return { t: "str", v: encodeXml(v) };
  if (typeof v === "boolean") return { t: "b", v: v ? "1" : "0" };
  if (!(EXCEL_ERRORS as readonly string[]).includes(v.error)) {
    // a programming error: only Excel's own error names may reach a file
    throw new Error(`not an Excel error value: ${String(v.error)}`);
  }
  return { t: "e", v: v.error };
}

const CELL = /<((?:\w+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const ROW = /<((?:\w+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;

interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * The ranges of the sheet's array formulas (legacy CSE arrays and Excel 365's dynamic arrays), by
 * row: a workbook can hold thousands of one-cell array formulas, and every cell asks.
 */
function arrayRanges(sheetData: string): { byRow: Map<number, Range[]>; lastRow: number } {
  const byRow = new Map<number, Range[]>();
  let lastRow = -1;
  for (const m of sheetData.matchAll(/<(?:\w+:)?f\b[^>]*>/g)) {
    if (attribute(m[0], "t") !== "array") continue;
    const [a, b] = (attribute(m[0], "ref") ?? "").split(":");
    const from = a ? parseAddress(a) : undefined;
    const to = b ? parseAddress(b) : from;
    if (!from || !to) continue;
    const range = { r1: from.row, c1: from.col, r2: to.row, c2: to.col };
    for (let r = range.r1; r <= range.r2; r++) {
      const list = byRow.get(r);
      if (list) list.push(range);
      else byRow.set(r, [range]);
    }
    lastRow = Math.max(lastRow, range.r2);
  }
  return { byRow, lastRow };
}

function inRanges(ranges: Range[] | undefined, col: number): boolean {
  return ranges !== undefined && ranges.some((r) => col >= r.c1 && col <= r.c2);
}

/** One cell with its new cached value: the formula and every attribute but `t` kept. */
function rewriteCell(
  prefix: string,
  attrs: string,
  inner: string,
  value: { t: string | undefined; v: string },
) {
  const withoutT = attrs.replace(/\st\s*=\s*(?:"[^"]*"|'[^']*')/, "");
  const open = `<${prefix}c${withoutT.replace(/\s*$/, "")}${value.t ? ` t="${value.t}"` : ""}>`;
  const f = /<((?:\w+:)?)f\b[^>]*?(?:\/>|>[\s\S]*?<\/\1f>)/.exec(inner)?.[0] ?? "";
  const ext = /<((?:\w+:)?)extLst\b[\s\S]*?<\/\1extLst>/.exec(inner)?.[0] ?? "";
  return `${open}${f}<${prefix}v>${value.v}</${prefix}v>${ext}</${prefix}c>`;
}

/** A worksheet part with the new values, or undefined when nothing in it changes. */
function rewriteSheet(
  xml: string,
  sheet: string,
  values: ComputedValues,
  kept: CopyKept[],
): { xml: string; written: number } | undefined {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open || open[2] === "/") return undefined;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1]}sheetData>`, start);
  if (end < 0) return undefined;
  const data = xml.slice(start, end);
  const ranges = arrayRanges(data);
  let written = 0;
  let changed = false;
  /** the cells of array ranges that the file has no element for, by row */
  const seen = new Set<string>();
  const decide = (
    row: number,
    col: number,
    kind: "formula" | "array",
  ): { t: string | undefined; v: string } | undefined => {
    const v = values(sheet, row, col, kind);
    if (v === undefined || (typeof v === "object" && "keepSaved" in v)) {
      kept.push({ sheet, row, col, reason: v?.keepSaved ?? NOT_COMPUTED });
      return undefined;
    }
    return stored(v);
  };
  let rowIndex = -1;
  let lastRow = -1;
  const rowsOut: string[] = [];
  let cursor = 0;
  const missingCells = (row: number, afterCol: number, beforeCol: number, prefix: string): string => {
    let s = "";
    for (const r of ranges.byRow.get(row) ?? []) {
      for (let c = Math.max(r.c1, afterCol + 1); c <= Math.min(r.c2, beforeCol - 1); c++) {
        if (seen.has(`${row}:${c}`)) continue;
        seen.add(`${row}:${c}`);
        const value = decide(row, c, "array");
        if (!value) continue;
        s += `<${prefix}c r="${columnName(c)}${row + 1}"${value.t ? ` t="${value.t}"` : ""}><${prefix}v>${value.v}</${prefix}v></${prefix}c>`;
        written++;
      }
    }
    return s;
  };
  const missingRows = (fromRow: number, toRow: number, prefix: string): string => {
    let s = "";
    for (let r = fromRow; r < toRow; r++) {
      if (!ranges.byRow.has(r)) continue;
      const cells = missingCells(r, -1, Number.MAX_SAFE_INTEGER, prefix);
      if (cells) s += `<${prefix}row r="${r + 1}">${cells}</${prefix}row>`;
    }
    return s;
  };
  for (const rm of data.matchAll(ROW)) {
    const [whole, prefix = "", rowAttrs = "", rowInner] = rm;
    const r = attribute(whole.slice(0, whole.indexOf(">") + 1), "r");
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    rowsOut.push(data.slice(cursor, rm.index));
    cursor = rm.index + whole.length;
    const before = missingRows(lastRow + 1, rowIndex, prefix);
    if (before) changed = true;
    rowsOut.push(before);
    lastRow = rowIndex;
    let colIndex = -1;
    let rowChanged = false;
    /** cells added to the row: its `spans` (an optional hint of its first and last column) may no longer hold */
    let inserted = false;
    let cellsOut = "";
    let cellCursor = 0;
    const inner = rowInner ?? "";
    for (const cm of inner.matchAll(CELL)) {
      const [cellWhole, cellPrefix = "", cellAttrs = "", cellInner = ""] = cm;
      const address = attribute(`<c${cellAttrs}>`, "r");
      const at = address ? parseAddress(address) : undefined;
      const prevCol = colIndex;
      colIndex = at ? at.col : colIndex + 1;
      cellsOut += inner.slice(cellCursor, cm.index);
      cellCursor = cm.index + cellWhole.length;
      const fill = missingCells(rowIndex, prevCol, colIndex, cellPrefix);
      if (fill) rowChanged = inserted = true;
      cellsOut += fill;
      const rowRanges = ranges.byRow.get(rowIndex);
      if (rowRanges) seen.add(`${rowIndex}:${colIndex}`);
      const isFormula = /<(?:\w+:)?f\b/.test(cellInner);
      if (!isFormula && !inRanges(rowRanges, colIndex)) {
        cellsOut += cellWhole;
        continue;
      }
      const value = decide(rowIndex, colIndex, isFormula ? "formula" : "array");
      if (!value) {
        cellsOut += cellWhole;
        continue;
      }
      const next = rewriteCell(cellPrefix, cellAttrs, cellInner, value);
      written++;
      if (next !== cellWhole) rowChanged = true;
      cellsOut += next;
    }
    cellsOut += inner.slice(cellCursor);
    const tail = missingCells(rowIndex, colIndex, Number.MAX_SAFE_INTEGER, prefix);
    if (tail) rowChanged = inserted = true;
    cellsOut += tail;
    if (rowChanged) {
      changed = true;
      const attrs = inserted ? rowAttrs.replace(/\sspans\s*=\s*(?:"[^"]*"|'[^']*')/, "") : rowAttrs;
      rowsOut.push(`<${prefix}row${attrs.replace(/\s*$/, "")}>${cellsOut}</${prefix}row>`);
    } else rowsOut.push(whole);
  }
  rowsOut.push(data.slice(cursor));
  const after = missingRows(lastRow + 1, Math.max(lastRow + 1, ranges.lastRow + 1), open[1] ?? "");
  if (after) {
    changed = true;
    rowsOut.push(after);
  }
  if (!changed) return { xml, written };
  return { xml: xml.slice(0, start) + rowsOut.join("") + xml.slice(end), written };
}

/**
 * Copies the package `source` (the bytes of an .xlsx file) with the computed values stored as the
 * cached values of its formula cells and array ranges. Returns the new package's bytes, how many
 * cells got a value, and the formula cells whose saved value was kept, with the reason.
 */
export async function copyWithValues(
  source: Uint8Array,
  values: ComputedValues,
): Promise<{ bytes: Buffer; written: number; kept: CopyKept[] }> {
  const buffer = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  // entry by entry, unchanged entries as the very bytes they were stored with …
  const direct = ZipCopy.read(buffer);
  // … or, for an archive that copy cannot handle (ZIP64, say), through JSZip
  const zip = direct ? undefined : await JSZip.loadAsync(source);
  const read: PartReader = async (path) => (direct ? direct.text(path) : zip?.file(path)?.async("string"));
  const kept: CopyKept[] = [];
  const changes = new Map<string, string>();
  let written = 0;
  for (const [sheet, path] of await sheetParts(read)) {
    const xml = await read(path);
    if (xml === undefined) continue;
    const next = rewriteSheet(xml, sheet, values, kept);
    if (!next) continue;
    written += next.written;
    if (next.xml !== xml) changes.set(path, next.xml);
  }
  if (direct) return { bytes: direct.write(changes), written, kept };
  for (const [path, xml] of changes) {
    const file = zip!.file(path)!;
    zip!.file(path, xml, {
      date: file.date,
      unixPermissions: file.unixPermissions,
      dosPermissions: file.dosPermissions,
    });
  }
  const bytes = await zip!.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { bytes, written, kept };
}
