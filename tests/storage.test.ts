/**
 * Storage: every operation against a real database. `storageSuite` runs on SQLite (a temp file,
 * always) and on PostgreSQL when PG_TEST_URL points at a server, e.g.
 *   PG_TEST_URL=postgres://postgres@127.0.0.1:54329/postgres npx vitest run tests/storage.test.ts
 * (each test gets a fresh schema there, created and dropped by the suite).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, migrationSource, openDatabase, withTransaction } from '../src/storage/knex.ts';
import { seedDemo } from '../db/seeds/01_demo_county.ts';
import * as ops from '../src/storage/index.ts';

const T0 = '2026-11-28T12:00:00.000Z';
/** T0 plus some seconds, as an ISO instant. */
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
/** The invite secret (files/secret.ts); any bytes will do here. */
const KEY = new TextEncoder().encode('test-invite-secret-of-at-least-32-chars');

/** A fresh, empty database; `open` connects to it (call it again to reopen). */
interface Target {
  open(): Promise<Knex>;
  drop?(): Promise<void>;
}

function storageSuite(name: string, makeDb: () => Promise<Target>): void {
  describe(name, () => {
    const handles: Knex[] = [];
    const targets: Target[] = [];

    /** A fresh migrated database, and a way to open more connections to it. */
    async function fresh(): Promise<{ db: Knex; open: () => Promise<Knex> }> {
      const target = await makeDb();
      targets.push(target);
      const open = async () => {
        const db = await target.open();
        handles.push(db);
        return db;
      };
      const db = await open();
      await migrate(db);
      return { db, open };
    }

    afterAll(async () => {
      for (const db of handles) await db.destroy();
      for (const t of targets) await t.drop?.();
    });

    async function aSchool(db: Knex, name = '测试小学') {
      return ops.upsertSchoolByName(db, { name, stage: '小学', students: 1200 }, 'test', T0);
    }
    async function anAssessment(db: Knex) {
      const school = await aSchool(db);
      await ops.upsertSemester(db, { id: '2026-2027-1', start: '2026-09-01', end: '2027-01-24' }, 'test', T0);
      return ops.getOrCreateAssessment(db, school.id, '2026-2027-1', T0);
    }

    it('migrates once; a second migrate is a no-op', async () => {
      const { db } = await fresh(); // migrated once by fresh()
      expect(await migrate(db)).toEqual([]);
      const done = await db('knex_migrations').select('name');
      expect(done.map((r) => r.name)).toEqual(['0001_initial.ts', '0002_invite_names.ts', '0003_records.ts', '0004_retention.ts', '0005_official.ts', '0006_evidence.ts', '0007_wecom.ts']);
      expect(await ops.listSchools(db)).toEqual([]);
    });

    it('loads the demo county once, on a fresh install only', async () => {
      const { db } = await fresh();
      expect(await seedDemo(db, T0)).toBe(true);
      expect(await seedDemo(db, at(60))).toBe(false);

      const schools = await ops.listSchools(db);
      expect(schools.length).toBeGreaterThanOrEqual(4);
      expect(schools.length).toBeLessThanOrEqual(6);
      expect(new Set(schools.map((s) => s.rankStage))).toEqual(new Set(['小学', '初中', '高中', '职业学校']));
      for (const s of schools) {
        expect(s.name).toMatch(/^示例县/);
        expect(s.students).toBeGreaterThan(0);
        expect(s.classesFromGrade4).toBeGreaterThan(0);
        expect(typeof s.boarding).toBe('boolean');
        expect(s.ownership === '公办' || s.ownership === '民办').toBe(true);
      }
      expect(await ops.getSetting(db, 'officeName')).toBe('示例县教育局');
      // 2026-11-28 lies in the first semester of 2026-2027; the next is its second.
      expect((await ops.listSemesters(db)).map(({ id, start, end }) => ({ id, start, end }))).toEqual([
        { id: '2026-2027-1', start: '2026-09-01', end: '2027-01-31' },
        { id: '2026-2027-2', start: '2027-02-01', end: '2027-07-15' },
      ]);
      expect(await ops.listPeople(db)).toEqual([]);
      expect(Number((await db('assessments').count({ n: '*' }).first())!.n)).toBe(0);
      expect(Number((await db('answers').count({ n: '*' }).first())!.n)).toBe(0);
    });

    it('does not seed over real data', async () => {
      const { db } = await fresh();
      await aSchool(db, '城南小学');
      expect(await seedDemo(db, T0)).toBe(false);
      expect((await ops.listSchools(db)).map((s) => s.name)).toEqual(['城南小学']);
    });

    it('upserts schools by name, updating only the fields given', async () => {
      const { db } = await fresh();
      const created = await ops.upsertSchoolByName(db, { name: '城南小学', stage: '小学', boarding: false }, 'cli', T0);
      expect(created).toMatchObject({ name: '城南小学', stage: '小学', boarding: false, students: null, ownership: null, factsConfirmedSemester: null });
      const again = await ops.upsertSchoolByName(db, { name: '城南小学', students: 900, contact: '王老师' }, 'import', at(10));
      expect(again).toMatchObject({ id: created.id, stage: '小学', boarding: false, students: 900, contact: '王老师', updatedBy: 'import', updatedAt: at(10), createdAt: T0 });
      expect(await ops.listSchools(db)).toHaveLength(1);

      expect(await ops.updateSchoolFacts(db, created.id, { rankStage: '小学', ownership: '民办', boarding: true, factsConfirmedSemester: '2026-2027-1' }, 'person:1', at(20))).toBe(true);
      expect(await ops.updateSchoolFacts(db, created.id + 999, { students: 1 }, 'person:1', at(20))).toBe(false);
      const byId = await ops.getSchoolById(db, created.id);
      expect(byId).toMatchObject({ students: 900, rankStage: '小学', ownership: '民办', boarding: true, factsConfirmedSemester: '2026-2027-1', updatedBy: 'person:1' });
      expect(await ops.getSchoolByName(db, '城南小学')).toEqual(byId);
      expect(await ops.getSchoolByName(db, '城北小学')).toBeNull();
    });

    it('rejects a stage that is not a 学段', async () => {
      const { db } = await fresh();
      await expect(ops.upsertSchoolByName(db, { name: 'X', stage: '大学' as never }, 'cli', T0)).rejects.toThrow();
    });

    it('binds people to contacts and finds them again by alias after a re-login', async () => {
      const { db } = await fresh();
      const school = await aSchool(db);
      const principal = await ops.createPerson(db, { role: 'principal', schoolId: school.id, displayName: '张校长' }, 'invite:1', T0);
      const office = await ops.createPerson(db, { role: 'office', schoolId: null, displayName: '县中心' }, 'cli', T0);
      await ops.bindContact(db, { personId: principal.id, channel: 'wechat', contactId: 'wx-old', alias: 'mh-1' }, T0);
      await ops.bindContact(db, { personId: office.id, channel: 'wechat', contactId: 'wx-office', alias: 'mh-2' }, T0);

      expect(await ops.getPersonByContact(db, 'wechat', 'wx-old')).toEqual(principal);
      expect(await ops.getPersonByContact(db, 'console', 'wx-old')).toBeNull();

      // Re-login: new ids. The alias finds the person; rebinding moves the binding.
      expect(await ops.getPersonByContact(db, 'wechat', 'wx-new')).toBeNull();
      expect(await ops.getPersonByAlias(db, 'wechat', 'mh-1')).toEqual(principal);
      const moved = await ops.rebindContact(db, { channel: 'wechat', alias: 'mh-1', contactId: 'wx-new' }, at(100));
      expect(moved).toEqual({ personId: principal.id, channel: 'wechat', contactId: 'wx-new', alias: 'mh-1', boundAt: at(100) });
      expect(await ops.getPersonByContact(db, 'wechat', 'wx-new')).toEqual(principal);
      expect(await ops.getPersonByContact(db, 'wechat', 'wx-old')).toBeNull();
      expect(await ops.rebindContact(db, { channel: 'wechat', alias: 'mh-9', contactId: 'wx-x' }, at(100))).toBeNull();

      // A new binding of the same person on the channel replaces the old one.
      await ops.bindContact(db, { personId: principal.id, channel: 'wechat', contactId: 'wx-third', alias: 'mh-1' }, at(200));
      expect(await ops.getPersonByContact(db, 'wechat', 'wx-new')).toBeNull();

      const principals = await ops.listPeople(db, { role: 'principal', schoolId: school.id });
      expect(principals).toEqual([{ ...principal, contacts: [{ personId: principal.id, channel: 'wechat', contactId: 'wx-third', alias: 'mh-1', boundAt: at(200) }] }]);
      expect((await ops.listPeople(db)).map((p) => p.displayName)).toEqual(['张校长', '县中心']);
      expect(await ops.listPeople(db, { role: 'staff' })).toEqual([]);
    });

    it('stores invite codes hashed and lets each be used once, before it expires', async () => {
      const { db } = await fresh();
      const school = await aSchool(db);
      const code = 'K7QM2XWP';
      expect(ops.hashInviteCode('k7qm-2xwp ', KEY)).toBe(ops.hashInviteCode(code, KEY));
      const hash = ops.hashInviteCode(code, KEY);
      const invite = await ops.createInvite(db, { codeHash: hash, role: 'principal', schoolId: school.id, expiresAt: at(3600), createdBy: 'cli' }, T0);
      expect(invite).toMatchObject({ role: 'principal', schoolId: school.id, usedAt: null });
      const stored = JSON.stringify(await db('invites').select());
      expect(stored).not.toContain(code);
      expect(stored).toContain(hash);

      expect(await ops.consumeInvite(db, ops.hashInviteCode('WRONG123', KEY), 'wechat:a', at(1))).toEqual({ ok: false, reason: 'unknown' });
      const first = await ops.consumeInvite(db, hash, 'wechat:a', at(1));
      expect(first).toEqual({ ok: true, invite: { ...invite, usedAt: at(1), usedBy: 'wechat:a' } });
      expect(await ops.consumeInvite(db, hash, 'wechat:b', at(2))).toEqual({ ok: false, reason: 'used' });

      const late = ops.hashInviteCode('LATE2345', KEY);
      await ops.createInvite(db, { codeHash: late, role: 'staff', schoolId: school.id, expiresAt: at(60), createdBy: 'cli' }, T0);
      expect(await ops.consumeInvite(db, late, 'wechat:c', at(60))).toEqual({ ok: false, reason: 'expired' });
    });

    it('keeps the name an invite is for, and gives it back when the invite is used', async () => {
      const { db } = await fresh();
      const named = ops.hashInviteCode('NAMED234', KEY);
      const invite = await ops.createInvite(db, { codeHash: named, role: 'office', schoolId: null, expiresAt: at(3600), createdBy: 'cli', displayName: '赵科长' }, T0);
      expect(invite.displayName).toBe('赵科长');
      const used = await ops.consumeInvite(db, named, 'wechat:a', at(1));
      expect(used.ok && used.invite.displayName).toBe('赵科长');
      const plain = await ops.createInvite(db, { codeHash: ops.hashInviteCode('PLAIN234', KEY), role: 'office', schoolId: null, expiresAt: at(3600), createdBy: 'cli' }, T0);
      expect(plain.displayName).toBeNull();
    });

    it('gives a single-use invite to exactly one of two concurrent consumers', async () => {
      const { db, open } = await fresh();
      const other = await open(); // a second connection, as a second process would have
      for (let round = 0; round < 5; round++) {
        const hash = ops.hashInviteCode(`RACE${round}ABC`, KEY);
        await ops.createInvite(db, { codeHash: hash, role: 'office', schoolId: null, expiresAt: at(3600), createdBy: 'cli' }, T0);
        const results = await Promise.all([
          ops.consumeInvite(db, hash, 'wechat:a', at(1)),
          ops.consumeInvite(other, hash, 'wechat:b', at(1)),
          ops.consumeInvite(db, hash, 'wechat:c', at(1)),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.reason))).toEqual(['used', 'used']);
      }
    });

    it('counts recent wrong codes per contact', async () => {
      const { db } = await fresh();
      for (let i = 0; i < 5; i++) await ops.recordBindFailure(db, 'wx-bad', at(i * 600));
      await ops.recordBindFailure(db, 'wx-other', at(0));
      expect(await ops.countRecentBindFailures(db, 'wx-bad', at(0))).toBe(5);
      expect(await ops.countRecentBindFailures(db, 'wx-bad', at(1200))).toBe(3);
      expect(await ops.countRecentBindFailures(db, 'wx-nobody', at(0))).toBe(0);
    });

    it('prunes wrong codes and inbound message ids older than a given instant', async () => {
      const { db } = await fresh();
      for (let i = 0; i < 3; i++) await ops.recordBindFailure(db, 'wx-bad', at(i * 600));
      expect(await ops.pruneBindFailures(db, at(600))).toBe(1);
      expect(await ops.countRecentBindFailures(db, 'wx-bad', at(-1))).toBe(2);
      for (let i = 0; i < 3; i++) {
        await ops.recordInboundMessage(db, { channel: 'wechat', messageId: `m${i}`, sender: 'wx-a', textHash: 'h', at: at(i * 600) });
      }
      expect(await ops.pruneInboundMessages(db, at(1200))).toBe(2);
      expect(await ops.pruneInboundMessages(db, at(1200))).toBe(0);
      expect(await ops.findRecentSameText(db, 'wx-a', 'h', at(-1))).toBe(true);
      expect(await ops.recordInboundMessage(db, { channel: 'wechat', messageId: 'm0', sender: 'wx-a', textHash: 'h', at: at(1800) })).toBe(true);
    });

    it('sets and lists semesters', async () => {
      const { db } = await fresh();
      await ops.upsertSemester(db, { id: '2027-2028-1', start: '2027-09-01', end: '2028-01-31' }, 'cli', T0);
      await ops.upsertSemester(db, { id: '2026-2027-2', start: '2027-02-01', end: '2027-07-15' }, 'cli', T0);
      const set = await ops.upsertSemester(db, { id: '2027-2028-1', start: '2027-09-01', end: '2028-01-20' }, 'office', at(5));
      expect(set).toEqual({ id: '2027-2028-1', start: '2027-09-01', end: '2028-01-20', updatedAt: at(5), updatedBy: 'office' });
      expect(await ops.getSemester(db, '2027-2028-1')).toEqual(set);
      expect(await ops.getSemester(db, '2030-2031-1')).toBeNull();
      expect((await ops.listSemesters(db)).map((s) => s.id)).toEqual(['2026-2027-2', '2027-2028-1']);
    });

    it('keeps one self-assessment per school and semester, and refuses an unknown semester', async () => {
      const { db } = await fresh();
      const a = await anAssessment(db);
      expect(a).toMatchObject({ status: 'not_started', state: null, stateVersion: 0, rubricVersion: null, revision: 0, createdAt: T0, updatedBy: null });
      expect(await ops.getOrCreateAssessment(db, a.schoolId, '2026-2027-1', at(50))).toEqual(a);
      expect(await ops.getAssessment(db, a.id)).toEqual(a);
      expect(await ops.getAssessment(db, a.id + 1)).toBeNull();
      await expect(ops.getOrCreateAssessment(db, a.schoolId, '2099-2100-1', T0)).rejects.toThrow(); // foreign key
      const other = await aSchool(db, '城北小学');
      await ops.getOrCreateAssessment(db, other.id, '2026-2027-1', T0);
      expect((await ops.listAssessments(db, { semesterId: '2026-2027-1' })).map((x) => x.schoolId)).toEqual([a.schoolId, other.id]);
      expect(await ops.listAssessments(db, { semesterId: '2026-2027-2' })).toEqual([]);
    });

    it('saves assessment state with optimistic concurrency', async () => {
      const { db } = await fresh();
      const a = await anAssessment(db);
      const state = { cursor: 'q-10-fulltime', tries: 0, nested: { list: [1, '二', null] } };
      const save = (expectedRevision: number, by: string, s: unknown) =>
        ops.saveAssessmentState(db, a.id, { status: 'in_progress', state: s, stateVersion: 1, rubricVersion: 'sha256:abc', expectedRevision }, by, at(10));
      expect(await save(0, 'person:1', state)).toBe(true);
      const saved = await ops.getAssessment(db, a.id);
      expect(saved).toMatchObject({ status: 'in_progress', state, stateVersion: 1, rubricVersion: 'sha256:abc', revision: 1, updatedBy: 'person:1', updatedAt: at(10) });

      // Two staff read revision 1; the first save wins, the second is refused and changes nothing.
      expect(await save(1, 'person:2', { cursor: 'a' })).toBe(true);
      expect(await save(1, 'person:3', { cursor: 'b' })).toBe(false);
      expect(await ops.getAssessment(db, a.id)).toMatchObject({ state: { cursor: 'a' }, revision: 2, updatedBy: 'person:2' });
    });

    it('stores answers with a history of every change', async () => {
      const { db } = await fresh();
      const a = await anAssessment(db);
      expect(await ops.putAnswer(db, a.id, 'q-10-fulltime', 1, 'person:1', at(1))).toBe(true);
      expect(await ops.putAnswer(db, a.id, 'q-10-fulltime', 1, 'person:2', at(2))).toBe(false); // same value: nothing written
      expect(await ops.putAnswer(db, a.id, 'q-10-fulltime', 2, 'person:2', at(3))).toBe(true);
      expect(await ops.putAnswer(db, a.id, 'q-9-plan', true, 'person:1', at(4))).toBe(true);
      expect(await ops.putAnswer(db, a.id, 'q-12-mode', 'weekly', 'person:1', at(5))).toBe(true);
      expect(await ops.putAnswer(db, a.id, 'q-13-meetings', null, 'person:1', at(6))).toBe(true); // 不知道
      expect(await ops.getAnswers(db, a.id)).toEqual({ 'q-10-fulltime': 2, 'q-9-plan': true, 'q-12-mode': 'weekly', 'q-13-meetings': null });

      expect(await ops.deleteAnswer(db, a.id, 'q-9-plan', 'person:2', at(7))).toBe(true);
      expect(await ops.deleteAnswer(db, a.id, 'q-9-plan', 'person:2', at(8))).toBe(false);
      expect(await ops.putAnswer(db, a.id, 'q-9-plan', false, 'person:2', at(9))).toBe(true);
      expect(await ops.getAnswers(db, a.id)).toEqual({ 'q-10-fulltime': 2, 'q-9-plan': false, 'q-12-mode': 'weekly', 'q-13-meetings': null });

      expect(await ops.getAnswerHistory(db, a.id)).toEqual([
        { questionId: 'q-10-fulltime', oldValue: undefined, newValue: 1, by: 'person:1', at: at(1) },
        { questionId: 'q-10-fulltime', oldValue: 1, newValue: 2, by: 'person:2', at: at(3) },
        { questionId: 'q-9-plan', oldValue: undefined, newValue: true, by: 'person:1', at: at(4) },
        { questionId: 'q-12-mode', oldValue: undefined, newValue: 'weekly', by: 'person:1', at: at(5) },
        { questionId: 'q-13-meetings', oldValue: undefined, newValue: null, by: 'person:1', at: at(6) },
        { questionId: 'q-9-plan', oldValue: true, newValue: undefined, by: 'person:2', at: at(7) },
        { questionId: 'q-9-plan', oldValue: undefined, newValue: false, by: 'person:2', at: at(9) },
      ]);
    });

    it('rolls back an answer with its history when the transaction fails (e.g. a revision conflict)', async () => {
      const { db } = await fresh();
      const a = await anAssessment(db);
      await expect(
        withTransaction(db, async (trx) => {
          await ops.putAnswer(trx, a.id, 'q-10-fulltime', 3, 'person:1', at(1));
          const saved = await ops.saveAssessmentState(trx, a.id, { status: 'in_progress', state: {}, stateVersion: 1, rubricVersion: null, expectedRevision: 7 }, 'person:1', at(1));
          if (!saved) throw new Error('conflict');
        }),
      ).rejects.toThrow('conflict');
      expect(await ops.getAnswers(db, a.id)).toEqual({});
      expect(await ops.getAnswerHistory(db, a.id)).toEqual([]);
    });

    it('de-duplicates inbound messages by id and notices the same text from the same sender', async () => {
      const { db } = await fresh();
      const m = { channel: 'wechat', messageId: 'm1', sender: 'wx-a', textHash: ops.hashText('自评'), at: at(0) };
      expect(await ops.recordInboundMessage(db, m)).toBe(true);
      expect(await ops.recordInboundMessage(db, { ...m, at: at(30) })).toBe(false);
      expect(await ops.recordInboundMessage(db, { ...m, channel: 'console' })).toBe(true);

      // A re-delivery with a new id 3 s later: same sender, same text within 5 s.
      expect(await ops.findRecentSameText(db, 'wx-a', ops.hashText('自评'), at(3 - 5))).toBe(true);
      expect(await ops.findRecentSameText(db, 'wx-a', ops.hashText('自评'), at(6 - 5))).toBe(false); // 6 s later: too old
      expect(await ops.findRecentSameText(db, 'wx-b', ops.hashText('自评'), at(-5))).toBe(false);
      expect(await ops.findRecentSameText(db, 'wx-a', ops.hashText('进度'), at(-5))).toBe(false);
    });

    it('queues outbound messages: not before their time, in order, once per dedupe key', async () => {
      const { db } = await fresh();
      const file = { path: '/tmp/card.png', name: '成绩卡.png' };
      expect(await ops.enqueueOutbound(db, { to: 'wx-a', text: '一', notBefore: at(0) }, at(0))).toBe(true);
      expect(await ops.enqueueOutbound(db, { to: 'wx-b', room: 'room-1', mention: true, text: '二', notBefore: at(0) }, at(0))).toBe(true);
      expect(await ops.enqueueOutbound(db, { to: 'wx-a', file, dedupeKey: 'card:1', notBefore: at(10) }, at(0))).toBe(true);
      expect(await ops.enqueueOutbound(db, { to: 'wx-a', file, dedupeKey: 'card:1', notBefore: at(10) }, at(1))).toBe(false);
      expect(await ops.pendingOutboundCount(db)).toBe(3);

      const first = await ops.claimNextOutbound(db, at(5));
      expect(first).toMatchObject({ to: 'wx-a', text: '一', room: null, mention: false, file: null, status: 'sending', attempts: 1, claimedAt: at(5) });
      const second = await ops.claimNextOutbound(db, at(5));
      expect(second).toMatchObject({ to: 'wx-b', room: 'room-1', mention: true, text: '二' });
      expect(await ops.claimNextOutbound(db, at(5))).toBeNull(); // the card is not due yet
      expect(await ops.pendingOutboundCount(db)).toBe(1);

      await ops.markSent(db, first!.id, at(6));
      await ops.markFailed(db, second!.id, 'room not found', at(6));
      const card = await ops.claimNextOutbound(db, at(10));
      expect(card).toMatchObject({ file, dedupeKey: 'card:1', text: null });
      await ops.markFailed(db, card!.id, 'not logged in', at(11), { retryAt: at(60) });
      expect(await ops.claimNextOutbound(db, at(59))).toBeNull();
      expect(await ops.claimNextOutbound(db, at(60))).toMatchObject({ id: card!.id, attempts: 2, lastError: 'not logged in', failedAt: at(11) });

      const rows = await db('outbox').orderBy('id').select('status', 'sent_at', 'last_error');
      expect(rows).toEqual([
        { status: 'sent', sent_at: at(6), last_error: null },
        { status: 'failed', sent_at: null, last_error: 'room not found' },
        { status: 'sending', sent_at: null, last_error: 'not logged in' },
      ]);
      // The dedupe key still holds after the message went out.
      expect(await ops.enqueueOutbound(db, { to: 'wx-a', file, dedupeKey: 'card:1', notBefore: at(70) }, at(70))).toBe(false);
    });

    it('never hands one outbound message to two workers, and never re-sends one interrupted mid-send', async () => {
      const { db, open } = await fresh();
      const other = await open();
      for (let i = 0; i < 6; i++) await ops.enqueueOutbound(db, { to: `wx-${i}`, text: `${i}`, notBefore: at(0) }, at(0));
      const claimed = await Promise.all([db, other, db, other, db, other, db].map((h) => ops.claimNextOutbound(h, at(1))));
      const ids = claimed.filter((m) => m !== null).map((m) => m!.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      expect(claimed.filter((m) => m === null)).toHaveLength(1);

      // A crash: everything is still `sending`. At the next start they are marked failed, not re-queued.
      await ops.markSent(db, ids[0]!, at(2));
      expect(await ops.recoverInterruptedOutbound(db, at(100))).toBe(5);
      expect(await ops.claimNextOutbound(db, at(200))).toBeNull();
      expect(await ops.pendingOutboundCount(db)).toBe(0);
      const failed = await db('outbox').where({ status: 'failed' }).select('failed_at');
      expect(failed).toHaveLength(5);
      expect(failed.every((r) => r.failed_at === at(100))).toBe(true);
    });

    it('logs each reminder once', async () => {
      const { db } = await fresh();
      await ops.upsertSemester(db, { id: '2026-2027-1', start: '2026-09-01', end: '2027-01-24' }, 'cli', T0);
      await ops.upsertSemester(db, { id: '2026-2027-2', start: '2027-02-01', end: '2027-07-15' }, 'cli', T0);
      expect(await ops.wasReminderSent(db, '2026-2027-1:before-7')).toBe(false);
      expect(await ops.recordReminderSent(db, '2026-2027-1:before-7', '2026-2027-1', 'before-7', at(10))).toBe(true);
      expect(await ops.recordReminderSent(db, '2026-2027-1:before-7', '2026-2027-1', 'before-7', at(20))).toBe(false);
      expect(await ops.wasReminderSent(db, '2026-2027-1:before-7')).toBe(true);
      await ops.recordReminderSent(db, '2026-2027-1:start', '2026-2027-1', 'start', at(5));
      await ops.recordReminderSent(db, '2026-2027-2:start', '2026-2027-2', 'start', at(30));
      expect(await ops.listReminderLog(db, '2026-2027-1')).toEqual([
        { key: '2026-2027-1:start', semesterId: '2026-2027-1', kind: 'start', sentAt: at(5) },
        { key: '2026-2027-1:before-7', semesterId: '2026-2027-1', kind: 'before-7', sentAt: at(10) },
      ]);
    });

    it('keeps rooms, with an optional WeCom webhook', async () => {
      const { db } = await fresh();
      const room = await ops.upsertRoom(db, { name: '全县心理教师群', topic: '全县心理教师群' }, 'cli', T0);
      expect(room).toMatchObject({ name: '全县心理教师群', topic: '全县心理教师群', webhookUrl: null });
      const hook = 'http://127.0.0.1:9/cgi-bin/webhook/send?key=abc';
      const updated = await ops.upsertRoom(db, { name: '全县心理教师群', webhookUrl: hook }, 'office', at(1));
      expect(updated).toMatchObject({ id: room.id, topic: '全县心理教师群', webhookUrl: hook, updatedBy: 'office' });
      await ops.upsertRoom(db, { name: '城南小学教师群' }, 'cli', at(2));
      expect((await ops.listRooms(db)).map((r) => [r.name, r.webhookUrl])).toEqual([
        ['全县心理教师群', hook],
        ['城南小学教师群', null],
      ]);
    });

    it('keeps settings and per-sender conversations', async () => {
      const { db } = await fresh();
      expect(await ops.getSetting(db, 'officeName')).toBeNull();
      await ops.putSetting(db, 'officeName', 'A县教育局', 'cli', T0);
      await ops.putSetting(db, 'officeName', 'B县教育局', 'cli', at(1));
      expect(await ops.getSetting(db, 'officeName')).toBe('B县教育局');

      expect(await ops.getConversation(db, 'wechat:wx-a')).toEqual({ mode: 'idle', schoolId: null, last: null, lastCitation: null });
      await ops.saveConversation(db, 'wechat:wx-a', { mode: 'assessment', schoolId: 3, last: 'qa', lastCitation: 'item-10' }, T0);
      expect(await ops.getConversation(db, 'wechat:wx-a')).toEqual({ mode: 'assessment', schoolId: 3, last: 'qa', lastCitation: 'item-10' });
      expect(await ops.getConversation(db, 'wechat:wx-b')).toMatchObject({ mode: 'idle' });
    });

    it('keeps everything after closing and reopening the database', async () => {
      const { db, open } = await fresh();
      const a = await anAssessment(db);
      await ops.putAnswer(db, a.id, 'q-10-fulltime', 2, 'person:1', at(1));
      await ops.saveAssessmentState(db, a.id, { status: 'paused', state: { cursor: 3 }, stateVersion: 1, rubricVersion: 'v1', expectedRevision: 0 }, 'person:1', at(2));
      await ops.recordInboundMessage(db, { channel: 'wechat', messageId: 'm1', sender: 'wx-a', textHash: 'h', at: at(1) });
      await ops.enqueueOutbound(db, { to: 'wx-a', text: '已保存', dedupeKey: 'k', notBefore: at(3) }, at(3));
      await ops.recordReminderSent(db, 'r1', '2026-2027-1', 'start', at(4));
      await db.destroy();

      const reopened = await open();
      expect(await migrate(reopened)).toEqual([]);
      expect(await ops.getAnswers(reopened, a.id)).toEqual({ 'q-10-fulltime': 2 });
      expect(await ops.getAssessment(reopened, a.id)).toMatchObject({ status: 'paused', state: { cursor: 3 }, revision: 1 });
      expect(await ops.recordInboundMessage(reopened, { channel: 'wechat', messageId: 'm1', sender: 'wx-a', textHash: 'h', at: at(9) })).toBe(false);
      expect(await ops.enqueueOutbound(reopened, { to: 'wx-a', text: '已保存', dedupeKey: 'k', notBefore: at(9) }, at(9))).toBe(false);
      expect(await ops.pendingOutboundCount(reopened)).toBe(1);
      expect(await ops.wasReminderSent(reopened, 'r1')).toBe(true);
    });
  });
}

// --- SQLite: always, in a fresh temp dir for this file ---

const dir = mkdtempSync(join(tmpdir(), 'mh-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storageSuite('storage on SQLite', async () => {
  const file = join(dir, `db-${++files}`, 'test.sqlite'); // the parent dir does not exist yet
  return { open: () => openDatabase({ client: 'sqlite', file }) };
});

describe('SQLite specifics', () => {
  it('applies the pragmas on every connection', async () => {
    const file = join(dir, 'pragmas', 'deep', 'x.sqlite');
    for (let i = 0; i < 2; i++) {
      const db = await openDatabase({ client: 'sqlite', file });
      const one = async (pragma: string) => Object.values((await db.raw(`PRAGMA ${pragma}`))[0] as object)[0];
      expect(await one('journal_mode')).toBe('wal');
      expect(await one('synchronous')).toBe(2); // FULL
      expect(await one('foreign_keys')).toBe(1);
      expect(await one('busy_timeout')).toBe(5000);
      await db.destroy();
    }
  });

  it('lists every migration file in the explicit migration source', async () => {
    const files = readdirSync(new URL('../db/migrations/', import.meta.url)).filter((f) => f.endsWith('.ts')).sort();
    expect(await migrationSource.getMigrations([])).toEqual(files);
  });
});

// --- PostgreSQL: only with PG_TEST_URL. Each fresh database is a schema of its own, dropped at the end ---

const pgUrl = process.env.PG_TEST_URL;
describe.runIf(pgUrl)('PostgreSQL', () => {
  const admin = knex({ client: 'pg', connection: pgUrl, pool: { min: 0, max: 1 } });
  afterAll(() => admin.destroy());
  let n = 0;
  storageSuite('storage on PostgreSQL', async () => {
    const schema = `mh_test_${process.pid}_${++n}`;
    await admin.raw('create schema ??', [schema]);
    const url = new URL(pgUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      open: () => openDatabase({ client: 'pg', url: url.toString() }),
      drop: async () => {
        await admin.raw('drop schema ?? cascade', [schema]);
      },
    };
  });
});
