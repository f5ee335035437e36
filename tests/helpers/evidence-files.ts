/**
 * Small real files for the evidence tests: their first bytes are what file-type reads. Sizes can
 * be padded (a PNG with trailing bytes is still a PNG; a PDF with a long comment still a PDF).
 */
import CFB from 'cfb';
import yazl from 'yazl';

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** A PNG of `size` bytes; `salt` makes different files of the same size. */
export function png(size = 2048, salt = 0): Buffer {
  const b = Buffer.alloc(Math.max(size, PNG_HEAD.length + 4));
  PNG_HEAD.copy(b);
  b.writeUInt32BE(salt >>> 0, PNG_HEAD.length);
  return b;
}

export function jpg(size = 2048, salt = 0): Buffer {
  const b = Buffer.alloc(size);
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex').copy(b);
  b.writeUInt32BE(salt >>> 0, 24);
  return b;
}

export function pdf(size = 4096, salt = 0): Buffer {
  const head = `%PDF-1.4\n% ${salt}\n`;
  const tail = '\n%%EOF\n';
  return Buffer.from(head + 'x'.repeat(Math.max(0, size - head.length - tail.length)) + tail);
}

/** A Windows executable (MZ … PE). */
export function exe(): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\u0000\u0000', 0x80, 'latin1');
  return b;
}

export function script(): Buffer {
  return Buffer.from('#!/bin/sh\nrm -rf /\n');
}

export async function zipOf(name: string, content: string): Promise<Buffer> {
  const z = new yazl.ZipFile();
  z.addBuffer(Buffer.from(content), name);
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** An old Office file: a CFB container with the format's main stream. */
export function oldOffice(stream: 'WordDocument' | 'Workbook' | 'PowerPoint Document'): Buffer {
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, `/${stream}`, Buffer.alloc(4096, 1));
  return Buffer.from(CFB.write(c, { type: 'buffer' }) as Uint8Array);
}
