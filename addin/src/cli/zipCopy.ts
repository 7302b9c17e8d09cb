/**
 * A zip archive copied entry by entry: the entries that do not change are copied as the very
 * bytes they were stored with (local header, compressed data, data descriptor), the changed ones
 * are compressed anew with Node's zlib, and the central directory is rewritten with the new
 * offsets. Layout from PKWARE's APPNOTE.TXT (version 6.3.10), §4.3 (the overall format), §4.3.7
 * (local file header), §4.3.9 (data descriptor), §4.3.12 (central directory header) and §4.3.16
 * (end of central directory record).
 *
 * An archive this does not handle (ZIP64, split archives, encryption, a compression other than
 * stored or deflate) gives `undefined`, and the caller copies it another way.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;

interface Entry {
  name: string;
  /** the central directory header, with its name, extra field and comment */
  central: Buffer;
  /** the entry's bytes as stored: local header, data and data descriptor */
  stored: Buffer;
  method: number;
  compressedSize: number;
  /** where the data starts in `stored` */
  dataStart: number;
}

export class ZipCopy {
  private constructor(
    private readonly entries: Entry[],
    private readonly endComment: Buffer,
  ) {}

  /** Reads the archive's directory; undefined for an archive this cannot copy entry by entry. */
  static read(bytes: Buffer): ZipCopy | undefined {
    const end = findEnd(bytes);
    if (end < 0) return undefined;
    const disk = bytes.readUInt16LE(end + 4);
    const count = bytes.readUInt16LE(end + 10);
    const size = bytes.readUInt32LE(end + 12);
    const offset = bytes.readUInt32LE(end + 16);
    const commentLength = bytes.readUInt16LE(end + 20);
    if (disk !== 0 || count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return undefined;
    if (offset + size > end) return undefined;
    const entries: Entry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + CENTRAL_SIZE > end || bytes.readUInt32LE(at) !== CENTRAL) return undefined;
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLen = bytes.readUInt16LE(at + 32);
      const localOffset = bytes.readUInt32LE(at + 42);
      const centralEnd = at + CENTRAL_SIZE + nameLength + extraLength + commentLen;
      // encrypted, or a method other than stored (0) and deflate (8), or ZIP64 sizes
      if (flags & 0x1 || (method !== 0 && method !== 8)) return undefined;
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return undefined;
      const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
      const name = nameBytes.toString(flags & 0x800 ? "utf8" : "latin1");
      if (localOffset + LOCAL_SIZE > offset || bytes.readUInt32LE(localOffset) !== LOCAL) return undefined;
      const dataStart =
        LOCAL_SIZE + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
      let storedEnd = localOffset + dataStart + compressedSize;
      if (flags & 0x8) {
        // a data descriptor follows the data, with or without its signature
        storedEnd += storedEnd + 4 <= offset && bytes.readUInt32LE(storedEnd) === DESCRIPTOR ? 16 : 12;
      }
      if (storedEnd > offset) return undefined;
      entries.push({
        name,
        central: bytes.subarray(at, centralEnd),
        stored: bytes.subarray(localOffset, storedEnd),
        method,
        compressedSize,
        dataStart,
      });
      at = centralEnd;
    }
    return new ZipCopy(entries, bytes.subarray(end + END_SIZE, end + END_SIZE + commentLength));
  }

  /** The names of the entries, in the archive's order. */
  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** An entry's content as UTF-8 text; undefined when there is no such entry. */
  text(name: string): string | undefined {
    const e = this.entries.find((x) => x.name === name);
    if (!e) return undefined;
    const data = e.stored.subarray(e.dataStart, e.dataStart + e.compressedSize);
    return (e.method === 8 ? inflateRawSync(data) : data).toString("utf8");
  }

  /** The archive with the given entries' content replaced; every other entry as it was stored. */
  write(changes: ReadonlyMap<string, string>): Buffer {
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries) {
      const content = changes.get(e.name);
      let stored = e.stored;
      const header = Buffer.from(e.central);
      if (content !== undefined) {
        const raw = Buffer.from(content, "utf8");
        const data = deflateRawSync(raw, { level: 6 });
        const crc = crc32(raw);
        const local = Buffer.from(e.stored.subarray(0, e.dataStart));
        // flags: no data descriptor now that the sizes are known; method deflate
        local.writeUInt16LE(local.readUInt16LE(6) & ~0x8, 6);
        local.writeUInt16LE(8, 8);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(raw.length, 22);
        stored = Buffer.concat([local, data]);
        header.writeUInt16LE(header.readUInt16LE(8) & ~0x8, 8);
        header.writeUInt16LE(8, 10);
        header.writeUInt32LE(crc, 16);
        header.writeUInt32LE(data.length, 20);
        header.writeUInt32LE(raw.length, 24);
      }
      header.writeUInt32LE(offset, 42);
      out.push(stored);
      central.push(header);
      offset += stored.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(END_SIZE);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    end.writeUInt16LE(this.endComment.length, 20);
    return Buffer.concat([...out, directory, end, this.endComment]);
  }
}

/** The offset of the end of central directory record, searched from the end; -1 if none. */
function findEnd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - 0xffff);
  for (let i = bytes.length - END_SIZE; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === END && i + END_SIZE + bytes.readUInt16LE(i + 20) === bytes.length) return i;
  }
  return -1;
}

/** CRC-32 (the polynomial 0xEDB88320, APPNOTE.TXT §4.4.7), which every zip entry carries. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
