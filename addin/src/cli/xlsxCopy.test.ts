import JSZip from "jszip";
import { columnName, copyWithValues, parseAddress, type CopyValue } from "./xlsxCopy";
import { ZipCopy } from "./zipCopy";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal package, written by hand so that the test decides every byte of the sheet. */
async function pkg(sheets: { name: string; data: string }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name.replace(/&/g, "&amp;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join(
        "",
      )}</sheets><definedNames><definedName name="Gap">Blad1!$A$1</definedName></definedNames></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`,
  );
  sheets.forEach((s, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${s.data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

async function sheetXml(bytes: Uint8Array, n = 1): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string");
  return /<sheetData>(.*)<\/sheetData>/s.exec(xml)![1]!;
}

/** Values by "Sheet!B7". */
function lookup(values: Record<string, CopyValue>) {
  return (sheet: string, row: number, col: number): CopyValue | undefined =>
    values[`${sheet}!${columnName(col)}${row + 1}`];
}

describe("copyWithValues: only the cached values of formula cells change", () => {
  it("reads and writes A1 addresses", () => {
    expect(parseAddress("B7")).toEqual({ row: 6, col: 1 });
    expect(parseAddress("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(columnName(0)).toBe("A");
    expect(columnName(25)).toBe("Z");
    expect(columnName(26)).toBe("AA");
    expect(columnName(16383)).toBe("XFD"); // Excel's last column
  });

  it("stores numbers, text, booleans and Excel's errors with the right type, keeping style and formula", async () => {
    const source = await pkg([
      {
        name: "Blad1",
        data:
          '<row r="1" spans="1:6"><c r="A1" s="2"><v>5</v></c>' +
          '<c r="B1" s="3" t="str"><f>A1*2</f><v>gammal</v></c>' +
          '<c r="C1"><f>A1&amp;"&lt;x&gt;"</f><v>0</v></c>' +
          '<c r="D1" t="e"><f>A1&gt;1</f><v>#N/A</v></c>' +
          '<c r="E1"><f>1/0</f></c>' +
          '<c r="F1" s="1"><f>SQRT(-1)</f><v>3</v></c></row>',
      },
    ]);
    const { bytes, written, kept } = await copyWithValues(
      source,
      lookup({
        "Blad1!A1": 999, // no formula: never touched
        "Blad1!B1": 10,
        "Blad1!C1": "5<x> & co\u0001_x0041_",
        "Blad1!D1": true,
        "Blad1!E1": { error: "#DIV/0!" },
        "Blad1!F1": Number.NaN,
      }),
    );
    expect(written).toBe(5);
    expect(kept).toEqual([]);
    expect(await sheetXml(bytes)).toBe(
      '<row r="1" spans="1:6"><c r="A1" s="2"><v>5</v></c>' +
        '<c r="B1" s="3"><f>A1*2</f><v>10</v></c>' +
        '<c r="C1" t="str"><f>A1&amp;"&lt;x&gt;"</f><v>5&lt;x&gt; &amp; co_x0001__x005F_x0041_</v></c>' +
        '<c r="D1" t="b"><f>A1&gt;1</f><v>1</v></c>' +
        '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="F1" s="1" t="e"><f>SQRT(-1)</f><v>#NUM!</v></c></row>',
    );
  });

  it("refuses an error name Excel does not have (#CYCLE!, #ERROR!)", async () => {
    const source = await pkg([{ name: "Blad1", data: '<row r="1"><c r="A1"><f>A1</f><v>0</v></c></row>' }]);
    await expect(
      copyWithValues(source, () => ({ error: "#CYCLE!" }) as unknown as CopyValue),
    ).rejects.toThrow("not an Excel error value: #CYCLE!");
  });

  it("keeps the saved value where nothing was computed, says why, and leaves the part's bytes alone", async () => {
    const data =
      '<row r="1"><c r="A1"><f>[1]Blad1!A1</f><v>17.37</v></c><c r="B1"><f>Gap*2</f><v>4</v></c></row>';
    const source = await pkg([{ name: "Blad1", data }]);
    const reason = { sv: "länkad fil", en: "linked file" };
    const { bytes, written, kept } = await copyWithValues(
      source,
      lookup({ "Blad1!A1": { keepSaved: reason } }),
    );
    expect(written).toBe(0);
    expect(kept).toEqual([
      { sheet: "Blad1", row: 0, col: 0, reason },
      {
        sheet: "Blad1",
        row: 0,
        col: 1,
        reason: {
          sv: "inget värde beräknades; det sparade värdet behålls",
          en: "no value was computed; the saved value is kept",
        },
      },
    ]);
    const before = await (
      await JSZip.loadAsync(source)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("nodebuffer");
    const after = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("nodebuffer");
    expect(after.equals(before)).toBe(true);
  });

  it("gives every cell of an array formula's range its value, adding the cells and rows the file lacks", async () => {
    // {=A1:A3*10} in B1:C4 (legacy array, Excel fills what the result lacks with #N/A);
    // B2's cell is saved, C1 and the whole of row 4 are missing, row 3 is empty
    const source = await pkg([
      {
        name: "Data & plan",
        data:
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="array" ref="B1:C4">A1:A3*10</f><v>0</v></c><c r="D1"><v>7</v></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>0</v></c></row>' +
          '<row r="3"/>' +
          '<row r="5"><c r="A5"><v>9</v></c></row>',
      },
    ]);
    const values: Record<string, CopyValue> = {
      "Data & plan!B1": 10,
      "Data & plan!C1": 11,
      "Data & plan!B2": 20,
      "Data & plan!C2": 21,
      "Data & plan!B3": 30,
      "Data & plan!C3": 31,
      "Data & plan!B4": { error: "#N/A" },
      "Data & plan!C4": { error: "#N/A" },
      "Data & plan!D1": 0, // outside the range and no formula: stays 7
    };
    const kinds: string[] = [];
    const { bytes, written, kept } = await copyWithValues(source, (sheet, row, col, kind) => {
      kinds.push(`${columnName(col)}${row + 1}:${kind}`);
      return lookup(values)(sheet, row, col);
    });
    expect(kept).toEqual([]);
    expect(written).toBe(8);
    // the first cell holds the formula; the others are the array's
    expect(kinds.sort()).toEqual([
      "B1:formula",
      "B2:array",
      "B3:array",
      "B4:array",
      "C1:array",
      "C2:array",
      "C3:array",
      "C4:array",
    ]);
    expect(await sheetXml(bytes)).toBe(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="array" ref="B1:C4">A1:A3*10</f><v>10</v></c><c r="C1"><v>11</v></c><c r="D1"><v>7</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c><c r="C2"><v>21</v></c></row>' +
        '<row r="3"><c r="B3"><v>30</v></c><c r="C3"><v>31</v></c></row>' +
        '<row r="4"><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="e"><v>#N/A</v></c></row>' +
        '<row r="5"><c r="A5"><v>9</v></c></row>',
    );
  });

  it("changes only the sheets with computed cells; another sheet stays byte for byte", async () => {
    const source = await pkg([
      { name: "Blad1", data: '<row r="1"><c r="A1"><f>1+1</f><v>0</v></c></row>' },
      { name: "Blad2", data: '<row r="1"><c r="A1"><f>2+2</f><v>4</v></c></row>' },
    ]);
    const { bytes } = await copyWithValues(source, lookup({ "Blad1!A1": 2, "Blad2!A1": 4 }));
    expect(await sheetXml(bytes, 1)).toBe('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>');
    const before = await (
      await JSZip.loadAsync(source)
    )
      .file("xl/worksheets/sheet2.xml")!
      .async("nodebuffer");
    const after = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet2.xml")!.async("nodebuffer");
    expect(after.equals(before)).toBe(true);
  });
});

/**
 * The same archive with a ZIP64 end of central directory (APPNOTE.TXT §4.3.14–4.3.15), as some
 * writers make even for small files: the classic record's counts and offsets say 0xFFFF… and the
 * real ones are in the ZIP64 record.
 */
function toZip64(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end), 8);
  locator.writeUInt32LE(1, 16);
  const classic = Buffer.from(zip.subarray(end, end + 22));
  classic.writeUInt16LE(0xffff, 8);
  classic.writeUInt16LE(0xffff, 10);
  classic.writeUInt32LE(0xffffffff, 12);
  classic.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, end), record, locator, classic]);
}

describe("copyWithValues on an archive it cannot copy entry by entry", () => {
  it("copies a ZIP64 archive through JSZip: the same values, the other sheet's content unchanged", async () => {
    const source = toZip64(
      Buffer.from(
        await pkg([
          { name: "Blad1", data: '<row r="1"><c r="A1"><f>1+1</f><v>0</v></c></row>' },
          { name: "Blad2", data: '<row r="1"><c r="A1"><v>7</v></c></row>' },
        ]),
      ),
    );
    expect(ZipCopy.read(source)).toBeUndefined();
    // JSZip reads the ZIP64 form, so the test archive is a valid one
    const before = await JSZip.loadAsync(source);
    const { bytes, written } = await copyWithValues(source, lookup({ "Blad1!A1": 2 }));
    expect(written).toBe(1);
    expect(await sheetXml(bytes, 1)).toBe('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>');
    const after = await JSZip.loadAsync(bytes);
    expect(await after.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(
      await before.file("xl/worksheets/sheet2.xml")!.async("string"),
    );
  });
});
