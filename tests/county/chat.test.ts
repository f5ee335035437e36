/**
 * The county's inspection in chat (issue 12), through handleInbound: two inspectors sharing one
 * school's inspection, 属实 / 不符 / verified values, the school's record untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, type TestClock } from '../helpers/app.ts';
import { handleInbound } from '../../src/app/handleInbound.ts';
import { issueInvite } from '../../src/app/bind.ts';
import type { App } from '../../src/build.ts';
import type { Inbound, Reply } from '../../src/app/types.ts';
import { getSchoolByName, findInspection, getInspectionAnswers, inspectionAnswerHistory, listOutbound } from '../../src/storage/index.ts';

type TestApp = App & { clock: TestClock };
let open: TestApp[] = [];
afterEach(async () => {
  for (const a of open) await a.db.destroy();
  open = [];
});

const SCHOOL = '示例县实验小学';
let seq = 0;
async function send(a: TestApp, from: Inbound['from'], text: string, room?: Inbound['room']): Promise<string> {
  a.clock.advance(10_000);
  seq += 1;
  const r: Reply[] = await handleInbound({ id: `c${seq}`, channel: 'wechat', from, text, kind: 'text', at: a.clock.now(), ...(room ? { room, mentioned: true } : {}) }, a.deps);
  return r.map((x) => x.text ?? '').join('\n---\n');
}

async function bound(a: TestApp, who: Inbound['from'], role: 'inspector' | 'principal' | 'office'): Promise<void> {
  const schoolId = role === 'principal' ? (await getSchoolByName(a.db, SCHOOL))!.id : null;
  const { code } = await issueInvite(a.db, { role, schoolId, days: 7, by: 'test', name: who.name }, a.clock.now(), a.deps.inviteKey);
  expect(await send(a, who, `绑定 ${code}`)).toContain('绑定成功');
}

const zhang = { id: 'wx-zhang', name: '张组长' };
const li = { id: 'wx-li', name: '李组员' };
const wang = { id: 'wx-wang', name: '王校长' };

describe('inspection in chat', () => {
  it('walks the questions with the school answer; 属实, 不符 and values are recorded with who', async () => {
    const a = await makeApp();
    open.push(a);
    await bound(a, zhang, 'inspector');
    await bound(a, li, 'inspector');
    await bound(a, wang, 'principal');
    // The school answers the first questions itself.
    console.log(await send(a, wang, '自评'));
    console.log(await send(a, wang, '是'));
    console.log(await send(a, wang, '是'));
    console.log(await send(a, wang, '2'));
    const first = await send(a, zhang, `考核 ${SCHOOL}`);
    console.log(first);
    console.log(await send(a, zhang, '是'));
    console.log(await send(a, zhang, '属实'));
    console.log(await send(a, li, `考核 ${SCHOOL}`));
    console.log(await send(a, zhang, '不符 会议记录只有一次 否'));
    console.log(await send(a, li, '是'));
    console.log(await send(a, li, '不符 只有1次'));
    console.log(await send(a, li, '1'));
    console.log(await send(a, li, '进度'));
  });
});
