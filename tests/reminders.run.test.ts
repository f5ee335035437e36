import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDueReminders, sendRemindersNow, reminderPlan, parseNoticeAddress } from '../src/app/reminders.ts';
import { migrate, openDatabase } from '../src/storage/knex.ts';
import { startReminderScheduler } from '../src/channels/scheduler.ts';
import { silentLogger } from '../src/app/deps.ts';
import {
  bindContact,
  createPerson,
  listReminderLog,
  recordBindFailure,
  recordInboundMessage,
  upsertRoom,
  type School,
} from '../src/storage/index.ts';
import { planReminders } from '../src/core/reminders/schedule.ts';
import { defaultSemester } from '../src/core/reminders/semester.ts';
import type { Rubric } from '../src/core/rubric/schema.ts';
import { addSemester, assess, exampleAnswers, loadRubric, schoolWithFacts, tempDb } from './office.helpers.ts';

const SEM = '2026-2027-1';
const START = '2026-09-01T01:00:00.000Z'; // 09:00 Asia/Shanghai

let db: Knex;
let file: string;
let rubric: Rubric;
let open: School;
let done: School;

interface OutboxRow {
  recipient: string;
  text: string;
  dedupe_key: string;
}
const outbox = async (): Promise<OutboxRow[]> => db<OutboxRow>('outbox').orderBy('id');

async function restart(): Promise<void> {
  await db.destroy();
  db = await openDatabase({ client: 'sqlite', file });
  await migrate(db);
}

beforeEach(async () => {
  rubric = await loadRubric();
  ({ db, file } = await tempDb());
  await addSemester(db, SEM, START);
  const typical = await exampleAnswers(rubric, 'typical');
  const full = await exampleAnswers(rubric, 'full-marks');
  open = await schoolWithFacts(db, '城南小学', typical.facts, '小学', '小学', START);
  done = await schoolWithFacts(db, '城北小学', full.facts, '小学', '小学', START);
  await assess(db, open.id, SEM, typical.answers, 'in_progress', START);
  await assess(db, done.id, SEM, full.answers, 'submitted', START);
  for (const [school, contact] of [
    [open, 'wx-open'],
    [done, 'wx-done'],
  ] as const) {
    const p = await createPerson(db, { role: 'principal', schoolId: school.id, displayName: `${school.name}校长` }, 'test', START);
    await bindContact(db, { personId: p.id, channel: 'wechat', contactId: contact, alias: `p${p.id}` }, START);
  }
  const staff = await createPerson(db, { role: 'staff', schoolId: open.id, displayName: '老师' }, 'test', START);
  await bindContact(db, { personId: staff.id, channel: 'wechat', contactId: 'wx-staff', alias: 's1' }, START);
  await upsertRoom(db, { name: '全县校长群', topic: '全县校长群' }, 'test', START);
  await upsertRoom(db, { name: '企业微信通知群', webhookUrl: 'http://127.0.0.1:9/hook' }, 'test', START);
});

afterEach(async () => {
  await db.destroy();
});

describe('runDueReminders', () => {
  it('sends the start-of-semester duties once, across repeated runs and a restart', async () => {
    expect(await runDueReminders(db, rubric, '2026-09-01T00:30:00.000Z')).toEqual([]); // 08:30: not yet
    const sent = await runDueReminders(db, rubric, START);
    expect(sent).toEqual([{ key: `${SEM}:start`, kind: 'start', principals: 2, rooms: 2 }]);
    const rows = await outbox();
    expect(rows.map((r) => r.recipient).sort()).toEqual(
      ['notice-room:企业微信通知群', 'notice-room:全县校长群', 'wx-done', 'wx-open'].sort(),
    );
    expect(rows.find((r) => r.recipient === 'wx-open')!.text).toContain('城南小学本学期需完成');
    expect(rows.find((r) => r.recipient === 'wx-open')!.text).toContain('专班会议不少于 2 次');
    expect(parseNoticeAddress('notice-room:全县校长群')).toBe('全县校长群');
    expect(parseNoticeAddress('wx-open')).toBeNull();

    expect(await runDueReminders(db, rubric, '2026-09-01T02:00:00.000Z')).toEqual([]);
    await restart();
    expect(await runDueReminders(db, rubric, '2026-09-01T03:00:00.000Z')).toEqual([]);
    expect(await outbox()).toHaveLength(4);
    expect((await listReminderLog(db, SEM)).map((e) => e.key)).toEqual([`${SEM}:start`]);
  });

  it('sends a reminder missed during a week of downtime exactly once, with each school’s own progress', async () => {
    const plan = planReminders(defaultSemester(SEM), rubric);
    // running normally up to the 14-days reminder
    for (const r of plan.filter((p) => p.kind !== 'before-7' && p.kind !== 'before-1' && p.kind !== 'overdue')) {
      expect(await runDueReminders(db, rubric, r.at)).toHaveLength(1);
    }
    const before = (await outbox()).length;
    // down from day −13 to day −5 (2027-01-11 11:00 Shanghai): the before-7 reminder is sent on return
    await restart();
    const back = '2027-01-11T03:00:00.000Z';
    expect(await runDueReminders(db, rubric, back)).toEqual([
      { key: `${SEM}:before-7`, kind: 'before-7', principals: 1, rooms: 2 },
    ]);
    const fresh = (await outbox()).slice(before);
    // the submitted school is left alone; the open one gets its progress; rooms get no school data
    expect(fresh.map((r) => r.recipient).sort()).toEqual(['notice-room:企业微信通知群', 'notice-room:全县校长群', 'wx-open'].sort());
    const mine = fresh.find((r) => r.recipient === 'wx-open')!.text;
    expect(mine).toContain('城南小学：距考核日（2027-01-16）还有 7 天');
    expect(mine).toMatch(/已答 \d+\/\d+ 题，还有 \d+ 题未答/);
    expect(mine).toContain('可能未达标');
    const room = fresh.find((r) => r.recipient === 'notice-room:全县校长群')!.text;
    expect(room).not.toContain('城南小学');
    expect(room).not.toContain('城北小学');

    expect(await runDueReminders(db, rubric, '2027-01-11T04:00:00.000Z')).toEqual([]);
    await restart();
    expect(await runDueReminders(db, rubric, '2027-01-11T05:00:00.000Z')).toEqual([]);
    expect((await outbox()).length).toBe(before + 3);
    // no double dedupe keys anywhere
    const keys = (await outbox()).map((r) => r.dedupe_key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('skips a missed reminder once a later one is due, and the overdue one goes only to schools not submitted', async () => {
    const overdue = planReminders(defaultSemester(SEM), rubric).find((r) => r.kind === 'overdue')!;
    expect(await runDueReminders(db, rubric, overdue.at)).toEqual([
      { key: `${SEM}:overdue`, kind: 'overdue', principals: 1, rooms: 2 },
    ]);
    const rows = await outbox();
    expect(rows.find((r) => r.recipient === 'wx-open')!.text).toContain('【自评逾期】城南小学');
    expect(rows.some((r) => r.recipient === 'wx-done')).toBe(false);
    expect(rows.some((r) => r.recipient === 'wx-staff')).toBe(false);
  });
});

describe('reminderPlan and sendRemindersNow', () => {
  it('shows each reminder as sent, due, upcoming or skipped', async () => {
    await runDueReminders(db, rubric, START);
    const plan = await reminderPlan(db, rubric, '2026-12-18T02:00:00.000Z'); // the day after before-30
    expect(plan.assessmentDate).toBe('2027-01-16');
    const states = Object.fromEntries(plan.reminders.map((r) => [r.kind === 'monthly' ? r.key : r.kind, r.state]));
    expect(states).toMatchObject({
      start: 'sent',
      [`${SEM}:monthly:2026-10`]: 'skipped',
      'before-30': 'due',
      'before-14': 'upcoming',
      overdue: 'upcoming',
    });
  });

  it('sends now to every principal not yet submitted and every room, each time it is asked', async () => {
    const a = await sendRemindersNow(db, rubric, '2026-11-05T02:00:00.000Z');
    expect(a).toMatchObject({ kind: 'now', principals: 1, rooms: 2 });
    const b = await sendRemindersNow(db, rubric, '2026-11-06T02:00:00.000Z');
    expect(b).toMatchObject({ principals: 1, rooms: 2 });
    expect(await outbox()).toHaveLength(6);
  });
});

describe('startReminderScheduler', () => {
  it('runs once at start-up and stops', async () => {
    const stop = startReminderScheduler({ db, rubric, log: silentLogger, timeZone: 'Asia/Shanghai', now: () => START });
    try {
      await expect.poll(async () => (await listReminderLog(db, SEM)).length, { timeout: 5000 }).toBe(1);
    } finally {
      stop();
    }
    expect(await outbox()).toHaveLength(4);
  });

  it('prunes inbound message ids after 7 days and wrong invite codes after 1 day', async () => {
    const ago = (ms: number) => new Date(Date.parse(START) - ms).toISOString();
    const day = 86_400_000;
    for (const [id, at] of [['old', ago(7 * day + 1)], ['week', ago(7 * day)], ['new', ago(1)]] as const) {
      await recordInboundMessage(db, { channel: 'wechat', messageId: id, sender: 'wx-a', textHash: 'h', at });
    }
    for (const at of [ago(day + 1), ago(day), ago(3600_000)]) await recordBindFailure(db, 'wechat:wx-bad', at);
    const stop = startReminderScheduler({ db, rubric, log: silentLogger, timeZone: 'Asia/Shanghai', now: () => START });
    try {
      await expect.poll(async () => (await db('bind_failures').orderBy('at').pluck('at')).length, { timeout: 5000 }).toBe(2);
    } finally {
      stop();
    }
    expect(await db('bind_failures').orderBy('at').pluck('at')).toEqual([ago(day), ago(3600_000)]);
    expect(await db('inbound_messages').orderBy('at').pluck('message_id')).toEqual(['week', 'new']);
  });

  it('with reminders off, only prunes', async () => {
    await recordInboundMessage(db, {
      channel: 'wechat',
      messageId: 'ancient',
      sender: 'wx-a',
      textHash: 'h',
      at: new Date(Date.parse(START) - 30 * 86_400_000).toISOString(),
    });
    const stop = startReminderScheduler({ db, rubric, log: silentLogger, timeZone: 'Asia/Shanghai', reminders: false, now: () => START });
    try {
      await expect.poll(async () => (await db('inbound_messages').where({ message_id: 'ancient' })).length, { timeout: 5000 }).toBe(0);
    } finally {
      stop();
    }
    expect(await listReminderLog(db, SEM)).toHaveLength(0);
    expect(await outbox()).toHaveLength(0);
  });
});
