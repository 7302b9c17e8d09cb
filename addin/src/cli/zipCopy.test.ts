import JSZip from "jszip";
import { crc32, ZipCopy } from "./zipCopy";

/** A zip as JSZip writes it; `streamFiles` puts a data descriptor after every entry's data. */
async function archive(streamFiles: boolean): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>");
  zip.file("xl/charts/chart1.xml", "<c:chartSpace>" + "diagram ".repeat(200) + "</c:chartSpace>");
  zip.file("xl/media/image1.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), {
    compression: "STORE",
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles });
}

describe("ZipCopy: unchanged entries copied as stored, changed ones compressed anew", () => {
  it("computes CRC-32 as zip does (the check value of '123456789' is CBF43926)", () => {
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it.each([false, true])(
    "replaces one entry and keeps the others' stored bytes (data descriptors: %s)",
    async (streamFiles) => {
      const source = await archive(streamFiles);
      const copy = ZipCopy.read(source)!;
      expect(copy.names).toEqual([
        "[Content_Types].xml",
        "xl/",
        "xl/worksheets/",
        "xl/worksheets/sheet1.xml",
        "xl/charts/",
        "xl/charts/chart1.xml",
        "xl/media/",
        "xl/media/image1.png",
      ]);
      expect(copy.text("xl/worksheets/sheet1.xml")).toBe("<worksheet><sheetData/></worksheet>");
      const next = '<worksheet><sheetData><row r="1"/></sheetData></worksheet>';
      const out = copy.write(new Map([["xl/worksheets/sheet1.xml", next]]));
      // a zip reader sees every entry, the new content and the old ones
      const zip = await JSZip.loadAsync(out);
      expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(next);
      expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("diagram diagram");
      expect([...(await zip.file("xl/media/image1.png")!.async("nodebuffer"))]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3,
      ]);
      // the chart's compressed bytes are in the copy exactly as they were stored
      const stored = storedEntry(source, "xl/charts/chart1.xml");
      expect(out.includes(stored)).toBe(true);
      // and a copy without changes is the archive itself, byte for byte
      expect(copy.write(new Map()).equals(source)).toBe(true);
    },
  );

  it("declines an archive it cannot copy entry by entry (another compression method)", async () => {
    const source = await archive(false);
    // the central directory header of the first entry: method (offset 10) set to 12, bzip2
    const first = source.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(first).toBeGreaterThan(0);
    const patched = Buffer.from(source);
    patched.writeUInt16LE(12, first + 10);
    expect(ZipCopy.read(patched)).toBeUndefined();
    expect(ZipCopy.read(Buffer.from("not a zip at all"))).toBeUndefined();
  });
});

/** An entry's local header and compressed data, found through the central directory. */
function storedEntry(zip: Buffer, name: string): Buffer {
  let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (;;) {
    const nameLength = zip.readUInt16LE(at + 28);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    if (entryName === name) {
      const local = zip.readUInt32LE(at + 42);
      const size = zip.readUInt32LE(at + 20);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      return zip.subarray(local, start + size);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
