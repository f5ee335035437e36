/**
 * The county office's commands (the same app functions as the chat's office commands):
 *   school import <file> [--skip-bad]     school list [--json]
 *   school changes [list] [--json] | approve <id> | reject <id>   (facts changed from the school side)
 *   school add --name … --stage … [--rank-stage …] --ownership … --students … --classes … [--contact …] [--boarding 是|否]
 *   semester set <id> --start YYYY-MM-DD --end YYYY-MM-DD      semester list
 *   room add --name … [--topic …] [--webhook <url>]     room list
 *   remind --now | --plan
 *   ranking [--stage 小学] [--json]       completion
 *   export-xlsx --out <file.xlsx>          card --school <name> --out <file.png>
 * Storage comes from the environment (src/config.ts) and is migrated first.
 * Bad input: one Chinese line on stderr, exit code 2.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Knex } from 'knex';
import type { Rubric } from '../core/rubric/schema.ts';
import type { ReminderKind } from '../core/reminders/schedule.ts';
import { fail, type CliDeps } from './deps.ts';
import { shownInput } from '../core/text/privacy.ts';

// Storage, the rubric and the renderers load inside the actions, so other commands stay fast.
const load = async () => ({
  ...(await import('../config.ts')),
  ...(await import('../storage/knex.ts')),
  ...(await import('../storage/index.ts')),
  ...(await import('../files/rubric-file.ts')),
  ...(await import('../files/schools-import.ts')),
  ...(await import('../files/card.ts')),
  ...(await import('../core/reminders/semester.ts')),
  ...(await import('../core/text/office-replies.ts')),
  ...(await import('../app/standings.ts')),
  ...(await import('../app/office.ts')),
  ...(await import('../app/reminders.ts')),
  ...(await import('../app/fact-changes.ts')),
});
type Lib = Awaited<ReturnType<typeof load>>;
export interface Store {
  db: Knex;
  rubric: Rubric;
  now: string;
  lib: Lib;
}

const BY = 'cli';

/** Opens and migrates the configured database, loads the rubric, runs `fn`, closes. */
export async function withStore(deps: CliDeps, fn: (s: Store) => Promise<void>): Promise<void> {
  const lib = await load();
  const config = lib.parseConfig(process.env);
  if (!config.ok) return fail(deps, config.errors);
  const rubric = await lib.readRubricFile(config.config.rubricFile);
  if (!rubric.ok) return fail(deps, rubric.errors);
  const db = await lib.openDatabase(config.config.storage);
  try {
    await lib.migrate(db);
    await fn({ db, rubric: rubric.rubric, now: new Date().toISOString(), lib });
  } finally {
    await db.destroy();
  }
}

function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

const KIND_WORDS: Record<ReminderKind, string> = {
  start: '开学：本学期任务',
  monthly: '月度进度',
  'before-30': '考核前 30 天',
  'before-14': '考核前 14 天',
  'before-7': '考核前 7 天',
  'before-1': '考核前 1 天',
  overdue: '考核次日：催未提交学校',
};
const STATE_WORDS = { sent: '已发送', due: '现在发送', upcoming: '待发送', skipped: '已跳过（错过或被后一条取代）' };

export function registerOffice(program: Command, deps: CliDeps): void {
  const school = group(program, 'school', '学校管理');

  school
    .command('import')
    .description('从 CSV 或 XLSX 导入学校（按学校名称更新，不会重复）')
    .argument('<file>', '.csv 或 .xlsx，如 rubric/examples/schools.csv')
    .option('--skip-bad', '跳过有错的行，只导入正确的行')
    .action((file: string, opts: { skipBad?: boolean }) =>
      withStore(deps, async ({ db, now, lib }) => {
        const report = await lib.importSchools(db, file, { skipBad: Boolean(opts.skipBad), by: BY, now });
        if (!report.ok) {
          const hint = report.badRows > 0 && !opts.skipBad ? ['未导入任何学校。请修正后重新导入，或加 --skip-bad 只导入正确的行。'] : [];
          return fail(deps, [...report.errors, ...hint]);
        }
        deps.out(`已导入 ${report.created.length + report.updated.length} 所学校（新增 ${report.created.length}，更新 ${report.updated.length}）。`);
        if (report.errors.length) deps.out([`跳过 ${report.errors.length} 行：`, ...report.errors].join('\n'));
      }),
    );

  const changes = school
    .command('changes')
    .description('学校一方提交的基本信息变更（学段、办学性质、学生数等）：查看、批准、驳回；批准前计分仍用原值');
  changes
    .command('list', { isDefault: true })
    .description('列出待审核的变更（编号、学校、原值 → 新值、提交人）')
    .option('--json', '输出 JSON 数组')
    .action((opts: { json?: boolean }) =>
      withStore(deps, async ({ db, lib }) => {
        const lines = await lib.pendingFactLines(db);
        if (opts.json) return deps.out(JSON.stringify(lines, null, 2));
        if (lines.length === 0) return deps.out('没有待审核的学校信息变更。');
        deps.out([`待审核的学校信息变更 ${lines.length} 项（批准前计分仍用原值）：`, ...lines.map(lib.pendingFactText)].join('\n'));
      }),
    );
  for (const [name, decision, word] of [
    ['approve', 'approved', '已批准'],
    ['reject', 'rejected', '已驳回'],
  ] as const) {
    changes
      .command(name)
      .description(decision === 'approved' ? '批准一项变更：写入学校信息，自评按新值计分' : '驳回一项变更：保留原值')
      .argument('<id>', '变更编号（school changes list 中的 #号）')
      .action((idText: string) => {
        const id = /^#?\d{1,9}$/.test(idText.trim()) ? Number(idText.trim().replace('#', '')) : null;
        if (id === null) return fail(deps, [`变更编号应为数字，如 3（收到“${idText.slice(0, 20)}”）。`]);
        return withStore(deps, async ({ db, now, lib }) => {
          const r = await lib.decideChange(db, id, decision, BY, now);
          if (!r.ok) return fail(deps, [r.error]);
          deps.out(`${word} ${lib.pendingFactText(r.line)}`);
        });
      });
  }

  school
    .command('list')
    .description('列出学校')
    .option('--json', '输出 JSON 数组')
    .action((opts: { json?: boolean }) =>
      withStore(deps, async ({ db, lib }) => {
        const schools = (await lib.listSchools(db)).map((s) => ({
          name: s.name,
          stage: s.stage,
          rankStage: lib.rankStageOf(s),
          ownership: s.ownership,
          students: s.students,
          classesFromGrade4: s.classesFromGrade4,
          boarding: s.boarding,
          contact: s.contact,
        }));
        if (opts.json) return deps.out(JSON.stringify(schools, null, 2));
        if (schools.length === 0) return deps.out('还没有学校。导入示例：npm run cli -- school import rubric/examples/schools.csv');
        deps.out(
          schools
            .map((s) => {
              const stage = s.stage && s.rankStage && s.stage !== s.rankStage ? `${s.stage}（按${s.rankStage}排名）` : (s.stage ?? '学段未填');
              const size = [s.students === null ? '' : `${s.students} 人`, s.classesFromGrade4 === null ? '' : `${s.classesFromGrade4} 班`];
              return [s.name, stage, s.ownership ?? '', ...size, s.contact ?? ''].filter(Boolean).join('  ');
            })
            .join('\n'),
        );
      }),
    );

  school
    .command('add')
    .description('添加或更新一所学校')
    .requiredOption('--name <name>', '学校名称')
    .requiredOption('--stage <stage>', '学段：小学/初中/高中/九年一贯制/完全中学/职业学校')
    .option('--rank-stage <stage>', '排名学段（九年一贯制：小学/初中；完全中学：初中/高中）')
    .requiredOption('--ownership <o>', '办学性质：公办/民办')
    .requiredOption('--students <n>', '学生数')
    .requiredOption('--classes <n>', '四年级及以上班级数（中学为全部班级）')
    .option('--contact <text>', '联系人')
    .option('--boarding <yn>', '是否寄宿：是/否')
    .action(
      (opts: { name: string; stage: string; rankStage?: string; ownership: string; students: string; classes: string; contact?: string; boarding?: string }) =>
        withStore(deps, async ({ db, now, lib }) => {
          const C = lib.COLUMNS;
          const parsed = lib.parseSchoolRecord({
            [C.name]: opts.name.trim(),
            [C.stage]: opts.stage.trim(),
            [C.rankStage]: opts.rankStage?.trim() ?? '',
            [C.ownership]: opts.ownership.trim(),
            [C.students]: opts.students.trim(),
            [C.classes]: opts.classes.trim(),
            [C.contact]: opts.contact?.trim() ?? '',
            [C.boarding]: opts.boarding?.trim() ?? '',
          });
          if (!parsed.ok) return fail(deps, [parsed.error]);
          const existed = (await lib.getSchoolByName(db, parsed.school.name)) !== null;
          await lib.upsertSchoolByName(db, parsed.school, BY, now);
          deps.out(`${existed ? '已更新' : '已添加'}：${parsed.school.name}（${parsed.school.stage}，按${parsed.school.rankStage}排名）`);
        }),
    );

  const semester = group(program, 'semester', '学期');
  semester
    .command('set')
    .description('设置学期起止日期（北京时间）；考核日为结束日前 15 天')
    .argument('<id>', '学期，如 2026-2027-1（第一学期）、2026-2027-2（第二学期）')
    .requiredOption('--start <date>', '开始日期 YYYY-MM-DD')
    .requiredOption('--end <date>', '结束日期 YYYY-MM-DD')
    .action((id: string, opts: { start: string; end: string }) =>
      withStore(deps, async ({ db, rubric, now, lib }) => {
        const error = semesterError(lib, id, opts.start, opts.end);
        if (error) return fail(deps, [error]);
        const s = await lib.upsertSemester(db, { id, start: opts.start, end: opts.end }, BY, now);
        const assess = lib.assessmentDate(s, rubric.meta.assessmentDaysBeforeEnd);
        deps.out(`已设置 ${lib.semesterLabel(id)}：${s.start} 至 ${s.end}，考核日 ${assess}（结束前 ${rubric.meta.assessmentDaysBeforeEnd} 天）。`);
      }),
    );
  semester
    .command('list')
    .description('列出学期、起止日期和考核日')
    .action(() =>
      withStore(deps, async ({ db, rubric, now, lib }) => {
        const current = await lib.semesterAt(db, now);
        const known = await lib.listSemesters(db);
        const all = known.some((s) => s.id === current.id) ? known : [...known, current];
        deps.out(
          all
            .map((s) => {
              const assess = lib.assessmentDate(s, rubric.meta.assessmentDaysBeforeEnd);
              const notes = [s.id === current.id ? '当前' : '', known.some((k) => k.id === s.id) ? '' : '默认日期，未设置'].filter(Boolean);
              return `${s.id}  ${lib.semesterLabel(s.id)}  ${s.start} 至 ${s.end}  考核日 ${assess}${notes.length ? `  （${notes.join('，')}）` : ''}`;
            })
            .join('\n'),
        );
      }),
    );

  const room = group(program, 'room', '通知群（提醒的群发对象）');
  room
    .command('add')
    .description('添加或修改通知群：微信群（按群名）或企业微信群机器人（webhook）')
    .requiredOption('--name <name>', '名称（微信群时即群名）')
    .option('--topic <topic>', '微信群名（与名称不同时填写）')
    .option('--webhook <url>', '企业微信群机器人的 webhook 地址（填写后通过机器人发送，不经微信）')
    .action((opts: { name: string; topic?: string; webhook?: string }) =>
      withStore(deps, async ({ db, now, lib }) => {
        const url = opts.webhook?.trim();
        if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) return fail(deps, [`--webhook 应为 http(s) 地址，收到：${shownInput(url)}`]);
        const saved = await lib.upsertRoom(db, { name: opts.name.trim(), topic: opts.topic?.trim() ?? null, webhookUrl: url ?? null }, BY, now);
        deps.out(`已保存通知群：${saved.name}（${saved.webhookUrl ? '企业微信群机器人' : `微信群“${saved.topic ?? saved.name}”`}）`);
      }),
    );
  room
    .command('list')
    .description('列出通知群')
    .action(() =>
      withStore(deps, async ({ db, lib }) => {
        const rooms = await lib.listRooms(db);
        if (rooms.length === 0) return deps.out('还没有通知群。添加：npm run cli -- room add --name 全县校长群');
        deps.out(rooms.map((r) => `${r.name}  ${r.webhookUrl ? '企业微信群机器人' : `微信群“${r.topic ?? r.name}”`}`).join('\n'));
      }),
    );

  program
    .command('remind')
    .description('提醒：--plan 查看本学期提醒计划，--now 立即发送一次进度提醒')
    .option('--now', '立即发送（进入发送队列，由运行中的助手发出）')
    .option('--plan', '查看本学期的提醒计划和发送状态')
    .action((opts: { now?: boolean; plan?: boolean }) => {
      if (Boolean(opts.now) === Boolean(opts.plan)) return fail(deps, ['请加 --plan（查看计划）或 --now（立即发送）其中一个。']);
      return withStore(deps, async ({ db, rubric, now, lib }) => {
        if (opts.now) {
          const sent = await lib.sendRemindersNow(db, rubric, now);
          const queued = sent.principals + sent.rooms > 0 ? '\n（消息在发送队列中，由运行中的助手按节奏发出。）' : '';
          return deps.out(`${lib.OFFICE_TEXT.remindersSent(sent.principals, sent.rooms)}${queued}`);
        }
        const plan = await lib.reminderPlan(db, rubric, now);
        const principals = (await lib.listPeople(db, { role: 'principal' })).filter((p) => p.contacts.some((c) => c.channel === 'wechat'));
        const rooms = await lib.listRooms(db);
        const lines = [
          `${lib.semesterLabel(plan.semester.id)}（${plan.semester.start} 至 ${plan.semester.end}），考核日 ${plan.assessmentDate}`,
          `提醒对象：已绑定校长 ${principals.length} 位（私聊，各校自己的进度），通知群 ${rooms.length} 个（只发通用通知）`,
          ...plan.reminders.map((r) => `${r.date} 09:00  ${KIND_WORDS[r.kind]}  ${STATE_WORDS[r.state]}`),
          `时间为北京时间；助手停机期间错过的提醒，恢复后若仍是最近一条且未超过 ${lib.GRACE_DAYS} 天会补发一次。`,
        ];
        deps.out(lines.join('\n'));
      });
    });

  program
    .command('ranking')
    .description('本学期（或两学期合计）各学段暂定排名；--official 为考核组核实的官方排名')
    .option('--stage <stage>', '只看一个学段：小学/初中/高中/职业学校')
    .option('--json', '输出 JSON')
    .option('--official', '官方排名（考核组核实的得分，每所学校都排名）')
    .option('--semester <id>', '与 --official 一起：哪个学期（默认本学期）')
    .action((opts: { stage?: string; json?: boolean; official?: boolean; semester?: string }) =>
      withStore(deps, async (store) => {
        const { db, rubric, now, lib } = store;
        if (opts.stage !== undefined && !lib.isRankStage(opts.stage)) return fail(deps, [lib.OFFICE_TEXT.unknownStage(opts.stage)]);
        if (opts.official) return (await import('./county.ts')).officialRankingCommand(deps, store, opts);
        const stage = opts.stage as Parameters<Lib['rankingView']>[1];
        const ranking = await lib.computeRanking(db, rubric, await lib.semesterAt(db, now));
        if (!opts.json) return deps.out(lib.rankingText(lib.rankingView(ranking, stage)));
        const entries = ranking.entries.filter((e) => !stage || e.stage === stage);
        deps.out(JSON.stringify({ ...ranking, entries }, null, 2));
      }),
    );

  program
    .command('completion')
    .description('本学期各学段自评完成情况')
    .action(() =>
      withStore(deps, async ({ db, rubric, now, lib }) => deps.out(lib.completionText(await lib.completion(db, rubric, now)))),
    );

  program
    .command('export-xlsx')
    .description('导出本学期全部学校的得分表（.xlsx）')
    .requiredOption('--out <file>', '输出文件，如 data/out/得分.xlsx')
    .action((opts: { out: string }) =>
      withStore(deps, async ({ db, rubric, now, lib }) => {
        if (!opts.out.toLowerCase().endsWith('.xlsx')) return fail(deps, [`--out 应以 .xlsx 结尾：${opts.out}`]);
        await mkdir(dirname(opts.out), { recursive: true });
        const { count, semester } = await lib.writeExport(db, rubric, now, opts.out);
        deps.out(`已导出 ${lib.semesterLabel(semester.id)} ${count} 所学校的得分表：${opts.out}`);
      }),
    );

  program
    .command('card')
    .description('生成一所学校本学期的得分卡（PNG）')
    .requiredOption('--school <name>', '学校名称（可用部分名称）')
    .requiredOption('--out <file>', '输出文件，如 data/out/card.png')
    .action((opts: { school: string; out: string }) =>
      withStore(deps, async ({ db, rubric, now, lib }) => {
        if (!opts.out.toLowerCase().endsWith('.png')) return fail(deps, [`--out 应以 .png 结尾：${opts.out}`]);
        const semester = await lib.semesterAt(db, now);
        const found = lib.findSchool(await lib.loadStandings(db, rubric, semester.id), opts.school);
        if (!found.ok) return fail(deps, [found.text.split('\n').join(' ')]);
        const { school: s, result } = found.standing;
        if (!result) return fail(deps, [`${s.name} 在${lib.semesterLabel(semester.id)}还没有自评，无法生成得分卡。`]);
        await mkdir(dirname(opts.out), { recursive: true });
        await lib.writeScoreCard(opts.out, { school: s.name, semester: lib.semesterLabel(semester.id), result });
        deps.out(`已生成 ${s.name} 的得分卡（${result.total} 分${result.provisional ? '，暂定' : ''}）：${opts.out}`);
      }),
    );
}

/** Why a `semester set` is wrong, or null. */
function semesterError(lib: Lib, id: string, start: string, end: string): string | null {
  if (!lib.isSemesterId(id)) return `学期应写成 2026-2027-1 或 2026-2027-2，收到：${shownInput(id)}`;
  if (!lib.isYmd(start)) return `--start 应为日期 YYYY-MM-DD，收到：${shownInput(start)}`;
  if (!lib.isYmd(end)) return `--end 应为日期 YYYY-MM-DD，收到：${shownInput(end)}`;
  if (start >= end) return `开始日期 ${start} 应早于结束日期 ${end}`;
  const from = Number(id.slice(0, 4));
  if (start < `${from}-01-01` || end > `${from + 1}-12-31`) return `${id} 的日期应在 ${from}–${from + 1} 年内，收到：${shownInput(start)} 至 ${shownInput(end)}`;
  return null;
}
