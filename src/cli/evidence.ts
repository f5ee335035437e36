/**
 * `cli evidence …`: process evidence (过程性资料) for the operator.
 *   add  --school <name> --item <N> <file>…   files documents that arrived by other means
 *   list --school <name> [--semester <id>] [--json]
 *   pack --school <name> [--semester <id>] --out <file.zip> | --all --out-dir <dir>
 * Refusals: one line on stderr, exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import type { Knex } from 'knex';
import type { Rubric } from '../core/rubric/schema.ts';
import type { EvidenceDeps } from '../app/deps.ts';
import { fail, type CliDeps } from './deps.ts';

const load = async () => ({
  ...(await import('../config.ts')),
  ...(await import('../storage/knex.ts')),
  ...(await import('../storage/index.ts')),
  ...(await import('../files/rubric-file.ts')),
  ...(await import('../files/evidence-store.ts')),
  ...(await import('../files/evidence-pack.ts')),
  ...(await import('../app/evidence-upload.ts')),
  ...(await import('../app/standings.ts')),
  ...(await import('../app/deps.ts')),
});
type Lib = Awaited<ReturnType<typeof load>>;
interface Store {
  db: Knex;
  rubric: Rubric;
  ev: EvidenceDeps;
  now: string;
  lib: Lib;
}

async function withStore(deps: CliDeps, fn: (s: Store) => Promise<void>): Promise<void> {
  const lib = await load();
  const config = lib.parseConfig(process.env);
  if (!config.ok) return fail(deps, config.errors.slice(0, 1));
  const rubric = await lib.readRubricFile(config.config.rubricFile);
  if (!rubric.ok) return fail(deps, rubric.errors.slice(0, 1));
  const db = await lib.openDatabase(config.config.storage);
  const e = config.config.evidence;
  try {
    await lib.migrate(db);
    const ev = { store: lib.fileStore(e.dir), maxBytes: e.maxBytes, quotaBytes: e.quotaBytes };
    await fn({ db, rubric: rubric.rubric, ev, now: new Date().toISOString(), lib });
  } finally {
    await db.destroy();
  }
}

async function schoolNamed(s: Store, deps: CliDeps, name: string) {
  const school = await s.lib.getSchoolByName(s.db, name.trim());
  if (!school) fail(deps, [`没有找到学校“${name}”（用 school list 查看全称）`]);
  return school;
}

const semesterOf = async (s: Store, given: string | undefined) => given ?? (await s.lib.semesterAt(s.db, s.now)).id;

export function registerEvidence(program: Command, deps: CliDeps): void {
  const ev = program.command('evidence').description('过程性资料：登记、列出、打包');
  ev.command('add')
    .description('登记学校通过其他途径交来的资料文件')
    .requiredOption('--school <name>', '学校全称')
    .requiredOption('--item <N>', '条目号，如 10')
    .option('--semester <id>', '学期，如 2026-2027-1（默认当前学期）')
    .argument('<files...>', '文件')
    .action((files: string[], o: { school: string; item: string; semester?: string }) =>
      withStore(deps, async (s) => {
        const school = await schoolNamed(s, deps, o.school);
        if (!school) return;
        const item = s.rubric.items.find((i) => String(i.no) === o.item.replace(/^item-/, '').trim());
        if (!item) return fail(deps, [`没有第${o.item}条（共 ${s.rubric.items.length} 条）`]);
        const semesterId = await semesterOf(s, o.semester);
        for (const path of files) {
          const bytes = await readFile(path).catch(() => null);
          if (!bytes) return fail(deps, [`读不到文件：${path}`]);
          const vetted = await s.lib.vetEvidence(s.db, s.ev, school.id, bytes);
          if (!vetted.ok) return fail(deps, [`${basename(path)}：${vetted.text.split('。')[0]}。`]);
          const stored = await s.lib.storeEvidence(s.ev, bytes, { log: s.lib.silentLogger });
          if (!stored.ok) return fail(deps, [`${basename(path)}：${stored.text.split('。')[0]}。`]);
          const e = await s.lib.addEvidence(s.db, {
            schoolId: school.id, semesterId, itemId: item.id, sha256: stored.sha, name: s.lib.fileName(basename(path), vetted.ext),
            ext: vetted.ext, mime: vetted.mime, bytes: bytes.byteLength, uploadedBy: null, uploadedByName: '考核办公室', at: s.now,
          });
          deps.out(`已登记 ${item.no}-${e.seq}：${e.name}（${school.name}，第${item.no}条）`);
        }
      }),
    );
  ev.command('list')
    .description('列出一所学校的资料')
    .requiredOption('--school <name>', '学校全称')
    .option('--semester <id>', '学期（默认当前学期）')
    .option('--json', '输出 JSON 数组')
    .action((o: { school: string; semester?: string; json?: boolean }) =>
      withStore(deps, async (s) => {
        const school = await schoolNamed(s, deps, o.school);
        if (!school) return;
        const files = await s.lib.listEvidence(s.db, { schoolId: school.id, semesterId: await semesterOf(s, o.semester) });
        const rows = files.map((f) => ({ item: f.itemId, name: f.name, bytes: f.bytes, sha256: f.sha256, type: f.ext, by: f.uploadedByName, at: f.at }));
        if (o.json) return deps.out(JSON.stringify(rows, null, 2));
        if (rows.length === 0) return deps.out(`${school.name} 还没有资料。`);
        deps.out(files.map((f) => `${f.itemId.replace('item-', '')}-${f.seq}\t${f.name}\t${f.bytes}\t${f.uploadedByName}\t${f.at}`).join('\n'));
      }),
    );
  ev.command('pack')
    .description('把资料打包成 zip（每条一个文件夹，附资料索引.xlsx）')
    .option('--school <name>', '学校全称')
    .option('--all', '每所有资料的学校各打一个包')
    .option('--semester <id>', '学期（默认当前学期）')
    .option('--out <file>', '输出 zip（--school 时）')
    .option('--out-dir <dir>', '输出文件夹（--all 时）')
    .action((o: { school?: string; all?: boolean; semester?: string; out?: string; outDir?: string }) =>
      withStore(deps, async (s) => {
        const semesterId = await semesterOf(s, o.semester);
        const pack = async (school: { id: number; name: string }, out: string) => {
          const files = await s.lib.listEvidence(s.db, { schoolId: school.id, semesterId });
          const r = await s.lib.packEvidence({ rubric: s.rubric, store: s.ev.store, school: school.name, files, out });
          deps.out(`${school.name}：${r.files} 份资料 → ${out}（${(r.bytes / 1024 / 1024).toFixed(1)} MB）`);
        };
        if (o.all) {
          if (!o.outDir) return fail(deps, ['--all 要和 --out-dir <文件夹> 一起用']);
          for (const id of await s.lib.schoolsWithEvidence(s.db, semesterId)) {
            const school = (await s.lib.getSchoolById(s.db, id))!;
            await pack(school, join(o.outDir, `${school.name.replace(/[\\/:*?"<>|]/g, '_')} ${semesterId} 过程性资料.zip`));
          }
          return;
        }
        if (!o.school || !o.out) return fail(deps, ['请写 --school <学校> --out <文件.zip>，或 --all --out-dir <文件夹>']);
        const school = await schoolNamed(s, deps, o.school);
        if (school) await pack(school, o.out);
      }),
    );
}
