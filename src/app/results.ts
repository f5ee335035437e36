/**
 * The county's official results (issue 12): the verified scores of every school (live from the
 * inspections until the semester is confirmed, then frozen), confirmation, reopening (logged with
 * its reason), publication (each bound principal privately gets the school's own result with the
 * card; notice groups get a notice with no school's data), the official ranking and the annual result.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { completeFacts } from '../core/assessment/machine.ts';
import { differences, differenceText } from '../core/assessment/inspection.ts';
import { annualOfficial, rankOfficial, type AnnualEntry } from '../core/results/official.ts';
import { scoreSemester } from '../core/rubric/engine.ts';
import type { RankEntry, SemesterResult } from '../core/rubric/result.ts';
import type { RankStage, Rubric } from '../core/rubric/schema.ts';
import { semesterLabel, semestersOfYear } from '../core/reminders/semester.ts';
import { fmt } from '../core/text/office-replies.ts';
import {
  confirmResults,
  currentInspectionAnswers,
  enqueueOutbound,
  findInspection,
  getInspectionAnswers,
  getResultStatus,
  listInspections,
  listOfficialScores,
  listPeople,
  listRooms,
  listSchools,
  setResultStatus,
  type School,
} from '../storage/index.ts';
import { rankStageOf, schoolFacts } from './standings.ts';
import { knownFacts } from './assessment.ts';
import { schoolAnswersOf } from './inspection.ts';
import { noticeAddress } from './reminders.ts';
import { isBoundChannel } from './identity.ts';

type Db = Knex | Knex.Transaction;

export interface OfficialStanding {
  school: School;
  rankStage: RankStage | null;
  /** null: no inspection yet. */
  result: SemesterResult | null;
}

export interface OfficialSemester {
  semesterId: string;
  /** Frozen by 「确认结果」 (and not reopened since). */
  confirmed: boolean;
  published: boolean;
  rows: OfficialStanding[];
}

export const RESULTS_TEXT = {
  missing: (names: readonly string[]) => `还有 ${names.length} 所学校没有考核记录，不能确认：${names.join('、')}。请考核组先“考核 学校”或 cli inspect。`,
  alreadyConfirmed: (s: string) => `${s} 的结果已确认。如需改动请先 cli results reopen --semester ${s} --reason 原因。`,
  notConfirmed: (s: string) => `${s} 的结果还没有确认，请先“确认结果”（cli results confirm --semester ${s}）。`,
  alreadyPublished: (s: string) => `${s} 的结果已经公布过了。`,
  reasonNeeded: '重新打开需要写明原因：--reason “原因”。',
  confirmed: (s: string, n: number) => `已确认 ${semesterLabel(s)} ${n} 所学校的官方得分（已冻结）。回复“公布结果”发给各校校长。`,
  reopened: (s: string) => `已重新打开 ${semesterLabel(s)} 的结果（原因已记录）。改完后请重新“确认结果”。`,
  published: (s: string, principals: number, rooms: number) => `已公布 ${semesterLabel(s)} 考核结果：私发校长 ${principals} 条，通知群 ${rooms} 条。`,
  notice: (s: string) => `【通知】${semesterLabel(s)}心理健康工作考核结果已经领导小组研究确定并公布，各校校长已收到本校结果（私聊）。如有疑问请联系县心理健康指导中心。`,
} as const;

const frozen = (st: Awaited<ReturnType<typeof getResultStatus>>): boolean => st !== null && st.status !== 'reopened';

/** Every school's official result in a semester: frozen once confirmed, else live from its inspection. */
export async function officialSemester(db: Db, rubric: Rubric, semesterId: string): Promise<OfficialSemester> {
  const st = await getResultStatus(db, semesterId);
  const schools = await listSchools(db);
  const confirmed = frozen(st);
  const published = st?.status === 'published';
  if (confirmed) {
    const scores = new Map((await listOfficialScores(db, semesterId)).map((s) => [s.schoolId, JSON.parse(s.resultJson) as SemesterResult]));
    return { semesterId, confirmed, published, rows: schools.map((school) => ({ school, rankStage: rankStageOf(school), result: scores.get(school.id) ?? null })) };
  }
  const inspections = new Map((await listInspections(db, semesterId)).map((i) => [i.schoolId, i]));
  const answers = await currentInspectionAnswers(db, semesterId);
  const rows = schools.map((school) => {
    const i = inspections.get(school.id);
    if (!i) return { school, rankStage: rankStageOf(school), result: null };
    const facts = completeFacts({ ...(knownFacts(school) ?? {}), ...(i.facts ?? {}) }) ?? schoolFacts(school);
    return { school, rankStage: rankStageOf(school), result: scoreSemester(rubric, { facts, answers: answers.get(i.id) ?? {} }) };
  });
  return { semesterId, confirmed, published, rows };
}

export interface OfficialRanking {
  official: true;
  kind: 'semester';
  period: string;
  title: string;
  confirmed: boolean;
  provisional: boolean;
  entries: (RankEntry & { inspected: boolean })[];
  unranked: { school: string; stage: RankStage | null }[];
}

/** Every school of each stage ranked by its official total (0 without an inspection). */
export function officialRanking(o: OfficialSemester, rubric: Rubric, stage?: RankStage): OfficialRanking {
  const rankable = o.rows.filter((r) => r.rankStage !== null);
  const inspected = new Set(o.rows.filter((r) => r.result !== null).map((r) => r.school.name));
  const entries = rankOfficial(rankable.map((r) => ({ school: r.school.name, stage: r.rankStage!, result: r.result })))
    .filter((e) => !stage || e.stage === stage)
    .map((e) => ({ ...e, inspected: inspected.has(e.school) }));
  return {
    official: true,
    kind: 'semester',
    period: o.semesterId,
    title: `${semesterLabel(o.semesterId)}（官方）`,
    confirmed: o.confirmed,
    provisional: rubric.provisional || !o.confirmed,
    entries,
    unranked: o.rows.filter((r) => r.rankStage === null).map((r) => ({ school: r.school.name, stage: null })),
  };
}

export interface AnnualView {
  official: true;
  year: string;
  /** Not both semesters confirmed yet. */
  partial: boolean;
  label: string;
  entries: AnnualEntry[];
}

export async function annualView(db: Db, rubric: Rubric, year: string): Promise<AnnualView> {
  const [s1, s2] = semestersOfYear(year);
  const first = await officialSemester(db, rubric, s1);
  const second = await officialSemester(db, rubric, s2);
  const partial = !(first.confirmed && second.confirmed);
  const rows = first.rows
    .filter((r) => r.rankStage !== null)
    .map((r) => ({ school: r.school.name, stage: r.rankStage!, first: r.result, second: second.rows.find((x) => x.school.id === r.school.id)?.result ?? null }));
  return { official: true, year, partial, label: `${year}学年官方年度结果${partial ? '（部分：两学期尚未都确认）' : ''}`, entries: annualOfficial(rubric, year, rows) };
}

export function annualText(v: AnnualView): string {
  const lines = [v.label];
  for (const stage of new Set(v.entries.map((e) => e.stage))) {
    lines.push(`【${stage}】`);
    for (const e of v.entries.filter((x) => x.stage === stage)) {
      const parts = e.semesters.map((s) => (s.total === null ? '—' : fmt(s.total))).join(' + ');
      lines.push(`${e.rank}. ${e.school} ${parts} = ${fmt(e.total)}${e.verdict === '不合格' ? ' 不合格' : ''}${e.flag ? ` ⚠${e.flag.split('：')[0]}` : ''}`);
    }
  }
  return lines.join('\n');
}

export function officialRankingText(r: OfficialRanking): string {
  const lines = [`官方排名 ${r.title}${r.confirmed ? '（已确认）' : '（未确认，随核实变化）'}`];
  for (const stage of new Set(r.entries.map((e) => e.stage))) {
    lines.push(`【${stage}】`);
    for (const e of r.entries.filter((x) => x.stage === stage)) {
      lines.push(`${e.rank}. ${e.school} ${fmt(e.total)}${e.inspected ? '' : '（未考核）'}${e.flag ? ` ⚠${e.flag.split('：')[0]}` : ''}`);
    }
  }
  return lines.join('\n');
}

type Outcome = { ok: true; text: string } | { ok: false; error: string };

/** 「确认结果」 / `cli results confirm`: freezes every school's official score; refuses while any school has no inspection. */
export async function confirmSemester(db: Db, rubric: Rubric, semesterId: string, by: string, now: string): Promise<Outcome> {
  if (frozen(await getResultStatus(db, semesterId))) return { ok: false, error: RESULTS_TEXT.alreadyConfirmed(semesterId) };
  const o = await officialSemester(db, rubric, semesterId);
  const missing = o.rows.filter((r) => r.result === null).map((r) => r.school.name);
  if (missing.length > 0) return { ok: false, error: RESULTS_TEXT.missing(missing) };
  const scores = o.rows.map((r) => ({ semesterId, schoolId: r.school.id, total: r.result!.total, veto: r.result!.veto, resultJson: JSON.stringify(r.result), rubricVersion: rubric.version }));
  await confirmResults(db, semesterId, scores, rubric.version, by, now);
  return { ok: true, text: RESULTS_TEXT.confirmed(semesterId, scores.length) };
}

export async function reopenSemester(db: Db, semesterId: string, reason: string, by: string, now: string): Promise<Outcome> {
  if (!frozen(await getResultStatus(db, semesterId))) return { ok: false, error: RESULTS_TEXT.notConfirmed(semesterId) };
  if (reason.trim() === '') return { ok: false, error: RESULTS_TEXT.reasonNeeded };
  await setResultStatus(db, semesterId, 'reopened', by, now, reason.trim());
  return { ok: true, text: RESULTS_TEXT.reopened(semesterId) };
}

/**
 * 「公布结果」 / `cli results publish`: each bound principal privately gets the school's own
 * official result (total, areas, differences from its self-check, rank in stage, flag) and the
 * card; notice groups get a notice without any school's data. Queued through the outbox.
 */
export async function publishSemester(db: Db, rubric: Rubric, semesterId: string, by: string, now: string, outDir: string): Promise<Outcome> {
  const st = await getResultStatus(db, semesterId);
  if (!frozen(st)) return { ok: false, error: RESULTS_TEXT.notConfirmed(semesterId) };
  if (st?.status === 'published') return { ok: false, error: RESULTS_TEXT.alreadyPublished(semesterId) };
  const o = await officialSemester(db, rubric, semesterId);
  const ranking = officialRanking(o, rubric);
  let principals = 0;
  for (const person of await listPeople(db, { role: 'principal' })) {
    const row = o.rows.find((r) => r.school.id === person.schoolId);
    if (!row?.result) continue;
    const text = await principalText(db, rubric, row, ranking, semesterId);
    const card = await officialCard(outDir, row.school, semesterId, row.result);
    for (const c of person.contacts.filter((x) => isBoundChannel(x.channel))) {
      const key = `results:${semesterId}:person:${person.id}:${c.channel}`;
      if (await enqueueOutbound(db, { to: c.contactId, channel: c.channel, text, dedupeKey: key, notBefore: now }, now)) principals++;
      await enqueueOutbound(db, { to: c.contactId, channel: c.channel, file: card, dedupeKey: `${key}:card`, notBefore: now }, now);
    }
  }
  let rooms = 0;
  for (const room of await listRooms(db)) {
    if (await enqueueOutbound(db, { to: noticeAddress(room), text: RESULTS_TEXT.notice(semesterId), dedupeKey: `results:${semesterId}:room:${room.id}`, notBefore: now }, now)) rooms++;
  }
  await setResultStatus(db, semesterId, 'published', by, now, null);
  return { ok: true, text: RESULTS_TEXT.published(semesterId, principals, rooms) };
}

async function principalText(db: Db, rubric: Rubric, row: OfficialStanding, ranking: OfficialRanking, semesterId: string): Promise<string> {
  const r = row.result!;
  const entry = ranking.entries.find((e) => e.school === row.school.name);
  const of = entry ? ranking.entries.filter((e) => e.stage === entry.stage).length : 0;
  const selfAnswers = await schoolAnswersOf(db, row.school.id, semesterId);
  const self = scoreSemester(rubric, { facts: schoolFacts(row.school), answers: selfAnswers });
  const inspection = await findInspection(db, row.school.id, semesterId);
  const rows = inspection ? await getInspectionAnswers(db, inspection.id) : {};
  const verified = Object.fromEntries(Object.entries(rows).map(([id, a]) => [id, a.value]));
  const marks = Object.fromEntries(Object.entries(rows).flatMap(([id, a]) => (a.verdict ? [[id, { verdict: a.verdict, note: a.note }]] : [])));
  const diff = differenceText(differences(rubric, selfAnswers, verified, marks, r, self), 6);
  return [
    `【${semesterLabel(semesterId)}考核结果】${row.school.name}`,
    `官方得分：${r.provisional ? '（暂定）' : ''}${fmt(r.total)}/${r.max} 分（自评 ${fmt(self.total)} 分）${r.veto ? '，一票否决' : ''}`,
    r.areas.map((a) => `${a.title} ${fmt(a.score)}/${a.max}`).join('；'),
    ...(entry ? [`${entry.stage}排名：第 ${entry.rank}/${of} 名${entry.flag ? `。${entry.flag}` : ''}`] : []),
    diff,
    '如有疑问请联系县教育局考核办公室。',
  ].join('\n');
}

async function officialCard(outDir: string, school: School, semesterId: string, result: SemesterResult) {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `official-card-${school.id}-${semesterId}.png`);
  const { writeScoreCard } = await import('../files/card.ts');
  await writeScoreCard(path, { school: school.name, semester: `${semesterLabel(semesterId)} 官方结果`, result });
  return { path, name: `${school.name}-考核结果.png` };
}
