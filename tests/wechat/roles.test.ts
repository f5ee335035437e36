/**
 * Roles × commands through handleInbound, as WeChat delivers them: anyone (unbound), school
 * staff, the principal, the office — each sends 自评, 提交, 完成情况, 排名, 学校 X, 导出, 发送提醒
 * and 绑定, privately and in a group. Every forbidden command is refused with a clear line, and
 * no school's data reaches a group or another school.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, type TestClock } from '../helpers/app.ts';
import { handleInbound } from '../../src/app/handleInbound.ts';
import type { App } from '../../src/build.ts';
import type { Inbound, Reply } from '../../src/app/types.ts';
import { bindContact, createPerson } from '../../src/storage/people.ts';
import { getSchoolByName, listSchools } from '../../src/storage/schools.ts';
import { listAssessments } from '../../src/storage/assessments.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import { ASSESS_TEXT } from '../../src/core/text/assessment-replies.ts';
import { BIND_TEXT } from '../../src/core/text/bind-replies.ts';

const OWN = '示例县实验小学';
const OTHER = '示例县第一中学';
const COMMANDS = ['自评', '提交', '完成情况', '排名', `学校 ${OTHER}`, '导出', '发送提醒', '绑定 AAAAAAAA'] as const;
type Command = (typeof COMMANDS)[number];
type Who = 'anyone' | 'staff' | 'principal' | 'office';
const WHO: Who[] = ['anyone', 'staff', 'principal', 'office'];

let app: App & { clock: TestClock };
let schools: string[];
const contacts: Record<Who, { id: string; name: string }> = {
  anyone: { id: 'wx-anyone', name: '路人' },
  staff: { id: 'wx-staff', name: '李老师' },
  principal: { id: 'wx-principal', name: '王校长' },
  office: { id: 'wx-office', name: '赵科长' },
};

beforeEach(async () => {
  app = await makeApp();
  const now = app.clock.now();
  const own = (await getSchoolByName(app.db, OWN))!.id;
  schools = (await listSchools(app.db)).map((s) => s.name);
  const roles = { staff: ['staff', own], principal: ['principal', own], office: ['office', null] } as const;
  for (const [who, [role, schoolId]] of Object.entries(roles)) {
    const p = await createPerson(app.db, { role, schoolId, displayName: contacts[who as Who].name }, 'test', now);
    await bindContact(app.db, { personId: p.id, channel: 'wechat', contactId: contacts[who as Who].id, alias: `mh-${who}` }, now);
  }
});
afterEach(async () => {
  await app.db.destroy();
});

let seq = 0;
async function send(who: Who, text: string, room?: Inbound['room']): Promise<Reply[]> {
  app.clock.advance(10_000);
  seq += 1;
  const msg: Inbound = { id: `r${seq}`, channel: 'wechat', from: contacts[who], text, kind: 'text', at: app.clock.now() };
  if (room) Object.assign(msg, { room, mentioned: true });
  return handleInbound(msg, app.deps);
}
const all = (replies: Reply[]) => replies.map((r) => r.text ?? '').join('\n');

/** What each role gets for each command in a private chat: a refusal (its exact line) or 'allowed'. */
const EXPECTED: Record<Who, Record<Command, string | 'allowed'>> = {
  anyone: {
    自评: APP_TEXT.notBound,
    提交: APP_TEXT.notBound,
    完成情况: APP_TEXT.officeOnly,
    排名: APP_TEXT.officeOnly,
    [`学校 ${OTHER}`]: APP_TEXT.officeOnly,
    导出: APP_TEXT.officeOnly,
    发送提醒: APP_TEXT.officeOnly,
    '绑定 AAAAAAAA': BIND_TEXT.wrong(4),
  },
  staff: {
    自评: 'allowed',
    提交: ASSESS_TEXT.submitOnlyPrincipal,
    完成情况: APP_TEXT.officeOnly,
    排名: APP_TEXT.officeOnly,
    [`学校 ${OTHER}`]: APP_TEXT.officeOnly,
    导出: APP_TEXT.officeOnly,
    发送提醒: APP_TEXT.officeOnly,
    '绑定 AAAAAAAA': BIND_TEXT.wrong(4),
  },
  principal: {
    自评: 'allowed',
    提交: 'allowed',
    完成情况: APP_TEXT.officeOnly,
    排名: APP_TEXT.officeOnly,
    [`学校 ${OTHER}`]: APP_TEXT.officeOnly,
    导出: APP_TEXT.officeOnly,
    发送提醒: APP_TEXT.officeOnly,
    '绑定 AAAAAAAA': BIND_TEXT.wrong(4),
  },
  office: {
    自评: 'refused',
    提交: 'refused',
    完成情况: 'allowed',
    排名: 'allowed',
    [`学校 ${OTHER}`]: 'allowed',
    导出: 'allowed',
    发送提醒: 'allowed',
    '绑定 AAAAAAAA': BIND_TEXT.wrong(4),
  },
};

describe('roles × commands in a private chat', () => {
  for (const who of WHO) {
    it(`${who}: refused where forbidden, with a clear line; never another school's data`, async () => {
      for (const command of COMMANDS) {
        const replies = await send(who, command);
        const text = all(replies);
        const expected = EXPECTED[who][command];
        expect(replies.length, `${who} × ${command}`).toBeGreaterThan(0);
        if (expected === 'allowed') {
          expect(text, `${who} × ${command}`).not.toContain(APP_TEXT.officeOnly);
          expect(text, `${who} × ${command}`).not.toContain(APP_TEXT.notBound);
          expect(text, `${who} × ${command}`).not.toContain(ASSESS_TEXT.submitOnlyPrincipal);
        } else if (expected === 'refused') {
          // The office does not fill in a school's self-assessment: a clear line, not one saying it is not the office.
          expect(replies, `${who} × ${command}`).toHaveLength(1);
          expect(text, `${who} × ${command}`).not.toContain(APP_TEXT.officeOnly);
          expect(text, `${who} × ${command}`).not.toMatch(/第 \d+\/\d+ 题|基本信息|仍然准确/);
        } else {
          expect(text, `${who} × ${command}`).toBe(expected);
        }
        if (who !== 'office') {
          for (const name of schools.filter((s) => s !== OWN)) expect(text, `${who} × ${command}`).not.toContain(name);
        }
        if (who === 'anyone') expect(text).not.toContain(OWN);
      }
    });
  }

  it('the office sees all schools, another school included, and gets the export as a file', async () => {
    expect(all(await send('office', '完成情况'))).toContain(OTHER);
    expect(all(await send('office', `学校 ${OTHER}`))).toContain(OTHER);
    expect((await send('office', '导出')).some((r) => r.file?.name.endsWith('.xlsx'))).toBe(true);
  });

  it('staff and principal self-assess their own school only, the same assessment', async () => {
    expect(all(await send('staff', '自评'))).toContain(OWN);
    expect(all(await send('principal', '自评'))).toMatch(/继续自评/);
    const own = (await getSchoolByName(app.db, OWN))!.id;
    expect((await listAssessments(app.db, { semesterId: '2026-2027-1' })).map((a) => a.schoolId)).toEqual([own]);
  });
});

describe('roles × commands in a group', () => {
  it('every role gets the same one line for every private command, with no school data', async () => {
    const room = { id: 'g@chatroom', topic: '全县心理教师群' };
    for (const who of WHO) {
      for (const command of COMMANDS) {
        const replies = await send(who, `@心理健康考核助手 ${command}`, room);
        expect(replies.map((r) => [r.room, r.mention, r.text]), `${who} × ${command}`).toEqual([[room.id, true, APP_TEXT.privateOnly]]);
        for (const name of schools) expect(all(replies)).not.toContain(name);
      }
    }
  });
});
