/**
 * Process evidence (过程性资料) through handleInbound, as WeChat delivers it: files filed under
 * 「资料 N」, the 「归到第N条吗？」 confirmation, refusals read from the bytes, size and quota limits,
 * a failing disk, deletion rules, who sees what, and the missing-materials list at the end of a
 * self-assessment.
 */
import { readdirSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileStore, sha256Hex } from '../src/files/evidence-store.ts';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, msg, tempDir, texts, type TestClock } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { seesAllSchools } from '../src/app/evidence.ts';
import type { App } from '../src/build.ts';
import type { Inbound, Reply } from '../src/app/types.ts';
import { bindContact, createPerson } from '../src/storage/people.ts';
import { getSchoolByName } from '../src/storage/schools.ts';
import { getOrCreateAssessment } from '../src/storage/assessments.ts';
import { listEvidence } from '../src/storage/evidence.ts';
import { migrateState } from '../src/core/assessment/machine.ts';
import { assessmentQuestions } from '../src/core/assessment/questions.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import { exe, jpg, oldOffice, pdf, png, script, zipOf } from './helpers/evidence-files.ts';

const OWN = '示例县实验小学';
const OTHER = '示例县第一初级中学';
const SEMESTER = '2026-2027-1';
type Who = 'staff' | 'principal' | 'office' | 'other';
const contacts: Record<Who, { id: string; name: string }> = {
  staff: { id: 'wx-staff', name: '李老师' },
  principal: { id: 'wx-principal', name: '王校长' },
  office: { id: 'wx-office', name: '赵科长' },
  other: { id: 'wx-other', name: '外校刘老师' },
};

let app: App & { clock: TestClock; dir: string };
let ownId: number;
let otherId: number;
afterEach(async () => {
  await app?.db.destroy();
});

async function start(env: Record<string, string> = {}) {
  app = await makeApp({ env });
  const now = app.clock.now();
  ownId = (await getSchoolByName(app.db, OWN))!.id;
  otherId = (await getSchoolByName(app.db, OTHER))!.id;
  const roles = { staff: ['staff', ownId], principal: ['principal', ownId], office: ['office', null], other: ['staff', otherId] } as const;
  for (const [who, [role, schoolId]] of Object.entries(roles)) {
    const p = await createPerson(app.db, { role, schoolId, displayName: contacts[who as Who].name }, 'test', now);
    await bindContact(app.db, { personId: p.id, channel: 'wechat', contactId: contacts[who as Who].id, alias: `mh-${who}` }, now);
  }
}

let seq = 0;
function inbound(who: Who, over: Partial<Inbound>): Inbound {
  app.clock.advance(10_000);
  seq += 1;
  return { id: `e${seq}`, channel: 'wechat', from: contacts[who], text: '', kind: 'text', at: app.clock.now(), ...over };
}
const say = async (who: Who, text: string) => handleInbound(inbound(who, { text }), app.deps);
let reads = 0;
const send = async (who: Who, name: string, bytes: Uint8Array, size?: number) =>
  handleInbound(inbound(who, { kind: 'file', file: { name, ...(size !== undefined ? { size } : {}), read: async () => (reads++, bytes) } }), app.deps);
const all = (r: Reply[]) => texts(r);
const stored = () => (existsSync(join(app.dir, 'evidence')) ? readdirSync(join(app.dir, 'evidence'), { recursive: true }).filter((f) => String(f).length > 60) : []);
const rows = (schoolId = ownId) => listEvidence(app.db, { schoolId, semesterId: SEMESTER });

describe('collecting evidence in a private chat', () => {
  it('files a photo and a PDF under 「资料 10」 with the new count, the privacy reminder once, same bytes stored once', async () => {
    await start();
    const target = all(await say('staff', '资料 10'));
    expect(target).toContain('归入第10条（配齐配好教师）');
    expect(target).toContain('本条已有 0 份');
    const first = all(await send('staff', '聘书.jpg', png(3000)));
    expect(first).toContain('已收到《聘书.png》，归入第10条（配齐配好教师），编号 10-1，本条共 1 份');
    expect(first).toContain('不要上传能看出学生姓名、诊断或筛查结果的材料');
    const second = all(await send('staff', '台账.pdf', pdf()));
    expect(second).toContain('编号 10-2，本条共 2 份');
    expect(second).not.toContain('学生姓名');
    // The puppet re-delivers the PDF with a new id 2 s later: one file, no second reply.
    const again = inbound('staff', { kind: 'file', file: { name: '台账.pdf', read: async () => pdf() } });
    app.clock.advance(-8_000);
    expect(await handleInbound({ ...again, at: app.clock.now() }, app.deps)).toEqual([]);
    await send('staff', '聘书副本.jpg', png(3000));
    expect(stored()).toHaveLength(2);
    expect((await rows()).map((r) => [r.itemId, r.seq, r.name, r.uploadedByName])).toEqual([
      ['item-10', 1, '聘书.png', '李老师'],
      ['item-10', 2, '台账.pdf', '李老师'],
      ['item-10', 3, '聘书副本.png', '李老师'],
    ]);
    const list = all(await say('principal', '资料'));
    expect(list).toContain(`${OWN} ${SEMESTER} 过程性资料`);
    expect(list).toContain('✓ 第10条 配齐配好教师：3 份');
    expect(list).toMatch(/○ 第1条 .+：0 份（需：/);
    // 「资料 10」 lasts 30 minutes; after that a file asks which item.
    app.clock.advance(31 * 60_000);
    expect(all(await send('staff', '照片.jpg', jpg()))).toContain('这份资料归到哪一条？回复“资料 条号”');
    expect(all(await say('staff', '资料 3'))).toMatch(/归入第3条（.+），编号 3-1，本条共 1 份/);
  });

  it('refuses an executable named .jpg, an archive and a script, saying what they really are; nothing is stored', async () => {
    await start();
    await say('staff', '资料 10');
    expect(all(await send('staff', '合照.jpg', exe()))).toContain('这个文件其实是可执行程序（exe），不能作为过程性资料，没有保存');
    expect(all(await send('staff', '资料.docx', await zipOf('a.txt', 'x')))).toContain('其实是压缩包（zip）');
    expect(all(await send('staff', '说明.pdf', script()))).toContain('其实是脚本');
    expect(stored()).toHaveLength(0);
    expect(await rows()).toHaveLength(0);
    // Old Office files share one container; the streams tell them apart, whatever the name says.
    expect(all(await send('staff', '台账.pdf', oldOffice('Workbook')))).toContain('《台账.xls》');
    expect(all(await send('staff', '课件', oldOffice('PowerPoint Document')))).toContain('《课件.ppt》');
    expect(all(await send('staff', '', oldOffice('WordDocument')))).toContain('《资料.doc》');
  });

  it('refuses an oversized file (announced or read) and keeps the school quota; a file it already has costs nothing', async () => {
    await start({ EVIDENCE_MAX_MB: '0.01', EVIDENCE_QUOTA_MB: '0.02' });
    await say('staff', '资料 10');
    reads = 0;
    expect(all(await send('staff', '大图.jpg', png(20_000), 20_000))).toContain('文件太大（上限 0 MB）');
    expect(reads).toBe(0);
    expect(all(await send('staff', '大图.jpg', png(20_000)))).toContain('文件太大');
    expect(all(await send('staff', 'a.jpg', png(9000, 1)))).toContain('编号 10-1');
    expect(all(await send('staff', 'b.jpg', png(9000, 2)))).toContain('编号 10-2');
    expect(all(await send('staff', 'c.jpg', png(9000, 3)))).toContain('本校资料已满');
    await say('principal', '资料 10');
    expect(all(await send('principal', 'a again.jpg', png(9000, 1)))).toContain('编号 10-3');
    expect(stored()).toHaveLength(2);
    // Another school has its own quota.
    await say('other', '资料 10');
    expect(all(await send('other', 'c.jpg', png(9000, 3)))).toContain('编号 10-1');
  });

  it('a failing disk stores nothing and says so clearly', async () => {
    await start();
    const ev = app.deps.evidence!;
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    app.deps.evidence = { ...ev, store: { path: ev.store.path, put: async () => Promise.reject(full) } };
    await say('staff', '资料 10');
    expect(all(await send('staff', 'a.jpg', png()))).toContain('服务器存储空间已满，这份资料没有保存');
    app.deps.evidence = { ...ev, store: { path: ev.store.path, put: async () => Promise.reject(new Error('EIO')) } };
    expect(all(await send('staff', 'a.jpg', png()))).toContain('资料没有保存成功');
    expect(await rows()).toHaveLength(0);
  });

  it('a file in a group is ignored; an unbound sender and the office are told who uploads', async () => {
    await start();
    const inRoom = inbound('staff', { kind: 'file', room: { id: 'room-1', topic: '校长群' }, file: { name: 'a.jpg', read: async () => png() } });
    expect(await handleInbound(inRoom, app.deps)).toEqual([]);
    const anon = await handleInbound({ ...inbound('staff', { kind: 'file', file: { name: 'a.jpg', read: async () => png() } }), from: { id: 'wx-nobody', name: '路人' } }, app.deps);
    expect(all(anon)).toBe(APP_TEXT.nonText);
    expect(all(await send('office', 'a.jpg', png()))).toContain('过程性资料由学校上传');
    const groupAsk = await handleInbound(inbound('staff', { text: '资料', room: { id: 'room-1', topic: '校长群' }, mentioned: true }), app.deps);
    expect(all(groupAsk)).not.toContain(OWN);
    expect(all(groupAsk)).toContain('私聊');
    expect(stored()).toHaveLength(0);
  });
});

describe('confirmation after a self-assessment question', () => {
  it('asks 「归到第N条（…）吗？」, keeps the file waiting, and files it on 「是」; 「否」 drops it', async () => {
    await start();
    const opened = all(await say('principal', '自评'));
    expect(opened).toContain(OWN);
    // Move to the first rubric question (facts first).
    for (let guard = 0; guard < 10; guard++) {
      const a = (await listAssessments(app.db, { semesterId: SEMESTER })).find((x) => x.schoolId === ownId)!;
      const state = migrateState(a.state);
      const q = assessmentQuestions(app.deps.rubric, state.facts).find((x) => x.id === state.cursor);
      if (q?.kind === 'item') break;
      await say('principal', q?.kind === 'fact' ? (q.question.type === 'choice' ? '1' : q.question.type === 'yesno' ? '否' : '600') : '是');
    }
    const asked = all(await send('principal', '会议纪要.pdf', pdf()));
    const no = /这份资料归到第(\d+)条（.+）吗？回复“是”或“否”/.exec(asked)?.[1];
    expect(no).toBeDefined();
    expect(await rows()).toHaveLength(0);
    const filed = all(await say('principal', '是'));
    expect(filed).toMatch(new RegExp(`已收到《会议纪要\\.pdf》，归入第${no}条（.+），编号 ${no}-1，本条共 1 份`));
    expect((await rows()).map((r) => r.itemId)).toEqual([`item-${no}`]);
    // The self-assessment is still on its question.
    expect(all(await say('principal', '进度'))).not.toContain('已收到');
    await send('principal', '照片.jpg', png());
    expect(all(await say('principal', '否'))).toContain('刚才的 1 份资料不归档');
    expect(await rows()).toHaveLength(1);
  });
});

describe('deleting and who sees', () => {
  it('deletes 10-1 before submission (numbers stay), refuses the school after submission, lets the office', async () => {
    await start();
    await say('staff', '资料 10');
    await send('staff', 'a.jpg', png(2000, 1));
    await send('staff', 'b.jpg', png(2000, 2));
    await send('staff', 'c.pdf', pdf());
    expect(all(await say('staff', '删除资料 10-1'))).toContain('已删除资料 10-1《a.png》，第10条还有 2 份');
    expect(all(await say('staff', '删除资料 10-1'))).toContain('没有资料 10-1');
    expect((await rows()).map((r) => r.seq)).toEqual([2, 3]);
    const a = await getOrCreateAssessment(app.db, ownId, SEMESTER, app.clock.now());
    await app.db('assessments').where({ id: a.id }).update({ status: 'submitted' });
    expect(all(await say('principal', '删除资料 10-2'))).toContain('自评已提交，资料只能由县教育局考核办公室删除');
    expect(all(await say('office', '删除资料 10-2'))).toContain('请写上学校名');
    expect(all(await say('office', `删除资料 10-2 ${OWN}`))).toContain('已删除资料 10-2《b.png》，第10条还有 1 份');
    expect(all(await say('other', `删除资料 10-3 ${OWN}`))).toContain('只能查看本校的资料');
    expect((await rows()).map((r) => r.seq)).toEqual([3]);
  });

  it('a file from school A is never visible to school B; the office sees it, sent privately', async () => {
    await start();
    await say('staff', '资料 10');
    await send('staff', '聘书.jpg', png());
    const mine = await say('principal', '看资料 10');
    expect(all(mine)).toContain('第10条（配齐配好教师）共 1 份');
    expect(mine.filter((r) => r.file).map((r) => [r.to, r.file!.name])).toEqual([['wx-principal', '聘书.png']]);
    expect(existsSync(mine.find((r) => r.file)!.file!.path)).toBe(true);
    const theirs = await say('other', '看资料 10');
    expect(all(theirs)).toContain('还没有资料');
    expect(theirs.some((r) => r.file)).toBe(false);
    const peek = await say('other', `看资料 10 ${OWN}`);
    expect(all(peek)).toBe('只能查看本校的资料。发送“资料”查看本校清单。');
    expect(all(await say('other', '资料'))).toContain('○ 第10条 配齐配好教师：0 份');
    expect(all(await say('office', '看资料 10'))).toContain('请写上学校名');
    expect(all(await say('office', '资料'))).toContain('请写上学校名，如“资料 示例县实验小学”');
    expect(all(await say('office', `资料 ${OWN}`))).toContain('✓ 第10条 配齐配好教师：1 份');
    expect(all(await say('other', `资料 ${OWN}`))).toBe('只能查看本校的资料。发送“资料”查看本校清单。');
    const office = await say('office', `看资料 10 ${OWN}`);
    expect(office.filter((r) => r.file).map((r) => [r.to, r.file!.name])).toEqual([['wx-office', '聘书.png']]);
    expect(await rows(otherId)).toHaveLength(0);
    expect(seesAllSchools('inspector')).toBe(true);
    expect(seesAllSchools('office')).toBe(true);
    expect(seesAllSchools('principal')).toBe(false);
  });
});

describe('the content-addressed store', () => {
  it('names a file by its sha256, stores the same bytes once, and leaves no temp file behind a failed write', async () => {
    const dir = tempDir('mh-store-');
    const store = fileStore(dir);
    const sha = await store.put(pdf());
    expect(sha).toBe(sha256Hex(pdf()));
    expect(store.path(sha)).toBe(join(dir, sha.slice(0, 2), sha));
    expect(readFileSync(store.path(sha)).equals(pdf())).toBe(true);
    expect(await store.put(pdf())).toBe(sha);
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual([sha.slice(0, 2), join(sha.slice(0, 2), sha)]);
    // A folder where the file should go is in the way: the write fails, nothing half-written stays.
    const other = sha256Hex(png());
    mkdirSync(join(dir, other.slice(0, 2), other), { recursive: true });
    await expect(store.put(png())).rejects.toThrow();
    expect(readdirSync(join(dir, other.slice(0, 2)))).toEqual([other]);
  });
});

describe('missing materials at the end of a self-assessment', () => {
  it('names every item answered as met that has no file yet, not only the items that lost points', async () => {
    await start();
    const op = { from: { id: 'local-operator', name: '测试员' } };
    const sayOp = async (text: string) => {
      app.clock.advance(1000);
      return all(await handleInbound(msg(text, { at: app.clock.now(), ...op }), app.deps));
    };
    const list = await sayOp('自评');
    await sayOp(list.split('\n').find((l) => l.includes(OWN))!.split('.')[0]!);
    await say('staff', '资料 10');
    await send('staff', 'x.pdf', pdf());
    let last = '';
    for (let guard = 0; guard < 90; guard++) {
      const a = (await listAssessments(app.db, { semesterId: SEMESTER })).find((x) => x.schoolId === ownId)!;
      const state = migrateState(a.state);
      if (state.cursor === null) break;
      const q = assessmentQuestions(app.deps.rubric, state.facts).find((x) => x.id === state.cursor);
      const t = q?.question.type;
      last = await sayOp(!q ? '是' : q.id === 'q-99-veto' ? '否' : t === 'yesno' ? '是' : t === 'choice' ? '1' : t === 'hours' ? '8小时' : t === 'amount' ? '20000元' : '2');
    }
    expect(last).toContain('需备资料（已自评达标、还没上传资料的条目）：');
    const block = last.slice(last.indexOf('需备资料（已自评达标'));
    expect(block).toMatch(/· 第1条：/);
    expect(block).not.toMatch(/· 第10条：/);
    expect(block).toContain('上传：发送“资料 条号”后发送照片或文件。');
  });
});
