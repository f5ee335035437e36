/**
 * Binding by invite code through handleInbound: a good code, an expired one, a reused one,
 * brute force (5 wrong codes lock the contact for an hour), and re-verification after a
 * re-login changed the contact id. Then the same through Wechaty on the mock puppet: the bot
 * sets the remark on the bound contact, and a re-login is recovered by that remark.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApp, type TestClock } from '../helpers/app.ts';
import { handleInbound } from '../../src/app/handleInbound.ts';
import { issueInvite, newInviteCode, parseInviteCode } from '../../src/app/bind.ts';
import type { App } from '../../src/build.ts';
import type { Inbound, Reply } from '../../src/app/types.ts';
import { getPersonByContact } from '../../src/storage/people.ts';
import { getSchoolByName } from '../../src/storage/schools.ts';
import { BIND_TEXT } from '../../src/core/text/bind-replies.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import { startBench, type Bench } from './harness.ts';

const SCHOOL = '示例县实验小学';
type TestApp = App & { clock: TestClock };
let open: TestApp[] = [];
let benches: Bench[] = [];

afterEach(async () => {
  for (const a of open) await a.db.destroy();
  for (const b of benches) await b.stop();
  open = [];
  benches = [];
  vi.useRealTimers();
});

async function app(): Promise<TestApp> {
  const a = await makeApp();
  open.push(a);
  return a;
}

let seq = 0;
async function send(a: TestApp, from: Inbound['from'], text: string): Promise<Reply[]> {
  a.clock.advance(10_000);
  seq += 1;
  return handleInbound({ id: `m${seq}`, channel: 'wechat', from, text, kind: 'text', at: a.clock.now() }, a.deps);
}
const one = (replies: Reply[]): string => {
  expect(replies).toHaveLength(1);
  return replies[0]!.text ?? '';
};

async function schoolInvite(a: TestApp, role: 'principal' | 'staff', days = 7): Promise<string> {
  const school = await getSchoolByName(a.db, SCHOOL);
  return (await issueInvite(a.db, { role, schoolId: school!.id, days, by: 'test' }, a.clock.now(), a.deps.inviteKey)).code;
}

const alice = { id: 'wx-alice', name: '王校长' };
const bob = { id: 'wx-bob', name: '李老师' };

describe('invite codes', () => {
  it('are 8 base32 characters (40 bits) and read back from what people type', () => {
    expect(newInviteCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe('AAAAAAAA');
    expect(newInviteCode(new Uint8Array([255, 255, 255, 255, 255]))).toBe('77777777');
    const codes = new Set(Array.from({ length: 200 }, () => newInviteCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-7]{8}$/);
    expect(parseInviteCode('绑定 k7qm-3xpa')).toBe('K7QM3XPA');
    expect(parseInviteCode('绑定 K7QM 3XPA')).toBe('K7QM3XPA');
    expect(parseInviteCode('绑定 K7QM3XP0')).toBe('K7QM3XPO');
    expect(parseInviteCode('绑定 K7QM3XP')).toBeNull();
    expect(parseInviteCode('绑定 K7QM3XP9')).toBeNull();
  });
});

describe('绑定 <code> in a private chat', () => {
  it('binds with a good code: the role and school of the invite, a remark to set, and 自评 works', async () => {
    const a = await app();
    const code = await schoolInvite(a, 'principal');
    const replies = await send(a, alice, `绑定 ${code.toLowerCase().slice(0, 4)}-${code.slice(4)}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(BIND_TEXT.bound(`${SCHOOL} · 校长`, 'principal'));
    expect(replies[0]!.setAlias).toMatch(/^mh-[a-z2-7]{6}$/);
    const person = await getPersonByContact(a.db, 'wechat', alice.id);
    expect(person).toMatchObject({ role: 'principal', displayName: '王校长' });
    expect(person!.schoolId).toBe((await getSchoolByName(a.db, SCHOOL))!.id);
    expect(one(await send(a, alice, '自评'))).toContain(SCHOOL);
  });

  it('binds office staff from an office invite', async () => {
    const a = await app();
    const { code } = await issueInvite(a.db, { role: 'office', schoolId: null, days: 7, by: 'test' }, a.clock.now(), a.deps.inviteKey);
    expect(one(await send(a, bob, `绑定 ${code}`))).toBe(BIND_TEXT.bound('示例县教育局 · 考核办公室', 'office'));
    expect(await getPersonByContact(a.db, 'wechat', bob.id)).toMatchObject({ role: 'office', schoolId: null });
  });

  it('names the person after the invite when it has a name, else after their WeChat nickname', async () => {
    const a = await app();
    const school = await getSchoolByName(a.db, SCHOOL);
    const named = await issueInvite(a.db, { role: 'staff', schoolId: school!.id, days: 7, by: 'test', name: '李红老师' }, a.clock.now(), a.deps.inviteKey);
    expect(one(await send(a, bob, `绑定 ${named.code}`))).toContain('绑定成功');
    expect(await getPersonByContact(a.db, 'wechat', bob.id)).toMatchObject({ displayName: '李红老师' });
    const plain = await schoolInvite(a, 'principal');
    expect(one(await send(a, alice, `绑定 ${plain}`))).toContain('绑定成功');
    expect(await getPersonByContact(a.db, 'wechat', alice.id)).toMatchObject({ displayName: '王校长' });
  });

  it('refuses an expired code', async () => {
    const a = await app();
    const code = await schoolInvite(a, 'staff', 1);
    a.clock.advance(25 * 3600_000);
    expect(one(await send(a, bob, `绑定 ${code}`))).toBe(BIND_TEXT.expired);
    expect(await getPersonByContact(a.db, 'wechat', bob.id)).toBeNull();
  });

  it('refuses a code used once already', async () => {
    const a = await app();
    const code = await schoolInvite(a, 'staff');
    expect(one(await send(a, alice, `绑定 ${code}`))).toContain('绑定成功');
    expect(one(await send(a, bob, `绑定 ${code}`))).toBe(BIND_TEXT.used);
    expect(await getPersonByContact(a.db, 'wechat', bob.id)).toBeNull();
  });

  it('locks a contact for an hour after 5 wrong codes, even against the right code', async () => {
    const a = await app();
    const code = await schoolInvite(a, 'principal');
    const wrong = ['AAAAAAAA', 'BBBBBBBB', 'ABCDEFGH', 'zzzz2222', '12345'];
    const replies: string[] = [];
    for (const w of wrong) replies.push(one(await send(a, bob, `绑定 ${w}`)));
    expect(replies.slice(0, 4)).toEqual([4, 3, 2, 1].map((n) => BIND_TEXT.wrong(n)));
    expect(replies[4]).toBe(BIND_TEXT.wrong(0));
    expect(one(await send(a, bob, `绑定 ${code}`))).toBe(BIND_TEXT.locked);
    expect(await getPersonByContact(a.db, 'wechat', bob.id)).toBeNull();
    // Another contact is not locked; 「绑定」 without a code costs nothing.
    expect(one(await send(a, alice, '绑定'))).toBe(BIND_TEXT.usage);
    // An hour later the right code (still unused) works.
    a.clock.advance(60 * 60_000);
    expect(one(await send(a, bob, `绑定 ${code}`))).toContain('绑定成功');
  });

  it('tells the console operator that no binding is needed', async () => {
    const a = await app();
    const replies = await handleInbound(
      { id: 'c1', channel: 'console', from: { id: 'op', name: '操作员' }, text: '绑定 AAAAAAAA', kind: 'text', at: a.clock.now() },
      a.deps,
    );
    expect(replies.map((r) => r.text)).toEqual([BIND_TEXT.operator]);
  });
});

describe('re-verification after a re-login changed the contact id', () => {
  it('asks, restores on 「确认」, and moves the binding to the new id', async () => {
    const a = await app();
    const code = await schoolInvite(a, 'principal');
    const [bound] = await send(a, alice, `绑定 ${code}`);
    const alias = bound!.setAlias!;
    const again = { id: 'wx-alice-new', name: '王校长', alias };

    const ask = BIND_TEXT.reverifyAsk(`${SCHOOL} · 校长`);
    expect(one(await send(a, again, '自评'))).toBe(ask);
    expect(one(await send(a, again, '完成情况'))).toBe(ask);
    expect(await getPersonByContact(a.db, 'wechat', again.id)).toBeNull();

    expect(one(await send(a, again, '确认'))).toBe(BIND_TEXT.reverified(`${SCHOOL} · 校长`));
    expect(await getPersonByContact(a.db, 'wechat', again.id)).toMatchObject({ role: 'principal' });
    expect(await getPersonByContact(a.db, 'wechat', alice.id)).toBeNull();
    expect(one(await send(a, again, '自评'))).toContain(SCHOOL);
  });

  it('does not match a remark the bot never set', async () => {
    const a = await app();
    const stranger = { id: 'wx-x', name: '某人', alias: 'mh-zzzzzz' };
    expect(one(await send(a, stranger, '自评'))).toBe(APP_TEXT.notBound);
    expect(one(await send(a, stranger, '确认'))).not.toContain('恢复绑定');
    expect(await getPersonByContact(a.db, 'wechat', stranger.id)).toBeNull();
  });
});

describe('binding through Wechaty (mock puppet)', () => {
  it('sets the remark on the bound contact, and finds the person again by it after a re-login', async () => {
    const bench = await startBench();
    benches.push(bench);
    const setAlias = vi.spyOn(bench.puppet, 'contactAlias');
    const principal = bench.mocker.createContact({ id: 'wx-p', name: '王校长' });
    const school = await getSchoolByName(bench.app.db, SCHOOL);
    const { code } = await issueInvite(bench.app.db, { role: 'principal', schoolId: school!.id, days: 7, by: 'test' }, bench.app.clock.now(), bench.app.deps.inviteKey);

    const out = await bench.say(principal, `绑定 ${code}`, bench.me);
    expect(out.map((s) => s.text)).toEqual([BIND_TEXT.bound(`${SCHOOL} · 校长`, 'principal')]);
    const aliasCall = setAlias.mock.calls.find(([id, alias]) => id === principal.id && alias !== undefined);
    expect(aliasCall?.[1]).toMatch(/^mh-[a-z2-7]{6}$/);

    // The re-login: same person, new id, the remark kept by WeChat.
    const relogged = bench.mocker.createContact({ id: 'wx-p-2', name: '王校长', alias: String(aliasCall![1]) });
    bench.app.clock.advance(10_000);
    expect((await bench.say(relogged, '自评', bench.me)).map((s) => s.text)).toEqual([
      BIND_TEXT.reverifyAsk(`${SCHOOL} · 校长`),
    ]);
    bench.app.clock.advance(10_000);
    expect((await bench.say(relogged, '确认', bench.me)).map((s) => s.text)).toEqual([
      BIND_TEXT.reverified(`${SCHOOL} · 校长`),
    ]);
    bench.app.clock.advance(10_000);
    const resumed = await bench.say(relogged, '自评', bench.me);
    expect(resumed[0]!.to).toBe(relogged.id);
    expect(resumed[0]!.text).toContain(SCHOOL);
  });
});
