/**
 * Reminders reach a principal bound through the WeCom app: the outbox row is addressed to the
 * userid with channel 'wecom' (sent by the WeCom sender); a person bound on both channels gets one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { runDueReminders } from '../../src/app/reminders.ts';
import { bindContact, createPerson } from '../../src/storage/index.ts';
import { addSemester, assess, exampleAnswers, loadRubric, schoolWithFacts, tempDb } from '../office.helpers.ts';

const SEM = '2026-2027-1';
const START = '2026-09-01T01:00:00.000Z';
let db: Knex | null = null;
afterEach(async () => db?.destroy());

describe('reminders over WeCom', () => {
  it('a WeCom-bound principal gets the start-of-semester reminder through the WeCom channel, once', async () => {
    const rubric = await loadRubric();
    ({ db } = await tempDb());
    await addSemester(db, SEM, START);
    const typical = await exampleAnswers(rubric, 'typical');
    const a = await schoolWithFacts(db, '城南小学', typical.facts, '小学', '小学', START);
    const b = await schoolWithFacts(db, '城北小学', typical.facts, '小学', '小学', START);
    await assess(db, a.id, SEM, typical.answers, 'in_progress', START);
    await assess(db, b.id, SEM, typical.answers, 'in_progress', START);
    const wecomOnly = await createPerson(db, { role: 'principal', schoolId: a.id, displayName: '南校长' }, 'test', START);
    await bindContact(db, { personId: wecomOnly.id, channel: 'wecom', contactId: 'nan-xiaozhang', alias: null }, START);
    const both = await createPerson(db, { role: 'principal', schoolId: b.id, displayName: '北校长' }, 'test', START);
    await bindContact(db, { personId: both.id, channel: 'wechat', contactId: 'wx-bei', alias: 'mh-bei' }, START);
    await bindContact(db, { personId: both.id, channel: 'wecom', contactId: 'bei-xiaozhang', alias: null }, START);

    const sent = await runDueReminders(db, rubric, START);
    expect(sent).toEqual([{ key: `${SEM}:start`, kind: 'start', principals: 2, rooms: 0 }]);
    const rows = await db('outbox').orderBy('id').select('recipient', 'channel', 'text');
    expect(rows.find((r) => r.recipient === 'nan-xiaozhang')).toMatchObject({ channel: 'wecom' });
    expect(rows.find((r) => r.recipient === 'nan-xiaozhang')!.text).toContain('城南小学本学期需完成');
    // Bound on both: one reminder, not two.
    expect(rows.filter((r) => r.recipient === 'wx-bei' || r.recipient === 'bei-xiaozhang')).toHaveLength(1);
  });
});
