/**
 * The 考核表's CJK font unwrapped from WOFF to the plain font once (src/files/woff.ts), because
 * fontkit's own WOFF reading took about 90 s per .pdf. The figures are `npm run bench`'s; here:
 * the bytes are the font's own, and anything else is refused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../src/files/woff.ts';

const woff = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff'));

describe('woffToSfnt', () => {
  it('gives every table of the WOFF inflated, at an aligned offset, with the directory an OpenType reader expects', () => {
    const sfnt = woffToSfnt(woff)!;
    expect(sfnt).not.toBeNull();
    const count = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour (OTTO: CFF outlines)
    expect(sfnt.readUInt16BE(4)).toBe(count);
    expect(sfnt.readUInt16BE(6)).toBe(2 ** Math.floor(Math.log2(count)) * 16);
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize, as the WOFF header declares
    for (let i = 0; i < count; i++) {
      const w = 44 + i * 20;
      const s = 12 + i * 16;
      expect(sfnt.readUInt32BE(s)).toBe(woff.readUInt32BE(w));
      const offset = sfnt.readUInt32BE(s + 8);
      const length = sfnt.readUInt32BE(s + 12);
      expect(offset % 4).toBe(0);
      expect(length).toBe(woff.readUInt32BE(w + 12));
      const raw = woff.subarray(woff.readUInt32BE(w + 4), woff.readUInt32BE(w + 4) + woff.readUInt32BE(w + 8));
      const table = raw.length < length ? inflateSync(raw) : raw;
      expect(Buffer.compare(sfnt.subarray(offset, offset + length), table)).toBe(0);
    }
    // 'head' keeps its magic number.
    const tags = Array.from({ length: count }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    const head = sfnt.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
    expect(sfnt.readUInt32BE(head + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses what is not a whole WOFF file', () => {
    expect(woffToSfnt(Buffer.from('not a font'))).toBeNull();
    expect(woffToSfnt(woff.subarray(0, 100))).toBeNull();
    const broken = Buffer.from(woff);
    broken.writeUInt32BE(woff.length + 1, 44 + 4); // the first table points past the end
    expect(woffToSfnt(broken)).toBeNull();
  });
});
