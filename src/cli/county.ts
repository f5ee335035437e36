/**
 * The county's own assessment on the command line (issue 12):
 *   inspect --school <name> --semester <id> --file <answers.yaml> --as <inspector>
 *   results confirm|reopen|publish --semester <id> [--reason …]
 *   ranking --official [--semester <id>] [--stage …] [--json]   (option of `ranking`, cli/office.ts)
 *   annual --year 2026-2027 [--json]
 *   form --school <name> --semester <id> --out <file.xlsx|.pdf>  |  form --all --semester <id> --out-dir <dir>
 * Bad input: one Chinese line on stderr, exit 2, nothing stored.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { Knex } from 'knex';
import { fail, type CliDeps } from './deps.ts';
import { withStore, type Store } from './office.ts';
import { shownInput } from '../core/text/privacy.ts';
import type { RankStage, Rubric } from '../core/rubric/schema.ts';

const lib = async () => ({
  ...(await import('../app/inspection.ts')),
  ...(await import('../app/results.ts')),
  ...(await import('../files/answers-file.ts')),
  ...(await import('../files/form.ts')),
  ...(await import('../storage/index.ts')),
  ...(await import('../core/reminders/semester.ts')),
  ...(await import('../core/rubric/engine.ts')),
});

const YEAR = /^(\d{4})-(\d{4})$/;

/** The semester id given, which must have been set (`semester set`); else the error line. */
async function setSemester(db: Knex, id: string | undefined): Promise<string | { error: string }> {
  const L = await lib();
  if (!id || !L.isSemesterId(id)) return { error: `--semester 应为学期编号，如 2026-2027-1（收到：${shownInput(id ?? '')}）。` };
  if (!(await L.getSemester(db, id))) return { error: `学期 ${id} 还没有设置，请先 cli semester set ${id} --start … --end …。` };
  return id;
}

export async function officialRankingCommand(deps: CliDeps, store: Store, opts: { stage?: string; json?: boolean; semester?: string }): Promise<void> {
  const L = await lib();
  const semesterId = opts.semester ?? (await store.lib.semesterAt(store.db, store.now)).id;
  if (!L.isSemesterId(semesterId)) return fail(deps, [`--semester 应为学期编号，如 2026-2027-1（收到：${shownInput(semesterId)}）。`]);
  const ranking = L.officialRanking(await L.officialSemester(store.db, store.rubric, semesterId), store.rubric, opts.stage as RankStage | undefined);
  deps.out(opts.json ? JSON.stringify(ranking, null, 2) : L.officialRankingText(ranking));
}

export function registerCounty(program: Command, deps: CliDeps): void {
  program
    .command('inspect')
    .description('考核组从文件录入核实的答案（export 格式），与私聊“考核 学校”写入同样的记录')
    .requiredOption('--school <name>', '学校全名')
    .requiredOption('--semester <id>', '学期，如 2026-2027-1')
    .requiredOption('--file <answers.yaml>', '答题文件（cli export / template 的格式）')
    .requiredOption('--as <name>', '考核组成员的姓名（邀请码上的姓名）')
    .action((opts: { school: string; semester: string; file: string; as: string }) =>
      withStore(deps, async ({ db, rubric, now }) => {
        const L = await lib();
        const school = await L.getSchoolByName(db, opts.school);
        if (!school) return fail(deps, [`没有这所学校：${shownInput(opts.school)}。`]);
        const semesterId = await setSemester(db, opts.semester);
        if (typeof semesterId !== 'string') return fail(deps, [semesterId.error]);
        if (!(await L.isInspectorName(db, opts.as))) return fail(deps, [`${shownInput(opts.as)} 不是考核组成员（cli admin invite --role inspector --name 姓名）。`]);
        if (await L.resultsLocked(db, semesterId)) return fail(deps, [L.INSPECT_APP_TEXT.locked(semesterId)]);
        const file = await L.readAnswersFile(opts.file, rubric);
        if (!file.ok) return fail(deps, [file.error]);
        const f = file.value;
        if (f.school && f.school !== school.name) return fail(deps, [`${opts.file}: 文件中的学校“${shownInput(f.school)}”与 --school ${school.name} 不一致，未录入。`]);
        if (f.semester && f.semester !== semesterId) return fail(deps, [`${opts.file}: 文件中的学期 ${shownInput(f.semester)} 与 --semester ${semesterId} 不一致，未录入。`]);
        const r = await db.transaction((trx) => L.inspectFromFile(trx, { rubric, now: () => now }, { schoolId: school.id, semesterId, by: opts.as, file: f.input }));
        deps.out(`已录入 ${school.name} ${L.semesterLabel(semesterId)} 核实答案 ${r.answered} 题（${opts.as}）。官方得分：${r.result.provisional ? '（暂定）' : ''}${r.result.total}/${r.result.max} 分。`);
      }),
    );

  const results = program.command('results').description('考核结果：确认（冻结官方得分）、重新打开、公布');
  const semesterOpt = ['--semester <id>', '学期，如 2026-2027-1'] as const;
  results
    .command('confirm')
    .description('确认并冻结本学期官方得分；有学校未考核时拒绝并列出')
    .requiredOption(...semesterOpt)
    .action((opts: { semester: string }) => resultsAction(deps, opts.semester, async (L, db, rubric, now) => L.confirmSemester(db, rubric, opts.semester, 'cli', now)));
  results
    .command('reopen')
    .description('重新打开已确认的结果（记录原因）')
    .requiredOption(...semesterOpt)
    .requiredOption('--reason <text>', '原因')
    .action((opts: { semester: string; reason: string }) =>
      resultsAction(deps, opts.semester, async (L, db, _rubric, now) => L.reopenSemester(db, opts.semester, opts.reason, 'cli', now)),
    );
  results
    .command('publish')
    .description('公布：各校校长私聊收到本校官方结果和得分卡，通知群收到不含学校数据的通知')
    .requiredOption(...semesterOpt)
    .action((opts: { semester: string }) =>
      resultsAction(deps, opts.semester, async (L, db, rubric, now, outDir) => L.publishSemester(db, rubric, opts.semester, 'cli', now, outDir)),
    );

  program
    .command('annual')
    .description('学年官方结果：两学期得分、合计、学段排名、标记（两学期都确认前标为部分）')
    .requiredOption('--year <year>', '学年，如 2026-2027')
    .option('--json', '输出 JSON')
    .action((opts: { year: string; json?: boolean }) =>
      withStore(deps, async ({ db, rubric }) => {
        const m = YEAR.exec(opts.year);
        if (!m || Number(m[2]) !== Number(m[1]) + 1) return fail(deps, [`--year 应为学年，如 2026-2027（收到：${shownInput(opts.year)}）。`]);
        const L = await lib();
        const v = await L.annualView(db, rubric, opts.year);
        deps.out(opts.json ? JSON.stringify(v, null, 2) : L.annualText(v));
      }),
    );

  program
    .command('form')
    .description('考核表（.xlsx 或 .pdf）：官方得分，未考核时为自评得分并注明')
    .option('--school <name>', '学校全名')
    .option('--all', '每所学校一份（与 --out-dir 一起）')
    .requiredOption(...semesterOpt)
    .option('--out <file>', '输出文件 .xlsx 或 .pdf')
    .option('--out-dir <dir>', '与 --all 一起：输出目录（每校一个 .xlsx；加 --pdf 输出 .pdf）')
    .option('--pdf', '与 --all 一起：输出 .pdf')
    .action((opts: { school?: string; all?: boolean; semester: string; out?: string; outDir?: string; pdf?: boolean }) =>
      withStore(deps, async ({ db, rubric }) => {
        const L = await lib();
        const semesterId = await setSemester(db, opts.semester);
        if (typeof semesterId !== 'string') return fail(deps, [semesterId.error]);
        if (opts.all) {
          if (!opts.outDir) return fail(deps, ['--all 需要 --out-dir <目录>。']);
          const schools = await L.listSchools(db);
          await mkdir(opts.outDir, { recursive: true });
          for (const s of schools) await writeForm(db, rubric, s.id, semesterId, join(opts.outDir, `考核表-${s.name}.${opts.pdf ? 'pdf' : 'xlsx'}`));
          return deps.out(`已写出 ${schools.length} 份考核表：${opts.outDir}`);
        }
        if (!opts.school || !opts.out) return fail(deps, ['请给出 --school <学校> 和 --out <文件.xlsx|.pdf>，或 --all --out-dir <目录>。']);
        if (!/\.(xlsx|pdf)$/i.test(opts.out)) return fail(deps, [`--out 应以 .xlsx 或 .pdf 结尾：${shownInput(opts.out)}`]);
        const school = await L.getSchoolByName(db, opts.school);
        if (!school) return fail(deps, [`没有这所学校：${shownInput(opts.school)}。`]);
        await mkdir(dirname(opts.out), { recursive: true });
        const source = await writeForm(db, rubric, school.id, semesterId, opts.out);
        deps.out(`已写出 ${school.name} 考核表（${source === 'official' ? '官方得分' : '尚未考核，自评得分'}）：${opts.out}`);
      }),
    );
}

type L = Awaited<ReturnType<typeof lib>>;

async function resultsAction(
  deps: CliDeps,
  semester: string,
  fn: (L: L, db: Knex | Knex.Transaction, rubric: Rubric, now: string, outDir: string) => Promise<{ ok: true; text: string } | { ok: false; error: string }>,
): Promise<void> {
  return withStore(deps, async ({ db, rubric, now, lib: office }) => {
    const id = await setSemester(db, semester);
    if (typeof id !== 'string') return fail(deps, [id.error]);
    const config = office.parseConfig(process.env);
    const outDir = config.ok ? config.config.outDir : 'data/out';
    const L = await lib();
    const r = await db.transaction((trx) => fn(L, trx, rubric, now, outDir));
    if (!r.ok) return fail(deps, [r.error]);
    deps.out(r.text);
  });
}

/** Writes one school's 考核表: official scores after an inspection, else the self-check's (labelled). */
async function writeForm(db: Knex, rubric: Rubric, schoolId: number, semesterId: string, path: string): Promise<'official' | 'self'> {
  const L = await lib();
  const school = (await L.getSchoolById(db, schoolId))!;
  const official = (await L.officialSemester(db, rubric, semesterId)).rows.find((r) => r.school.id === schoolId)?.result ?? null;
  const semester = await L.semesterById(db, semesterId);
  const result =
    official ??
    L.scoreSemester(rubric, { facts: (await import('../app/standings.ts')).schoolFacts(school), answers: await L.schoolAnswersOf(db, schoolId, semesterId) });
  const data = { rubric, school: school.name, semester: L.semesterLabel(semesterId), date: L.assessmentDate(semester, rubric.meta.assessmentDaysBeforeEnd), result, source: official ? ('official' as const) : ('self' as const) };
  await (path.toLowerCase().endsWith('.pdf') ? L.writeFormPdf(path, data) : L.writeFormXlsx(path, data));
  return data.source;
}
