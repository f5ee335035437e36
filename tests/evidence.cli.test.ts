/**
 * `cli evidence add | list | pack` on a fresh database: files filed by the operator, the JSON
 * list, refusals (exit 2, one line), and a zip read back with yauzl whose folders, unique names and
 * index sheet are right and which never holds another school's file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import ExcelJS from 'exceljs';
import { exe, oldOffice, pdf, png } from './helpers/evidence-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mh-evidence-cli-'));
const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), EVIDENCE_DIR: join(dir, 'evidence') };
const A = '示例县实验小学';
const B = '示例县第一初级中学';

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, bytes: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** Every entry of a zip: name → bytes. */
function unzip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>();
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

describe('evidence cli', { timeout: 180_000 }, () => {
  it('adds, lists, refuses, and packs one zip per school with item folders and an index', async () => {
    expect((await cli('school', 'import', 'rubric/examples/schools.csv')).code).toBe(0);
    const added = await cli('evidence', 'add', '--school', A, '--item', '10', file('聘书.png', png(5000, 1)), file('花名册.pdf', pdf()), file('聘书.jpg', png(5000, 2)));
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`已登记 10-1：聘书.png（${A}，第10条）`);
    expect(added.stdout).toContain('已登记 10-3：聘书.png');
    expect((await cli('evidence', 'add', '--school', A, '--item', '12', file('课表.doc', oldOffice('WordDocument')))).stdout).toContain('已登记 12-1：课表.doc');
    expect((await cli('evidence', 'add', '--school', B, '--item', '10', file('外校.pdf', pdf(3000, 7)))).code).toBe(0);

    for (const [args, part] of [
      [['evidence', 'add', '--school', A, '--item', '10', file('合照.jpg', exe())], '合照.jpg：这个文件其实是可执行程序（exe）'],
      [['evidence', 'add', '--school', '不存在的学校', '--item', '10', file('a.png', png())], '没有找到学校“不存在的学校”'],
      [['evidence', 'add', '--school', A, '--item', '99', file('a.png', png())], '没有第99条'],
      [['evidence', 'pack', '--school', A], '--out'],
    ] as const) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(part);
    }

    const list = await cli('evidence', 'list', '--school', A, '--json');
    const rows = JSON.parse(list.stdout) as { item: string; name: string; bytes: number; sha256: string; type: string; by: string; at: string }[];
    expect(rows.map((r) => [r.item, r.name, r.type, r.bytes, r.by])).toEqual([
      ['item-10', '聘书.png', 'png', 5000, '考核办公室'],
      ['item-10', '花名册.pdf', 'pdf', 4096, '考核办公室'],
      ['item-10', '聘书.png', 'png', 5000, '考核办公室'],
      ['item-12', '课表.doc', 'doc', expect.any(Number), '考核办公室'],
    ]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.sha256) && !Number.isNaN(Date.parse(r.at)))).toBe(true);
    expect(list.stdout).not.toContain('外校');

    const out = join(dir, 'a.zip');
    const packed = await cli('evidence', 'pack', '--school', A, '--out', out);
    expect(packed.stdout).toContain(`${A}：4 份资料`);
    const zip = await unzip(out);
    expect([...zip.keys()].sort()).toEqual(['第10条 配齐配好教师/聘书 (2).png', '第10条 配齐配好教师/聘书.png', '第10条 配齐配好教师/花名册.pdf', '第12条 保证课堂教学/课表.doc', '资料索引.xlsx'].sort());
    expect(zip.get('第10条 配齐配好教师/花名册.pdf')!.equals(pdf())).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(zip.get('资料索引.xlsx')! as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const index = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 8));
    expect(index.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['第10条 配齐配好教师', '10-1', '第10条 配齐配好教师/聘书.png', '考核办公室'],
      ['第10条 配齐配好教师', '10-2', '第10条 配齐配好教师/花名册.pdf', '考核办公室'],
      ['第10条 配齐配好教师', '10-3', '第10条 配齐配好教师/聘书 (2).png', '考核办公室'],
      ['第12条 保证课堂教学', '12-1', '第12条 保证课堂教学/课表.doc', '考核办公室'],
    ]);
    expect(index.map((r) => r[6])).toEqual(rows.map((r) => r.sha256));

    const all = await cli('evidence', 'pack', '--all', '--out-dir', join(dir, 'zips'));
    expect(all.code).toBe(0);
    const zips = readdirSync(join(dir, 'zips')).sort();
    expect(zips).toHaveLength(2);
    const bZip = await unzip(join(dir, 'zips', zips.find((z) => z.startsWith(B))!));
    expect([...bZip.keys()].sort()).toEqual(['第10条 配齐配好教师/外校.pdf', '资料索引.xlsx']);
  });
});
