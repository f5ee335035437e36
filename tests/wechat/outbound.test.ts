/**
 * The persisted, paced outbound queue: pacing on a fake clock (≥ 1 s + jitter between sends,
 * bursts of at most 20, then a longer pause), a restart that sends nothing twice (at-most-once
 * for a message caught mid-send), a retry when the channel certainly did not send, and routing
 * of notices to a WeCom webhook. Then the Wechaty sender on the mock puppet.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Knex } from 'knex';
import { types } from 'wechaty';
import { fakeClock, tempDir } from '../helpers/app.ts';
import { silentLogger } from '../../src/app/deps.ts';
import { createOutboundWorker, DEFAULT_PACING, RetryLater, routingSender, type Sender } from '../../src/channels/outbound.ts';
import { migrate, openDatabase } from '../../src/storage/knex.ts';
import { claimNextOutbound, enqueueOutbound } from '../../src/storage/outbox.ts';
import { upsertRoom } from '../../src/storage/rooms.ts';
import type { OutboundMessage } from '../../src/storage/types.ts';
import { bindContact, createPerson } from '../../src/storage/people.ts';
import { getSetting, putSetting } from '../../src/storage/settings.ts';
import { noticeAddress } from '../../src/app/reminders.ts';
import { alertOfficeIfBack } from '../../src/channels/wechaty.ts';
import { startBench, type Bench } from './harness.ts';

let dbs: Knex[] = [];
let benches: Bench[] = [];
afterEach(async () => {
  for (const b of benches) await b.stop();
  for (const db of dbs) await db.destroy();
  dbs = [];
  benches = [];
  vi.useRealTimers();
});

async function openDb(file: string): Promise<Knex> {
  const db = await openDatabase({ client: 'sqlite', file });
  await migrate(db);
  dbs.push(db);
  return db;
}

async function statuses(db: Knex): Promise<Record<string, string>> {
  const rows = (await db('outbox').select('text', 'status').orderBy('id')) as { text: string; status: string }[];
  return Object.fromEntries(rows.map((r) => [r.text, r.status]));
}

/** A sender that records what it got and when (by the fake clock). */
function recorder(now: () => string) {
  const got: { text: string; at: number }[] = [];
  const sender: Sender = {
    async send(msg) {
      got.push({ text: msg.text ?? '', at: Date.parse(now()) });
    },
  };
  return { got, sender };
}

describe('outbound pacing', () => {
  it('waits at least 1 s plus jitter between sends, and pauses after every 20', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    for (let i = 1; i <= 45; i++) await enqueueOutbound(db, { to: `wx-${i}`, text: `m${i}`, notBefore: clock.now() }, clock.now());
    const { got, sender } = recorder(clock.now);
    const jitters = [0, 250, 700];
    let j = 0;
    const worker = createOutboundWorker({
      db,
      sender,
      log: silentLogger,
      now: clock.now,
      sleep: async (ms) => clock.advance(ms),
      jitterMs: () => jitters[j++ % jitters.length]!,
    });

    expect(await worker.drain()).toBe(45);
    expect(got.map((g) => g.text)).toEqual(Array.from({ length: 45 }, (_, i) => `m${i + 1}`));
    const gaps = got.slice(1).map((g, i) => g.at - got[i]!.at);
    gaps.forEach((gap, i) => {
      const afterBurst = (i + 1) % DEFAULT_PACING.burst === 0;
      expect(gap).toBeGreaterThanOrEqual(afterBurst ? DEFAULT_PACING.burstPauseMs : DEFAULT_PACING.gapMs);
      expect(gap).toBeLessThanOrEqual((afterBurst ? DEFAULT_PACING.burstPauseMs : DEFAULT_PACING.gapMs) + 700);
    });
    expect(new Set(gaps)).toContain(DEFAULT_PACING.gapMs + 250); // the jitter is applied
    expect(Object.values(await statuses(db)).every((s) => s === 'sent')).toBe(true);
  });

  it('starts a new burst after a quiet spell, and sends only what is due', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    const { got, sender } = recorder(clock.now);
    const worker = createOutboundWorker({ db, sender, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    for (let i = 1; i <= 15; i++) await enqueueOutbound(db, { to: 'wx', text: `a${i}`, notBefore: clock.now() }, clock.now());
    await enqueueOutbound(db, { to: 'wx', text: 'later', notBefore: new Date(Date.parse(clock.now()) + 3600_000).toISOString() }, clock.now());
    expect(await worker.drain()).toBe(15);
    clock.advance(DEFAULT_PACING.burstPauseMs);
    for (let i = 1; i <= 10; i++) await enqueueOutbound(db, { to: 'wx', text: `b${i}`, notBefore: clock.now() }, clock.now());
    expect(await worker.drain()).toBe(10);
    const gaps = got.slice(16).map((g, i) => g.at - got[i + 15]!.at);
    expect(Math.max(...gaps)).toBe(DEFAULT_PACING.gapMs); // 10 more after a quiet spell: no burst pause
    expect((await statuses(db)).later).toBe('pending');
  });
});

describe('outbound restart', () => {
  it('sends nothing twice: a message caught mid-send is marked failed, the rest go once', async () => {
    const clock = fakeClock();
    const file = join(tempDir(), 'db.sqlite');
    const first = await openDb(file);
    for (let i = 1; i <= 5; i++) await enqueueOutbound(first, { to: 'wx', text: `m${i}`, dedupeKey: `k${i}`, notBefore: clock.now() }, clock.now());

    // The first process sends two, then dies while the third is being sent.
    const sentBefore: string[] = [];
    const hanging: Sender = {
      send: (msg) => {
        sentBefore.push(msg.text ?? '');
        return sentBefore.length < 3 ? Promise.resolve() : new Promise<void>(() => {});
      },
    };
    const dying = createOutboundWorker({ db: first, sender: hanging, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    void dying.drain();
    await vi.waitFor(() => expect(sentBefore).toHaveLength(3));

    // The new process on the same file: recovery, then the queue; re-enqueueing is a no-op.
    const second = await openDb(file);
    const { got, sender } = recorder(clock.now);
    const worker = createOutboundWorker({ db: second, sender, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    expect(await worker.recover()).toBe(1);
    expect(await enqueueOutbound(second, { to: 'wx', text: 'm1', dedupeKey: 'k1', notBefore: clock.now() }, clock.now())).toBe(false);
    expect(await worker.drain()).toBe(2);
    expect(got.map((g) => g.text)).toEqual(['m4', 'm5']);
    expect(await statuses(second)).toEqual({ m1: 'sent', m2: 'sent', m3: 'failed', m4: 'sent', m5: 'sent' });
  });

  it('queues a message again when the channel certainly did not send it (logged out)', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    await enqueueOutbound(db, { to: 'wx', text: 'hello', notBefore: clock.now() }, clock.now());
    let loggedIn = false;
    const sent: string[] = [];
    const sender: Sender = {
      async send(msg) {
        if (!loggedIn) throw new RetryLater('not logged in');
        sent.push(msg.text ?? '');
      },
    };
    const worker = createOutboundWorker({ db, sender, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    expect(await worker.drain()).toBe(1);
    expect(sent).toEqual([]);
    expect((await statuses(db)).hello).toBe('pending');
    loggedIn = true;
    expect(await worker.drain()).toBe(0); // not due yet
    clock.advance(DEFAULT_PACING.retryMs);
    expect(await worker.drain()).toBe(1);
    expect(sent).toEqual(['hello']);
  });

  it('marks a message failed, not retried, when the outcome is unknown', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    await enqueueOutbound(db, { to: 'wx', text: 'x', notBefore: clock.now() }, clock.now());
    const sender: Sender = { send: async () => Promise.reject(new Error('socket hang up')) };
    const worker = createOutboundWorker({ db, sender, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    await worker.drain();
    clock.advance(3600_000);
    expect(await worker.drain()).toBe(0);
    expect(await statuses(db)).toEqual({ x: 'failed' });
  });

  it('stops promptly even during a long pause', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    const { sender } = recorder(clock.now);
    const worker = createOutboundWorker({
      db,
      sender,
      log: silentLogger,
      now: clock.now,
      sleep: (ms, signal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve())),
      jitterMs: () => 0,
    });
    worker.start();
    await worker.stop();
  });
});

describe('routing: WeCom webhook rooms', () => {
  it('posts notices for a room with a webhook there, and everything else to the chat channel', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    const hook = await upsertRoom(db, { name: '校长群', webhookUrl: 'http://127.0.0.1:9/hook' }, 'test', clock.now());
    const wechatRoom = await upsertRoom(db, { name: '教师群', topic: '全县心理教师群' }, 'test', clock.now());
    const posted: [string, string][] = [];
    const chat: OutboundMessage[] = [];
    const sender = routingSender(db, { send: async (m) => void chat.push(m) }, async (url, md) => {
      posted.push([url, md]);
      return { ok: true };
    });
    await enqueueOutbound(db, { to: noticeAddress(hook), text: '自评提醒', notBefore: clock.now() }, clock.now());
    await enqueueOutbound(db, { to: noticeAddress(wechatRoom), text: '群提醒', notBefore: clock.now() }, clock.now());
    await enqueueOutbound(db, { to: 'wx-1', text: '私聊', notBefore: clock.now() }, clock.now());
    await enqueueOutbound(db, { to: noticeAddress({ name: '没有的群' }), text: '无处可发', notBefore: clock.now() }, clock.now());
    const worker = createOutboundWorker({ db, sender, log: silentLogger, now: clock.now, sleep: async (ms) => clock.advance(ms), jitterMs: () => 0 });
    expect(await worker.drain()).toBe(4);
    expect(posted).toEqual([['http://127.0.0.1:9/hook', '自评提醒']]);
    expect(chat.map((m) => m.text)).toEqual(['群提醒', '私聊']);
    expect(await statuses(db)).toMatchObject({ 自评提醒: 'sent', 群提醒: 'sent', 私聊: 'sent', 无处可发: 'failed' });
  });

  it('fails a webhook post that the robot refused', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    const hook = await upsertRoom(db, { name: '校长群', webhookUrl: 'http://127.0.0.1:9/hook' }, 'test', clock.now());
    await enqueueOutbound(db, { to: noticeAddress(hook), text: 'n', notBefore: clock.now() }, clock.now());
    const sender = routingSender(db, null, async () => ({ ok: false, error: 'errcode 93000' }));
    await createOutboundWorker({ db, sender, log: silentLogger, now: clock.now, sleep: async () => {}, jitterMs: () => 0 }).drain();
    const row = (await db('outbox').first('status', 'last_error')) as { status: string; last_error: string };
    expect(row).toEqual({ status: 'failed', last_error: 'webhook: errcode 93000' });
  });
});

describe('the Wechaty sender (mock puppet)', () => {
  it('sends private texts, files, room notices by topic; retries while logged out; alerts the office after an outage', async () => {
    const bench = await startBench();
    benches.push(bench);
    const { app, mocker } = bench;
    const now = app.clock.now;
    const office = mocker.createContact({ id: 'wx-office', name: '赵科长' });
    const room = mocker.createRoom({ id: 'all@chatroom', topic: '全县心理教师群', memberIdList: [office.id, bench.me.id] });
    await upsertRoom(app.db, { name: '教师群', topic: '全县心理教师群' }, 'test', now());
    const person = await createPerson(app.db, { role: 'office', schoolId: null, displayName: '赵科长' }, 'test', now());
    await bindContact(app.db, { personId: person.id, channel: 'wechat', contactId: office.id, alias: 'mh-office' }, now());

    await enqueueOutbound(app.db, { to: office.id, text: '你好', notBefore: now() }, now());
    await enqueueOutbound(app.db, { to: office.id, file: { path: join(app.dir, 'x.xlsx'), name: '结果.xlsx' }, notBefore: now() }, now());
    await enqueueOutbound(app.db, { to: noticeAddress({ name: '教师群' }), text: '本周五前完成自评', notBefore: now() }, now());
    await (await import('node:fs/promises')).writeFile(join(app.dir, 'x.xlsx'), 'xlsx');
    expect(await bench.worker.drain()).toBe(3);
    expect(bench.sent.map((s) => [s.to, s.text])).toEqual([
      [office.id, '你好'],
      [room.id, '本周五前完成自评'],
    ]);
    expect(bench.files).toEqual([[office.id, '结果.xlsx']]);

    // Logged out: nothing is sent, the outage is remembered; back: the office is told once.
    await bench.puppet.logout('test');
    await vi.waitFor(() => expect(bench.bot.isLoggedIn).toBe(false));
    await enqueueOutbound(app.db, { to: office.id, text: '掉线期间', notBefore: now() }, now());
    expect(await bench.worker.drain()).toBe(1);
    expect((await statuses(app.db))['掉线期间']).toBe('pending');
    await vi.waitFor(async () => expect(await app.db('settings').where({ key: 'wechat.outage' }).first()).toBeTruthy());

    app.clock.advance(DEFAULT_PACING.retryMs);
    mocker.login(bench.me);
    await vi.waitFor(async () => expect((await statuses(app.db))['掉线期间']).toBe('pending'));
    await vi.waitFor(async () => {
      const alert = (await app.db('outbox').where('text', 'like', '【助手提醒】%').select('recipient')) as { recipient: string }[];
      expect(alert).toEqual([{ recipient: office.id }]);
    });
    const before = bench.sent.length;
    await bench.worker.drain();
    const after = bench.sent.slice(before).map((s) => s.text);
    expect(after).toHaveLength(2);
    expect(after).toContain('掉线期间');
    expect(after.find((t) => t.startsWith('【助手提醒】'))).toContain('掉线');
    expect(await alertOfficeIfBack(app.db, now(), 'Asia/Shanghai')).toBe(0); // once only
  });

  it('treats a QR code asked for after a login as a failed login, and tells the office once back', async () => {
    const bench = await startBench();
    benches.push(bench);
    const { app, mocker } = bench;
    const office = mocker.createContact({ id: 'wx-office', name: '赵科长' });
    const person = await createPerson(app.db, { role: 'office', schoolId: null, displayName: '赵科长' }, 'test', app.clock.now());
    await bindContact(app.db, { personId: person.id, channel: 'wechat', contactId: office.id, alias: null }, app.clock.now());
    await vi.waitFor(async () => expect(await app.db('settings').where({ key: 'wechat.loggedInAs' }).first()).toBeTruthy());

    mocker.scan('https://login.example/qr', types.ScanStatus.Waiting);
    await vi.waitFor(async () => expect(await app.db('settings').where({ key: 'wechat.outage' }).first()).toBeTruthy());
    expect(bench.scans).toEqual(['https://login.example/qr']);
    app.clock.advance(60_000);
    await bench.puppet.logout('the mock must log out before it logs in again');
    mocker.login(bench.me);
    await vi.waitFor(async () => expect(await app.db('outbox').count({ n: '*' }).first()).toEqual({ n: 1 }));
    await bench.worker.drain();
    expect(bench.sent.map((s) => s.to)).toEqual([office.id]);
    expect(bench.sent[0]!.text).toMatch(/^【助手提醒】微信登录失效，需要重新扫码（10\/12 \d\d:\d\d），已于 10\/12 \d\d:\d\d 重新登录/);
  });

  it('does not take its own stop for an outage (the puppet reports a stop as a logout)', async () => {
    const bench = await startBench();
    await bench.channel.close();
    await bench.bot.stop();
    await bench.worker.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await getSetting(bench.app.db, 'wechat.outage')).toBeNull();
    await bench.app.db.destroy();
  });

  it('finds a contact by its remark when its old id is gone (re-login)', async () => {
    const bench = await startBench();
    benches.push(bench);
    const { app, mocker } = bench;
    const now = app.clock.now;
    const person = await createPerson(app.db, { role: 'principal', schoolId: 1, displayName: '王校长' }, 'test', now());
    await bindContact(app.db, { personId: person.id, channel: 'wechat', contactId: 'old-id', alias: 'mh-abcdef' }, now());
    const relogged = mocker.createContact({ id: 'new-id', name: '王校长', alias: 'mh-abcdef' });
    await enqueueOutbound(app.db, { to: 'old-id', text: '自评提醒', notBefore: now() }, now());
    await enqueueOutbound(app.db, { to: 'nobody', text: '无人', notBefore: now() }, now());
    await bench.worker.drain();
    expect(bench.sent.map((s) => [s.to, s.text])).toEqual([[relogged.id, '自评提醒']]);
    expect(await statuses(app.db)).toMatchObject({ 自评提醒: 'sent', 无人: 'failed' });
  });
});

describe('an outage noted before a restart', () => {
  it('is still reported at the next login', async () => {
    const clock = fakeClock();
    const db = await openDb(join(tempDir(), 'db.sqlite'));
    const p = await createPerson(db, { role: 'office', schoolId: null, displayName: '赵科长' }, 'test', clock.now());
    await bindContact(db, { personId: p.id, channel: 'wechat', contactId: 'wx-o', alias: null }, clock.now());
    await putSetting(db, 'wechat.outage', JSON.stringify({ what: '登录失败', detail: 'x', at: '2026-11-28T01:00:00.000Z' }), 'test', clock.now());
    expect(await alertOfficeIfBack(db, clock.now(), 'Asia/Shanghai')).toBe(1);
    const [row] = (await db('outbox').select('recipient', 'text')) as { recipient: string; text: string }[];
    expect(row!.recipient).toBe('wx-o');
    expect(row!.text).toBe('【助手提醒】微信登录失败（11/28 09:00），已于 11/28 10:00 重新登录。期间收到的消息可能没有回复，请提醒老师们重发。');
    expect(await claimNextOutbound(db, clock.now())).not.toBeNull();
  });
});
