/**
 * The county office's commands in a private chat (the caller checks the office role):
 *   完成情况        per stage: submitted / in progress / not started, with the school names
 *   排名 [学段]     the ranking (semester, or annual, see standings.ts) with the flags in words
 *   学校 <名称>     that school's result, with its score card
 *   导出            the results workbook (.xlsx) as a file
 *   发送提醒        reminders now (reminders.ts)
 * The same functions serve the CLI (`export-xlsx`, `card`, `ranking`, `completion`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import type { FileAttachment } from './types.ts';
import { RANK_STAGES, type RankStage, type Rubric } from '../core/rubric/schema.ts';
import { answeredGains } from '../core/rubric/engine.ts';
import type { SemesterResult } from '../core/rubric/result.ts';
import {
  assessmentDate,
  daysBetween,
  schoolYearOf,
  semesterLabel,
  shanghaiClock,
  shanghaiDate,
  shanghaiDateTime,
  type Semester,
} from '../core/reminders/semester.ts';
import {
  completionText,
  OFFICE_TEXT,
  rankingText,
  schoolText,
  type CompletionView,
  type RankingView,
} from '../core/text/office-replies.ts';
// exceljs and the canvas are heavy (~1 s to load): they load on first use, not at start-up.
import type { ExportRow } from '../files/xlsx.ts';
import {
  computeRanking,
  isRankStage,
  loadStandings,
  semesterAt,
  STATUS_WORDS,
  type Ranking,
  type Standing,
} from './standings.ts';
import { sendRemindersNow } from './reminders.ts';
import { pendingFactLines } from './fact-changes.ts';
import { annualText, annualView, confirmSemester, officialRanking, officialRankingText, officialSemester, publishSemester } from './results.ts';

type Db = Knex | Knex.Transaction;

export interface OfficeContext {
  db: Db;
  rubric: Rubric;
  now: string;
  outDir: string;
  /** Who gives the command (recorded with 确认结果 / 公布结果). */
  by?: string;
}

export type OfficeReply = { text?: string; file?: FileAttachment };

export async function handleOfficeCommand(text: string, ctx: OfficeContext): Promise<OfficeReply[] | null> {
  const t = text.trim();
  if (t === '完成情况') return [{ text: completionText(await completion(ctx.db, ctx.rubric, ctx.now)) }];
  const rankCmd = /^排名(?:\s+(\S+))?$/.exec(t);
  if (rankCmd) {
    const stage = rankCmd[1];
    if (stage !== undefined && !isRankStage(stage)) return [{ text: OFFICE_TEXT.unknownStage(stage) }];
    const semester = await semesterAt(ctx.db, ctx.now);
    const ranking = await computeRanking(ctx.db, ctx.rubric, semester);
    // Official (verified) figures, labelled, beside the schools' own provisional ones.
    const official = await officialSemester(ctx.db, ctx.rubric, semester.id);
    const extra = official.rows.some((r) => r.result !== null) ? [`\n${officialRankingText(officialRanking(official, ctx.rubric, stage))}`] : [];
    const own = rankingText(rankingView(ranking, stage));
    return [{ text: extra.length > 0 ? [`学校自评（暂定）：${own}`, ...extra].join('\n') : own }];
  }
  const results = await resultCommand(t, ctx);
  if (results) return results;
  const schoolCmd = /^学校(?:\s+(.+))?$/.exec(t);
  if (schoolCmd) return schoolReplies(ctx, schoolCmd[1]?.trim() ?? '');
  if (t === '导出') {
    const semester = await semesterAt(ctx.db, ctx.now);
    await mkdir(ctx.outDir, { recursive: true });
    const path = join(ctx.outDir, `results-${semester.id}-${stamp(ctx.now)}.xlsx`);
    const { count } = await writeExport(ctx.db, ctx.rubric, ctx.now, path);
    const file = { path, name: `心理健康工作考核得分-${semester.id}.xlsx` };
    return [{ text: OFFICE_TEXT.exported(file.name, count) }, { file }];
  }
  if (t === '发送提醒') {
    const sent = await sendRemindersNow(ctx.db, ctx.rubric, ctx.now);
    return [{ text: OFFICE_TEXT.remindersSent(sent.principals, sent.rooms) }];
  }
  return null;
}

/** 确认结果 / 公布结果 / 年度排名 (results.ts), for the current semester. */
async function resultCommand(t: string, ctx: OfficeContext): Promise<OfficeReply[] | null> {
  const semester = await semesterAt(ctx.db, ctx.now);
  const by = ctx.by ?? 'office';
  if (t === '确认结果') {
    const r = await confirmSemester(ctx.db, ctx.rubric, semester.id, by, ctx.now);
    return [{ text: r.ok ? r.text : r.error }];
  }
  if (t === '公布结果') {
    const r = await publishSemester(ctx.db, ctx.rubric, semester.id, by, ctx.now, ctx.outDir);
    return [{ text: r.ok ? r.text : r.error }];
  }
  if (/^年度排名/.test(t)) return [{ text: annualText(await annualView(ctx.db, ctx.rubric, schoolYearOf(semester.id))) }];
  return null;
}

/** 完成情况: grouped by the stage schools rank in, in the order 小学, 初中, 高中, 职业学校. */
export async function completion(db: Db, rubric: Rubric, nowIso: string): Promise<CompletionView> {
  const semester = await semesterAt(db, nowIso);
  const standings = await loadStandings(db, rubric, semester.id);
  const assess = assessmentDate(semester, rubric.meta.assessmentDaysBeforeEnd);
  const groups = [...RANK_STAGES, null].map((stage) => {
    const mine = standings.filter((s) => s.rankStage === stage);
    const names = (words: string) => mine.filter((s) => STATUS_WORDS[s.status] === words).map((s) => s.school.name);
    return { stage: stage ?? '未填学段', submitted: names('已提交'), inProgress: names('自评中'), notStarted: names('未开始') };
  });
  return {
    semester: semesterLabel(semester.id),
    assessmentDate: assess,
    daysLeft: daysBetween(shanghaiDate(nowIso), assess),
    stages: groups.filter((g, i) => i < RANK_STAGES.length || g.submitted.length + g.inProgress.length + g.notStarted.length > 0),
    vetoed: standings.filter((s) => s.result?.veto === true).map((s) => s.school.name),
    pendingFacts: await pendingFactLines(db),
  };
}

export function rankingView(r: Ranking, stage?: RankStage): RankingView {
  const stages = (stage ? [stage] : RANK_STAGES).map((s) => ({
    stage: s,
    entries: r.entries.filter((e) => e.stage === s),
  }));
  const unranked = r.unranked.filter((u) => !stage || u.stage === stage).map((u) => u.school);
  return { title: r.title, provisional: r.provisional, stages, unranked };
}

async function schoolReplies(ctx: OfficeContext, query: string): Promise<OfficeReply[]> {
  if (query === '') return [{ text: OFFICE_TEXT.schoolUsage }];
  const semester = await semesterAt(ctx.db, ctx.now);
  const standings = await loadStandings(ctx.db, ctx.rubric, semester.id);
  if (standings.length === 0) return [{ text: OFFICE_TEXT.noSchools }];
  const found = findSchool(standings, query);
  if (!found.ok) return [{ text: found.text }];
  const s = found.standing;
  const ranking = await computeRanking(ctx.db, ctx.rubric, semester, standings);
  const entry = ranking.entries.find((e) => e.school === s.school.name);
  const r = s.result;
  const text = schoolText({
    school: s.school.name,
    stage: s.school.stage ?? '未填学段',
    semester: semesterLabel(semester.id),
    status: STATUS_WORDS[s.status],
    provisional: ctx.rubric.provisional || s.status !== 'submitted',
    result: r && {
      total: r.total,
      max: r.max,
      unanswered: r.unanswered,
      veto: r.veto,
      areas: r.areas,
      gains: answeredGains(r).slice(0, 3).map((g) => g.text),
    },
    rank: entry ? { rank: entry.rank, of: ranking.entries.filter((e) => e.stage === entry.stage).length, flag: entry.flag } : null,
    pendingFacts: await pendingFactLines(ctx.db, s.school.id),
  });
  if (!r) return [{ text }];
  return [{ text }, { file: await scoreCardFile(ctx.outDir, s.school, semester.id, r) }];
}

/** A school's score card written under `outDir`, as a file to send (here, and after 得分 and 提交 in assessment.ts). */
export async function scoreCardFile(
  outDir: string,
  school: { id: number; name: string },
  semesterId: string,
  result: SemesterResult,
): Promise<FileAttachment> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `card-${school.id}-${semesterId}.png`);
  const { writeScoreCard } = await import('../files/card.ts');
  await writeScoreCard(path, { school: school.name, semester: semesterLabel(semesterId), result });
  return { path, name: `${school.name}-得分卡.png` };
}

/** Exact name first, then a unique partial match. */
export function findSchool(
  standings: readonly Standing[],
  query: string,
): { ok: true; standing: Standing } | { ok: false; text: string } {
  const exact = standings.find((s) => s.school.name === query);
  if (exact) return { ok: true, standing: exact };
  const partial = standings.filter((s) => s.school.name.includes(query));
  if (partial.length === 1) return { ok: true, standing: partial[0]! };
  if (partial.length === 0) return { ok: false, text: OFFICE_TEXT.schoolNotFound(query) };
  return { ok: false, text: OFFICE_TEXT.schoolAmbiguous(query, partial.map((s) => s.school.name)) };
}

/** Writes the results workbook of the current semester to `path`; returns how many schools. */
export async function writeExport(db: Db, rubric: Rubric, nowIso: string, path: string): Promise<{ count: number; semester: Semester }> {
  const semester = await semesterAt(db, nowIso);
  const standings = await loadStandings(db, rubric, semester.id);
  const ranking = await computeRanking(db, rubric, semester, standings);
  // The county's verified figures beside the schools' own, once any school was inspected.
  const off = await officialSemester(db, rubric, semester.id);
  const offRanking = officialRanking(off, rubric);
  const inspected = off.rows.some((r) => r.result !== null);
  const officialOf = (name: string) => {
    const e = offRanking.entries.find((x) => x.school === name);
    return e?.inspected ? { total: e.total, rank: e.rank, flag: e.flag } : null;
  };
  const order = (s: Standing): number => {
    const e = ranking.entries.findIndex((x) => x.school === s.school.name);
    return e >= 0 ? e : ranking.entries.length + standings.indexOf(s);
  };
  const rows: ExportRow[] = [...standings]
    .sort((a, b) => order(a) - order(b))
    .map((s) => ({
      school: s.school.name,
      stage: s.school.stage ?? '',
      rankStage: s.rankStage ?? '',
      status: STATUS_WORDS[s.status],
      result: s.result,
      rank: ranking.entries.find((e) => e.school === s.school.name) ?? null,
      official: officialOf(s.school.name),
    }));
  const { writeResultsXlsx } = await import('../files/xlsx.ts');
  await writeResultsXlsx(path, {
    rubric,
    semester: semesterLabel(semester.id),
    at: shanghaiDateTime(nowIso),
    provisional: ranking.provisional,
    officialLabel: inspected ? (off.confirmed ? '官方（已确认）' : '官方（未确认）') : null,
    rows,
    notes: [
      `排名：${ranking.title}${ranking.kind === 'annual' ? '，两学期总分相加' : ''}；只排已开始自评的学校。`,
      '九年一贯制、完全中学按导入时填写的“排名学段”参加排名。',
      '同分先比达标条目数，再按校名排序；一票否决的学校排在本学段最后。',
      '各学段排名后三位、职业学校排名末位的学校，取消下一学年心理健康类评优评先资格。',
    ],
  });
  return { count: rows.length, semester };
}

/** `20270116-093000`, Asia/Shanghai. */
function stamp(nowIso: string): string {
  const [date, time] = shanghaiClock(nowIso).split('T') as [string, string];
  return `${date.replace(/-/g, '')}-${time.replace(/:/g, '')}`;
}
