/**
 * A WOFF 1.0 font (https://www.w3.org/TR/WOFF/) turned back into the plain OpenType (sfnt) font it
 * wraps: each table inflated once with node's zlib. pdfkit's fontkit reads a .woff through a
 * pure-JavaScript inflate and inflates a table again on every access, which made one A4 考核表 as
 * .pdf take about 90 s of CPU on this machine; from the sfnt it takes well under a second.
 */
import { inflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;

/** The sfnt bytes, or null when `woff` is not a well-formed WOFF 1.0 file. */
export function woffToSfnt(woff: Buffer): Buffer | null {
  if (woff.length < HEADER || woff.toString('latin1', 0, 4) !== 'wOFF') return null;
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  if (count === 0 || HEADER + count * ENTRY > woff.length) return null;
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEADER + i * ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    if (offset + compLength > woff.length || compLength > origLength) return null;
    const raw = woff.subarray(offset, offset + compLength);
    let data: Buffer;
    try {
      data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    } catch {
      return null;
    }
    if (data.length !== origLength) return null;
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  // The offset table and its records, then each table on a 4-byte boundary (the WOFF directory is
  // already in ascending tag order, as the sfnt's must be).
  const pow = 2 ** Math.floor(Math.log2(count));
  let offset = 12 + count * 16;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), offset);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(Math.log2(pow), 8);
  out.writeUInt16BE(count * 16 - pow * 16, 10);
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
