/**
 * The archive of a school's evidence (`cli evidence pack`): a zip with one folder per item
 * (「第10条 配齐配好心理健康教育教师」), the files under their original names made unique, and an
 * index sheet (资料索引.xlsx: item, file, uploader, time, sha256). Written to a temp file and
 * renamed, so a half-written zip never sits under the final name.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import yazl from 'yazl';
import type { Rubric } from '../core/rubric/schema.ts';
import type { Evidence } from '../storage/evidence.ts';
import type { BlobStore } from './evidence-store.ts';

export const INDEX_NAME = '资料索引.xlsx';

/** 「第10条 配齐配好心理健康教育教师」, safe as a folder name. */
export function itemFolder(rubric: Rubric, itemId: string): string {
  const item = rubric.items.find((i) => i.id === itemId);
  const title = (item?.title ?? itemId).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60);
  return item ? `第${item.no}条 ${title}` : title;
}

/** `name.pdf`, then `name (2).pdf`, … within one folder. */
function unique(taken: Set<string>, name: string): string {
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || '资料';
  const dot = clean.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function packEvidence(opts: { rubric: Rubric; store: BlobStore; school: string; files: readonly Evidence[]; out: string }): Promise<{ files: number; bytes: number }> {
  const zip = new yazl.ZipFile();
  const taken = new Map<string, Set<string>>();
  const wb = new (await import('exceljs')).default.Workbook();
  const ws = wb.addWorksheet('资料索引');
  ws.columns = [
    { header: '条目', key: 'item', width: 36 },
    { header: '编号', key: 'seq', width: 8 },
    { header: '文件', key: 'file', width: 40 },
    { header: '上传人', key: 'by', width: 12 },
    { header: '时间', key: 'at', width: 22 },
    { header: '学期', key: 'semester', width: 12 },
    { header: 'sha256', key: 'sha256', width: 66 },
  ];
  for (const f of opts.files) {
    const folder = itemFolder(opts.rubric, f.itemId);
    const names = taken.get(folder) ?? new Set<string>();
    taken.set(folder, names);
    const name = unique(names, f.name);
    zip.addFile(opts.store.path(f.sha256), `${folder}/${name}`, { compress: !/^(jpg|png|webp|heic|docx|xlsx|pptx)$/.test(f.ext) });
    ws.addRow({ item: folder, seq: `${f.itemId.replace('item-', '')}-${f.seq}`, file: `${folder}/${name}`, by: f.uploadedByName, at: f.at, semester: f.semesterId, sha256: f.sha256 });
  }
  zip.addBuffer(Buffer.from(await wb.xlsx.writeBuffer()), INDEX_NAME);
  await mkdir(dirname(opts.out), { recursive: true });
  const tmp = `${opts.out}.tmp-${process.pid}`;
  try {
    await new Promise<void>((resolve, reject) => {
      const ws2 = createWriteStream(tmp);
      ws2.on('close', () => resolve());
      ws2.on('error', reject);
      zip.outputStream.on('error', reject).pipe(ws2);
      zip.end();
    });
    await rename(tmp, opts.out);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  return { files: opts.files.length, bytes: (await stat(opts.out)).size };
}
