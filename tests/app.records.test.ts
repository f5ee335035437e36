/**
 * Issue 11: trustworthy records, driven through handleInbound as WeChat delivers messages.
 * Each test names the finding it guards; each failed on the code before the fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, type TestClock } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import type { App } from '../src/build.ts';
import type { Inbound, Reply } from '../src/app/types.ts';
import { bindContact, createPerson } from '../src/storage/people.ts';
import { getSchoolByName } from '../src/storage/schools.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers, getAnswerHistory } from '../src/storage/answers.ts';
import { migrateState } from '../src/core/assessment/machine.ts';

export const OWN = '示例县第一初级中学';

export type Who = 'principal' | 'staffA' | 'staffB' | 'office';
/** Contacts with WeChat nicknames that differ from the names on their invites. */
export const CONTACTS: Record<Who, { id: string; name: string; invite: string }> = {
  principal: { id: 'wx-p', name: '🌸春风', invite: '王校长' },
  staffA: { id: 'wx-a', name: '小李', invite: '李老师' },
  staffB: { id: 'wx-b', name: '阿张', invite: '张老师' },
  office: { id: 'wx-o', name: '老赵', invite: '赵科长' },
};

export interface World {
  app: App & { clock: TestClock; dir: string };
  schoolId: number;
  seq: number;
}

export async function world(): Promise<World> {
  const app = await makeApp();
  const now = app.clock.now();
  const schoolId = (await getSchoolByName(app.db, OWN))!.id;
  const roles: Record<Who, ['principal' | 'staff' | 'office', number | null]> = {
    principal: ['principal', schoolId],
    staffA: ['staff', schoolId],
    staffB: ['staff', schoolId],
    office: ['office', null],
  };
  for (const who of Object.keys(roles) as Who[]) {
    const [role, sid] = roles[who];
    const p = await createPerson(app.db, { role, schoolId: sid, displayName: CONTACTS[who].invite }, 'test', now);
    await bindContact(app.db, { personId: p.id, channel: 'wechat', contactId: CONTACTS[who].id, alias: `mh-${who}` }, now);
  }
  return { app, schoolId, seq: 0 };
}

/** `who` sends `text`; `sentAgo` ms before the bot handles it (the clock moves `gap` ms first). */
export async function send(w: World, who: Who, text: string, opts: { gap?: number; at?: string; id?: string } = {}): Promise<string> {
  w.app.clock.advance(opts.gap ?? 10_000);
  w.seq += 1;
  const c = CONTACTS[who];
  const at = opts.at ?? new Date(Date.parse(w.app.clock.now()) - 100).toISOString();
  const msg: Inbound = { id: opts.id ?? `rec-${w.seq}`, channel: 'wechat', from: { id: c.id, name: c.name }, text, kind: 'text', at };
  const replies: Reply[] = await handleInbound(msg, w.app.deps);
  return replies.map((r) => r.text ?? '').join('\n---\n');
}

export async function stateOf(w: World) {
  const a = (await listAssessments(w.app.db, { semesterId: '2026-2027-1' })).find((x) => x.schoolId === w.schoolId)!;
  return { assessment: a, state: migrateState(a.state), answers: await getAnswers(w.app.db, a.id) };
}

/** Starts the self-assessment as `who` and confirms the facts: everyone is then at question 1. */
export async function startAtQ1(w: World, ...who: Who[]): Promise<void> {
  const [first, ...rest] = who;
  const r = await send(w, first!, '自评');
  if (r.includes('仍然准确')) await send(w, first!, '是');
  for (const p of rest) expect(await send(w, p, '自评')).toContain('第 1/41 题');
}

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.app.db.destroy();
});

describe('issue 11 §1: answers land where the person meant them', () => {
  it('files each person\'s answer under the question they were shown; a question answered meanwhile is said so', async () => {
    await startAtQ1(w, 'staffA', 'staffB');
    // A answers question 1; B's 否, meant for question 1, must not become 「0 次」 for question 2.
    expect(await send(w, 'staffA', '是')).toContain('已记录第1题：是');
    const b = await send(w, 'staffB', '否');
    expect(b).toContain('第1题刚刚已由他人回答：是');
    expect(b).toContain('第 2/41 题');
    const { answers } = await stateOf(w);
    expect(answers).toEqual({ 'q-2-group': true });
    // Now B answers question 2, which B was shown; A, still at question 2 too, is told.
    expect(await send(w, 'staffB', '3次')).toContain('已记录第2题：3 次');
    expect(await send(w, 'staffA', '5次')).toContain('第2题刚刚已由他人回答：3 次');
    expect((await stateOf(w)).answers['q-2-meetings']).toBe(3);
  });

  it('files an answer under the question shown even when someone else moved the school on (跳过)', async () => {
    await startAtQ1(w, 'staffA', 'staffB');
    await send(w, 'staffA', '跳过');
    await send(w, 'staffA', '2次');
    // B was shown question 1, still unanswered: B's 是 is question 1's.
    expect(await send(w, 'staffB', '是')).toContain('已记录第1题：是');
    expect((await stateOf(w)).answers).toEqual({ 'q-2-group': true, 'q-2-meetings': 2 });
  });

  it('keeps a second 「是」 sent within 5 s for the next question, and drops a re-delivered copy', async () => {
    await startAtQ1(w, 'staffA');
    await send(w, 'staffA', '是'); // question 1
    await send(w, 'staffA', '2次'); // question 2
    const first = await send(w, 'staffA', '是'); // question 3
    expect(first).toContain('已记录第3题：是');
    const sentAt = new Date(Date.parse(w.app.clock.now()) - 100).toISOString();
    // Two seconds later the same text again, now answering question 4 (a count): a real answer, asked again.
    const second = await send(w, 'staffA', '是', { gap: 2000 });
    expect(second).not.toBe('');
    expect(second).toContain('请回复数字');
    // A puppet re-delivers the question-3 「是」 with a new id and its original time: dropped.
    expect(await send(w, 'staffA', '是', { gap: 500, at: sentAt })).toBe('');
    // And a second 「是」 for a yes/no question within 5 s is stored.
    await send(w, 'staffA', '1次'); // question 4
    await send(w, 'staffA', '是'); // question 5
    expect(await send(w, 'staffA', '是', { gap: 2000 })).toContain('已记录第6题：是');
    const { answers } = await stateOf(w);
    expect(answers['q-4-plan']).toBe(true);
    expect(answers['q-4-emergency']).toBe(true);
  });

  it('asks again after vague answers and stores 不知道 only once confirmed (never 是 / 否 / 0)', async () => {
    await startAtQ1(w, 'staffA');
    const yn = await send(w, 'staffA', '有一部分');
    expect(yn).toContain('是还是否');
    expect(await send(w, 'staffA', '差不多吧')).toContain('是还是否');
    expect((await stateOf(w)).answers).toEqual({});
    await send(w, 'staffA', '是');
    const count = await send(w, 'staffA', '记不清');
    expect(count).toContain('不知道');
    expect(count).toContain('确认');
    expect((await stateOf(w)).answers).toEqual({ 'q-2-group': true });
    expect(await send(w, 'staffA', '确认')).toContain('已记录第2题：不知道');
    await send(w, 'staffA', '是');
    expect(await send(w, 'staffA', '没统计')).toContain('不知道');
    expect(await send(w, 'staffA', '4次')).toContain('已记录第4题：4 次');
    expect((await stateOf(w)).answers).toEqual({ 'q-2-group': true, 'q-2-meetings': null, 'q-2-weekly': true, 'q-3-meetings': 4 });
  });
});

describe('issue 11 §7: names', () => {
  it('records the bound person\'s name from the invite, never the WeChat nickname', async () => {
    await startAtQ1(w, 'staffA');
    await send(w, 'staffA', '是');
    const { assessment } = await stateOf(w);
    const history = await getAnswerHistory(w.app.db, assessment.id);
    expect(history.map((h) => h.by)).toEqual(['李老师']);
    expect(assessment.updatedBy).toBe('李老师');
  });
});

import { rubricQuestions } from '../src/core/assessment/questions.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import { cardText } from '../src/files/card.ts';
import { resultPhone } from '../src/core/text/assessment-replies.ts';
import type { AnswerValue, Question } from '../src/core/rubric/schema.ts';

/** Answers every question as `who` from where they stand: 是, 2 次, ①, 8 小时, 20000 元; `over` by question id. */
export async function answerAll(w: World, who: Who, over: Record<string, string> = {}): Promise<string> {
  const qs = rubricQuestions(w.app.deps.rubric);
  let last = '';
  for (let guard = 0; guard < 100; guard++) {
    const { state } = await stateOf(w);
    const view = state.views?.[`person:${await personId(w, who)}`];
    const cursor = view?.cursor ?? state.cursor;
    if (cursor === null) return last;
    if (cursor === 'facts-check') {
      last = await send(w, who, '是');
      continue;
    }
    const q = qs.find((x) => x.id === cursor)?.question;
    if (!q) throw new Error(`cursor ${cursor}`);
    const text = over[q.id] ?? plain(q);
    last = await send(w, who, text);
    if (q.id === 'q-99-veto' && text === '是') last = await send(w, who, '确认');
  }
  throw new Error('did not finish');
}

function plain(q: Question): string {
  if (q.id === 'q-99-veto') return '否';
  if (q.type === 'yesno') return '是';
  if (q.type === 'choice') return '1';
  if (q.type === 'hours') return '8小时';
  if (q.type === 'amount') return '20000元';
  return '2次';
}

const ids = new Map<Who, number>();
async function personId(w: World, who: Who): Promise<number> {
  const row = await w.app.db('bindings').where({ contact_id: CONTACTS[who].id }).first('person_id');
  ids.set(who, row.person_id as number);
  return row.person_id as number;
}

describe('issue 11 §4: the veto is never dressed as success', () => {
  it('leads the 提交 reply, 得分, the card and the office views with 一票否决 · 年度考核不合格', async () => {
    await startAtQ1(w, 'principal');
    await answerAll(w, 'principal', { 'q-99-veto': '是' });
    await send(w, 'principal', '提交');
    const submitted = await send(w, 'principal', '确认提交');
    expect(submitted.split('\n')[0]).toBe('一票否决 · 年度考核不合格');
    expect(submitted).not.toMatch(/^已提交.*得分/);
    const score = await send(w, 'principal', '得分');
    expect(score.split('\n')[0]).toBe('一票否决 · 年度考核不合格');
    const result = scoreSemester(w.app.deps.rubric, { facts: (await stateOf(w)).state.facts as never, answers: (await stateOf(w)).state.answers });
    expect(cardText(result)).toMatchObject({ kicker: '一票否决 · 年度考核不合格', total: '不合格' });
    const school = await send(w, 'office', `学校 ${OWN}`);
    expect(school.split('\n')[0]).toBe('⚠ 一票否决 · 年度考核不合格');
    const completion = await send(w, 'office', '完成情况');
    expect(completion.split('\n')[0]).toContain('一票否决 · 年度考核不合格');
    expect(completion.split('\n')[0]).toContain(OWN);
    const ranking = await send(w, 'office', '排名');
    expect(ranking).toMatch(new RegExp(`\\d+\\. ${OWN} 一票否决 · 年度考核不合格`));
  });

  it('lists unanswered items on the card, never 「各项要求均已达到」 while items are unanswered', () => {
    const rubric = w.app.deps.rubric;
    const answers: Record<string, AnswerValue> = {};
    // Everything met except item 4, left unanswered.
    for (const q of rubricQuestions(rubric)) if (q.item?.no !== 4) answers[q.id] = q.kind === 'veto' ? false : met(q.question);
    const facts = { stage: '初中', ownership: '公办', students: 900, classesFromGrade4: 18, boarding: false } as const;
    const result = scoreSemester(rubric, { facts, answers });
    const card = cardText(result);
    expect(card.gains.join('\n')).not.toContain('各项要求均已达到');
    expect(card.gains[0]).toContain('第4条');
    expect(card.gains[0]).toContain('未作答');
  });

  it('gives one deduction line per cause (第11条 −3 has two)', () => {
    const rubric = w.app.deps.rubric;
    const answers: Record<string, AnswerValue> = {};
    for (const q of rubricQuestions(rubric)) answers[q.id] = q.kind === 'veto' ? false : met(q.question);
    answers['q-11-staff-training'] = 0;
    answers['q-11-teacher-training'] = 1;
    const facts = { stage: '初中', ownership: '公办', students: 900, classesFromGrade4: 18, boarding: false } as const;
    const result = scoreSemester(rubric, { facts, answers });
    const item11 = result.items.find((i) => i.no === 11)!;
    expect(item11.max - item11.score).toBe(3);
    const phone = resultPhone(result, rubric, { tail: '回复“继续”接着答。' });
    const lines = phone.split('\n').filter((l) => l.startsWith('· 第11条 −'));
    expect(lines, phone).toHaveLength(2);
    expect(lines.join('\n')).toContain('教职工');
    expect(lines.join('\n')).toContain('班主任');
  });
});

/** A value meeting any requirement: yes, 30 (counts), 60 h, 1,000,000 元, the first choice. */
function met(q: Question): AnswerValue {
  if (q.type === 'yesno') return true;
  if (q.type === 'choice') return q.choices![0]!.id;
  if (q.type === 'hours') return 60;
  if (q.type === 'amount') return 1_000_000;
  return q.id === 'q-10-fulltime' ? 5 : 30;
}

describe('issue 11 §2: who may undo what', () => {
  it('lets only the principal (or the office) reopen; 补答 walks skipped and unanswered questions, veto included', async () => {
    await startAtQ1(w, 'principal', 'staffA');
    await answerAll(w, 'principal', { 'q-2-weekly': '跳过', 'q-99-veto': '跳过' });
    await send(w, 'principal', '提交');
    expect(await send(w, 'principal', '确认提交')).toContain('已提交');
    // Staff cannot reopen the principal's submission.
    expect(await send(w, 'staffA', '重新打开')).toContain('只有校长或县教育局可以重新打开');
    expect((await stateOf(w)).assessment.status).toBe('submitted');
    expect(await send(w, 'principal', '重新打开')).toContain('补答');
    const gaps = await send(w, 'principal', '补答');
    expect(gaps).toContain('共 2 题');
    expect(gaps).toContain('第 3/41 题');
    const veto = await send(w, 'principal', '是');
    expect(veto).toContain('已记录第3题：是');
    expect(veto).toContain('第 41/41 题');
    const end = await send(w, 'principal', '否');
    expect(end).toContain('已记录第41题：否');
    expect(end).toContain('未答的题都补完了');
    const { answers } = await stateOf(w);
    expect(answers['q-2-weekly']).toBe(true);
    expect(answers['q-99-veto']).toBe(false);
    // 「修改 一票否决」 and its number in the list reach the veto question.
    expect(await send(w, 'principal', '修改 一票否决')).toContain('第 41/41 题');
    await send(w, 'principal', '跳过');
    expect(await send(w, 'principal', '修改 41')).toContain('第 41/41 题');
  });

  it('lets only the principal cancel; cancelling deletes nothing and 恢复 brings the answers back', async () => {
    await startAtQ1(w, 'principal', 'staffA');
    await send(w, 'principal', '是');
    await send(w, 'principal', '2次');
    expect(await send(w, 'staffA', '取消')).toContain('只有校长或县教育局');
    expect(await send(w, 'staffA', '确认取消')).toContain('只有校长或县教育局');
    expect((await stateOf(w)).assessment.status).toBe('in_progress');
    expect(await send(w, 'principal', '取消')).toContain('恢复');
    expect(await send(w, 'principal', '确认取消')).toContain('已取消');
    // Cancelled: the answers are still there, and 恢复 brings the assessment back as it was.
    expect((await stateOf(w)).answers).toEqual({ 'q-2-group': true, 'q-2-meetings': 2 });
    expect(await send(w, 'principal', '恢复')).toContain('已恢复 2 题');
    expect((await stateOf(w)).assessment.status).toBe('in_progress');
    // Cancel, start again from zero (history keeps everything), then 恢复 within the semester.
    await send(w, 'principal', '取消');
    await send(w, 'principal', '确认取消');
    const again = await send(w, 'principal', '自评');
    expect(again).toContain('恢复');
    expect((await stateOf(w)).answers).toEqual({});
    const { assessment } = await stateOf(w);
    const history = await getAnswerHistory(w.app.db, assessment.id);
    expect(history.filter((h) => h.newValue !== undefined).map((h) => h.questionId)).toEqual(['q-2-group', 'q-2-meetings']);
    if ((await stateOf(w)).state.cursor === 'facts-check') await send(w, 'principal', '是');
    expect(await send(w, 'principal', '恢复')).toContain('已恢复 2 题');
    expect((await stateOf(w)).answers).toEqual({ 'q-2-group': true, 'q-2-meetings': 2 });
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSchoolById } from '../src/storage/schools.ts';
import { listPendingFactChanges } from '../src/storage/fact-changes.ts';
import { scoreState } from '../src/core/assessment/machine.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out') };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('issue 11 §3: the school facts belong to the office', { timeout: 120_000 }, () => {
  it('keeps 是 / 对 / 没错 as the value, confirms a change, and keeps scoring on the office values until approved', async () => {
    expect(await send(w, 'principal', '自评')).toContain('仍然准确');
    expect(await send(w, 'principal', '否')).toContain('贵校属于哪个学段');
    // A stray 「1」 at 学段 is no longer straight into the record: it is echoed, to be confirmed.
    const stray = await send(w, 'principal', '1');
    expect(stray).toContain('学段：初中 → 小学？');
    expect(stray).toContain('审核');
    expect(await send(w, 'principal', '确认')).toContain('已提交县教育局审核：学段 初中 → 小学');
    expect(await send(w, 'principal', '对')).toContain('保持不变'); // 办学性质
    // A 1-student school is implausible: the lower bound asks, and the change still goes to the office.
    const one = await send(w, 'principal', '1'); // 学生数
    expect(one).toContain('1 人');
    expect(one).toContain('学生数：1580 人 → 1 人？');
    expect(await send(w, 'principal', '确认')).toContain('已提交县教育局审核：学生数 1580 人 → 1 人');
    expect(await send(w, 'principal', '没错')).toContain('保持不变'); // 班级数
    expect(await send(w, 'principal', '否')).toContain('第 1/41 题'); // 寄宿生: the office's value again
    const school = (await getSchoolById(w.app.db, w.schoolId))!;
    expect(school).toMatchObject({ stage: '初中', students: 1580, classesFromGrade4: 33, ownership: '公办' });
    const { state } = await stateOf(w);
    expect(state.facts).toMatchObject({ stage: '初中', students: 1580 });
    expect(state.proposed).toEqual({ stage: '小学', students: 1 });
    expect(scoreState(state, w.app.deps.rubric).items.length).toBeGreaterThan(0);

    // The office sees the pending changes in 完成情况 and 学校, with old and new values.
    const completion = await send(w, 'office', '完成情况');
    expect(completion).toContain('待审核的学校信息变更 2 项');
    expect(completion).toContain(`${OWN} 学段：初中 → 小学（王校长`);
    expect(await send(w, 'office', `学校 ${OWN}`)).toContain('学生数：1580 人 → 1 人');

    // cli school changes: list, approve one, reject the other; errors are one line, exit 2.
    const list = await cli(w.app.dir, 'school', 'changes');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('学段：初中 → 小学');
    const ids = [...list.stdout.matchAll(/#(\d+) /g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2);
    const approved = await cli(w.app.dir, 'school', 'changes', 'approve', String(ids[1]));
    expect(approved).toMatchObject({ code: 0 });
    expect(approved.stdout).toContain('已批准');
    const rejected = await cli(w.app.dir, 'school', 'changes', 'reject', String(ids[0]));
    expect(rejected.stdout).toContain('已驳回');
    const again = await cli(w.app.dir, 'school', 'changes', 'approve', String(ids[0]));
    expect(again.code).toBe(2);
    expect(again.stderr.trimEnd().split('\n')).toHaveLength(1);

    expect(await getSchoolById(w.app.db, w.schoolId)).toMatchObject({ stage: '初中', students: 1 });
    const after = (await stateOf(w)).state;
    expect(after.facts).toMatchObject({ stage: '初中', students: 1 });
    expect(after.proposed).toEqual({});
    expect(await listPendingFactChanges(w.app.db)).toEqual([]);
  });
});
