/**
 * `chat --as <name> --school <name>`: the console chat in script form (one message per line on
 * standard input, replies on standard output), through the same app as `npm start`.
 * `export --school <name> [--semester <id>]`: a school's stored answers as an answers file, so
 * that `score` on it gives exactly the score the chat showed.
 */
import type { Command } from 'commander';
import { answersFileText } from '../core/rubric/template.ts';
import { fail, type CliDeps } from './deps.ts';

// Storage, the app and the rubric load lazily, inside the actions: `ask` and `score` stay fast.
const load = async () => ({
  ...(await import('pino')),
  ...(await import('../config.ts')),
  ...(await import('../build.ts')),
  ...(await import('../channels/console.ts')),
  ...(await import('../storage/knex.ts')),
  ...(await import('../files/rubric-file.ts')),
  ...(await import('../storage/index.ts')),
  ...(await import('../app/standings.ts')),
  ...(await import('../core/assessment/machine.ts')),
});

export function registerChat(program: Command, deps: CliDeps): void {
  program
    .command('chat')
    .description('脚本式对话：从标准输入逐行读消息，输出回复（本机操作员身份）')
    .requiredOption('--as <name>', '说话人姓名（记录在修改历史中）')
    .option('--school <name>', '代哪所学校自评')
    .action(async (opts: { as: string; school?: string }) => {
      const { parseConfig, pino, buildApp, getSchoolByName, listSchools, getConversation, saveConversation, runConsole } =
        await load();
      const config = parseConfig(process.env);
      if (!config.ok) return fail(deps, config.errors);
      const log = pino({ level: 'warn' }, pino.destination(2));
      const app = await buildApp(config.config, log);
      if (!app.ok) return fail(deps, app.errors);
      const { db, inbox, deps: appDeps } = app.value;
      try {
        const sender = { id: `operator:${opts.as}`, name: opts.as };
        if (opts.school) {
          const school = await getSchoolByName(db, opts.school);
          if (!school) {
            const names = (await listSchools(db)).map((s) => s.name).join('、');
            return fail(deps, [`没有这所学校：${opts.school}。现有：${names || '（无）'}`]);
          }
          const key = `cli:${sender.id}`;
          const conv = await getConversation(db, key);
          if (conv.schoolId !== school.id) {
            await saveConversation(db, key, { ...conv, mode: 'idle', schoolId: school.id }, appDeps.now());
          }
        }
        await runConsole(inbox, {
          input: process.stdin,
          output: process.stdout,
          interactive: false,
          channel: 'cli',
          sender,
          now: appDeps.now,
        });
      } finally {
        await db.destroy();
      }
    });

  program
    .command('export')
    .description('导出一所学校某学期的答题文件（YAML），可再用 score 命令计分')
    .requiredOption('--school <name>', '学校名称')
    .option('--semester <id>', '学期，如 2026-2027-1（默认当前学期）')
    .action(async (opts: { school: string; semester?: string }) => {
      const l = await load();
      const { parseConfig, readRubricFile, openDatabase, migrate, getSchoolByName, semesterAt } = l;
      const { listAssessments, migrateState, getAnswers, completeFacts } = l;
      const config = parseConfig(process.env);
      if (!config.ok) return fail(deps, config.errors);
      const rubric = await readRubricFile(config.config.rubricFile);
      if (!rubric.ok) return fail(deps, rubric.errors);
      const db = await openDatabase(config.config.storage);
      try {
        await migrate(db);
        const school = await getSchoolByName(db, opts.school);
        if (!school) return fail(deps, [`没有这所学校：${opts.school}`]);
        const semesterId = opts.semester ?? (await semesterAt(db, new Date().toISOString())).id;
        const assessment = (await listAssessments(db, { semesterId })).find((a) => a.schoolId === school.id);
        if (!assessment || assessment.state == null) {
          return fail(deps, [`${school.name} 在 ${semesterId} 学期还没有自评记录`]);
        }
        const state = migrateState(assessment.state);
        const answers = await getAnswers(db, assessment.id);
        deps.out(answersFileText(rubric.rubric, school.name, semesterId, completeFacts(state.facts), answers));
      } finally {
        await db.destroy();
      }
    });
}
