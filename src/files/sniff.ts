/**
 * What a file really is, read from its bytes (never its name): `file-type` for the magic numbers,
 * `cfb` to tell the old Office formats apart (they share one container: Word has a
 * `WordDocument` stream, Excel `Workbook` or `Book`, PowerPoint `PowerPoint Document`).
 * Allowed evidence: jpg, png, webp, heic, pdf, docx, xlsx, pptx, doc, xls, ppt.
 */
import { fileTypeFromBuffer } from 'file-type';
import CFB from 'cfb';

export type Sniffed =
  | { ok: true; ext: string; mime: string }
  /** `what`: what the file really is, in words (「可执行程序」「压缩包（zip）」). */
  | { ok: false; what: string };

const ALLOWED = new Set(['jpg', 'png', 'webp', 'heic', 'pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt']);

const EXECUTABLE = new Set(['exe', 'elf', 'mach', 'macho', 'dex', 'class', 'wasm', 'msi', 'dmg', 'deb', 'rpm', 'apk', 'lnk', 'swf']);
const ARCHIVE = new Set(['zip', 'rar', '7z', 'gz', 'tar', 'bz2', 'xz', 'zst', 'lz', 'lzh', 'cab', 'ar', 'Z', 'lz4', 'cpio', 'arj', 'jar', 'iso']);

const OLD_OFFICE: readonly [string[], string, string][] = [
  [['WordDocument'], 'doc', 'application/msword'],
  [['Workbook', 'Book'], 'xls', 'application/vnd.ms-excel'],
  [['PowerPoint Document'], 'ppt', 'application/vnd.ms-powerpoint'],
];

export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, what: '空文件' };
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { ok: false, what: textKind(bytes) };
  const ext = found.ext as string;
  if (ext === 'cfb') return oldOffice(bytes);
  if (ALLOWED.has(ext)) return { ok: true, ext, mime: found.mime };
  if (EXECUTABLE.has(ext)) return { ok: false, what: `可执行程序（${ext}）` };
  if (ARCHIVE.has(ext)) return { ok: false, what: `压缩包（${ext}）` };
  if (found.mime.startsWith('video/')) return { ok: false, what: `视频（${ext}）` };
  if (found.mime.startsWith('audio/')) return { ok: false, what: `音频（${ext}）` };
  if (found.mime.startsWith('image/')) return { ok: false, what: `不支持的图片格式（${ext}）` };
  return { ok: false, what: `${ext} 文件` };
}

function oldOffice(bytes: Uint8Array): Sniffed {
  try {
    const c = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    const names = new Set(c.FileIndex.map((e) => e.name));
    for (const [streams, ext, mime] of OLD_OFFICE) if (streams.some((s) => names.has(s))) return { ok: true, ext, mime };
    return { ok: false, what: '安装包或其他复合文件（不是 Word/Excel/PPT）' };
  } catch {
    return { ok: false, what: '损坏的 Office 文件' };
  }
}

/** No magic number: a script (#!, @echo, PowerShell, JavaScript), plain text, or unknown bytes. */
function textKind(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8');
  if (/\u0000/.test(head)) return '无法识别的文件';
  const h = head.replace(/^\uFEFF/, '').trimStart();
  if (/^#!/.test(h) || /^@?echo\s/i.test(h) || /^(param|function|import|const|let|var|require)\b/.test(h) || /<script\b/i.test(h)) {
    return '脚本';
  }
  if (/^<(!doctype\s+html|html)/i.test(h)) return '网页文件';
  return '文本文件';
}
