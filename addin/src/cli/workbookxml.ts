/**
 * The few parts of an .xlsx package that exceljs does not hand over, read from the zip itself:
 * the defined names as written (formulas, sheet scope) and which formula cells Excel 365 marks
 * as dynamic arrays. Only reading; nothing here writes a file.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** The text of the package's entries whose names `want` accepts (stored or deflated). */
export function zipEntries(path: string, want: (name: string) => boolean): Map<string, string> {
  const buf = readFileSync(path);
  const found = new Map<string, string>();
  // the end of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return found;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) break;
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (!want(name) || buf.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    try {
      if (method === 0) found.set(name, data.toString("utf8"));
      else if (method === 8) found.set(name, inflateRawSync(data).toString("utf8"));
    } catch {
      // a broken entry: exceljs has read the package already; this part is then unknown
    }
  }
  return found;
}

/** XML text with its five predefined entities and numeric references decoded. */
export function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_w, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith("#x")) return String.fromCodePoint(parseInt(l.slice(2), 16));
    if (l.startsWith("#")) return String.fromCodePoint(Number(l.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[l] ?? "";
  });
}

/** One `<definedName>` of xl/workbook.xml. */
export interface DefinedName {
  name: string;
  /** what it refers to, as the file stores it (`Scenario!$B$5`, `Blad1!$A$1*2`) */
  formula: string;
  /** the name of the sheet it belongs to (`localSheetId`), or undefined for a workbook-wide name */
  sheet?: string;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlText(m[1]!) : undefined;
}

/** The defined names of a workbook.xml text, with sheet-scoped ones given their sheet's name. */
export function definedNames(workbookXml: string): DefinedName[] {
  const sheetNames = [...workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) =>
    attribute(m[0], "name"),
  );
  const out: DefinedName[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName(\s[^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g)) {
    const name = attribute(m[1]!, "name");
    if (!name) continue;
    const local = attribute(m[1]!, "localSheetId");
    const sheet = local === undefined ? undefined : sheetNames[Number(local)];
    if (local !== undefined && sheet === undefined) continue;
    out.push({ name, formula: xmlText(m[2]!), ...(sheet !== undefined ? { sheet } : {}) });
  }
  return out;
}
