/**
 * The county's assessment in chat (issue 12), through handleInbound: two inspectors sharing one
 * school's inspection (属实, 不符 with a note, a verified value, 「刚刚已由他人核实」), the
 * school's own record untouched, 「确认结果」 refusing while schools are missing, and publication:
 * each principal privately gets their own school's result only, notice groups no school data, and
 * nothing official before publication.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeApp, type TestClock } from '../helpers/app.ts';
import { handleInbound } from '../../src/app/handleInbound.ts';
import { issueInvite } from '../../src/app/bind.ts';
import { inspectFromFile } from '../../src/app/inspection.ts';
import { INSPECT_TEXT } from '../../src/core/assessment/inspection.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import { png } from '../helpers/evidence-files.ts';
import type { App } from '../../src/build.ts';
import type { Inbound, Reply } from '../../src/app/types.ts';
import {
  findAssessment,
  findInspection,
  getAnswers,
  getInspectionAnswers,
  getSchoolByName,
  inspectionAnswerHistory,
  listSchools,
  upsertRoom,
  type School,
} from '../../src/storage/index.ts';

type TestApp = App & { clock: TestClock };
let open: TestApp[] = [];
afterEach(async () => {
  for (const a of open) await a.db.destroy();
  open = [];
});

const SCHOOL = '示例县实验小学';
const OTHER = '示例县第一初级中学';
let seq = 0;
async function send(a: TestApp, from: Inbound['from'], text: string, room?: Inbound['room']): Promise<Reply[]> {
  a.clock.advance(10_000);
  seq += 1;
  return handleInbound({ id: `c${seq}`, channel: 'wechat', from, text, kind: 'text', at: a.clock.now(), ...(room ? { room, mentioned: true } : {}) }, a.deps);
}
const say = async (a: TestApp, from: Inbound['from'], text: string): Promise<string> => (await send(a, from, text)).map((r) => r.text ?? '').join('\n');

async function bound(a: TestApp, who: Inbound['from'], role: 'inspector' | 'principal' | 'office', school = SCHOOL): Promise<void> {
  const schoolId = role === 'principal' ? (await getSchoolByName(a.db, school))!.id : null;
  const { code } = await issueInvite(a.db, { role, schoolId, days: 7, by: 'test', name: who.name }, a.clock.now(), a.deps.inviteKey);
  expect(await say(a, who, `绑定 ${code}`)).toContain('绑定成功');
}

const zhang = { id: 'wx-zhang', name: '张组长' };
const li = { id: 'wx-li', name: '李组员' };
const wang = { id: 'wx-wang', name: '王校长' };
const zhao = { id: 'wx-zhao', name: '赵校长' };
const chen = { id: 'wx-chen', name: '陈主任' };
const SEMESTER = '2026-2027-1';

async function app(): Promise<TestApp> {
  const a = await makeApp();
  open.push(a);
  await bound(a, zhang, 'inspector');
  await bound(a, li, 'inspector');
  await bound(a, wang, 'principal');
  await bound(a, zhao, 'principal', OTHER);
  await bound(a, chen, 'office');
  return a;
}

describe('inspection in chat', () => {
  it('each requirement shows how many files the school uploaded for its item (issue 13)', async () => {
    const a = await app();
    await say(a, wang, '资料 2');
    a.clock.advance(10_000);
    const filed = await handleInbound(
      { id: 'f1', channel: 'wechat', from: wang, text: '', kind: 'file', file: { name: '会议纪要.png', read: async () => png(2000) }, at: a.clock.now() },
      a.deps,
    );
    expect(filed.map((r) => r.text ?? '').join('\n')).toContain('第2条');
    await say(a, zhang, `考核 ${SCHOOL}`);
    await say(a, zhang, '是'); // the facts as recorded
    const q = await say(a, zhang, '否');
    const walk = [q, await say(a, zhang, '跳过'), await say(a, zhang, '跳过'), await say(a, zhang, '跳过')].join('\n');
    expect(walk).toContain(`学校已上传资料 1 份，发“看资料 2 ${SCHOOL}”查看`);
    expect(walk).toContain('学校未在助手里上传本条资料');
  });

  it('two inspectors share one inspection; 属实, 不符 and values are recorded with who; the school record is untouched', async () => {
    const a = await app();
    // The school answers its first two questions itself.
    await say(a, wang, '自评');
    await say(a, wang, '是');
    await say(a, wang, '是');
    expect(await say(a, wang, '2')).toContain('已记录第2题：2 次');
    const school = (await getSchoolByName(a.db, SCHOOL))!;
    const selfBefore = await getAnswers(a.db, (await findAssessment(a.db, school.id, SEMESTER))!.id);

    const first = await say(a, zhang, `考核 ${SCHOOL}`);
    expect(first).toContain('开始核实示例县实验小学');
    expect(await say(a, zhang, '否')).toContain('逐项核对');
    // The facts check: the inspectors' values go to the inspection, not to the school.
    expect(await say(a, zhang, '小学')).toContain('学段');
    await say(a, zhang, '公办');
    await say(a, zhang, '2000');
    await say(a, zhang, '27');
    const q1 = await say(a, zhang, '否');
    expect(q1).toContain('第 1/41 题');
    expect(q1).toContain(INSPECT_TEXT.school('是'));
    expect(q1).toContain('查阅资料：领导小组和工作专班成立文件');
    expect(await say(a, zhang, '属实')).toContain('已核实第1题：是（属实）');

    // A second inspector joins where the inspection stands (question 2).
    expect(await say(a, li, `考核 ${SCHOOL}`)).toContain('继续核实：已核实 1/41 题');
    expect(await say(a, zhang, '不符 会议纪要只有一次 1')).toContain('已核实第2题：1 次（不符：会议纪要只有一次）');
    // 李 answers the question he was shown, which 张 answered meanwhile.
    expect(await say(a, li, '2')).toContain('第2题刚刚已由他人核实：1 次。您的回复没有记录');
    // Question 3: the school gave no answer, so 属实 is refused and asked again.
    expect(await say(a, li, '属实')).toContain(INSPECT_TEXT.noSchoolAnswer);
    // 不符 with a note only, then the value.
    expect(await say(a, li, '不符 例会记录不全')).toContain('请回复核实的值');
    expect(await say(a, li, '否')).toContain('已核实第3题：否（不符：例会记录不全）');
    expect(await say(a, li, '进度')).toContain('核实进度：已核实 3/41 题');
    expect(await say(a, li, '暂停')).toContain('已暂停');

    const inspection = (await findInspection(a.db, school.id, SEMESTER))!;
    const answers = await getInspectionAnswers(a.db, inspection.id);
    expect(answers['q-2-group']).toMatchObject({ value: true, schoolValue: true, verdict: 'accepted', by: '张组长' });
    expect(answers['q-2-meetings']).toMatchObject({ value: 1, schoolValue: 2, verdict: 'differs', note: '会议纪要只有一次', by: '张组长' });
    expect(Object.values(answers).find((x) => x.by === '李组员')).toMatchObject({ value: false, verdict: 'differs', note: '例会记录不全' });
    expect((await inspectionAnswerHistory(a.db, inspection.id)).length).toBe(3);
    expect(inspection.facts).toMatchObject({ students: 2000, boarding: false });
    // The school's record and its self-check are exactly as before.
    const after = (await getSchoolByName(a.db, SCHOOL))!;
    expect(after.students).toBe(school.students);
    expect(after.updatedAt).toBe(school.updatedAt);
    expect(await getAnswers(a.db, (await findAssessment(a.db, school.id, SEMESTER))!.id)).toEqual(selfBefore);
  });

  it('after a file, the chat goes on at the open question and ends with the official score and the differences', async () => {
    const a = await app();
    await say(a, wang, '自评');
    await say(a, wang, '是');
    await say(a, wang, '否'); // q-2-group: the school says no
    const school = (await getSchoolByName(a.db, SCHOOL))!;
    const answers = Object.fromEntries(
      a.deps.rubric.items.flatMap((i) => i.questions).map((q) => [q.id, q.type === 'yesno' ? true : q.type === 'count' ? 4 : 1] as const),
    );
    const facts = { stage: '小学' as const, ownership: '公办' as const, students: 2150, classesFromGrade4: 27, boarding: false };
    await a.db.transaction((trx) => inspectFromFile(trx, { rubric: a.deps.rubric, now: a.deps.now }, { schoolId: school.id, semesterId: SEMESTER, by: '张组长', file: { facts, answers } }));
    const resumed = await say(a, li, `考核 ${SCHOOL}`);
    expect(resumed).toContain('第 41/41 题');
    const end = await say(a, li, '否');
    expect(end).toContain('核实完毕。\n官方得分（暂定）');
    expect(end).not.toContain('自评得分');
    expect(end).toContain('与学校自评不一致 1 题：\n第2条 领导小组和工作专班：学校“否”→核实“是”，+6 分');
  });

  it('帮助 inside an inspection lists the inspectors’ commands, not the self-assessment’s', async () => {
    const a = await app();
    await say(a, zhang, `考核 ${SCHOOL}`);
    const help = await say(a, zhang, '帮助');
    expect(help).toContain('核实命令');
    expect(help).toContain('属实');
    expect(help).not.toContain('自评命令');
    expect(help).not.toContain('提交：校长确认后提交');
  });

  it('only inspectors inspect, only in private; in a group a one-line 请私聊', async () => {
    const a = await app();
    expect(await say(a, wang, `考核 ${SCHOOL}`)).toContain('只有考核组成员');
    expect(await say(a, zhang, '考核 不存在的学校')).toContain('没有这所学校');
    const group = await send(a, zhang, `考核 ${SCHOOL}`, { id: 'room-1', topic: '校长群' });
    expect(group).toHaveLength(1);
    expect(group[0]!.text).toBe(APP_TEXT.privateOnly);
  });

  it('确认结果 names the schools without an inspection; publication reaches each principal with their own result only', async () => {
    const a = await app();
    await upsertRoom(a.db, { name: '校长群', topic: '校长群' }, 'test', a.clock.now());
    await say(a, zhang, `考核 ${SCHOOL}`);
    const refused = await say(a, chen, '确认结果');
    expect(refused).toContain('不能确认');
    expect(refused).toContain(OTHER);
    expect(refused).not.toContain(`${SCHOOL}、`);

    const schools: School[] = await listSchools(a.db);
    for (const s of schools) {
      await a.db.transaction((trx) =>
        inspectFromFile(trx, { rubric: a.deps.rubric, now: a.deps.now }, { schoolId: s.id, semesterId: SEMESTER, by: '张组长', file: { facts: null, answers: { 'q-2-group': true } } }),
      );
    }
    expect(await say(a, chen, '确认结果')).toContain(`已确认 2026-2027学年第一学期 ${schools.length} 所学校`);
    // Inspecting after confirmation is refused.
    expect(await say(a, zhang, `考核 ${SCHOOL}`)).toContain('已确认，不能再核实');
    // Principals see nothing official before publication.
    expect(await a.db('outbox').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await say(a, wang, '得分')).not.toContain('官方');

    expect(await say(a, chen, '公布结果')).toContain('私发校长 2 条，通知群 1 条');
    const out = (await a.db('outbox').select('recipient', 'text', 'file')) as { recipient: string; text: string | null; file: string | null }[];
    const toWang = out.filter((m) => m.recipient === wang.id);
    expect(toWang.find((m) => m.text)?.text).toContain(`【2026-2027学年第一学期考核结果】${SCHOOL}`);
    expect(toWang.find((m) => m.text)?.text).toContain('小学排名：第');
    expect(toWang.find((m) => m.text)?.text).not.toContain(OTHER);
    expect(toWang.some((m) => m.file?.includes('考核结果.png'))).toBe(true);
    expect(out.find((m) => m.recipient === zhao.id && m.text)?.text).toContain(OTHER);
    const notice = out.find((m) => m.recipient.startsWith('notice-room:'))!;
    expect(notice.text).toContain('考核结果已经领导小组研究确定并公布');
    for (const s of schools) expect(notice.text).not.toContain(s.name);
    expect(await say(a, chen, '公布结果')).toContain('已经公布过了');
  });

  it('排名 and 年度排名 in the office chat carry official figures in their own labelled section', async () => {
    const a = await app();
    const school = (await getSchoolByName(a.db, SCHOOL))!;
    await a.db.transaction((trx) =>
      inspectFromFile(trx, { rubric: a.deps.rubric, now: a.deps.now }, { schoolId: school.id, semesterId: SEMESTER, by: '张组长', file: { facts: null, answers: { 'q-2-group': true } } }),
    );
    const ranking = await say(a, chen, '排名');
    expect(ranking).toContain('学校自评（暂定）');
    expect(ranking).toContain('官方排名');
    expect(ranking).toContain('（未考核）');
    expect(await say(a, chen, '年度排名')).toContain('2026-2027学年官方年度结果（部分');
    // The export: the schools' own and the official figures in separate, labelled columns.
    const file = (await send(a, chen, '导出')).find((r) => r.file)!.file!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const ws = wb.getWorksheet('得分')!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(header).toContain('自评总分（暂定）');
    expect(header).toContain('官方（未确认）总分');
    const col = header.indexOf('官方（未确认）总分');
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === SCHOOL)!;
    expect(typeof row.getCell(col).value).toBe('number');
    const other = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === OTHER)!;
    expect(other.getCell(col).value).toBeNull();
  });
});
